# send(), throw() and close(): values in, exceptions in, GeneratorExit handling and finally blocks.
def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("  caught ValueError inside:", e)
                value = 0
            if value is None:
                break
            total += value
    finally:
        print("  finally runs, total =", total)
    return total
g = accumulator()
print(next(g), g.send(5), g.send(10), g.throw(ValueError("bad")), g.send(1))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
g2 = accumulator()
next(g2)
g2.send(3)
print(g2.close(), g2.close())
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
g3 = accumulator()
next(g3)
print(err(lambda: g3.throw(KeyError("k"))))
print(err(lambda: next(g3)))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  ignoring GeneratorExit")
        yield 2
s = stubborn()
next(s)
print(err(s.close))
def throw_type():
    try:
        yield
    except Exception as e:
        yield f"{type(e).__name__}: {e}"
t = throw_type()
next(t)
print(t.throw(TypeError, "as type and value"))
t = throw_type(); next(t)
print(t.throw(IndexError))
unstarted = accumulator()
print(err(lambda: unstarted.throw(RuntimeError("before start"))))
closed_fresh = accumulator()
closed_fresh.close()
print(err(lambda: next(closed_fresh)))
def returns_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
r = returns_in_finally()
next(r)
print(r.close())
