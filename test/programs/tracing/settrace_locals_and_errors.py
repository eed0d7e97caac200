# Trace functions that read and change f_locals, return None or another function for the local
# trace, set f_trace on an outer frame, raise (tracing stops, the exception reaches the program),
# and sys.call_tracing.
import sys

def change_locals(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "victim" and frame.f_lineno == 10 + 7:
        print("  locals before:", sorted(frame.f_locals.items()))
        frame.f_locals["y"] = 100
    return change_locals

def victim():
    y = 1
    z = 2
    return y + z

sys.settrace(change_locals)
print("victim ->", victim())
sys.settrace(None)

def global_only(frame, event, arg):
    print("global", event, frame.f_code.co_name)
    if frame.f_code.co_name == "selective":
        return local_tracer
    return None

def local_tracer(frame, event, arg):
    print("local", event, frame.f_lineno)
    return local_tracer

def selective():
    a = 1
    return a

def skipped():
    b = 2
    return b

sys.settrace(global_only)
selective()
skipped()
sys.settrace(None)

def broken(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "target":
        raise RuntimeError("tracer broke")
    return broken

def target():
    return 1

sys.settrace(broken)
try:
    target()
except RuntimeError as e:
    print("caught:", e, "| trace now:", sys.gettrace())

def outer_tracer(frame, event, arg):
    print("outer", event, frame.f_code.co_name, frame.f_lineno)
    return outer_tracer

def setter():
    sys._getframe(1).f_trace = outer_tracer
    sys.settrace(outer_tracer)

def caller():
    setter()
    x = 1
    return x

caller()
sys.settrace(None)

def inside(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "traced_call":
        print("call_tracing result:", sys.call_tracing(lambda a, b: a + b, (2, 3)))
    return None

def traced_call():
    return 0

sys.settrace(inside)
traced_call()
sys.settrace(None)
for bad in [(), (1, 2)]:
    try:
        sys.settrace(*bad)
    except TypeError as e:
        print(e)
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print(e)
