# The order in which builtins convert and check their arguments decides which error a call with
# several bad ones raises: Argument Clinic wrappers convert typed parameters before the body runs
# (int.to_bytes's length, combinations' r, maketrans's y and z, bytes.hex's bytes_per_sep), the
# find family converts start/end before looking at sub, type(x) refuses keywords, islice and deque
# keep their own orders and messages.
import itertools, collections, bisect
class M(type): pass
tests = [
  lambda: type([], foo=1), lambda: type(1, 2), lambda: type('A', (), {}, x=1), lambda: M(1), lambda: M(1, 2), lambda: type.__new__(type, 1), lambda: type.__new__(type, 1, x=2), lambda: type.__new__(M, 1),
  lambda: collections.deque(object(), object(), byteorder=''), lambda: collections.deque([], 2, 3), lambda: collections.deque(maxlen=-1), lambda: collections.deque(iterable=[1], x=2), lambda: collections.deque([1], iterable=[2]), lambda: collections.deque(maxlen='x'),
  lambda: list(itertools.islice([1, 2, 3], -1)), lambda: list(itertools.islice([1, 2, 3], 'x')), lambda: list(itertools.islice([1, 2, 3], 'a', 'b')), lambda: list(itertools.islice([1, 2, 3], -5)), lambda: list(itertools.islice([1, 2, 3], 1, 2, 0)), lambda: list(itertools.islice([1, 2, 3], 'a', 2)), lambda: list(itertools.islice([1, 2, 3], 2**70)), lambda: list(itertools.islice([1, 2, 3], 1, None, 'q')), lambda: list(itertools.islice([1, 2, 3], None, 2, None)), lambda: list(itertools.islice(5, 'x')),
  lambda: itertools.combinations(5, 'x'), lambda: itertools.combinations_with_replacement(5, 1.5), lambda: enumerate(5, 'x'), lambda: sum(5, 'x'), lambda: sum([], ''), lambda: sum(['a'], 'b'),
  lambda: (5).to_bytes('x', 1), lambda: (5).to_bytes(2**70, 'big'), lambda: int.from_bytes(5, 'x'), lambda: int.from_bytes(5, 'big'), lambda: (5).to_bytes(1, 'middle'), lambda: (5).to_bytes(-1, 'big'),
  lambda: b'ab'.join(5), lambda: ''.join(5), lambda: ''.join([1]), lambda: b''.join([1]), lambda: b'ab'.hex(5, 'x'), lambda: b'ab'.hex('::', 1),
  lambda: [1].index(1, 'x'), lambda: (1,).index(1, None), lambda: 'abc'.find(5, 'x'), lambda: 'abc'.startswith(5, None, 'q'), lambda: b'abc'.count(5.5, [], 1), lambda: b'abc'.endswith(5, 1.5), lambda: 'abc'.rfind('c', None, 2**80), lambda: b'ab'.decode(1.5), lambda: b'ab'.decode('utf-8', 5), lambda: b'ab'.decode('nope', 5),
  lambda: str.maketrans(1, 'a'), lambda: str.maketrans('a', 1), lambda: bisect.bisect([1], 1, 'x'),
]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)

for args in [(1, 'a'), (1, 'a', 'b'), ('a', 1), ('a', 'b', 1), (1, 2, 3), ('ab', 'c'), (1,), ({1: 2, 'a': 3},), ({'ab': 1},), ({1.5: 1},), ('abc', 'xyz', 'q')]:
    try: print(str.maketrans(*args))
    except Exception as e: print(type(e).__name__, e)
for v in (True, 0, 2, 'x', 1.5, None, 2**70):
    for f in (b'a\nb'.splitlines, bytearray(b'a\nb').splitlines, 'a\nb'.splitlines):
        try: print(f(v))
        except Exception as e: print(type(e).__name__, e)
for f, a in ((b'a b'.split, ({}, 'q')), (b'a b'.rsplit, (5, 2**70)), (bytearray(b'a b').split, ('x', 1.5))):
    try: print(f(*a))
    except Exception as e: print(type(e).__name__, e)
