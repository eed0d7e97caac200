# frame.f_lineno set from a trace function: 3.10's jumps (forward, backward, out of a for loop
# and a with block, which unwinds them) and the jumps it refuses, with its messages.
import sys

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def make_tracer(func_name, at_line, to_line, event="line"):
    done = []
    def tracer(frame, ev, arg):
        if not done and frame.f_code.co_name == func_name and ev == event and frame.f_lineno == frame.f_code.co_firstlineno + at_line:
            done.append(1)
            try:
                frame.f_lineno = frame.f_code.co_firstlineno + to_line if isinstance(to_line, int) else to_line
            except Exception as e:
                print("  jump refused:", type(e).__name__, e)
            else:
                print("  jumped to", frame.f_lineno)
        return tracer
    return tracer

def skip_ahead():
    out = [1]
    out.append(2)
    out.append(3)
    return out

def back_again():
    out = []
    n = 0
    n += 1
    out.append(n)
    if n < 3:
        pass
    return out

def into_loop():
    out = []
    for i in range(2):
        out.append(i)
    out.append("end")
    return out

def out_of_loop():
    out = []
    for i in range(5):
        out.append(i)
        out.append("body")
    out.append("after")
    return out

def into_try():
    try:
        x = 1
    finally:
        x = 2
    return x

def from_except():
    try:
        1 / 0
    except ZeroDivisionError:
        x = "handler"
        x += "!"
    return x

def out_of_with():
    class C:
        def __enter__(self): return self
        def __exit__(self, *a): print("  exit called"); return False
    with C():
        a = 1
        a = 2
    return a

def plain():
    a = 1
    return a

cases = [
    ("skip_ahead", 1, 3), ("back_again", 4, 1), ("into_loop", 1, 3), ("out_of_loop", 3, 5),
    ("into_try", 4, 2), ("from_except", 5, 6), ("out_of_with", 5, 7), ("from_except", 1, 4), ("plain", 1, 100),
    ("plain", 1, 0), ("plain", 1, "x"), ("plain", 0, 2, "call"), ("plain", 2, 1, "return"),
    ("out_of_loop", 3, 1),
]
for spec in cases:
    name, at, to = spec[:3]
    ev = spec[3] if len(spec) > 3 else "line"
    sys.settrace(make_tracer(name, at, to, ev))
    show(f"{name} {at}->{to} ({ev})", globals()[name])
    sys.settrace(None)
f = sys._getframe()
show("outside", lambda: setattr(f, "f_lineno", 3))
