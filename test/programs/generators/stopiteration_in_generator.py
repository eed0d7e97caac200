# PEP 479: StopIteration raised inside a generator becomes RuntimeError; return ends it cleanly.
def leaky():
    yield 1
    raise StopIteration("oops")
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e} (cause: {type(e.__cause__).__name__}: {e.__cause__})"
print(err(lambda: list(leaky())))
def via_next():
    it = iter([1])
    yield next(it)
    yield next(it)
print(err(lambda: list(via_next())))
def clean():
    it = iter([1])
    yield next(it)
    try:
        yield next(it)
    except StopIteration:
        return
print(list(clean()))
def ret_value():
    yield 1
    return 42
g = ret_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, repr(e))
def gen_raising_in_finally():
    try:
        yield 1
    finally:
        print("cleanup")
print(list(gen_raising_in_finally()))
