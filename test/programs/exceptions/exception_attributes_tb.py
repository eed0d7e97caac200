# Traceback objects: tb_lineno, tb_frame, tb_next chains, frame f_code/f_lineno/f_locals of each level.
def a():
    b()
def b():
    x = "local in b"
    c()
def c():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        f = tb.tb_frame
        print(tb.tb_lineno, f.f_code.co_name, f.f_lineno, tb.tb_lasti >= 0, sorted(k for k in f.f_locals if not k.startswith("__"))[:3])
        tb = tb.tb_next
import traceback
try:
    a()
except ValueError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename, fs.lineno, fs.name, repr(fs.line))
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    print("".join(traceback.format_tb(e.__traceback__)), end="")
