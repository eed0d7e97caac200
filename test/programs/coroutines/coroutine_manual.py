# Driving coroutines by hand with send(None): awaitables, return values in StopIteration, cr_* attributes.
import inspect
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print(f"  awaiting Ready({self.value!r})")
        received = yield ("suspended for", self.value)
        return (self.value, received)
async def add(a, b):
    x = await Ready(a)
    y = await Ready(b)
    return x, y
c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__, inspect.iscoroutine(c), inspect.iscoroutinefunction(add), hex(add.__code__.co_flags))
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_await, c.cr_frame.f_code.co_name)
print(c.send(None))
print(inspect.getcoroutinestate(c), type(c.cr_await).__name__)
print(c.send("first"))
try:
    c.send("second")
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(c), c.cr_frame)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: c.send(None)))
async def simple():
    return "simple"
s = simple()
print(err(lambda: s.send(None)))
s2 = simple()
print(err(lambda: s2.send(1)))
s2.close()
async def thrower():
    try:
        await Ready("t")
    except ValueError as e:
        return f"handled {e}"
t = thrower()
t.send(None)
print(err(lambda: t.throw(ValueError("injected"))))
async def closing():
    try:
        await Ready("c")
    finally:
        print("  coroutine finally")
cl = closing()
cl.send(None)
cl.close()
print(inspect.getcoroutinestate(cl))
s3 = simple()
print(err(lambda: next(s3)))
s3.close()
w = simple()
print(err(lambda: iter(w)))
w.close()
