# A deque subclass's copy (copy(), +, *) calls the subclass, which must return a deque.
from collections import deque
class X(deque):
    pass
d = X([1, 2])
def bad___new__(cls, *args, **kwargs):
    return [42]
X.__new__ = bad___new__
for f in (lambda: d * 42, lambda: d + deque([1, 2, 3]), lambda: d.copy(), lambda: d.__copy__(), lambda: 2 * d):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class Y(deque):
    pass
y = Y([1, 2], 5)
print(type(y * 2), y * 2, type(y + y), (y + y).maxlen, type(y.copy()))
class Z(deque):
    def __init__(self, *args):
        print("Z.__init__", len(args))
        super().__init__(*args)
z = Z([1], 3)
print(z * 2, z + deque([5]), 2 * z, z.copy())
