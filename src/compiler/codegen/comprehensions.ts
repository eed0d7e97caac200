// Comprehensions and generator expressions: compiler_comprehension and the sync/async
// comprehension generators of CPython 3.10's Python/compile.c. Each is its own code object taking
// the outermost iterator as argument `.0`; `for y in [x]` in an inner clause binds without a loop.
import { Op } from "../../bytecode/opcodes.ts";
import type * as A from "../../parser/ast-nodes.ts";
import { ScopeType } from "../unit.ts";
import { FBlockType, type Compiler } from "./context.ts";
import { jumpIf, visitExpr } from "./expressions.ts";

type Comp = A.GeneratorExp | A.ListComp | A.SetComp | A.DictComp;

const NAMES: Record<Comp["_type"], string> = {
  GeneratorExp: "<genexpr>", ListComp: "<listcomp>", SetComp: "<setcomp>", DictComp: "<dictcomp>",
};

export function compileComprehension(c: Compiler, e: Comp): void {
  const topLevelAwait = c.isTopLevelAwait();
  const isAsyncFunction = c.u.ste.coroutine;
  const outermost = e.generators[0];
  c.enterScope(NAMES[e._type], ScopeType.Comprehension, e, e.lineno);
  // Unlike a lambda's, the comprehension's own instructions are on its first line.
  c.setLoc(e);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (isAsyncGenerator && !isAsyncFunction && e._type !== "GeneratorExp" && !topLevelAwait) {
    throw c.error("asynchronous comprehension outside of an asynchronous function");
  }
  if (e._type === "ListComp") c.op(Op.BUILD_LIST, 0);
  else if (e._type === "SetComp") c.op(Op.BUILD_SET, 0);
  else if (e._type === "DictComp") c.op(Op.BUILD_MAP, 0);
  comprehensionGenerator(c, e, 0, 0);
  if (e._type !== "GeneratorExp") c.op(Op.RETURN_VALUE);
  const co = c.assemble(true);
  const qualname = c.u.qualname;
  c.exitScope();
  if (topLevelAwait && isAsyncGenerator) c.u.ste.coroutine = true;
  c.makeClosure(co, 0, qualname);
  visitExpr(c, outermost.iter);
  c.op(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.op(Op.CALL_FUNCTION, 1);
  if (isAsyncGenerator && e._type !== "GeneratorExp") {
    c.op(Op.GET_AWAITABLE);
    c.loadConst(null);
    c.op(Op.YIELD_FROM);
  }
}

function comprehensionGenerator(c: Compiler, e: Comp, index: number, depth: number): void {
  if (e.generators[index].is_async) asyncGenerator(c, e, index, depth);
  else syncGenerator(c, e, index, depth);
}

/** The innermost clause's body: yield or add the element. */
function emitElement(c: Compiler, e: Comp, depth: number): void {
  switch (e._type) {
    case "GeneratorExp":
      visitExpr(c, e.elt);
      c.op(Op.YIELD_VALUE);
      c.op(Op.POP_TOP);
      break;
    case "ListComp":
      visitExpr(c, e.elt);
      c.op(Op.LIST_APPEND, depth + 1);
      break;
    case "SetComp":
      visitExpr(c, e.elt);
      c.op(Op.SET_ADD, depth + 1);
      break;
    case "DictComp":
      visitExpr(c, e.key);
      visitExpr(c, e.value);
      c.op(Op.MAP_ADD, depth + 1);
      break;
  }
}

function syncGenerator(c: Compiler, e: Comp, index: number, depth: number): void {
  let start: ReturnType<Compiler["newBlock"]> | null = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  const gen = e.generators[index];
  if (index === 0) {
    c.u.argcount = 1;
    c.op(Op.LOAD_FAST, 0);
  } else {
    const it = gen.iter;
    const elts = it._type === "List" || it._type === "Tuple" ? it.elts : null;
    if (elts !== null && elts.length === 1 && elts[0]._type !== "Starred") {
      visitExpr(c, elts[0]);
      start = null;
    }
    if (start) {
      visitExpr(c, it);
      c.op(Op.GET_ITER);
    }
  }
  if (start) {
    depth++;
    c.useNextBlock(start);
    c.jump(Op.FOR_ITER, anchor);
    c.nextBlock();
  }
  visitExpr(c, gen.target);
  for (const test of gen.ifs) {
    jumpIf(c, test, ifCleanup, false);
    c.nextBlock();
  }
  if (++index < e.generators.length) comprehensionGenerator(c, e, index, depth);
  if (index >= e.generators.length) emitElement(c, e, depth);
  c.useNextBlock(ifCleanup);
  if (start) {
    c.jump(Op.JUMP_ABSOLUTE, start);
    c.useNextBlock(anchor);
  }
}

function asyncGenerator(c: Compiler, e: Comp, index: number, depth: number): void {
  const start = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  const gen = e.generators[index];
  if (index === 0) {
    c.u.argcount = 1;
    c.op(Op.LOAD_FAST, 0);
  } else {
    visitExpr(c, gen.iter);
    c.op(Op.GET_AITER);
  }
  c.useNextBlock(start);
  c.pushFBlock(FBlockType.AsyncComprehensionGenerator, start, null);
  c.jump(Op.SETUP_FINALLY, except);
  c.op(Op.GET_ANEXT);
  c.loadConst(null);
  c.op(Op.YIELD_FROM);
  c.op(Op.POP_BLOCK);
  visitExpr(c, gen.target);
  for (const test of gen.ifs) {
    jumpIf(c, test, ifCleanup, false);
    c.nextBlock();
  }
  depth++;
  if (++index < e.generators.length) comprehensionGenerator(c, e, index, depth);
  if (index >= e.generators.length) emitElement(c, e, depth);
  c.useNextBlock(ifCleanup);
  c.jump(Op.JUMP_ABSOLUTE, start);
  c.popFBlock();
  c.useNextBlock(except);
  c.op(Op.END_ASYNC_FOR);
}
