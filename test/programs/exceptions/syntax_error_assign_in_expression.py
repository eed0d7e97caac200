# `name = value` where an expression is expected. invalid_named_expression's messages ("Maybe you
# meant '==' or ':='", "cannot assign to attribute here") are not raised while a left-recursive rule
# (bitwise_or and the operators below it, primary, t_primary) grows its seed, so inside an operand
# the error is the plain "invalid syntax" at the last token; at statement level, in an if/while
# condition, a guard, a decorator or a subscript target they are raised. A keyword argument named
# True, False or None is "cannot assign to True" (3.10.2's message).

SOURCES = [
    "(a = 1, 2)", "(a.b = 1, 2)", "[a = 1, 2]", "[a.b = 1]", "([a.b = 1])", "{a = 1, 2}", "(a = 1)",
    "a, (b = 1)", "(a, b = 1) + 2", "x + (a.b = 1, 2)", "x = (a = 1, 2)", "x = [a = 1, 2]", "x = (a = 1)",
    "x = {a = 1, 2}", "x = {a: b = 1}", "-(a = 1, b)", "not (a = 1, b)", "x if (a = 1, b) else y",
    "lambda: (a = 1, 2)", "f(x)[(a = 1, b)]", "x[a = 1]", "x[(a = 1, 2)]", "[x for x in (a = 1, 2)]",
    "print((a = 1, 2))", "assert (a = 1, 2)", "return (a = 1, 2)", "del (a = 1, 2)",
    "for x in (a = 1, 2): pass", "with (a = 1, 2): pass", "x = yield (a = 1, 2)",
    "x = (b = 1 for b in c)", "(x := (a = 1, 2))", "if (a.b = 1, 2): pass", "if a.b = 1: pass",
    "if a = 1: pass", "while a = 1: pass", "match a = 1:\n    case 1: pass",
    "match x:\n    case 1 if a = 1: pass", "@a = 1\ndef f(): pass", "f'{(a = 1, b)}'",
    "x (sep='', **)", "print(sep='', **)", "print(*a, sep='', **)", "f(a)(sep='', **)", "[x (sep='', **)]",
    "x (y, sep='', **)", "x.y(sep='', **)", "x[0](sep='', **)", "(sep='', **)", "x (sep='', a)",
    "f(*a, b=1, c=)", "print[*a, sep='', **k)", "x = (a.b := 1)", "x + (a[0] := 1)", "(a.b := 1)",
    "f(True=1)", "f(None=1)", "f(False=1)", "f(a, True=1)", "f(**k, True=1)", "f(x=1, None=2)",
    "f(True=1 for x in y)", "class C(None=1): pass", "f(__debug__=1)",
]

for src in SOURCES:
    try:
        compile(src, "<src>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
