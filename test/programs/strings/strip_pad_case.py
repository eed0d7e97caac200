# strip/lstrip/rstrip, center/ljust/rjust/zfill, and case conversions including special casing.
for t in ["  hi  ", "\t\n hi \x0b\x0c", "xxhixx", "", "   ", "\u2003em\u2003", "hi"]:
    print(repr(t), repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip("x")), repr(t.strip("ixh")))
for w in [0, 3, 8, 9]:
    print(w, repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "0")))
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0012"]:
    print(repr(s), s.zfill(6), s.zfill(1), s.zfill(0))
words = ["hello world", "HELLO", "hELLo wORLD", "ß", "ǅungla", "ﬁne", "İstanbul", "σσ σ", "ΣΑΣ", "they're bill's",
         "123abc", "o'neil mc-donald", "ŉ", "ΐ", "a\u0345", "groß", "ǈ", "ẞ", ""]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: "a".center(5, "ab")))
print(err(lambda: "a".ljust(5, "")))
print(err(lambda: "a".strip(1)))
print(err(lambda: "a".zfill("3")))
print("Straße".upper() == "STRASSE", "ǆ".title(), "ǆ".upper(), "ǆ".capitalize(), len("ﬃ".upper()), "ﬃ".upper())
