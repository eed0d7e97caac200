# exit: 1
# sys.excepthook replaced by the program: the hook prints instead of the default traceback, status stays 1.
import sys
def hook(exc_type, exc, tb):
    frames = []
    while tb:
        frames.append(f"{tb.tb_frame.f_code.co_name}:{tb.tb_lineno}")
        tb = tb.tb_next
    print(f"custom hook: {exc_type.__name__}: {exc} via {' -> '.join(frames)}", file=sys.stderr)
    print("hook also printed to stdout")
sys.excepthook = hook
def fail():
    raise LookupError("not here")
print("before")
fail()
