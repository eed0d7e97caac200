import assert from "node:assert/strict";
import { test } from "node:test";
import { compile, CodeObject } from "../../src/index.ts";
import { ownableSlots, releasingStores, OWNABLE, VIA_NEXT, CLAIMABLE } from "../../src/bytecode/owned-slots.ts";
import { Op } from "../../src/bytecode/opcodes.ts";

/** Function `f` defined by `source`, with its instructions decoded (EXTENDED_ARG folded in). */
function decoded(source: string): { f: CodeObject; ops: Uint8Array; args: Int32Array } {
  const module = compile(source, { filename: "<test>" });
  const f = module.co_consts.find((c): c is CodeObject => c instanceof CodeObject && c.co_name === "f")!;
  const n = f.co_code.length >> 1;
  const ops = new Uint8Array(n);
  const args = new Int32Array(n);
  let ext = 0;
  for (let i = 0; i < n; i++) {
    ops[i] = f.co_code[2 * i]!;
    args[i] = f.co_code[2 * i + 1]! | ext;
    ext = ops[i] === Op.EXTENDED_ARG ? args[i]! << 8 : 0;
  }
  return { f, ops, args };
}

/** The flags of each local of function `f` defined by `source`, by name. */
function slotsOf(source: string): Record<string, number> {
  const { f, ops, args } = decoded(source);
  const flags = ownableSlots(ops, args, f.co_names, f.co_nlocals);
  return Object.fromEntries(f.co_varnames.map((name, k) => [name, flags[k]!]));
}

/** For each STORE_FAST and DELETE_FAST of `f` defined by `source`, in order: "name" if it lets go of what its local owned, "(name)" if not. */
function storesOf(source: string): string[] {
  const { f, ops, args } = decoded(source);
  const releasing = releasingStores(ops, args, f.co_stacksize, ownableSlots(ops, args, f.co_names, f.co_nlocals));
  const out: string[] = [];
  for (let i = 0; i < ops.length; i++) {
    if (ops[i] !== Op.STORE_FAST && ops[i] !== Op.DELETE_FAST) continue;
    const name = f.co_varnames[args[i]!]!;
    out.push(releasing[i] ? name : `(${name})`);
  }
  return out;
}

test("locals read only by for loops, generator methods, `is` and builtin next() can own a generator", () => {
  assert.deepEqual(slotsOf("def f():\n g = gen()\n for x in g: pass\n g.send(1); g.close(); g.throw(E)\n if g is None: g\n"), { g: OWNABLE | CLAIMABLE, x: OWNABLE });
  assert.deepEqual(slotsOf("def f():\n g = gen()\n next(g)\n next(g, None)\n"), { g: OWNABLE | CLAIMABLE | VIA_NEXT });
  assert.deepEqual(slotsOf("async def f():\n a = agen()\n await a.asend(None)\n await a.aclose()\n"), { a: OWNABLE | CLAIMABLE });
});

test("a local whose value may be kept elsewhere cannot", () => {
  for (const use of ["return g", "h = g", "keep(g)", "yield from g", "x = [g]", "g.gi_frame", "next(g, g)", "list(g)", "next(a or g)", "lambda: g", "[x for x in g]"]) {
    // (with `lambda: g`, g is a cell variable: no fast local at all)
    assert.equal(slotsOf(`def f(a):\n g = gen()\n ${use}\n`).g ?? 0, 0, use);
  }
  // one bad read is enough, before or after the good ones
  assert.equal(slotsOf("def f():\n g = gen()\n next(g)\n return g\n").g! & OWNABLE, 0);
  assert.equal(slotsOf("def f(a):\n g = gen()\n if a: return g\n next(g)\n").g! & OWNABLE, 0);
});

test("a local is claimable when a STORE_FAST right after a call stores to it", () => {
  assert.deepEqual(slotsOf("def f():\n g = None\n for x in range(3): pass\n"), { g: OWNABLE, x: OWNABLE });
  assert.deepEqual(slotsOf("def f(a):\n g = a.m(*a)\n g = a(k=1)\n"), { a: 0, g: OWNABLE | CLAIMABLE });
});

test("stores and dels of a claimable local let go of its generator where no read of it may be on the stack", () => {
  assert.deepEqual(storesOf("def f():\n g = gen()\n next(g)\n g = None\n g = gen()\n del g\n"), ["g", "g", "g", "g"]);
  // the for loop's iterator slot holds g: a store or del in its body drops nothing
  assert.deepEqual(storesOf("def f():\n g = gen()\n for x in g:\n  g = None\n  del g\n g = 1\n"), ["g", "(x)", "(g)", "(g)", "g"]);
  // nor inside a loop nested in it, in an except block in it, or after a break out of another loop
  assert.deepEqual(
    storesOf("def f(a):\n g = gen()\n for x in g:\n  for y in a:\n   try:\n    g = a()\n   except E:\n    g = 2\n   break\n  g = 3\n g = 4\n"),
    ["g", "(x)", "(y)", "(g)", "(g)", "(g)", "g"],
  );
  // after a `break` out of it the iterator is popped (the code after the loop is there twice)
  assert.deepEqual(storesOf("def f(a):\n g = gen()\n for x in g:\n  if a: break\n g = None\n"), ["g", "(x)", "g", "g"]);
  // between g.send and its call
  assert.deepEqual(storesOf("def f():\n g = gen()\n g.send((g := 5))\n g = g.send(None)\n"), ["g", "(g)", "g"]);
  // a local that is not claimable is not looked at
  assert.deepEqual(storesOf("def f(a):\n g = gen()\n keep(g)\n g = None\n h = 1\n h = None\n"), ["(g)", "(g)", "(h)", "(h)"]);
});
