# itertools.tee: an iterator with __copy__ (a tee among them) is the first result itself; a source
# whose __next__ reads its own tee raises RuntimeError; accumulate's initial is keyword-only
from itertools import tee, accumulate

a, b = tee('abc')
c, d = tee(a)
print(a is c, d is a, list(c), list(d), list(b))
a, b = tee(iter([1, 2, 3]), 3)[1:]
print(type(a).__name__, list(a), list(b))

class Copyable:
    def __init__(self, n=0):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def __copy__(self):
        print('copy at', self.n)
        return Copyable(self.n)

src = Copyable()
r = tee(src, 3)
print(r[0] is src, [list(x) for x in r])

class Reenter:
    first = True
    def __iter__(self):
        return self
    def __next__(self):
        first = self.first
        self.first = False
        if first:
            return next(b)
        raise StopIteration

a, b = tee(Reenter())
try:
    next(a)
except RuntimeError as e:
    print('RuntimeError', e)

print(list(accumulate([1, 2, 3], initial=10)), list(accumulate([1, 2, 3], None, initial=1)))
for args in [(range(10), 5, 6), (range(3), None, 1, 2)]:
    try:
        accumulate(*args)
    except TypeError as e:
        print('TypeError', e)
