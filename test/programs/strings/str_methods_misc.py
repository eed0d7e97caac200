# expandtabs, removeprefix/removesuffix, format_map, __len__ of combining sequences, isidentifier edge cases.
for t in ["a\tb", "\t", "ab\tcd\tef", "12345678\tx", "a\nb\tc", "a\r\tb", "😀\tx"]:
    print(repr(t), repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)), repr(t.expandtabs(1)), repr(t.expandtabs(-3)))
for s in ["prefix-body-suffix", "prefix", "", "xprefix"]:
    print(repr(s.removeprefix("prefix")), repr(s.removesuffix("suffix")), repr(s.removeprefix("")), repr(s.removesuffix(s)))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{a} {b} {c}".format_map(Default(a=1)), "{x.real}".format_map({"x": 3}))
print([s.isidentifier() for s in ["a", "_", "1a", "a1", "é", "𝔘", "a-b", "", "class", "ℕ", "x\u0301"]])
print("abc".__getitem__(1), "abc".__len__(), "abc".__iter__().__next__(), "abc".__reversed__() if hasattr("", "__reversed__") else "no __reversed__")
print(sorted(n for n in dir(str) if not n.startswith("_")))
print(len(dir(str)), str.__name__, str.__doc__.splitlines()[0], str.mro())
print("%-6s|%6s|" % ("ab", "cd"), "abc".encode().decode(), "🐍".encode("utf-8").hex(" "), "x".join(map(str, range(3))))
