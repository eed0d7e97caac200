# Line events through with statements, try/finally with return/break/continue, nested functions
# and closures, class bodies, lambdas and a multi-line expression.
import sys

def tracer(frame, event, arg):
    if event == "exception":
        arg = arg[0].__name__
    elif event == "call":
        arg = None
    elif event == "return" and not isinstance(arg, (int, str, list, type(None))):
        arg = type(arg).__name__
    print(event, frame.f_code.co_name, frame.f_lineno, arg)
    return tracer

class Ctx:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return self.suppress

def with_stmt():
    with Ctx(False) as c:
        a = 1
    with Ctx(True):
        raise TypeError("swallowed")
    return a

def finally_return():
    try:
        return "try"
    finally:
        print("cleanup")

def finally_loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out

def outer():
    v = 10
    def inner(d):
        return v + d
    f = lambda q: inner(q) * 2
    return f(1)

def multi(a,
          b):
    return (a
            + b)

sys.settrace(tracer)
with_stmt()
finally_return()
finally_loop()
outer()
multi(1,
      2)
class K:
    attr = 1
    def method(self):
        return self.attr
K().method()
sys.settrace(None)
