// Statements: compiler_visit_stmt and the simple and loop statements of CPython 3.10's
// Python/compile.c (assignments, augmented and annotated assignment, if/for/while, return, break,
// continue, import, assert, raise, module and class bodies). try/with live in exceptions.ts and
// match in patterns.ts. Every statement first sets the location to its own (SET_LOC), and
// break/continue/return unwind the frame-block stack as compiler_unwind_fblock_stack does.
import { PyTuple } from "../../bytecode/constants.ts";
import { Op } from "../../bytecode/opcodes.ts";
import type * as A from "../../parser/ast-nodes.ts";
import { ScopeType, type BasicBlock } from "../unit.ts";
import { FBlockType, mangle, type Compiler, type FBlock } from "./context.ts";
import { compileAsyncWith, compileTry, compileWith, unwindFBlock, unwindFBlockStack } from "./exceptions.ts";
import { INPLACE, jumpIf, visitExpr, visitExprs } from "./expressions.ts";
import { compileClass, compileFunction, docString, visitAnnotation } from "./functions-classes.ts";
import { compileMatch } from "./patterns.ts";

const LOAD: A.Load = { _type: "Load" };
const STORE: A.Store = { _type: "Store" };

export function visitStmts(c: Compiler, body: readonly A.stmt[]): void {
  for (const s of body) visitStmt(c, s);
}

/** compiler_body: a module or class body, with its docstring stored in __doc__. */
export function compileBody(c: Compiler, stmts: readonly A.stmt[]): void {
  if (c.u.scopeType === ScopeType.Module && stmts.length) c.setLoc(stmts[0]);
  if (findAnnotation(stmts)) c.op(Op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  let i = 0;
  if (c.optimize < 2) {
    const doc = docString(stmts);
    if (doc !== null) {
      i = 1;
      visitExpr(c, (stmts[0] as A.Expr).value);
      c.nameop("__doc__", STORE);
    }
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]);
}

/** find_ann: does the body (outside nested functions and classes) hold an annotated assignment? */
export function findAnnotation(stmts: readonly A.stmt[]): boolean {
  for (const st of stmts) {
    let res = false;
    switch (st._type) {
      case "AnnAssign": return true;
      case "For": case "AsyncFor": case "While": case "If":
        res = findAnnotation(st.body) || findAnnotation(st.orelse);
        break;
      case "With": case "AsyncWith":
        res = findAnnotation(st.body);
        break;
      case "Try":
        for (const h of st.handlers) if (findAnnotation(h.body)) return true;
        res = findAnnotation(st.body) || findAnnotation(st.finalbody) || findAnnotation(st.orelse);
        break;
    }
    if (res) return true;
  }
  return false;
}

export function visitStmt(c: Compiler, s: A.stmt): void {
  c.setLoc(s);
  switch (s._type) {
    case "FunctionDef": case "AsyncFunctionDef": return compileFunction(c, s);
    case "ClassDef": return compileClass(c, s);
    case "Return": return compileReturn(c, s);
    case "Delete": visitExprs(c, s.targets); return;
    case "Assign": {
      const n = s.targets.length;
      visitExpr(c, s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.op(Op.DUP_TOP);
        visitExpr(c, s.targets[i]);
      }
      return;
    }
    case "AugAssign": return compileAugAssign(c, s);
    case "AnnAssign": return compileAnnAssign(c, s);
    case "For": return compileFor(c, s);
    case "While": return compileWhile(c, s);
    case "If": return compileIf(c, s);
    case "Match": return compileMatch(c, s);
    case "Raise": {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.op(Op.RAISE_VARARGS, n);
      c.nextBlock();
      return;
    }
    case "Try": return compileTry(c, s);
    case "Assert": return compileAssert(c, s);
    case "Import": return compileImport(c, s);
    case "ImportFrom": return compileFromImport(c, s);
    case "Global": case "Nonlocal": return;
    case "Expr": return compileStmtExpr(c, s.value);
    case "Pass": c.op(Op.NOP); return;
    case "Break": return compileBreak(c);
    case "Continue": return compileContinue(c);
    case "With": return compileWith(c, s, 0);
    case "AsyncWith": return compileAsyncWith(c, s, 0);
    case "AsyncFor": return compileAsyncFor(c, s);
  }
}

/** compiler_visit_stmt_expr */
function compileStmtExpr(c: Compiler, value: A.expr): void {
  if (c.interactive && c.nestlevel <= 1) {
    visitExpr(c, value);
    c.op(Op.PRINT_EXPR);
    return;
  }
  if (value._type === "Constant") {
    c.op(Op.NOP);
    return;
  }
  visitExpr(c, value);
  c.unsetLoc();
  c.op(Op.POP_TOP);
}

