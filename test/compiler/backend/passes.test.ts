// Focused tests of the back-end passes. Each builds, by hand, the flow graph CPython 3.10's code
// generator emits for a small source (same blocks, same order of allocation, same lines; the
// comments name the compile.c function being mirrored), assembles it, and compares the code object
// with the oracle's compilation of that source: the expected bytes all come from CPython.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { CodeObject } from "../../../src/bytecode/code.ts";
import { CO_NOFREE, CO_NEWLOCALS, CO_OPTIMIZED } from "../../../src/bytecode/flags.ts";
import { Op } from "../../../src/bytecode/opcodes.ts";
import { assemble } from "../../../src/compiler/assembler.ts";
import type { SymbolTableEntry } from "../../../src/compiler/symtable-entry.ts";
import { CompilerUnit, ScopeType } from "../../../src/compiler/unit.ts";
import { codeFromJson, codeToJson, firstDifference } from "../../oracle/convert.ts";
import { Oracle, type CodeJson } from "../../oracle/oracle.ts";

const oracle = await (await Oracle.get()).ready();

function cpython(source: string, name?: string): CodeObject {
  const r = oracle.compile(source, { filename: "t.py" });
  assert.ok(r.ok);
  let code = codeFromJson(r.value.code as CodeJson);
  if (name !== undefined) code = code.co_consts.find((k) => k !== null && typeof k === "object" && "co_name" in k && k.co_name === name) as CodeObject;
  return code;
}

function same(ours: CodeObject, theirs: CodeObject): void {
  assert.equal(firstDifference(codeToJson(ours), codeToJson(theirs)), null);
}

const ste = null as unknown as SymbolTableEntry;

function moduleUnit(): CompilerUnit {
  const u = new CompilerUnit(ste, ScopeType.Module, "<module>", null, 1);
  u.flags = CO_NOFREE;
  return u;
}

/** A function unit as compiler_function starts it: the docstring slot (None) is const 0. */
function functionUnit(name: string, line: number, args: string[]): CompilerUnit {
  const u = new CompilerUnit(ste, ScopeType.Function, name, name, line);
  u.consts.addConst(null);
  for (const a of args) u.varnames.add(a);
  u.argcount = args.length;
  u.flags = CO_OPTIMIZED | CO_NEWLOCALS | CO_NOFREE;
  return u;
}

test("BUILD_TUPLE of constants folds into a new constant appended to co_consts (def f(a=1, b=2))", () => {
  const theirs = cpython("def f(a=1, b=2): pass\n");
  const u = moduleUnit();
  u.lineno = 1;
  // compiler_function: defaults as a tuple, then compiler_make_closure.
  u.addOp(Op.LOAD_CONST, u.consts.addConst(1n));
  u.addOp(Op.LOAD_CONST, u.consts.addConst(2n));
  u.addOp(Op.BUILD_TUPLE, 2);
  u.addOp(Op.LOAD_CONST, u.consts.addConst(theirs.co_consts[2]));
  u.addOp(Op.LOAD_CONST, u.consts.addConst("f"));
  u.addOp(Op.MAKE_FUNCTION, 1);
  u.addOp(Op.STORE_NAME, u.names.add("f"));
  same(assemble(u, { filename: "t.py", addNone: true }), theirs);
});

test("a conditional jump to a conditional jump on the same line is threaded (x = a and b or c)", () => {
  const u = moduleUnit();
  u.lineno = 1;
  // compiler_boolop, outer `or` around inner `and`.
  const endOr = u.newBlock();
  u.addOp(Op.LOAD_NAME, u.names.add("a"));
  const endAnd = u.newBlock();
  u.addOp(Op.JUMP_IF_FALSE_OR_POP, 0, endAnd);
  u.useNextBlock(u.newBlock());
  u.addOp(Op.LOAD_NAME, u.names.add("b"));
  u.useNextBlock(endAnd);
  u.addOp(Op.JUMP_IF_TRUE_OR_POP, 0, endOr);
  u.useNextBlock(u.newBlock());
  u.addOp(Op.LOAD_NAME, u.names.add("c"));
  u.useNextBlock(endOr);
  u.addOp(Op.STORE_NAME, u.names.add("x"));
  same(assemble(u, { filename: "t.py", addNone: true }), cpython("x = a and b or c\n"));
});

test("an exit without a line reached by a jump and by falling through is duplicated, each copy taking its predecessor's line", () => {
  const src = "def f(x):\n    if x:\n        g()\n";
  const u = functionUnit("f", 1, ["x"]);
  // compiler_if without else: the test jumps to `end`, which gets the implicit return.
  const end = u.newBlock();
  u.lineno = 2;
  u.addOp(Op.LOAD_FAST, 0);
  u.addOp(Op.POP_JUMP_IF_FALSE, 0, end);
  u.nextBlock();
  u.lineno = 3;
  u.addOp(Op.LOAD_GLOBAL, u.names.add("g"));
  u.addOp(Op.CALL_FUNCTION, 0);
  u.addOp(Op.POP_TOP);
  u.useNextBlock(end);
  same(assemble(u, { filename: "t.py", addNone: true }), cpython(src, "f"));
});

