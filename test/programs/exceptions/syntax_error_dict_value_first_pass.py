# A dict display's own errors ("cannot use a starred expression in a dictionary value", "expression
# expected after dictionary key and ':'", "':' expected after dictionary key") come from an invalid_
# rule that is not an alternative's sole item, which pegen 3.10.2 runs in its first pass too: inside
# a class's bases they are reported instead of class_def_raw's "expected ':'", which the other
# errors there get (the first pass stops at it).
SOURCES = [
    "class C({a: *b}): pass", "class C({a: b}, z=1, y): pass", "class C(x, y=1, z): pass", "class C({a: **b}): pass",
    "class C({a:}): pass", "class C({**a: b}): pass", "class C(x y): pass", "class C([a, b for b in c]): pass",
    "class C(a for a in b, c): pass", "class C(a=1 for a in b): pass", "class C(f(a, b=1, c)): pass", "class C({a: *b}, c): pass",
    "class C(c, {a: *b}): pass", "class C(**{a: *b}): pass", "x = f({a: *b})", "f(a, {a: *b})", "class C({a: *b}): pass\nx y",
    "def f({a: *b}): pass", "class C(a b c): pass", "class C(a, b=1, *c, d): pass", "class C(*): pass", "class C({a: b c}): pass",
    "class C({a: 1, b}): pass", "class C({a: 1, b: }): pass", "class C({1: 2, 3}, {4: *5}): pass", "x = {a: b for a in c}",
    "x = {a, b}", "x = {**a, b: c}", "x = {a: *b for c in d}", "class C({a: b for a in *c}): pass", "class C({a, *b: c}): pass",
]
for src in SOURCES:
    try:
        compile(src, "<src>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
