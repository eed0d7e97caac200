# _heapq and _bisect: results over generated data, messages, the max-heap helpers.
import _heapq, _bisect

state = 5
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n

def show(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)

for trial in range(60):
    data = [rnd(50) for _ in range(rnd(20))]
    h = list(data)
    _heapq.heapify(h)
    print("heapify", h)
    for v in data[:5]:
        _heapq.heappush(h, v)
    print("push", h)
    print("pops", [_heapq.heappop(h) for _ in range(min(4, len(h)))], h)
    if h:
        print("replace", _heapq.heapreplace(h, rnd(50)), h)
    print("pushpop", _heapq.heappushpop(h, rnd(50)), h)
    m = list(data)
    _heapq._heapify_max(m)
    print("max", m, _heapq._heappop_max(m) if m else None, m)
    s = sorted(data)
    x = rnd(50)
    show("bisect", lambda: (_bisect.bisect_right(s, x), _bisect.bisect_left(s, x), _bisect.bisect_right(s, x, 2), _bisect.bisect_left(s, x, 1, 3)))
    _bisect.insort_right(s, x); _bisect.insort_left(s, x)
    print("insort", s)
    print("key", _bisect.bisect_right(s, -x, key=lambda v: -v), _bisect.bisect_left(s[::-1], -x, key=lambda v: -v))
show("pop empty", _heapq.heappop, [])
show("replace empty", _heapq.heapreplace, [], 1)
show("push tuple", _heapq.heappush, (1,), 2)
show("pop int", _heapq.heappop, 5)
show("push 1 arg", _heapq.heappush, [])
show("pop 0 args", _heapq.heappop)
show("heapify str", _heapq.heapify, "abc")
show("mixed", _heapq.heappush, [1, 2], "a")
show("pushpop empty", _heapq.heappushpop, [], 3)
show("lo neg", _bisect.bisect, [1, 2], 1, -1) if hasattr(_bisect, "bisect") else None
show("lo neg", _bisect.bisect_right, [1, 2], 1, -1)
show("hi none", _bisect.bisect_right, [1, 2, 3], 2, 0, None)
show("kw", _bisect.bisect_left, a=[1, 2, 3], x=2, lo=1)
show("missing", _bisect.bisect_left, [1])
show("bad kw", _bisect.bisect_left, [1], 1, z=1)
show("tuple", _bisect.bisect_left, (1, 5, 9), 6)
show("insort tuple", _bisect.insort, (1, 2), 1) if hasattr(_bisect, "insort") else None
show("insort tuple", _bisect.insort_right, (1, 2), 1)
class L(list):
    def insert(self, i, x):
        print("insert called", i, x)
        list.insert(self, i, x)
l = L([1, 3]); _bisect.insort_left(l, 2); print(l)
show("names", lambda: sorted(n for n in dir(_heapq) if not n.startswith("__")) + sorted(n for n in dir(_bisect) if not n.startswith("__")))
