// try/except/finally, with and async with, and unwinding the frame-block stack for return, break
// and continue: compiler_try_finally, compiler_try_except, compiler_with, compiler_async_with,
// compiler_unwind_fblock(_stack) of CPython 3.10's Python/compile.c. The handler layout is 3.10's
// block-stack one (SETUP_FINALLY / SETUP_WITH, POP_BLOCK, JUMP_IF_NOT_EXC_MATCH, RERAISE, the
// three-item exception on the stack); cleanup code is artificial (no line) where compile.c says so.
import { Op } from "../../bytecode/opcodes.ts";
import type * as A from "../../parser/ast-nodes.ts";
import { ScopeType } from "../unit.ts";
import { FBlockType, type Compiler, type FBlock } from "./context.ts";
import { visitExpr } from "./expressions.ts";
import { visitStmts } from "./statements.ts";

const STORE: A.Store = { _type: "Store" };
const DEL: A.Del = { _type: "Del" };

/** compiler_call_exit_with_nones: __exit__(None, None, None). */
function callExitWithNones(c: Compiler): void {
  c.loadConst(null);
  c.op(Op.DUP_TOP);
  c.op(Op.DUP_TOP);
  c.op(Op.CALL_FUNCTION, 3);
}

/** compiler_unwind_fblock: leave one frame block on the way out of return/break/continue. */
export function unwindFBlock(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case FBlockType.WhileLoop:
    case FBlockType.ExceptionHandler:
    case FBlockType.AsyncComprehensionGenerator:
      return;
    case FBlockType.ForLoop:
      if (preserveTos) c.op(Op.ROT_TWO);
      c.op(Op.POP_TOP);
      return;
    case FBlockType.TryExcept:
      c.op(Op.POP_BLOCK);
      return;
    case FBlockType.FinallyTry:
      c.op(Op.POP_BLOCK);
      if (preserveTos) c.pushFBlock(FBlockType.PopValue, null, null);
      visitStmts(c, info.datum as A.stmt[]);
      if (preserveTos) c.popFBlock();
      // The finally body runs "after" the unwinding statement, which therefore has no line.
      c.unsetLoc();
      return;
    case FBlockType.FinallyEnd:
      if (preserveTos) c.op(Op.ROT_FOUR);
      c.op(Op.POP_TOP);
      c.op(Op.POP_TOP);
      c.op(Op.POP_TOP);
      if (preserveTos) c.op(Op.ROT_FOUR);
      c.op(Op.POP_EXCEPT);
      return;
    case FBlockType.With:
    case FBlockType.AsyncWith:
      c.setLoc(info.datum as A.stmt);
      c.op(Op.POP_BLOCK);
      if (preserveTos) c.op(Op.ROT_TWO);
      callExitWithNones(c);
      if (info.type === FBlockType.AsyncWith) {
        c.op(Op.GET_AWAITABLE);
        c.loadConst(null);
        c.op(Op.YIELD_FROM);
      }
      c.op(Op.POP_TOP);
      c.unsetLoc();
      return;
    case FBlockType.HandlerCleanup: {
      const name = info.datum as string | null;
      if (name !== null) c.op(Op.POP_BLOCK);
      if (preserveTos) c.op(Op.ROT_FOUR);
      c.op(Op.POP_EXCEPT);
      if (name !== null) {
        c.loadConst(null);
        c.nameop(name, STORE);
        c.nameop(name, DEL);
      }
      return;
    }
    case FBlockType.PopValue:
      if (preserveTos) c.op(Op.ROT_TWO);
      c.op(Op.POP_TOP);
      return;
  }
}

/**
 * compiler_unwind_fblock_stack: unwind every frame block, or (stopAtLoop) up to the innermost
 * loop, which is returned (null when there is none).
 */
export function unwindFBlockStack(c: Compiler, preserveTos: boolean, stopAtLoop: boolean): FBlock | null {
  const fblocks = c.u.fblocks;
  if (fblocks.length === 0) return null;
  const top = fblocks[fblocks.length - 1];
  if (stopAtLoop && (top.type === FBlockType.WhileLoop || top.type === FBlockType.ForLoop)) return top;
  fblocks.pop();
  unwindFBlock(c, top, preserveTos);
  const loop = unwindFBlockStack(c, preserveTos, stopAtLoop);
  fblocks.push(top);
  return loop;
}

export function compileTry(c: Compiler, s: A.Try): void {
  if (s.finalbody.length) compileTryFinally(c, s);
  else compileTryExcept(c, s);
}

