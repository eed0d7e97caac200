# compile()'s "maximum recursion depth exceeded during compilation": the AST optimizer and the
# symbol table count their visits from the Python stack's depth at the call (three per frame)
# against three times the recursion limit, so deeper callers and lower limits leave fewer levels.
import sys


def outcome(src, mode):
    try:
        compile(src, "<deep>", mode)
        return "ok"
    except RecursionError as e:
        return "RecursionError: " + str(e)


def threshold(make, mode="eval", lo=1, hi=2000):
    """The largest n in [lo, hi) that compiles, and what n + 1 gives."""
    assert outcome(make(lo), mode) == "ok"
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if outcome(make(mid), mode) == "ok":
            lo = mid
        else:
            hi = mid
    return lo, outcome(make(lo + 1), mode)


def nested(depth, f):
    return f() if depth == 0 else nested(depth - 1, f)


FAMILIES = [
    ("unary minus (folded)", lambda n: "-" * n + "1", "eval"),
    ("unary minus", lambda n: "-" * n + "x", "eval"),
    ("attributes", lambda n: "a" + ".b" * n, "eval"),
    ("conditional", lambda n: "a if b else " * n + "c", "eval"),
    ("lambda", lambda n: "lambda: " * n + "x", "eval"),
    ("elif", lambda n: "if a: pass\n" + "elif a: pass\n" * n, "exec"),
    ("assignment", lambda n: "x = " + "-" * n + "y\n", "exec"),
]

sys.setrecursionlimit(300)
for name, make, mode in FAMILIES:
    print(name, threshold(make, mode))
for depth in (1, 10, 50):
    print("at depth", depth, nested(depth, lambda: threshold(lambda n: "a" + "[0]" * n)))
sys.setrecursionlimit(250)
print("limit 250", threshold(lambda n: "a if b else " * n + "c"))
exec("print('in exec', threshold(lambda n: 'lambda: ' * n + 'x'))")
print("eval", eval("threshold(lambda n: 'not ' * n + 'x')"))
