# Uses the tables the bundled command loads from dist/cli/data/ on first use (tools/bundle-cli.ts):
# Unicode names (\N{...}, unicodedata.name/lookup, the namereplace handler), unicodedata's property
# tables, and the docstrings of builtin methods.
import unicodedata

print("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}", ascii("\N{LATIN SMALL LETTER E WITH ACUTE}"))
print(unicodedata.name("\u00e9"), unicodedata.lookup("SNOWMAN") == "\u2603", unicodedata.name("\uac00"))
print(unicodedata.category("x"), unicodedata.decomposition("\u00e9"), unicodedata.numeric("\u00bd"))
print(unicodedata.normalize("NFD", "\u00e9") == "e\u0301", "é→".encode("ascii", "namereplace"))
print(str.split.__doc__.splitlines()[0])
print(dict.get.__text_signature__, list.__add__.__doc__)
