# Code compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT has CO_COROUTINE: eval() of it, like calling a function
# made from it, returns a coroutine (named after the code) instead of running it.
import ast, types
from types import FunctionType
from textwrap import dedent
@types.coroutine
def sleep(d, result=None):
    yield d
    return result
class Lock:
    async def __aenter__(self): return self
    async def __aexit__(self, *a): return False
async def arange(n):
    for i in range(n):
        yield i
def run(c):
    print("  type", type(c).__name__)
    n = 0
    try:
        while True:
            c.send(None); n += 1
    except StopIteration as e:
        return e.value, n
code_samples = [
    '''a = await sleep(0, result=1)''',
    '''async for i in arange(1):
           a = 1''',
    '''async with Lock() as l:
           a = 1''',
    '''a = [x async for x in arange(2)][1]''',
    '''a = 1 in {x async for x in arange(2)}''',
    '''a = {x:1 async for x in arange(1)}[0]''',
    '''a = [x async for x in arange(2) async for x in arange(2)][1]''',
    '''a = [x async for x in (x async for x in arange(5))][1]''',
    '''a, = [1 for x in {x async for x in arange(1)}]''',
    '''a = [await sleep(0, x) async for x in arange(2)][1]''',
    '''await sleep(0, 5)''',
]
for mode in ('single', 'exec', 'eval'):
    for src in code_samples:
        source = dedent(src)
        try:
            co = compile(source, '?', mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        except SyntaxError as e:
            print(mode, "SyntaxError", e); continue
        print(mode, repr(source[:30]), hex(co.co_flags))
        try:
            g = {'sleep': sleep, 'Lock': Lock, 'a': 0, 'arange': arange}
            print("  ", run(FunctionType(co, g)()), g['a'])
            g = {'sleep': sleep, 'Lock': Lock, 'a': 0, 'arange': arange}
            print("  ", run(eval(co, g)), g['a'])
        except Exception as e:
            print("  ", type(e).__name__, e)
co = compile("x = 1", "?", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(hex(co.co_flags), eval(co, {}))
