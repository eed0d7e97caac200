import assert from "node:assert/strict";
import { test } from "node:test";
import { anyGeneratorSuspended, anyCoroutineUnawaited } from "../../src/objects/index.ts";
import { Session, runProgram } from "../../src/vm/index.ts";

// Interpreter exit looks for suspended generators by walking everything __main__ reaches
// (src/vm/gen-finalize.ts closeAtExit), and skips that walk when no generator has started without
// finishing. These check the count behind anyGeneratorSuspended through each way a generator
// starts or ends; an undercount would skip closing a generator CPython closes at exit. This file
// runs in a process of its own (node --test), so the count starts at 0.

/** Runs `source` as a program (finalized at its end) and answers anyGeneratorSuspended after it. */
function suspendedAfter(source: string): boolean {
  const r = runProgram(source, { filename: "prog.py" });
  assert.equal(r.stderr, "");
  return anyGeneratorSuspended();
}

test("generators run to the end, closed, thrown into or cleared leave none suspended", () => {
  assert.equal(anyGeneratorSuspended(), false);
  assert.equal(suspendedAfter("print(sum(x for x in range(10)), [y for y in range(3)], sorted({z % 3 for z in range(9)}))\n"), false);
  const endings = [
    "def g():\n    yield 1\n    yield 2\nfor v in g(): pass\n",
    "def g():\n    yield 1\nit = g(); next(it); it.close()\n",
    "def g():\n    yield 1\nit = g(); next(it)\ntry:\n    it.throw(ValueError)\nexcept ValueError:\n    pass\n",
    "def g():\n    yield 1\nit = g()\ntry:\n    it.throw(ValueError)\nexcept ValueError:\n    pass\n",
    "def g():\n    yield 1\n    raise KeyError\nit = g(); next(it)\ntry:\n    next(it)\nexcept KeyError:\n    pass\n",
    "def g():\n    yield 1\nit = g(); next(it); it.gi_frame.clear()\n",
    "def g():\n    x = yield 1\n    yield x\nit = g(); next(it); it.send(5); it.close()\n",
    "async def c():\n    return 1\ntry:\n    c().send(None)\nexcept StopIteration:\n    pass\n",
    "def inner():\n    yield 1\n    yield 2\ndef outer():\n    yield from inner()\nit = outer(); next(it); it.close()\n",
    "def g():\n    yield 1\nit = g(); it.close(); del it\n",
  ];
  for (const source of endings) assert.equal(suspendedAfter(source), false, source);
});

test("a generator left suspended counts until exit closes it", () => {
  let out = "";
  const session = new Session({ onStdout: (t) => void (out += t), onStderr: (t) => void (out += t) });
  session.run("def g():\n    try:\n        yield 1\n    finally:\n        print('closed')\nit = g(); next(it)\n", { mode: "exec", filename: "prog.py" });
  assert.equal(anyGeneratorSuspended(), true);
  session.finalize();
  assert.equal(out, "closed\n");
  assert.equal(anyGeneratorSuspended(), false);
});

test("coroutines awaited, started or closed leave none unawaited; one left so warns at exit", () => {
  const endings = [
    "async def c():\n    return 1\nasync def main():\n    return await c()\ntry:\n    main().send(None)\nexcept StopIteration:\n    pass\n",
    "async def c():\n    return 1\nx = c(); x.close()\n",
    "async def c():\n    return 1\nx = c()\ntry:\n    x.throw(ValueError)\nexcept ValueError:\n    pass\n",
  ];
  for (const source of endings) {
    const r = runProgram(source, { filename: "prog.py" });
    assert.equal(r.stderr, "", source);
    assert.equal(anyCoroutineUnawaited(), false, source);
  }
  const r = runProgram("async def c():\n    return 1\nx = c()\n", { filename: "prog.py" });
  assert.equal(r.stderr, "sys:1: RuntimeWarning: coroutine 'c' was never awaited\n");
});