function compileReturn(c: Compiler, s: A.Return): void {
  const value = s.value;
  const preserveTos = value !== null && value._type !== "Constant";
  if (c.u.ste.type !== "function") throw c.error("'return' outside function");
  if (value !== null && c.u.ste.coroutine && c.u.ste.generator) throw c.error("'return' with value in async generator");
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    c.setLoc(value);
    c.op(Op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    c.setLoc(s);
    c.op(Op.NOP);
  }
  unwindFBlockStack(c, preserveTos, false);
  if (value === null) c.loadConst(null);
  else if (!preserveTos) c.loadConst((value as A.Constant).value);
  c.op(Op.RETURN_VALUE);
  c.nextBlock();
}

function compileBreak(c: Compiler): void {
  c.op(Op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) throw c.error("'break' outside loop");
  unwindFBlock(c, loop, false);
  c.jump(Op.JUMP_ABSOLUTE, loop.exit!);
  c.nextBlock();
}

function compileContinue(c: Compiler): void {
  c.op(Op.NOP);
  const loop: FBlock | null = unwindFBlockStack(c, false, true);
  if (loop === null) throw c.error("'continue' not properly in loop");
  c.jump(Op.JUMP_ABSOLUTE, loop.block!);
  c.nextBlock();
}

/**
 * compiler_if. An `elif` chain (orelse is one If) is walked in a loop that does what visitStmt and
 * compileIf would do for the inner If, blocks allocated and entered in the same order: chains
 * nest thousands deep and the stack is V8's default.
 */
function compileIf(c: Compiler, s: A.If): void {
  const ends: BasicBlock[] = [];
  for (;;) {
    const end = c.newBlock();
    ends.push(end);
    const next = s.orelse.length ? c.newBlock() : end;
    jumpIf(c, s.test, next, false);
    visitStmts(c, s.body);
    if (!s.orelse.length) break;
    c.jumpNoLine(Op.JUMP_FORWARD, end);
    c.useNextBlock(next);
    if (s.orelse.length === 1 && s.orelse[0]._type === "If") {
      s = s.orelse[0];
      c.setLoc(s);
      continue;
    }
    visitStmts(c, s.orelse);
    break;
  }
  for (let i = ends.length - 1; i >= 0; i--) c.useNextBlock(ends[i]);
}

