# sys.settrace: call, line, return and exception events of plain functions, loops, recursion,
# try/except/finally and a one-line while loop (a line event on every backward jump).
import sys

def show(arg):
    if isinstance(arg, tuple) and len(arg) == 3:
        return f"({arg[0].__name__}: {arg[1]})"
    return repr(arg)

def tracer(frame, event, arg):
    print(f"{event:9} {frame.f_code.co_name:10} line {frame.f_lineno:3} {show(arg) if event != 'call' else ''}")
    return tracer

def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    else:
        total += 100
    k = 3
    while k: k -= 1
    return total

def fails(n):
    if n == 0:
        raise ValueError("bottom")
    return fails(n - 1)

def handler():
    try:
        fails(2)
    except ValueError as e:
        msg = str(e)
    finally:
        msg = "finally " + msg
    try:
        try:
            {}["missing"]
        finally:
            print("inner finally")
    except KeyError:
        pass
    return msg

def early(x):
    for i in range(10):
        if i == x:
            return i
        if i > 5:
            break
    return -1

sys.settrace(tracer)
loop(4)
handler()
early(2)
early(9)
x = [1, 2]
y = (x[0] +
     x[1])
sys.settrace(None)
print("trace off:", sys.gettrace())
