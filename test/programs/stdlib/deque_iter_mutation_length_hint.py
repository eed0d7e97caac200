# A deque iterator's __length_hint__: the length when it was made less the items given, 0 once it
# has seen the deque mutated; a later resize of the deque does not change it. The reversed
# iterator checks its count before the mutation (StopIteration after a RuntimeError), the forward
# one after (RuntimeError again)
from collections import deque
from operator import length_hint

for make in (iter, reversed):
    d = deque(range(8))
    it = make(d)
    print(length_hint(it), next(it), length_hint(it))
    d.append(99)
    print(length_hint(it))
    for _ in range(2):
        try:
            next(it)
        except (RuntimeError, StopIteration) as e:
            print(type(e).__name__, e, length_hint(it))
    d.pop()
    try:
        next(it)
    except (RuntimeError, StopIteration) as e:
        print("still", type(e).__name__, e, length_hint(it))

    d = deque(range(3))
    it = make(d)
    print(list(it), length_hint(it))
    d.extend(range(20))
    print(length_hint(it))

    d = deque("abcde")
    it = make(d)
    next(it)
    d.clear()
    print(length_hint(it), it.__length_hint__())
    try:
        next(it)
    except (RuntimeError, StopIteration) as e:
        print(type(e).__name__, e, length_hint(it))