/** compiler_while for `while x:` around `body` statements `x = x + 1` on the given lines. */
function whileUnit(lines: number[], whileLine: number): CompilerUnit {
  const u = functionUnit("f", 1, ["x"]);
  const loop = u.newBlock();
  const body = u.newBlock();
  const anchor = u.newBlock();
  const end = u.newBlock();
  u.useNextBlock(loop);
  u.lineno = whileLine;
  u.addOp(Op.LOAD_FAST, 0);
  u.addOp(Op.POP_JUMP_IF_FALSE, 0, anchor);
  u.nextBlock();
  u.useNextBlock(body);
  const one = u.consts.addConst(1n);
  for (const line of lines) {
    u.lineno = line;
    u.addOp(Op.LOAD_FAST, 0);
    u.addOp(Op.LOAD_CONST, one);
    u.addOp(Op.BINARY_ADD);
    u.addOp(Op.STORE_FAST, 0);
  }
  u.lineno = whileLine;
  u.addOp(Op.LOAD_FAST, 0);
  u.addOp(Op.POP_JUMP_IF_TRUE, 0, body);
  u.nextBlock();
  u.useNextBlock(anchor);
  u.useNextBlock(end);
  return u;
}

test("jumps over long bodies grow EXTENDED_ARG prefixes as CPython sizes them", () => {
  // 17,000 statements make jumps of more than 0xffff code units: two EXTENDED_ARG prefixes.
  for (const n of [60, 64, 70, 200, 17000]) {
    const lines = Array.from({ length: n }, (_, i) => 3 + i);
    const src = "def f(x):\n    while x:\n" + lines.map(() => "        x = x + 1\n").join("");
    same(assemble(whileUnit(lines, 2), { filename: "t.py", addNone: true }), cpython(src, "f"));
  }
});

test("line deltas beyond ±127 and runs beyond 254 bytes are written as CPython writes them", () => {
  // Statements 300 lines apart, then one line holding a long expression, then back up by a long loop.
  const lines = [3, 303, 603];
  const src = "def f(x):\n    while x:\n" + "        x = x + 1\n" + "\n".repeat(299) + "        x = x + 1\n" +
    "\n".repeat(299) + "        x = x + 1\n";
  same(assemble(whileUnit(lines, 2), { filename: "t.py", addNone: true }), cpython(src, "f"));
  // 70 statements on one line: a 560-byte run.
  const oneLine = "def f(x):\n    while x:\n        " + "x = x + 1; ".repeat(70) + "\n";
  same(assemble(whileUnit(new Array(70).fill(3), 2), { filename: "t.py", addNone: true }), cpython(oneLine, "f"));
});

test("a generator starts with GEN_START and one value on the stack", () => {
  const u = functionUnit("g", 1, []);
  u.flags |= 0x20; // CO_GENERATOR
  u.lineno = 2;
  u.addOp(Op.LOAD_CONST, u.consts.addConst(1n));
  u.addOp(Op.YIELD_VALUE);
  u.addOp(Op.POP_TOP);
  same(assemble(u, { filename: "t.py", addNone: true }), cpython("def g():\n    yield 1\n", "g"));
});

test("a constant loop test disappears, its NOP keeping the line (while 1: g())", () => {
  const u = functionUnit("f", 1, []);
  // compiler_while: the test is emitted at the top and again at the bottom.
  const loop = u.newBlock();
  const body = u.newBlock();
  const anchor = u.newBlock();
  const end = u.newBlock();
  u.useNextBlock(loop);
  u.lineno = 2;
  const one = u.consts.addConst(1n);
  u.addOp(Op.LOAD_CONST, one);
  u.addOp(Op.POP_JUMP_IF_FALSE, 0, anchor);
  u.nextBlock();
  u.useNextBlock(body);
  u.lineno = 3;
  u.addOp(Op.LOAD_GLOBAL, u.names.add("g"));
  u.addOp(Op.CALL_FUNCTION, 0);
  u.addOp(Op.POP_TOP);
  u.lineno = 2;
  u.addOp(Op.LOAD_CONST, one);
  u.addOp(Op.POP_JUMP_IF_TRUE, 0, body);
  u.nextBlock();
  u.useNextBlock(anchor);
  u.useNextBlock(end);
  same(assemble(u, { filename: "t.py", addNone: true }), cpython("def f():\n    while 1:\n        g()\n", "f"));
});

test("BUILD_TUPLE 2; UNPACK_SEQUENCE 2 becomes ROT_TWO, and `break` copies the loop's exit", () => {
  const u = functionUnit("f", 1, ["a"]);
  const a = 0;
  const b = u.varnames.add("b");
  // a, b = b, a
  u.lineno = 2;
  u.addOp(Op.LOAD_FAST, b);
  u.addOp(Op.LOAD_FAST, a);
  u.addOp(Op.BUILD_TUPLE, 2);
  u.addOp(Op.UNPACK_SEQUENCE, 2);
  u.addOp(Op.STORE_FAST, a);
  u.addOp(Op.STORE_FAST, b);
  // compiler_for, with compiler_break in the body.
  u.lineno = 3;
  const start = u.newBlock();
  const body = u.newBlock();
  const cleanup = u.newBlock();
  const end = u.newBlock();
  u.addOp(Op.LOAD_FAST, a);
  u.addOp(Op.GET_ITER);
  u.useNextBlock(start);
  u.addOp(Op.FOR_ITER, 0, cleanup);
  u.useNextBlock(body);
  u.addOp(Op.STORE_FAST, u.varnames.add("x"));
  u.lineno = 4;
  u.addOp(Op.NOP);
  u.addOp(Op.POP_TOP);
  u.addOp(Op.JUMP_ABSOLUTE, 0, end);
  u.nextBlock();
  u.lineno = -1;
  u.addOp(Op.JUMP_ABSOLUTE, 0, start);
  u.useNextBlock(cleanup);
  u.useNextBlock(end);
  same(assemble(u, { filename: "t.py", addNone: true }), cpython("def f(a):\n    a, b = b, a\n    for x in a:\n        break\n", "f"));
});
