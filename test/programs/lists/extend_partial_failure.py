import collections
def gen():
    yield 1
    yield 2
    raise ValueError("boom")
for make in (list, bytearray, collections.deque, set):
    x = make()
    try:
        (x.update if make is set else x.extend)(gen())
    except ValueError as e:
        print(make.__name__, "error", e)
    print(x)
d = {}
def pairs():
    yield ("a", 1)
    yield ("b", 2)
    raise ValueError("pairs")
try:
    d.update(pairs())
except ValueError as e:
    print(e)
print(d)
d = {}
try:
    d.update([("a", 1), ("b", 2, 3)])
except ValueError as e:
    print(e)
print(d)
x = [0]
try:
    x += gen()
except ValueError as e:
    print(e)
print(x)
b = bytearray(b"x")
try:
    b += gen()
except TypeError as e:
    print(e)
print(b)
dq = collections.deque([0])
try:
    dq += gen()
except ValueError as e:
    print(e)
print(dq)
s = {0}
try:
    s |= set(gen())
except ValueError as e:
    print(e)
print(s)
d = dict(a=0)
try:
    d |= pairs()
except ValueError as e:
    print(e)
print(d)
try:
    dict(pairs())
except ValueError as e:
    print(e)
dq = collections.deque([0])
try:
    dq.extendleft(gen())
except ValueError as e:
    print(e)
print(dq)
s = set()
try:
    s.update([1], gen())
except ValueError as e:
    print(e)
print(s)
s = set()
try:
    s.union_update = None
except AttributeError as e:
    print(e)
import array
a = array.array('i')
try:
    a.extend(gen())
except ValueError as e:
    print(e)
print(a)
try:
    a.fromlist([1, 2, 'x'])
except TypeError as e:
    print(e)
print(a)
b = bytearray()
try:
    b.extend([1, 2, 300])
except ValueError as e:
    print(e)
print(b)
l = [0]
try:
    l[1:1] = gen()
except ValueError as e:
    print(e)
print(l)
l = [1, 2]
l.__init__(l)
print(l)
l = [1, 2]
try:
    l.__init__(gen())
except ValueError as e:
    print(e)
print(l)
class Peek:
    def __init__(self, target): self.target = target; self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return len(self.target)
t = [9]
t.extend(Peek(t))
print(t)
import sys
l = []
try:
    l.extend(gen())
except ValueError:
    pass
import struct
print((sys.getsizeof(l) - sys.getsizeof([])) // struct.calcsize("P"))
