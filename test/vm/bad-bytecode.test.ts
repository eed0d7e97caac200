// Bytecode made by hand (code.replace(co_code=...), types.CodeType) can be anything; CPython runs
// it as it is and reads or writes outside its tables and value stack. dislab checks it: an argument
// out of range, or code whose value stack does not add up, raises SystemError saying so before the
// code's first instruction runs; an unknown opcode raises SystemError("unknown opcode") after
// ceval's "XXX lineno" line, as CPython does. Mutated bytecode never ends in a JavaScript error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runProgram } from "../../src/vm/index.ts";

const run = (src: string) => runProgram(src, { filename: "bad.py", maxSteps: 200_000 });

test("arguments out of range raise SystemError naming the instruction", () => {
  const r = run(`
def f(a):
    global q
    q = a
    return (lambda: a)()
c = f.__code__
cases = [
    ([100, 9, 83, 0], "LOAD_CONST at offset 0 refers to constant 9, of 3"),
    ([100, 0, 97, 200, 100, 0, 83, 0], "STORE_GLOBAL at offset 2 refers to name 200, of 1"),
    ([124, 1, 83, 0], "LOAD_FAST at offset 0 refers to local variable 1, of 1"),
    ([136, 5, 83, 0], "LOAD_DEREF at offset 0 refers to cell 5, of 1"),
    ([113, 7, 83, 0], "JUMP_ABSOLUTE at offset 0 jumps to offset 14, past the end of the code (4 bytes)"),
    ([144, 1, 100, 0, 83, 0], "LOAD_CONST at offset 2 refers to constant 256, of 3"),
    ([100, 0, 1, 0, 1, 0, 100, 0, 83, 0], "the bytecode does not add up: its value stack would go below empty or past co_stacksize, or paths meet at different heights"),
    ([130, 2], "the bytecode does not add up: its value stack would go below empty or past co_stacksize, or paths meet at different heights"),
]
for code, expected in cases:
    g = type(f)(c.replace(co_code=bytes(code)), {})
    try:
        g(1)
        print("ran")
    except SystemError as e:
        print(str(e) == expected or str(e))
`);
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "True\n".repeat(8));
});

test("an unknown opcode writes ceval's XXX line (the function's line) and raises SystemError('unknown opcode')", () => {
  const r = run(`
def f():
    return 1
for code in ([0, 0, 83, 0], [100, 0, 255, 0]):
    try:
        type(f)(f.__code__.replace(co_code=bytes(code)), {})()
    except SystemError as e:
        print(e)
`);
  assert.equal(r.stdout, "unknown opcode\nunknown opcode\n");
  assert.equal(r.stderr, "XXX lineno: 3, opcode: 0\nXXX lineno: 3, opcode: 255\n");
});

test("mutated bytecode: a Python exception, a result or the step limit, never an internal error", () => {
  const r = run(`
def f(a, b):
    x = a + b
    for i in range(3):
        x += i
    try:
        x = x / (a - 1)
    except ZeroDivisionError as e:
        x = str(e)
    with open if False else C() as c:
        x = [x, c]
    return [x, b]
class C:
    def __enter__(self): return 1
    def __exit__(self, *a): return False
state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
outcomes = {}
for trial in range(600):
    code = bytearray(f.__code__.co_code)
    for _ in range(1 + rand(3)):
        code[rand(len(code))] = rand(256)
    g = type(f)(f.__code__.replace(co_code=bytes(code)), {"range": range, "ZeroDivisionError": ZeroDivisionError, "str": str, "C": C, "open": open})
    try:
        g(1, 2)
        kind = "returned"
    except BaseException as e:
        kind = type(e).__name__
        if "internal error" in str(e):
            print("internal error", list(code), e)
    outcomes[kind] = outcomes.get(kind, 0) + 1
print(sorted(outcomes))
`);
  assert.doesNotMatch(r.stdout + r.stderr, /internal error/);
  assert.equal(r.exitCode, 0, r.stderr);
  assert.match(r.stdout, /'SystemError'/);
});
