# combinations and combinations_with_replacement convert r (clinic's Py_ssize_t), then read the
# iterable, and only then check r's sign: a bad iterable's TypeError comes before "r must be
# non-negative", and a bad r's TypeError before the iterable is read.
import itertools


def noisy():
    print("  iterable read")
    yield 1


for f in (itertools.combinations, itertools.combinations_with_replacement, itertools.permutations):
    for args in [(True, -1), (1, -1), ("ab", -1), ("ab", 2**70), ("ab", "x"), (noisy(), -1), (noisy(), "x"), ("abc", 2)]:
        try:
            r = f(*args)
            print(f.__name__, list(r))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
