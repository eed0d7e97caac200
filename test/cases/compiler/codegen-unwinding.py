# --- return through finally, with and handlers (values kept on the stack)
def f(x):
    try:
        try:
            return g(x)
        finally:
            h()
    finally:
        return k(x)
def g(x):
    with a as b:
        with c:
            return b + x
def h(x):
    try:
        pass
    except E as e:
        try:
            return e.x
        finally:
            del e
def k(x):
    try:
        pass
    finally:
        try:
            return x()
        except:
            return 2
# --- break and continue out of handlers and finally bodies
def f():
    for x in y:
        try:
            g()
        except E as e:
            if e:
                break
            continue
        except:
            break
        finally:
            if x:
                continue
    while z:
        try:
            break
        finally:
            h()
# --- unwinding async with and async for
async def f():
    async for x in y:
        async with a as b:
            if b:
                break
            if x:
                continue
            return await b
# --- generators with try/finally and yield in finally
def g():
    try:
        yield 1
    finally:
        yield 2
    with a:
        yield from b
# --- loops inside handlers and handlers inside loops
def f():
    try:
        pass
    except:
        for x in y:
            if x:
                return x
    for x in y:
        try:
            pass
        except E:
            return
        else:
            continue
# --- nested with items and targets
def f():
    with a() as (x, y), b() as z[0], c as d.e:
        return x
# --- finally containing loops with break
def f():
    try:
        pass
    finally:
        for i in x:
            break
        while y:
            continue
