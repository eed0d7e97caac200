# A coverage-style line recorder: the set of executed lines per function, as coverage.py's
# Python tracer gathers it.
import sys

executed = {}

def cover(frame, event, arg):
    if event == "line":
        executed.setdefault(frame.f_code.co_name, set()).add(frame.f_lineno)
    return cover

def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    else:
        kind = "positive"
    return kind

def fizz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out

def never():
    return "not run"

sys.settrace(cover)
classify(5)
classify(-1)
fizz(6)
sys.settrace(None)
for name, lines in sorted(executed.items()):
    print(name, sorted(lines))
