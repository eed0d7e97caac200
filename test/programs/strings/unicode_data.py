# unicodedata facts that str methods rely on: categories, names, decimal values, normalization forms.
import unicodedata as ud
for c in "aA1١½Ⅻ ́\u0301é\u00e9\u212b😀\u200b\n-_€ß":
    print(repr(c), ud.category(c), ud.name(c, "?"), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None),
          ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c), ud.mirrored(c))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    for s in ["é", "e\u0301", "\u212b", "ﬁ", "①", "Ａ", "ḳ́"]:
        print(form, repr(s), repr(ud.normalize(form, s)), ud.is_normalized(form, s))
print(ud.lookup("SNAKE"), ud.lookup("latin small letter a"), ud.unidata_version)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: ud.lookup("NO SUCH NAME")))
print(err(lambda: ud.name("\u0378")))
print(err(lambda: ud.category("ab")))
print(err(lambda: ud.normalize("XYZ", "a")))
