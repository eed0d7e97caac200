# co_cellvars and co_freevars are sorted by code point, which is not UTF-16 order: U+FA0E (a CJK
# compatibility ideograph that NFKC keeps) sorts before U+10000 (an astral letter).
def outer():
    𐀀 = 1
    﨎 = 2
    b = 3

    def inner():
        return 𐀀 + 﨎 + b
    return inner
