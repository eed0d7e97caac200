# A number directly followed by a keyword that may follow one in valid code ('and', 'else', 'for',
# 'if', 'in', 'is', 'or') is a DeprecationWarning, but only if no identifier character follows the
# keyword ('if', 'in', 'is' are taken on their first two letters): '1fore', '0andf', '9orL' are the
# SyntaxError "invalid decimal literal" at the number.
import warnings

SOURCES = [
    "1fore y", "0andf", "x = 1andL", "x = 9orLBj]", "[1, 0xbfor1j y", "f(0xEfor7J y", "x = 9jforB y", "[1, 0o0elseb]", ".1foror1)",
    "1e8forinfor)", "x = 1for x in y", "x = 1if 1else 2", "x = 1ifx else 2", "x = 1in y", "x = 1isnt", "x = 0x1for x in y",
    "x = 1or 2", "x = 1or2", "x = 1and 2", "x = 1and_", "x = 1else", "x = [1for a in b]", "x = 1jelse", "x = 1.5orb",
    "x = 1_000and 1", "x = 0b1or 1", "x = 0b1ora", "x = 1e5for", "x = 1\u00e9", "x = 1for\u00e9",
]
for src in SOURCES:
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            compile(src, '<s>', 'exec')
            res = 'ok'
        except SyntaxError as e:
            res = '%s %r %r %r %r %r' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    print(ascii(src), res, [(w.category.__name__, str(w.message)) for w in ws])
