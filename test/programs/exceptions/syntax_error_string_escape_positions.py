# Malformed \N escapes: the codec's error positions count the literal as CPython hands it to the
# unicode_escape codec (each character beyond ASCII spelled \UXXXXXXXX, a backslash before one
# \u005c, `\\` a pair). In an f-string's literal part, a \N not followed by '{' ends the part after
# the next byte: in the middle of a character beyond ASCII, which then fails to decode as UTF-8.
import warnings

SOURCES = [
    "'\\N{a\\\u00e9\\400'", "x = 1\ny = f'''\\N{\\\u00e9\\ ''' 'z'", "x = '\\\u00e9\\N{\\\\'", "x = 1\ny = f'''\\N{\\\u00e9\\\\''' 'z'",
    "f'\\N\u00e9' f'{a}'", "f'\\N\u00e9'", "f'a\\N\u20ac{b}'", "f'\\N\U0001f600'", "f'\\q\\N\u00e9'", "f'\\Nx'", "f'\\N'", "f'{a}\\N\u00e9'",
    "rf'\\N\u00e9'", "'\\N\u00e9'", "b'\\N\u00e9'", "f'\\N{DASH}\u00e9\\N\u00e9'", "f'\\N{\u00e9}'", "'\\N{\u00e9'", "'\\N{\\\u00e9'",
    "'\\N{LATIN SMALL LETTER A}\\N{\U0001f600'", "'\\N{a}\\\u00e9'", "f'\\N{a}\\\u00e9'", "'\\\u00e9\\\u00e9\\N{'", "'\\\\\\\\\\N{'",
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
