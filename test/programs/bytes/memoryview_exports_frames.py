# A view kept alive only by a frame (a traceback being handled, a closure cell, a frame object) blocks
# resizing its bytearray; once those go, and in nested calls back into Python, the usual rules hold.
ba = bytearray(b"a")
def g():
    m = memoryview(ba)
    raise ValueError("x")
try:
    g()
except ValueError:
    pass
ba.append(1)
try:
    g()
except ValueError as e:
    try:
        ba.append(2)
    except BufferError as b:
        print("inside", b)
ba.append(3)
def h():
    m = memoryview(ba)
    return [lambda: 1 for _ in range(2)]
fs = h()
ba.append(4)
def k():
    m = memoryview(ba)
    return lambda: m
f2 = k()
try:
    ba.append(5)
except BufferError as b:
    print("closure", b)
del f2
ba.append(6)
import sys
def deep():
    m = memoryview(ba)
    return sys._getframe()
fr = deep()
try:
    ba.append(7)
except BufferError as b:
    print("frame", b)
del fr
ba.append(8)
print(ba)
def f():
    m = memoryview(ba)
    try:
        list(map(lambda x: ba.append(x), [1]))
    except BufferError as e:
        print("raised", e)
    class K:
        def __eq__(self, o):
            ba.append(2)
            return True
    try:
        [K()].index(K())
    except BufferError as e:
        print("raised2", e)
f()
ba.append(3); print(ba)
