# compile() of bytes that are not UTF-8. A name whose bytes do not decode is the SyntaxError
# "(unicode error) ..." where the parser meets it; but when the parser has already failed ("invalid
# syntax") and pegen tokenizes the rest of the input for an unclosed bracket, such a name further on
# raises the codec's UnicodeDecodeError itself, which replaces the SyntaxError (the tokenizer's own
# SyntaxErrors further on do not). In an f-string expression on the literal's first line, the error
# token's column is the expression's start less one, so the error is at offset 0.
import warnings

SOURCES = [
    b'\xff\xfe\n', b'x = \xff\n', b'x = 1\n\xff\n', b'raise E from\n\xff\xfe', b'(\n\xff', b'# coding: utf-8\nraise E from\n\xff\xfe',
    b"x.y[0] += (y  's')\xe9\n", b"f'{\xff\xfe1:{'\n", b"\n\n# coding: latin-1\nf'{\xff\xfe1:{'\n", b"x = 'a\xffb'\n", b"x = 'a\xffb\n",
    b"# \xff\nx = 1\n", b"x = 1 # \xff\n", b"x y\n\xe9\n", b"x y\nz\xe9\n", b"x y\n'\xe9'\n", b"T\xed\xa0\x80rue\n", b"x = T\xed\xa0\x80rue + (\n",
    b"a b\nT\xed\xa0\x80rue\n", b"\xc3\n", b"a\xc3\n", b"a = 1\nb = \xc3 c\n", b"if 1:\n  a b\n  \xe9\n", b"x = (\n1 +\n\xe9)\n",
    b"f'{a}{\xe9}'\n", b"x = f'''\n{\xe9}'''\n", b"x y\n(\xe9\n",
    'x y\n1abc\n', "x y\n'abc\n", 'x y\n)\n', 'x y\n\u20ac\n', 'x y\n(]\n', 'x y\nif 1:\n\tz\n        w\n', 'x y\n[1if 1 else 2]\n',
    'x y\n0777\n', 'x = (\nx y\n1abc\n', '1 +\n\u20ac\n', 'x y\nz\u20ac\n', 'x = 1\ny z\nw = 2\n1__2\n',
]

for src in SOURCES:
    for mode in ['exec', 'eval']:
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter('always')
            try:
                compile(src, '<s>', mode)
                res = 'ok'
            except SyntaxError as e:
                res = '%s %r %r %r %r %r %r' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
            except UnicodeDecodeError as e:
                res = '%s %r %r' % (type(e).__name__, str(e), e.args)
        print(mode, ascii(src), res, [(w.category.__name__, str(w.message)) for w in ws])
