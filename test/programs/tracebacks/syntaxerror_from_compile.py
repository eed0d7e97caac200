# SyntaxErrors raised by compile(), exec() and eval(), caught and displayed with traceback.format_exception_only.
import traceback
sources = [
    ("x = (1, 2", "exec"),
    ("def f(:\n    pass", "exec"),
    ("1 +", "eval"),
    ("x = 1\n  y = 2", "exec"),
    ("if True:\npass", "exec"),
    ("print 'hello'", "exec"),
    ("f(**x, *y)", "eval"),
    ("a = 1 = 2", "exec"),
    ("for x in range(3):\n\tif x:\n        pass", "exec"),
    ("return 5", "exec"),
    ("def g():\n    yield = 3", "exec"),
    ("x = [1, 2 3]", "exec"),
    ("'unterminated", "exec"),
    ('"""never closed', "exec"),
    ("lambda x: (yield)", "eval"),
    ("class C:\n    break", "exec"),
    ("f(x for x in y, 1)", "eval"),
    ("x += 1 = 2", "exec"),
    ("0777", "eval"),
    ("1_000_", "eval"),
    ("def f(a, a): pass", "exec"),
    ("nonlocal x", "exec"),
    ("a, *b, *c = d", "exec"),
    ("del f()", "exec"),
    ("(a, b) += 1", "exec"),
    ("import", "exec"),
    ("from . import", "exec"),
    ("x = {1: 2, 3}", "eval"),
    ("match x:\n    case 1 | y:\n        pass", "exec"),
    ("é = 1\nñ ñ", "exec"),
    ("\x00", "exec"),
]
for src, mode in sources:
    try:
        compile(src, "<case>", mode)
        print(repr(src), "-> compiled")
    except SyntaxError as e:
        print(repr(src))
        print("".join(traceback.format_exception_only(type(e), e)), end="")
        print("  fields:", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    except ValueError as e:
        print(repr(src), "ValueError:", e)
for f, arg in [(exec, "x = = 1"), (eval, "1 2"), (eval, "x = 1")]:
    try:
        f(arg)
    except SyntaxError as e:
        print(f.__name__, "".join(traceback.format_exception_only(type(e), e)), end="")
