# A tiny event loop written by hand: tasks, a ready queue, sleeping on a virtual clock, and joining tasks.
import heapq
class Sleep:
    def __init__(self, dt):
        self.dt = dt
    def __await__(self):
        yield ("sleep", self.dt)
class Join:
    def __init__(self, task):
        self.task = task
    def __await__(self):
        while not self.task.done:
            yield ("wait", self.task)
        return self.task.result
class Task:
    ids = 0
    def __init__(self, coro, name):
        Task.ids += 1
        self.id, self.coro, self.name = Task.ids, coro, name
        self.done, self.result = False, None
class Loop:
    def __init__(self):
        self.now = 0
        self.timers = []
        self.ready = []
        self.waiting = {}
    def spawn(self, coro, name):
        t = Task(coro, name)
        self.ready.append(t)
        return t
    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                self.now, _, t = heapq.heappop(self.timers)
                self.ready.append(t)
            t = self.ready.pop(0)
            try:
                op, arg = t.coro.send(None)
            except StopIteration as e:
                t.done, t.result = True, e.value
                print(f"[t={self.now}] {t.name} finished -> {e.value!r}")
                self.ready.extend(self.waiting.pop(t, []))
                continue
            if op == "sleep":
                heapq.heappush(self.timers, (self.now + arg, t.id, t))
            else:
                self.waiting.setdefault(arg, []).append(t)
loop = Loop()
async def worker(name, delays):
    total = 0
    for d in delays:
        print(f"[t={loop.now}] {name} sleeps {d}")
        await Sleep(d)
        total += d
    return f"{name} slept {total}"
async def main():
    a = loop.spawn(worker("A", [3, 1]), "A")
    b = loop.spawn(worker("B", [1, 1, 1]), "B")
    ra = await Join(a)
    rb = await Join(b)
    print(f"[t={loop.now}] main joined: {ra}; {rb}")
    return "main done"
loop.spawn(main(), "main")
loop.run()
print("final time", loop.now)
