# itertools' combinatoric iterators: r and repeat converted as Py_ssize_t (types, negatives, past 2**63),
# product with repeat=0 making no pools, stopped iterators' __reduce__ and copies.
import itertools
class X:
    def __index__(self): return 2
for r in [X(), 1.5, "2", True, -1, 2**70, -2**70]:
    for f in [lambda r: list(itertools.product([1], repeat=r)), lambda r: list(itertools.combinations([1, 2, 3], r)), lambda r: list(itertools.permutations([1, 2], r)), lambda r: list(itertools.combinations_with_replacement([1, 2], r))]:
        try:
            print(f(r))
        except Exception as e:
            print(type(e).__name__, e)
print(list(itertools.product(5, repeat=0)), list(itertools.product(repeat=3)))
for f in [lambda: list(itertools.product(5, repeat=2)), lambda: list(itertools.combinations(5, 2)), lambda: list(itertools.combinations([1], 3)),
          lambda: list(itertools.permutations([1], 3)), lambda: list(itertools.combinations_with_replacement([], 2)),
          lambda: list(itertools.combinations_with_replacement([], 0)), lambda: list(itertools.permutations([1, 2], 0))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
import pickle, copy
c = itertools.combinations([1, 2], 5)
print(c.__reduce__(), list(copy.copy(c)))
p = itertools.permutations([1, 2], 5)
print(p.__reduce__(), list(copy.deepcopy(p)))
