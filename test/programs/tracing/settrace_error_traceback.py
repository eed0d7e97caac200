# A trace function that raises: tracing stops and the exception leaves the traced frame with a
# traceback entry for that frame from the trace call and one from the frame itself, as in 3.10.
# exit: 1
import sys

def bad(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "target":
        raise RuntimeError("tracer broke")
    return bad

def target():
    return 1

def outer():
    return target()

sys.settrace(bad)
outer()
