import assert from "node:assert/strict";
import { test } from "node:test";
import { compile, CodeObject } from "../../src/index.ts";
import { ownableSlots, OWNABLE, VIA_NEXT } from "../../src/bytecode/owned-slots.ts";
import { Op } from "../../src/bytecode/opcodes.ts";

/** The flags of each local of function `f` defined by `source`, by name. */
function slotsOf(source: string): Record<string, number> {
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
  const flags = ownableSlots(ops, args, f.co_names, f.co_nlocals);
  return Object.fromEntries(f.co_varnames.map((name, k) => [name, flags[k]!]));
}

test("locals read only by for loops, generator methods, `is` and builtin next() can own a generator", () => {
  assert.deepEqual(slotsOf("def f():\n g = gen()\n for x in g: pass\n g.send(1); g.close(); g.throw(E)\n if g is None: g\n"), { g: OWNABLE, x: OWNABLE });
  assert.deepEqual(slotsOf("def f():\n g = gen()\n next(g)\n next(g, None)\n"), { g: OWNABLE | VIA_NEXT });
  assert.deepEqual(slotsOf("async def f():\n a = agen()\n await a.asend(None)\n await a.aclose()\n"), { a: OWNABLE });
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
