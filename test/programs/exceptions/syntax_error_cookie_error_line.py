# compile() of bytes in an encoding a coding cookie declares. An error on the tokenizer's current
# line quotes it decoded; an error on an earlier line (the tokenizer has read on, past a line
# continuation) quotes the bytes as given, read as UTF-8 with U+FFFD for what does not decode
# (CPython's get_error_line reads tok->str, the undecoded input), and its offsets are counted in
# that text.
SOURCES = [
    b"#!x\n# vim: set fileencoding=cp1252 :\nx = 'a'\xe9 \\\n 'b'\n", b"# coding: cp1252\nx = 'a'\xe9\n", b"# coding: cp1252\nx = 'a' \xe9\n",
    b"# coding: cp1252\nx = a\xe9 b\n", b"# coding: cp1252\nx = 'a'\xe9 \\\n 'b'\n", b"# coding: cp1252\nx y\xe9\n",
    b"# coding: latin-1\nx = 'a'\xe9 \\\n 'b'\n", b"# coding: latin-1\n\xe9 = 1 +\n", b"# coding: latin-1\nx = (\xe9 b)\n",
    b"# coding: latin-1\nx = 1 \xe9\n", b"# coding: latin-1\n'\xe9' + \n", b"# coding: latin-1\nx = '\xe9\n", b"# coding: latin-1\nx = \xe9\xe9 1\n",
    b"# coding: latin-1\nx = \xff 1\n", b"# coding: latin-1\r\nx = 'a\xe9' \xe9 \\\r\n 'b'\r\n", b"# coding: latin-1\nx = (1,\n\xe9\xe9 2,\n3 4)\n",
    b"# coding: latin-1\nif 1:\n  x = '\xe9' \xe9 \\\n   3\n", b"# coding: utf-8\nx = 'a'\xc3\xa9 \\\n 'b'\n", b"\xef\xbb\xbfx = 'a'\xc3\xa9 \\\n 'b'\n",
    b"x = 'a'\xc3\xa9 \\\n 'b'\n",
]
for src in SOURCES:
    try:
        compile(src, '<s>', 'exec')
        print(src, 'ok')
    except SyntaxError as e:
        print(src, '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
