# dis.dis on a variety of functions: loops, comprehensions, closures, try/except, with, f-strings.
import dis, io, re
def show_dis(x):
    # Nested code objects are shown with their address: replace it, as it changes from run to run.
    out = io.StringIO()
    dis.dis(x, file=out)
    print(re.sub(r" at 0x[0-9a-f]+", " at 0x...", out.getvalue()), end="")
def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            continue
    return total
def comp(xs):
    return [x * 2 for x in xs if x]
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner
def guarded(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        return str(e)
    finally:
        print("done")
def fmt(a, b):
    return f"{a!r:>{b}} {a + b = }"
def ctx(path):
    with open(path) as f, open(path) as g:
        return f.read() + g.read()
for f in [loop, comp, outer, guarded, fmt, ctx]:
    print("=" * 20, f.__name__)
    show_dis(f)
print(loop(10), comp([0, 1, 2]), outer()(), guarded(0), fmt(1, 4))
