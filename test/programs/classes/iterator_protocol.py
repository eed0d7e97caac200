# Iterators made by hand: __iter__ returning self, __next__ raising StopIteration, iter(callable, sentinel).
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = CountDown(3)
print(list(c), list(c), next(CountDown(1)), next(iter(CountDown(0)), "empty"))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
import itertools
print(list(itertools.islice(Fib(), 12)))
data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)))
calls = 0
def counter():
    global calls
    calls += 1
    return calls
print(list(iter(counter, 4)))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
class NotIter:
    def __iter__(self):
        return 5
print(err(lambda: iter(NotIter())))
print(err(lambda: next([1])))
print(err(lambda: next(iter([]))))
print(err(lambda: iter(5)))
print(err(lambda: iter(len, 1, 2)))
print(err(lambda: iter(5, 1)))
class Stop:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("value carried")
print(list(Stop()), err(lambda: next(Stop())))
it = iter([1, 2, 3])
print(next(it), [x for x in it], type(it).__name__, it.__length_hint__())
