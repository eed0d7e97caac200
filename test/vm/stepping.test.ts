// The stepping API (src/vm/stepper.ts): the stops of "line" stepping are the 'line' events a
// sys.settrace tracer sees (compared with the local CPython 3.10 when there is one, else with
// dislab's own settrace, which the tracing conformance programs check against the oracle); a
// stepped program's output equals its plain run; frames, values, interrupts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { startProgram, recordProgram } from "../../src/vm/stepper.ts";
import { runProgram } from "../../src/vm/index.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";

const program = `def sq(n):
    return n * n

def gen(k):
    for i in range(k):
        yield sq(i)

class Box:
    def __init__(self, v):
        self.v = v

total = 0
for v in gen(3):
    total += v
b = Box(total)
try:
    [][1]
except IndexError:
    total = -total
print("total", total, b.v, sorted([3, 1, 2], key=lambda x: -x))
`;

// A tracer printing one "name line" per 'line' event, in every frame, as the stepper's "line" mode stops.
const tracer = `import sys
def _t(frame, event, arg):
    if event == "line":
        print(frame.f_code.co_name, frame.f_lineno)
    return _t
sys._getframe().f_trace = _t
sys.settrace(_t)
`;

function tracedLines(): string[] {
  // the tracer takes 7 lines; its own frames are not traced (tracing is off while it runs)
  const src = tracer + program;
  const py = localCPython310();
  const out = py !== null ? execFileSync(py, ["-c", src], { encoding: "utf8" }) : runProgram(src, { filename: "<string>" }).stdout;
  return out.split("\n").filter((l) => /^\S+ \d+$/.test(l)).map((l) => {
    const [name, line] = l.split(" ");
    return `${name} ${Number(line) - 7}`;
  });
}

test("line stepping stops where sys.settrace reports 'line' events", () => {
  const s = startProgram(program, { filename: "<string>" });
  const stops: string[] = [];
  for (let st = s.step("line"); st !== null; st = s.step("line")) {
    const top = st.frames[st.frames.length - 1];
    stops.push(`${top.name} ${top.line}`);
  }
  assert.deepEqual(stops, tracedLines());
  assert.equal(s.done, true);
  assert.deepEqual(s.result, runProgram(program, { filename: "<string>" }));
});

test("instruction stepping visits every instruction and leaves the output unchanged", () => {
  const small = "def f(n):\n    return [i * i for i in range(n)]\nprint(f(3), sorted({2, 1}))\n";
  const s = startProgram(small, { filename: "<string>" });
  let n = 0;
  let last = -1;
  for (let st = s.step("instruction"); st !== null; st = s.step("instruction")) {
    assert.ok(st.position > last);
    last = st.position;
    n++;
  }
  assert.ok(n > 30);
  assert.deepEqual(s.result, runProgram(small, { filename: "<string>" }));
});

test("a stop shows the frame stack with code, offset, value stack, locals and cells", () => {
  const src = "def outer(a):\n    c = a + 1\n    def inner(b):\n        return b * c\n    return inner(10)\nx = outer(2)\nprint(x)\n";
  const s = startProgram(src, { filename: "f.py" });
  let st = s.step("call");
  while (st !== null && st.frames[st.frames.length - 1].name !== "inner") st = s.step("call");
  assert.ok(st !== null);
  const names = st.frames.map((f) => f.name);
  assert.deepEqual(names, ["<module>", "outer", "inner"]);
  const outer = st.frames[1];
  assert.equal(outer.locals.get("a")?.repr, "2");
  assert.equal(outer.cells.get("c")?.repr, "3");
  assert.equal(outer.code.co_name, "outer");
  assert.equal(outer.line, 5);
  const inner = st.frames[2];
  assert.equal(inner.offset, -1);
  assert.equal(inner.locals.get("b")?.repr, "10");
  assert.equal(inner.cells.get("c")?.value, 3);
  // two instructions in: LOAD_FAST b, LOAD_DEREF c on the value stack
  s.step("instruction");
  s.step("instruction");
  st = s.step("instruction")!;
  const top = st.frames[st.frames.length - 1];
  assert.deepEqual(top.stack.map((v) => v.repr), ["10", "3"]);
  assert.equal(top.offset, 4);
  const ret = s.step("return")!;
  assert.equal(ret.kind, "return");
  assert.equal(ret.arg?.repr, "30");
  assert.equal(s.stdout, "");
  assert.equal(s.run().stdout, "30\n");
});

test("output so far is visible at each stop", () => {
  const s = startProgram("print(1)\nprint(2)\nprint(3)\n", { filename: "p.py" });
  const seen: string[] = [];
  for (let st = s.step("line"); st !== null; st = s.step("line")) seen.push(s.stdout);
  assert.deepEqual(seen, ["", "1\n", "1\n2\n"]);
});

test("interrupt() raises KeyboardInterrupt in a stepped program", () => {
  const s = startProgram("i = 0\nwhile True:\n    i += 1\n", { filename: "loop.py" });
  for (let k = 0; k < 20; k++) s.step("instruction");
  s.interrupt();
  assert.equal(s.step("line"), null);
  assert.equal(s.result!.exitCode, 1);
  assert.match(s.result!.stderr, /\nKeyboardInterrupt\n$/);
});

test("recordProgram records every line stop of one run, with the output so far", () => {
  const src = "total = 0\nfor i in range(3):\n    total += i\n    print(total)\n";
  const rec = recordProgram(src, { filename: "r.py", mode: "line" });
  const s = startProgram(src, { filename: "r.py" });
  const stepped: string[] = [];
  for (let st = s.step("line"); st !== null; st = s.step("line")) stepped.push(`${st.frames[0].line} ${st.frames[0].locals.get("total")?.repr} ${JSON.stringify(s.stdout)}`);
  assert.deepEqual(rec.stops.map((st) => `${st.frames[0].line} ${st.frames[0].locals.get("total")?.repr} ${JSON.stringify(st.stdout)}`), stepped);
  assert.deepEqual(rec.result, runProgram(src, { filename: "r.py" }));
  assert.equal(rec.truncated, false);
  const cut = recordProgram("while True:\n    print('x')\n", { filename: "w.py", mode: "line", maxStops: 5 });
  assert.equal(cut.truncated, true);
  assert.equal(cut.stops.length, 5);
  assert.deepEqual(cut.result, { stdout: "x\nx\n", stderr: "", exitCode: -1 });
});

test("id() is the same in every replay of a stepped program, and unique within a run", () => {
  // each step replays the program in a fresh interpreter: ids must depend only on the run
  const src = `class A: pass
objs = [A(), A(), object(), [], int, None, 10**30]
ids = [id(o) for o in objs]
print(ids)
print(len(set(ids)) == len(ids))
x = 1
y = 2
`;
  const s = startProgram(src, { filename: "<string>" });
  const seen = new Set<string>();
  for (let st = s.step("line"); st !== null; st = s.step("line")) {
    const ids = st.frames[0].globals.get("ids");
    if (ids !== undefined) seen.add(ids.repr);
  }
  assert.equal(seen.size, 1);
  assert.match(s.stdout, /\nTrue\n$/);
  assert.equal(s.stdout, runProgram(src, { filename: "<string>" }).stdout);
  assert.equal(s.stdout.split("\n")[0], [...seen][0]);
});
