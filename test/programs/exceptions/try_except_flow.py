# try/except/else/finally control flow: which blocks run, in what order, with return/break/continue.
def f(x):
    out = []
    try:
        out.append("try")
        if x == 1:
            raise ValueError("v")
        if x == 2:
            raise KeyError("k")
        if x == 3:
            return out + ["return-in-try"]
    except ValueError:
        out.append("except ValueError")
    except (KeyError, IndexError) as e:
        out.append(f"except tuple {e!r}")
    else:
        out.append("else")
    finally:
        out.append("finally")
    out.append("after")
    return out
for x in range(4):
    print(x, f(x))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_control())
def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            return "wrong handler"
        finally:
            print("  inner finally")
    except TypeError as e:
        return f"outer caught {e}"
print(nested())
def name_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(name_cleared())
def bare():
    try:
        {}["k"]
    except:
        import sys
        return sys.exc_info()[0].__name__
print(bare())
def reraise():
    try:
        try:
            raise ValueError("original")
        except ValueError:
            raise
    except ValueError as e:
        return f"re-raised {e}"
print(reraise())
def exc_in_else():
    try:
        pass
    except ZeroDivisionError:
        return "not here"
    else:
        try:
            1 / 0
        except ZeroDivisionError:
            return "else's own handler"
print(exc_in_else())
