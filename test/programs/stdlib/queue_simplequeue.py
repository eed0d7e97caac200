# _queue.SimpleQueue (what queue.SimpleQueue is) and _queue.Empty: FIFO order, the non-blocking
# and timed gets of an empty queue, argument errors, and the type's shape.
import _queue
import queue
import weakref

Q = _queue.SimpleQueue
print(queue.SimpleQueue is Q, queue.Empty is _queue.Empty, _queue.Empty.__mro__)
print(Q, Q.__module__, Q.__qualname__, Q.__doc__, _queue.Empty.__doc__)
print(sorted(k for k in Q.__dict__), Q[int])

q = Q()
print(q.put(1), q.put(2, False, 3), q.put_nowait(3), q.put(item=4), q.qsize(), q.empty())
print(q.get(), q.get(False), q.get_nowait(), q.get(block=True, timeout=1), q.empty(), q.qsize())
for i in range(100):
    q.put(i)
print([q.get() for i in range(60)][-3:], q.qsize())
for i in range(10):
    q.put(i)
print(q.qsize(), [q.get() for _ in range(50)][-1], q.empty())

# (a timed get of an empty queue is left out: the oracle, with no threads, never returns from one)
for f in [lambda: q.get(False), lambda: q.get_nowait(), lambda: q.get(timeout=-1), lambda: q.get(False, -1), lambda: q.get(timeout="x"), lambda: q.get(timeout=1e300),
          lambda: q.get(timeout=float("nan")), lambda: q.get(1, 2, 3), lambda: q.put(), lambda: q.put_nowait(1, 2),
          lambda: q.empty(1), lambda: Q(1), lambda: Q(x=1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e))


class Sub(Q):
    pass


s = Sub()
s.put("x")
print(type(s).__mro__, s.get(), weakref.ref(q)() is q)
try:
    q.attr = 1
except AttributeError as e:
    print(e)
