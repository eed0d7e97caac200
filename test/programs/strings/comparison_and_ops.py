# str comparison (by code point), concatenation, repetition, membership, iteration and hashing of equal strings.
words = ["apple", "Apple", "APPLE", "apples", "app", "", "banana", "äpple", "zebra", "Zebra", "10", "9", "😀", "\uffff"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, reverse=True))
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z", "😀" > "\uffff")
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "-" * 20)
print("b" in "abc", "bc" in "abc", "" in "abc", "" in "", "ac" in "abc", "😀" in "a😀", "x" not in "abc")
print(list("abc"), tuple("ab"), set("aaa"), dict.fromkeys("ab"), [c * 2 for c in "xyz"], "".join(c.upper() for c in "hi"))
a = "hello world"
b = " ".join(["hello", "world"])
print(a == b, hash(a) == hash(b), a is not None, {a: 1}[b], str(a) == a, str() == "", a.__len__(), a.__contains__("lo"))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: "a" + 1))
print(err(lambda: "a" * "b"))
print(err(lambda: "a" * 1.5))
print(err(lambda: 1 in "abc"))
print(err(lambda: "a" < 1))
print(err(lambda: "abc".__setitem__(0, "x")))
s = "abc"
s += "def"
s *= 2
print(s, len(s), max("hello"), min("hello"), sum(map(ord, "abc")), sorted("hello", reverse=True))
print(str.__add__("a", "b"), str.__mul__("ab", 2), str.__rmul__("ab", 3), "ab".__mod__(()), "%s".__mod__("x"), str.__eq__("a", 1))
