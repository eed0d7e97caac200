# Source bytes in any codec of the encodings package (a PEP 263 cookie naming latin9, cp437,
# koi8_r...) decode as CPython's tokenizer decodes them; a codec's error is the SyntaxError's text.
import _latin9_cookie

print(ascii(_latin9_cookie.EURO), ascii(_latin9_cookie.WORD), _latin9_cookie.__annotations__)
sources = [
    b"# coding: cp1253\nx = '\xaa'\n",
    b"# coding: latin9\nx = '\xa4'\n",
    b"# coding: cp437\nx = '\x81'\n",
    b"# coding: bogus\nx = 1\n",
    b"# coding: rot13\nx = 1\n",
    b"# -*- coding: ascii -*-\nx = '\xe9'\n",
    b"# coding: cp1252\nx = '\x80\x81'\n",
    b"# coding: latin-1\nx = '\xe9'\n",
    b"\xef\xbb\xbf# coding: latin9\nx = 1\n",
    b"#!/usr/bin/python\n# vim: set fileencoding=koi8_r :\nx = '\xc1'\n",
    b"# coding: mac_roman\nx = '\x80'\n",
]
for src in sources:
    try:
        ns = {}
        exec(compile(src, "f.py", "exec"), ns)
        print(ascii(ns["x"]))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
import ast
print(ast.dump(ast.parse(b"# coding: cp437\ny = '\x9b'\n")))


class Plain:
    pass


import types
m = types.ModuleType("m")
print(Plain.__annotations__, "__annotations__" in Plain.__dict__, m.__annotations__, "__annotations__" in m.__dict__)
m.__annotations__ = {"a": int}
print(m.__annotations__)
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
print(m.__annotations__, "__annotations__" in type(m).__dict__)
