# is* predicates over ASCII, Latin-1, other scripts, digits of many kinds, and the empty string.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "١٢٣", "²", "½", "Ⅻ", "一二三", " ", "\t\n", "\x0b\x1c", "a b",
           "Hello World", "Hello world", "ǅ", "_", "_x1", "1x", "def", "é", "ß", "ǈa", "\u00a0", "\u200b", "x\u0301",
           "🙂", "𝔸", "٣", "\u3000", "A1 B2", "Title Case Words", "ÀÉÎ", "µ", "ª"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
         "isprintable", "isspace", "istitle", "isupper"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    print(repr(s).ljust(22), " ".join("T" if getattr(s, n)() else "." for n in names))
import keyword
print([w for w in ["if", "match", "case", "_", "print", "True", "none", "async", "await"] if keyword.iskeyword(w)])
print([w for w in ["if", "match", "case", "_", "print", "True", "none", "async", "await"] if keyword.issoftkeyword(w)])
print("ǅ".istitle(), "ǅa".istitle(), "Aǅ".istitle(), "A B".istitle(), "A b".istitle(), "1A".istitle(), "A1".istitle())
