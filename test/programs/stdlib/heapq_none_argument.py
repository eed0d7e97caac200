# heapq's functions and itertools.cycle's __setstate__ name None as "None", not "NoneType", in their
# "must be list" errors (_PyArg_BadArgument).
import heapq, itertools

for f in [lambda: heapq.heappush(None, 1), lambda: heapq.heappop(None), lambda: heapq.heapreplace(None, 1), lambda: heapq.heapify(None),
          lambda: heapq.heappushpop(None, 1), lambda: heapq.heappush((), 1), lambda: itertools.cycle([1]).__setstate__((None, 1)),
          lambda: itertools.cycle([1]).__setstate__(((), 0))]:
    try:
        f()
    except TypeError as e:
        print(e)