function compileFor(c: Compiler, s: A.For): void {
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFBlock(FBlockType.ForLoop, start, end);
  visitExpr(c, s.iter);
  c.op(Op.GET_ITER);
  c.useNextBlock(start);
  c.jump(Op.FOR_ITER, cleanup);
  c.useNextBlock(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.jump(Op.JUMP_ABSOLUTE, start);
  c.useNextBlock(cleanup);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileAsyncFor(c: Compiler, s: A.AsyncFor): void {
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true;
  else if (c.u.scopeType !== ScopeType.AsyncFunction) throw c.error("'async for' outside async function");
  const start = c.newBlock();
  const except = c.newBlock();
  const end = c.newBlock();
  visitExpr(c, s.iter);
  c.op(Op.GET_AITER);
  c.useNextBlock(start);
  c.pushFBlock(FBlockType.ForLoop, start, end);
  c.jump(Op.SETUP_FINALLY, except);
  c.op(Op.GET_ANEXT);
  c.loadConst(null);
  c.op(Op.YIELD_FROM);
  c.op(Op.POP_BLOCK);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  // 3.10.2 leaves this jump on the body's last line (later 3.10 releases made it artificial).
  c.jump(Op.JUMP_ABSOLUTE, start);
  c.popFBlock();
  c.useNextBlock(except);
  // END_ASYNC_FOR ends the loop header, not the body: give it the iterator's line.
  c.setLoc(s.iter);
  c.op(Op.END_ASYNC_FOR);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileWhile(c: Compiler, s: A.While): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const anchor = c.newBlock();
  const end = c.newBlock();
  c.useNextBlock(loop);
  c.pushFBlock(FBlockType.WhileLoop, loop, end);
  jumpIf(c, s.test, anchor, false);
  c.useNextBlock(body);
  visitStmts(c, s.body);
  c.setLoc(s);
  jumpIf(c, s.test, body, true);
  c.popFBlock();
  c.useNextBlock(anchor);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  const saved = c.saveLoc();
  c.setLoc(e);
  switch (e._type) {
    case "Attribute": {
      visitExpr(c, e.value);
      c.op(Op.DUP_TOP);
      const line = c.u.lineno;
      c.u.lineno = e.end_lineno;
      c.opName(Op.LOAD_ATTR, e.attr);
      c.u.lineno = line;
      break;
    }
    case "Subscript":
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.op(Op.DUP_TOP_TWO);
      c.op(Op.BINARY_SUBSCR);
      break;
    case "Name":
      c.nameop(e.id, LOAD);
      break;
    default:
      throw c.error(`invalid node type (${e._type}) for augmented assignment`);
  }
  c.restoreLoc(saved);
  visitExpr(c, s.value);
  c.op(INPLACE[s.op._type]);
  c.setLoc(e);
  switch (e._type) {
    case "Attribute":
      c.u.lineno = e.end_lineno;
      c.op(Op.ROT_TWO);
      c.opName(Op.STORE_ATTR, e.attr);
      break;
    case "Subscript":
      c.op(Op.ROT_THREE);
      c.op(Op.STORE_SUBSCR);
      break;
    case "Name":
      c.nameop(e.id, STORE);
      break;
  }
}

/** check_ann_expr: evaluate and drop, so an undefined name still raises. */
function checkAnnExpr(c: Compiler, e: A.expr): void {
  visitExpr(c, e);
  c.op(Op.POP_TOP);
}

function checkAnnSubscr(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case "Slice":
      if (e.lower) checkAnnExpr(c, e.lower);
      if (e.upper) checkAnnExpr(c, e.upper);
      if (e.step) checkAnnExpr(c, e.step);
      return;
    case "Tuple":
      for (const x of e.elts) checkAnnSubscr(c, x);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const targ = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  const moduleOrClass = c.u.scopeType === ScopeType.Module || c.u.scopeType === ScopeType.Class;
  switch (targ._type) {
    case "Name":
      c.checkForbidden(targ.id, STORE);
      if (s.simple && moduleOrClass) {
        visitAnnotation(c, s.annotation);
        c.opRawName(Op.LOAD_NAME, "__annotations__");
        c.loadConst(mangle(c.u.private_, targ.id));
        c.op(Op.STORE_SUBSCR);
      }
      break;
    case "Attribute":
      c.checkForbidden(targ.attr, STORE);
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case "Subscript":
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw c.error(`invalid node type (${targ._type}) for annotated assignment`);
  }
  if (!s.simple && !c.futureAnnotations && moduleOrClass) checkAnnExpr(c, s.annotation);
}

function compileAssert(c: Compiler, s: A.Assert): void {
  const t = s.test;
  if ((t._type === "Tuple" && t.elts.length > 0) ||
    (t._type === "Constant" && t.value instanceof PyTuple && t.value.items.length > 0)) {
    c.warn("assertion is always true, perhaps remove parentheses?");
  }
  if (c.optimize) return;
  const end = c.newBlock();
  jumpIf(c, t, end, true);
  c.op(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    visitExpr(c, s.msg);
    c.op(Op.CALL_FUNCTION, 1);
  }
  c.op(Op.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}

function compileImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    c.loadConst(0n);
    c.loadConst(null);
    c.opName(Op.IMPORT_NAME, alias.name);
    const dot = alias.name.indexOf(".");
    if (alias.asname !== null) {
      if (dot !== -1) {
        // `import a.b.c as d` binds d to a.b.c, reached through IMPORT_FROM of each attribute.
        const parts = alias.name.split(".").slice(1);
        parts.forEach((attr, i) => {
          c.opRawName(Op.IMPORT_FROM, attr);
          if (i < parts.length - 1) {
            c.op(Op.ROT_TWO);
            c.op(Op.POP_TOP);
          }
        });
        c.nameop(alias.asname, STORE);
        c.op(Op.POP_TOP);
      } else {
        c.nameop(alias.asname, STORE);
      }
    } else {
      c.nameop(dot === -1 ? alias.name : alias.name.slice(0, dot), STORE);
    }
  }
}

function compileFromImport(c: Compiler, s: A.ImportFrom): void {
  c.loadConst(BigInt(s.level ?? 0));
  if (s.lineno > c.options.futureLineno && s.module === "__future__") {
    throw c.error("from __future__ imports must occur at the beginning of the file");
  }
  c.loadConst(new PyTuple(s.names.map((a) => a.name)));
  c.opName(Op.IMPORT_NAME, s.module ?? "");
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name.startsWith("*")) {
      c.op(Op.IMPORT_STAR);
      return;
    }
    c.opName(Op.IMPORT_FROM, alias.name);
    c.nameop(alias.asname ?? alias.name, STORE);
  }
  c.op(Op.POP_TOP);
}
