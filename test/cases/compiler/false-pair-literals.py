# A lone high surrogate followed by a lone low one is two code points, not the astral character with
# the same UTF-16 units: such literals stay distinct constants (never merged with the astral one),
# fold like other str constants, and are written to .pyc as UTF-8 with surrogatepass (6 bytes).
pair = "\ud83d\ude00"
astral = "\U0001F600"
both = (pair, astral, "\ud83d" "\ude00", "\U0001F600")
folded = "\ud83d" + "\ude00"
repeated = "\ude00\ud83d" * 3
twice = "\ud83d\ude00" * 2
negative = -1 * "\ud83d\ude00"
indexed = "\ud83d\ude00"[1]
sliced = "\ud83dx\ude00"[::2]
mixed = f"{pair}\ud800\udc00{astral}"
def f(x="\udbff\udfff", y="\U0010ffff"):
    return x, y, "\udbff\udfff" == "\U0010ffff"
def g():
    "\ud83d\ude00 is a docstring"
    return g.__doc__
class C:
    "\udbff\udfff"
