# str.maketrans in its three forms and str.translate with deletion, mapping to strings, and errors.
t1 = str.maketrans("abc", "xyz")
t2 = str.maketrans("abc", "xyz", "de")
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): "C", "😀": ":)"})
print(sorted(t1.items()), sorted(t2.items()), sorted(t3.items()))
for s in ["aabbccdd", "abcde😀", "", "zzz"]:
    print(repr(s), s.translate(t1), s.translate(t2), s.translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({104: 72, 101: None}), "abc".translate({}))
class Upper:
    def __getitem__(self, k):
        if chr(k) in "aeiou":
            return chr(k).upper()
        raise LookupError
print("translate vowels".translate(Upper()))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: str.maketrans("ab", "x")))
print(err(lambda: str.maketrans({"ab": "x"})))
print(err(lambda: str.maketrans(1)))
print(err(lambda: str.maketrans("a", "b", 3)))
print(err(lambda: "a".translate({97: 3.5})))
print(err(lambda: "a".translate({97: 0x110000})))
print("abc".translate({97: 0x1F600}), "caesar".translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "defghijklmnopqrstuvwxyzabc")))