function compileTryFinally(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  c.jump(Op.SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFBlock(FBlockType.FinallyTry, body, end, s.finalbody);
  if (s.handlers.length) compileTryExcept(c, s);
  else visitStmts(c, s.body);
  c.opNoLine(Op.POP_BLOCK);
  c.popFBlock();
  visitStmts(c, s.finalbody);
  c.jumpNoLine(Op.JUMP_FORWARD, exit);
  c.useNextBlock(end);
  c.pushFBlock(FBlockType.FinallyEnd, end, null);
  visitStmts(c, s.finalbody);
  c.popFBlock();
  c.op(Op.RERAISE, 0);
  c.useNextBlock(exit);
}

function compileTryExcept(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  c.jump(Op.SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock(FBlockType.TryExcept, body, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.opNoLine(Op.POP_BLOCK);
  c.jumpNoLine(Op.JUMP_FORWARD, orelse);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.pushFBlock(FBlockType.ExceptionHandler, null, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    c.setLoc(handler);
    if (!handler.type && i < n - 1) throw c.error("default 'except:' must be last");
    except = c.newBlock();
    if (handler.type) {
      c.op(Op.DUP_TOP);
      visitExpr(c, handler.type);
      c.jump(Op.JUMP_IF_NOT_EXC_MATCH, except);
      c.nextBlock();
    }
    c.op(Op.POP_TOP);
    if (handler.name !== null) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameop(handler.name, STORE);
      c.op(Op.POP_TOP);
      // The body runs in an implicit try/finally that unbinds the name.
      c.jump(Op.SETUP_FINALLY, cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, handler.name);
      visitStmts(c, handler.body);
      c.popFBlock();
      c.unsetLoc();
      c.op(Op.POP_BLOCK);
      c.op(Op.POP_EXCEPT);
      c.loadConst(null);
      c.nameop(handler.name, STORE);
      c.nameop(handler.name, DEL);
      c.jump(Op.JUMP_FORWARD, end);
      c.useNextBlock(cleanupEnd);
      c.unsetLoc();
      c.loadConst(null);
      c.nameop(handler.name, STORE);
      c.nameop(handler.name, DEL);
      c.op(Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newBlock();
      c.op(Op.POP_TOP);
      c.op(Op.POP_TOP);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, null);
      visitStmts(c, handler.body);
      c.popFBlock();
      c.unsetLoc();
      c.op(Op.POP_EXCEPT);
      c.jump(Op.JUMP_FORWARD, end);
    }
    c.useNextBlock(except);
  }
  c.popFBlock();
  c.unsetLoc();
  c.op(Op.RERAISE, 0);
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** compiler_with_except_finish: after WITH_EXCEPT_START, re-raise unless __exit__ returned true. */
function withExceptFinish(c: Compiler): void {
  const exit = c.newBlock();
  c.jump(Op.POP_JUMP_IF_TRUE, exit);
  c.nextBlock();
  c.op(Op.RERAISE, 1);
  c.useNextBlock(exit);
  c.op(Op.POP_TOP);
  c.op(Op.POP_TOP);
  c.op(Op.POP_TOP);
  c.op(Op.POP_EXCEPT);
  c.op(Op.POP_TOP);
}

/** compiler_with: one item per nesting level. */
export function compileWith(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos];
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  visitExpr(c, item.context_expr);
  c.jump(Op.SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock(FBlockType.With, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.op(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos);
  c.unsetLoc();
  c.op(Op.POP_BLOCK);
  c.popFBlock();
  c.setLoc(s);
  callExitWithNones(c);
  c.op(Op.POP_TOP);
  c.jump(Op.JUMP_FORWARD, exit);
  c.useNextBlock(final);
  c.op(Op.WITH_EXCEPT_START);
  withExceptFinish(c);
  c.useNextBlock(exit);
}

export function compileAsyncWith(c: Compiler, s: A.AsyncWith, pos: number): void {
  const item = s.items[pos];
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true;
  else if (c.u.scopeType !== ScopeType.AsyncFunction) throw c.error("'async with' outside async function");
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  visitExpr(c, item.context_expr);
  c.op(Op.BEFORE_ASYNC_WITH);
  c.op(Op.GET_AWAITABLE);
  c.loadConst(null);
  c.op(Op.YIELD_FROM);
  c.jump(Op.SETUP_ASYNC_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock(FBlockType.AsyncWith, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.op(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileAsyncWith(c, s, pos);
  c.popFBlock();
  // Unlike compiler_with, the POP_BLOCK keeps the location of what precedes it.
  c.op(Op.POP_BLOCK);
  c.setLoc(s);
  callExitWithNones(c);
  c.op(Op.GET_AWAITABLE);
  c.loadConst(null);
  c.op(Op.YIELD_FROM);
  c.op(Op.POP_TOP);
  c.jump(Op.JUMP_ABSOLUTE, exit);
  c.useNextBlock(final);
  c.op(Op.WITH_EXCEPT_START);
  c.op(Op.GET_AWAITABLE);
  c.loadConst(null);
  c.op(Op.YIELD_FROM);
  withExceptFinish(c);
  c.useNextBlock(exit);
}
