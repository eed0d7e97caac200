# yield from: delegation of next/send/throw/close, return values of subgenerators, and iterables.
def inner():
    received = yield "inner 1"
    print("  inner got", received)
    try:
        yield "inner 2"
    except KeyError as e:
        print("  inner caught", repr(e))
        yield "inner recovered"
    return "inner result"
def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield from range(2)
    yield from "ab"
    return "outer result"
g = outer()
print(next(g), g.send("sent"), g.throw(KeyError("k")), next(g), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], []], [[5]], 6])))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("  inner closed")
def delegator():
    yield from closer()
d = delegator()
next(d)
d.close()
print("delegator closed")
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), {4: 0}, "56")))
def echo():
    while True:
        x = yield
        if x is None:
            return "echo done"
        print("  echo", x)
def wrapper():
    r = yield from echo()
    return r
w = wrapper()
next(w)
w.send(1)
w.send(2)
try:
    w.send(None)
except StopIteration as e:
    print(e.value)
print(w.gi_yieldfrom)
def gen_ret_none():
    yield from ()
    return None
print(list(gen_ret_none()))
