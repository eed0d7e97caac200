# bdb.Bdb, the debugger base class pdb builds on: stepping with set_step through calls, loops and
# an exception, call/line/return/exception callbacks with the frame's locals.
import bdb, sys

class Tracer(bdb.Bdb):
    def user_call(self, frame, args):
        print("call", frame.f_code.co_name, frame.f_lineno)
    def user_line(self, frame):
        print("line", frame.f_code.co_name, frame.f_lineno, sorted(k for k in frame.f_locals if not k.startswith("__")))
        self.set_step()
    def user_return(self, frame, value):
        print("return", frame.f_code.co_name, repr(value))
    def user_exception(self, frame, exc_info):
        print("exception", frame.f_code.co_name, exc_info[0].__name__)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def risky():
    try:
        return fib(3) / 0
    except ZeroDivisionError:
        return -1

t = Tracer()
t.runcall(risky)
