# Async comprehensions and await inside comprehensions in coroutines; generator expressions with await.
class Val:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v
async def agen():
    for i in range(4):
        yield i
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
async def main():
    a = [await Val(i * i) for i in range(3)]
    b = [x async for x in agen() if x % 2]
    c = {x: await Val(-x) async for x in agen()}
    d = [y for y in (await Val([5, 6, 7]))]
    gen = (await Val(i) for i in range(2))
    e = [z async for z in gen]
    return a, b, c, d, e, type(gen).__name__
print(run(main()))
for src in ["def f():\n    return [x async for x in y]\n", "def f():\n    await x\n", "async def f():\n    yield from g()\n", "await x\n", "async def f():\n    return [(yield) for x in y]\n"]:
    try:
        compile(src, "<async>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
