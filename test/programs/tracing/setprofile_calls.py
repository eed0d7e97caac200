# sys.setprofile: call/return for Python frames and c_call/c_return/c_exception for builtins
# (builtin functions, bound builtin methods, methods called through their descriptor).
import sys

def prof(frame, event, arg):
    if event.startswith("c_"):
        detail = arg.__qualname__
    elif event == "return":
        detail = repr(arg)
    else:
        detail = ""
    print(event, frame.f_code.co_name, frame.f_lineno, detail)

def work(xs):
    xs.append(len(xs))
    xs.sort(key=lambda v: -v)
    s = sorted(xs)
    try:
        int("nope")
    except ValueError:
        pass
    d = dict(a=1)
    d.update(b=2)
    print(*s, sep=",")
    f = getattr(xs, "count")
    return max(s) + f(1) + len(d)

def gen():
    yield 1
    yield 2

sys.setprofile(prof)
work([3, 1])
for v in gen():
    pass
list.append([], 1)
args = (1, 2)
max(*args)
sys.setprofile(None)
print("profile off:", sys.getprofile())
