async def f():
    async with ((lambda *b: 1)
            + (-(lambda x, /, y=2: 2))) as b:
        x y z
