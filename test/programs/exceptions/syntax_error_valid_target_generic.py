# An invalid_*_target rule that finds nothing invalid in its target raises nothing in 3.10.2: the
# error is then the generic "invalid syntax" at the last token of the parser's first pass (the
# token after the target), not at the token the second pass reached.
sources = [
    "for x yfff:",
    "for x yfff:\n    pass",
    "for x, y z in w: pass",
    "for x.y z:",
    "for x[0] q",
    "async def f():\n    async for x yfff: pass",
    "for (x) yfff:",
    "for *x yfff:",
    "for x if y:",
    "for x y in z: pass",
    "del x y",
    "del x, y z",
    "del x +",
    "x y = 1",
    "with a as b c: pass",
    "[x for x y in z]",
    # an invalid target inside still gets its own message
    "for f() in y:",
    "for (a, b()) c:",
    "del f() x",
]
for source in sources:
    try:
        compile(source, "<source>", "exec")
    except SyntaxError as e:
        print(repr(source), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text))
