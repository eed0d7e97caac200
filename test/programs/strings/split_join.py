# split/rsplit/splitlines/partition/rpartition/join with every separator and maxsplit combination.
texts = ["a,b,,c", "  lead and  trail  ", "", ",", "one", "a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\u2028i", "x  y\u3000z"]
for t in texts:
    print(repr(t))
    print("  split()", t.split(), t.split(None, 1), t.rsplit(None, 1), t.split(maxsplit=0))
    print("  split(',')", t.split(","), t.split(",", 1), t.rsplit(",", 1), t.rsplit(",", -1), t.split(", "))
    print("  partition", t.partition(","), t.rpartition(","), t.partition("zz"), t.rpartition("zz"))
print("a\nb\r\nc\rd\n\ne".splitlines(), "a\nb\r\nc\rd\n\ne".splitlines(True), "".splitlines(), "x\n".splitlines())
print("a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g\x0bh\x0ci".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "/".join(str(i) for i in range(4)), "ab".join("12"))
print("aXbXc".split("X", -1), "aXbXc".split("X", 5), "aaa".split("a"), "aaa".split("aa"), "abcabc".rsplit("bc"))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: "a".split("")))
print(err(lambda: "a".join([1, 2])))
print(err(lambda: "a".join(["x", b"y"])))
print(err(lambda: "a".partition("")))
print(err(lambda: "a".split(1)))
print(err(lambda: ",".join(5)))
print(" a b ".split(" "), "a  b".split(" "), "  ".split(" "), "  ".split())
print("1,2;3".replace(";", ",").split(","), "k=v=w".partition("="), "k=v=w".rpartition("="))
