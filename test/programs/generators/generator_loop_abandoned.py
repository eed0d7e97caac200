# A generator consumed only by a for loop is closed as soon as the loop lets go of it (CPython's
# refcount drops to zero): at break, at return from inside the loop, and when an exception leaves
# the loop, whether it is caught in the same function or further up. Its finally blocks, with
# blocks and GeneratorExit handlers run at that moment, before the code after the loop.
log = []
def gen(name, n=5):
    try:
        for i in range(n):
            log.append(f"{name} yields {i}")
            yield i
    except GeneratorExit:
        log.append(f"{name} GeneratorExit")
        raise
    finally:
        log.append(f"{name} finally")

def show(title):
    print(title, log)
    log.clear()

for x in gen("a"):
    if x == 1:
        break
log.append("after loop a")
show("break:")

def first_even():
    for x in gen("b"):
        if x % 2 == 0 and x > 0:
            return x
print(first_even())
show("return:")

try:
    for x in gen("c"):
        if x == 2:
            raise ValueError("stop")
except ValueError as e:
    log.append(f"caught {e}")
show("raise caught outside:")

def inner():
    for x in gen("d"):
        if x == 1:
            {}["missing"]
def outer():
    try:
        inner()
    except KeyError:
        log.append("outer caught KeyError")
outer()
show("raise through frames:")

for x in gen("e1"):
    for y in gen("e2"):
        if y == 1:
            break
    if x == 1:
        break
show("nested:")

for x in (v * 10 for v in gen("f")):
    if x == 20:
        break
show("generator expression:")

print([x for x in gen("g", 3)])
show("exhausted:")

for x in gen("h"):
    pass
show("loop finished:")

def stubborn():
    try:
        yield 1
        yield 2
    finally:
        log.append("stubborn finally")
        return
for x in stubborn():
    break
show("return in finally:")

class Resource:
    def __enter__(self):
        log.append("enter")
        return self
    def __exit__(self, *exc):
        log.append(f"exit {exc[0].__name__ if exc[0] else None}")
def lines():
    with Resource():
        yield "l1"
        yield "l2"
for line in lines():
    break
show("with block:")

def catches_and_yields():
    try:
        yield 1
    except GeneratorExit:
        log.append("caught GeneratorExit")
    log.append("no more yields")
for x in catches_and_yields():
    break
show("caught GeneratorExit:")

class Tree:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        try:
            yield from self.items
        finally:
            log.append("tree iteration closed")
for leaf in Tree([1, 2, 3]):
    if leaf == 2:
        break
log.append("after tree loop")
show("__iter__ generator:")

class Stored:
    def __init__(self):
        self.g = gen("stored")
    def __iter__(self):
        return self.g
s = Stored()
for x in s:
    break
print(next(s.g))
s.g.close()
show("__iter__ returning a stored generator:")

# A generator bound to a name is not closed here: it can still be resumed (CPython would close it
# when the name goes away).
g = gen("kept")
for x in g:
    if x == 1:
        break
print(next(g), g.gi_frame is not None)
g.close()
show("kept:")
