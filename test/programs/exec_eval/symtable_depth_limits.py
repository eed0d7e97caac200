# symtable.symtable()'s "maximum recursion depth exceeded during compilation": the symbol table
# counts its visits from the caller's stack depth (three per frame) against three times the limit.
import sys
import symtable


def outcome(src, mode):
    try:
        symtable.symtable(src, "<deep>", mode)
        return "ok"
    except RecursionError as e:
        return "RecursionError: " + str(e)


def threshold(make, mode="eval", lo=1, hi=2000):
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
    ("unary minus", lambda n: "-" * n + "x", "eval"),
    ("attributes", lambda n: "a" + ".b" * n, "eval"),
    ("lambda", lambda n: "lambda: " * n + "x", "eval"),
    ("conditional", lambda n: "a if b else " * n + "c", "eval"),
    ("elif", lambda n: "if a: pass\n" + "elif a: pass\n" * n, "exec"),
]

sys.setrecursionlimit(300)
for name, make, mode in FAMILIES:
    print(name, threshold(make, mode))
for depth in (1, 10, 50):
    print("at depth", depth, nested(depth, lambda: threshold(lambda n: "a" + "[0]" * n)))
sys.setrecursionlimit(250)
print("limit 250", threshold(lambda n: "a if b else " * n + "c"))
exec("print('in exec', threshold(lambda n: 'lambda: ' * n + 'x'))")
