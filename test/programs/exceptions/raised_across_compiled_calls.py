# exit: 1
# Exceptions leaving functions the compiled tier runs, into compiled callers: tracebacks through
# several calls, __init__ raising, finally and with blocks in the callee, chaining across frames,
# methods and bound methods, and the frames' locals released on the way out.
import sys
import traceback


class Guard:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.log.append(("exit", t.__name__ if t else None))
        return False


def level3(i, log):
    with Guard(log):
        if i % 4 == 0:
            raise ValueError("v%d" % i)
        if i % 4 == 1:
            return {}["k%d" % i]
    return i


def level2(i, log):
    try:
        return level3(i, log) * 2
    finally:
        log.append("finally2")


def level1(i, log):
    try:
        return level2(i, log)
    except KeyError as e:
        raise LookupError("wrapped %s" % e) from e


class Strict:
    def __init__(self, v):
        if v % 3 == 0:
            raise TypeError("bad %d" % v)
        self.v = v

    def method(self, k):
        if k:
            raise RuntimeError("method %d" % self.v)
        return self.v


out = []
log = []
for i in range(400):
    try:
        out.append(level1(i, log))
    except ValueError as e:
        out.append(("V", str(e), e.__context__))
    except LookupError as e:
        out.append(("L", str(e), repr(e.__cause__), e.__suppress_context__))
    try:
        s = Strict(i)
        out.append(s.method(i % 5 == 0))
    except (TypeError, RuntimeError) as e:
        out.append((type(e).__name__, str(e)))
print(len(out), out[:9])
print(out[-6:])
print(len(log), log[:8])


def tb_of(f, *a):
    try:
        f(*a)
    except Exception:
        return [(fs.name, fs.line) for fs in traceback.extract_tb(sys.exc_info()[2])]


print(tb_of(level1, 0, []))
print(tb_of(level1, 1, []))
print(tb_of(Strict, 3))
m = Strict(1).method
print(tb_of(m, True))


class Tracked:
    alive = 0

    def __init__(self):
        Tracked.alive += 1


def holds_then_raises(i):
    t = Tracked()
    raise IndexError(i)


for i in range(300):
    try:
        holds_then_raises(i)
    except IndexError:
        pass
print(Tracked.alive)
level1(0, [])
