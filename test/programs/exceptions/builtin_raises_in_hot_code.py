# exit: 1
# Exceptions builtins raise inside functions hot enough for the compiled tier: int() of a name,
# list.index, dict.pop, next() and a class's constructor, caught in the same function, in callers,
# chained in handlers, seen by sys.exc_info and finally blocks, and one left uncaught.
import sys
import traceback


def parse(tok):
    try:
        return int(tok)
    except ValueError as e:
        return ("name", tok, str(e))


def index_or(lst, x):
    try:
        return lst.index(x)
    except ValueError:
        return -1


def pop_or(d, k):
    try:
        return d.pop(k)
    except KeyError as e:
        return ("missing", e.args)


def nexts(it):
    out = []
    try:
        while True:
            out.append(next(it))
    except StopIteration:
        out.append("end")
    return out


class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v


def build(v):
    try:
        return Strict(v).v
    except ValueError as e:
        return str(e)


def chained(tok):
    try:
        try:
            int(tok)
        except ValueError:
            {}[tok]
    except KeyError as e:
        return (repr(e), type(e.__context__).__name__, str(e.__context__))


def in_finally(tok, log):
    try:
        return int(tok)
    finally:
        log.append(sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)


res = []
log = []
for i in range(600):
    tok = str(i) if i % 3 else "x%d" % i
    res.append(parse(tok))
    res.append(index_or([1, 2, 3], i % 5))
    res.append(pop_or({"a": 1, "b": 2}, "ab"[i % 2] if i % 4 else "z"))
    res.append(build(i % 7 - 3))
    if i % 50 == 0:
        res.append(nexts(iter(range(i % 4))))
        res.append(chained("k%d" % i))
        try:
            in_finally(tok, log)
        except ValueError as e:
            res.append(("finally", str(e)))
print(len(res))
print(res[:12])
print(res[-12:])
print(log[:6])


def deep(tok):
    return parse2(tok)


def parse2(tok):
    return int(tok) * 2


total = 0
for i in range(300):
    total += deep(str(i))
print(total)
try:
    deep("oops")
except ValueError:
    tb = traceback.format_exc().splitlines()
    print(tb[-1], [line.strip() for line in tb if line.strip().startswith("return")])
deep("uncaught")
