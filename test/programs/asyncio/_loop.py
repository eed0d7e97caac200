# A small deterministic event loop for the asyncio programs: ready callbacks run in order, timers
# on a virtual clock (no real waiting), and it is the running loop while it runs, so asyncio's own
# gather, wait_for, sleep, queues and locks work on it. The oracle runs its own WebLoop and cannot
# run asyncio.run(), so the programs drive Futures and Tasks through this one.
import asyncio
import collections
import contextvars
import heapq
import itertools

asyncio.events._set_running_loop(None)


class Handle:
    def __init__(self, when, callback, args, context):
        self.when = when
        self.callback = callback
        self.args = args
        self.context = context
        self.cancelled = False

    def cancel(self):
        self.cancelled = True


class Loop:
    def __init__(self, name="loop"):
        self.name = name
        self.ready = collections.deque()
        self.timers = []
        self.seq = itertools.count()
        self.now = 0.0
        self.debug = False
        self.closed = False
        self.log = []

    def __repr__(self):
        return f"<Loop {self.name}>"

    def call_soon(self, callback, *args, context=None):
        if context is None:
            context = contextvars.copy_context()
        h = Handle(self.now, callback, args, context)
        self.ready.append(h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.now + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if context is None:
            context = contextvars.copy_context()
        h = Handle(when, callback, args, context)
        heapq.heappush(self.timers, (when, next(self.seq), h))
        return h

    def time(self):
        return self.now

    def create_future(self):
        return asyncio.Future(loop=self)

    def create_task(self, coro, *, name=None):
        return asyncio.Task(coro, loop=self, name=name)

    def get_debug(self):
        return self.debug

    def is_closed(self):
        return self.closed

    def call_exception_handler(self, context):
        exc = context.get("exception")
        print(f"[{self.name}] handler: {context['message']}" + (f" ({type(exc).__name__}: {exc})" if exc is not None else ""))

    def step(self):
        if not self.ready and self.timers:
            self.now = max(self.now, self.timers[0][0])
        while self.timers and self.timers[0][0] <= self.now:
            self.ready.append(heapq.heappop(self.timers)[2])
        for _ in range(len(self.ready)):
            h = self.ready.popleft()
            if h.cancelled:
                continue
            try:
                h.context.run(h.callback, *h.args)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as e:
                print(f"[{self.name}] callback raised {type(e).__name__}: {e}")

    def run_until_complete(self, aw):
        fut = asyncio.ensure_future(aw, loop=self)
        asyncio.events._set_running_loop(self)
        try:
            while not fut.done():
                if not self.ready and not any(not t[2].cancelled for t in self.timers):
                    print(f"[{self.name}] stalled")
                    return None
                self.step()
        finally:
            asyncio.events._set_running_loop(None)
        return fut.result()

    def run_ready(self):
        asyncio.events._set_running_loop(self)
        try:
            while self.ready:
                self.step()
        finally:
            asyncio.events._set_running_loop(None)
