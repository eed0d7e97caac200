# A trace function that does not read f_locals leaves a local generator to be closed at the return, as without tracing.
import sys
def gen(name):
    try:
        yield 1
    finally:
        print("finally", name)
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("f", "gen"):
        events.append((frame.f_code.co_name, event))
    return tracer
def f():
    g = gen("traced")
    next(g)
    return "f done"
sys.settrace(tracer)
print(f())
sys.settrace(None)
print(events)
