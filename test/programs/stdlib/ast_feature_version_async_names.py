# ast.parse(feature_version=(3, 5|6)): 'async' and 'await' are plain names except in an async def
# (whose extent the tokenizer follows by indentation) and for 'async' right before 'def'; from 3.7
# on they are keywords everywhere
import ast
srcs = [
    "async def f(): await x\nasync = 1\n",
    "async def f():\n    await x\n    def g():\n        await = 2\n\nawait = 3\n",
    "async def f():\n    pass\nasync = 1\nasync def g():\n    async for x in y: pass\nawait = 2\n",
    "class C:\n    async def m(self):\n        return await self.x\n    async = 5\n",
    "async \\\n  def f():\n    await y\n",
    "async def f(\n    a=1):\n    await a\nx = async\n",
    "def f():\n    async def g():\n        await h\n    return async\n",
    "async def f():\n    # comment\n\n    await x\nawait\n",
    "async with x: pass\n",
    "[x async for x in y]\n",
    "async.x = await.y\n",
]
for v in [(3, 5), (3, 6), (3, 7)]:
    for src in srcs:
        try:
            t = ast.parse(src, feature_version=v)
            print(v, "ok", [type(n).__name__ for n in ast.walk(t)][1:9])
        except SyntaxError as e:
            print(v, "SyntaxError", e.msg, e.lineno, e.offset)
for v in [(3, 4), (3, 6), (3, 7)]:
    for src in ["async = 12\nawait = 13\n", "def f():\n    async = 1\n    return async\n", "async def g():\n    await x\n    async with a: pass\n", "print(async, await)\n", "async def g():\n    async = 1\n"]:
        try:
            t = ast.parse(src, feature_version=v, type_comments=True)
            print(v, "ok", ast.dump(t.body[0])[:70])
        except SyntaxError as e:
            print(v, "SyntaxError", e.msg, e.lineno, e.offset)
