# f_trace_opcodes: an 'opcode' event before every instruction (with f_lasti), and f_trace_lines
# switched off in one frame. (No comparison-and-jump or for loop in the opcode-traced functions:
# a CPython built without computed gotos, as the WebAssembly oracle is, skips the events of
# "predicted" instructions there; dislab follows the usual computed-goto build.)
import sys

def tracer(frame, event, arg):
    frame.f_trace_opcodes = frame.f_code.co_name in ("arith", "branch")
    if frame.f_code.co_name == "quiet":
        frame.f_trace_lines = False
    if event == "opcode":
        op = frame.f_code.co_code[frame.f_lasti]
        print("  opcode", frame.f_lasti, op, frame.f_lineno)
    else:
        print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer

def arith(a, b):
    c = a * b + 1
    return c

def branch(x):
    if x and not x - 1:
        return "one"
    return x or [x]

def quiet():
    a = 1
    b = 2
    return a + b

sys.settrace(tracer)
arith(2, 3)
branch(1)
branch(0)
quiet()
sys.settrace(None)
print(sys._getframe().f_trace_lines, sys._getframe().f_trace_opcodes)
