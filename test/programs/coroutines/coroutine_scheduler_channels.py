# Producer/consumer coroutines communicating through a channel, scheduled round-robin by hand.
from collections import deque
class Channel:
    def __init__(self):
        self.items = deque()
    def put(self, v):
        self.items.append(v)
    def get(self):
        return Get(self)
class Get:
    def __init__(self, ch):
        self.ch = ch
    def __await__(self):
        while not self.ch.items:
            yield "blocked"
        return self.ch.items.popleft()
class Yield:
    def __await__(self):
        yield "yield"
async def producer(ch, n):
    for i in range(n):
        print(f"produce {i}")
        ch.put(i)
        await Yield()
    ch.put(None)
async def consumer(ch, name):
    got = []
    while True:
        v = await ch.get()
        if v is None:
            ch.put(None)
            return got
        print(f"{name} consumed {v}")
        got.append(v)
def schedule(*coros):
    tasks = deque(enumerate(coros))
    results = {}
    steps = 0
    while tasks:
        i, c = tasks.popleft()
        steps += 1
        try:
            c.send(None)
            tasks.append((i, c))
        except StopIteration as e:
            results[i] = e.value
    return results, steps
ch = Channel()
print(schedule(producer(ch, 5), consumer(ch, "c1"), consumer(ch, "c2")))
