// def, async def, lambda and class: compiler_function, compiler_lambda, compiler_class and their
// helpers (decorators, positional and keyword-only defaults, the flat annotations tuple of 3.10,
// closures) from CPython 3.10's Python/compile.c. The body's first constant is its docstring or
// None; a lambda always starts with None so it can never have one.
import { PyTuple, isStrConstant } from "../../bytecode/constants.ts";
import type { SplitStr } from "../../support/text/split-str.ts";
import { Op } from "../../bytecode/opcodes.ts";
import type * as A from "../../parser/ast-nodes.ts";
import { ScopeType } from "../unit.ts";
import { mangle, type Compiler } from "./context.ts";
import { callHelper } from "./calls.ts";
import { visitExpr, visitExprs } from "./expressions.ts";
import { compileBody, visitStmt } from "./statements.ts";

const STORE: A.Store = { _type: "Store" };

/** _PyAST_GetDocString */
export function docString(body: readonly A.stmt[]): string | SplitStr | null {
  const first = body[0];
  if (first && first._type === "Expr" && first.value._type === "Constant" && isStrConstant(first.value.value)) {
    return first.value.value;
  }
  return null;
}

/** compiler_check_debug_args: no parameter may be named __debug__. */
function checkDebugArgs(c: Compiler, args: A.arguments): void {
  // In CPython's order, without building the list of all of them for every def.
  for (const a of args.posonlyargs) c.checkForbidden(a.arg, STORE);
  for (const a of args.args) c.checkForbidden(a.arg, STORE);
  if (args.vararg) c.checkForbidden(args.vararg.arg, STORE);
  for (const a of args.kwonlyargs) c.checkForbidden(a.arg, STORE);
  if (args.kwarg) c.checkForbidden(args.kwarg.arg, STORE);
}

/** compiler_default_arguments: the MAKE_FUNCTION flags for defaults pushed. */
function defaultArguments(c: Compiler, args: A.arguments): number {
  let flags = 0;
  if (args.defaults.length) {
    visitExprs(c, args.defaults);
    c.op(Op.BUILD_TUPLE, args.defaults.length);
    flags |= 0x01;
  }
  const keys: string[] = [];
  args.kwonlyargs.forEach((arg, i) => {
    const d = args.kw_defaults[i] as A.expr | null;
    if (d) {
      keys.push(mangle(c.u.private_, arg.arg));
      visitExpr(c, d);
    }
  });
  if (keys.length) {
    c.loadConst(new PyTuple(keys));
    c.op(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= 0x02;
  }
  return flags;
}

/** compiler_visit_annexpr: with `from __future__ import annotations`, the annotation's source. */
export function visitAnnotation(c: Compiler, annotation: A.expr): void {
  if (c.futureAnnotations) c.loadConst(c.options.unparse(annotation));
  else visitExpr(c, annotation);
}

/** compiler_visit_annotations: name/value pairs as one tuple; true when one was pushed. */
function visitAnnotations(c: Compiler, args: A.arguments, returns: A.expr | null): boolean {
  let len = 0;
  const one = (name: string, annotation: A.expr | null) => {
    if (!annotation) return;
    c.loadConst(mangle(c.u.private_, name));
    visitAnnotation(c, annotation);
    len += 2;
  };
  // 3.10 visits `args` before `posonlyargs`.
  for (const a of args.args) one(a.arg, a.annotation);
  for (const a of args.posonlyargs) one(a.arg, a.annotation);
  if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
  one("return", returns);
  if (len) {
    c.op(Op.BUILD_TUPLE, len);
    return true;
  }
  return false;
}

export function compileFunction(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef): void {
  const isAsync = s._type === "AsyncFunctionDef";
  checkDebugArgs(c, s.args);
  visitExprs(c, s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  let flags = defaultArguments(c, s.args);
  if (visitAnnotations(c, s.args, s.returns)) flags |= 0x04;
  c.enterScope(s.name, isAsync ? ScopeType.AsyncFunction : ScopeType.Function, s, firstlineno);
  const doc = c.optimize < 2 ? docString(s.body) : null;
  c.addConst(doc);
  c.u.argcount = s.args.args.length;
  c.u.posonlyargcount = s.args.posonlyargs.length;
  c.u.kwonlyargcount = s.args.kwonlyargs.length;
  for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) visitStmt(c, s.body[i]);
  const co = c.assemble(true);
  const qualname = c.u.qualname;
  c.exitScope();
  c.makeClosure(co, flags, qualname);
  for (let i = 0; i < s.decorator_list.length; i++) c.op(Op.CALL_FUNCTION, 1);
  c.nameop(s.name, STORE);
}

/**
 * compiler_lambda. Lambdas nest thousands deep (`lambda: lambda: ...`) on V8's default stack, so
 * the frame that recurses into the body is this small one; the work around it is in helpers.
 */
export function compileLambda(c: Compiler, e: A.Lambda): void {
  const flags = enterLambda(c, e);
  visitExpr(c, e.body);
  exitLambda(c, flags);
}

/** compiler_lambda up to the body: defaults, then the lambda's scope. Returns MAKE_FUNCTION's flags. */
function enterLambda(c: Compiler, e: A.Lambda): number {
  checkDebugArgs(c, e.args);
  const flags = defaultArguments(c, e.args);
  c.enterScope("<lambda>", ScopeType.Lambda, e, e.lineno);
  c.addConst(null);
  c.u.argcount = e.args.args.length;
  c.u.posonlyargcount = e.args.posonlyargs.length;
  c.u.kwonlyargcount = e.args.kwonlyargs.length;
  return flags;
}

/** compiler_lambda after the body: the code object and its function. */
function exitLambda(c: Compiler, flags: number): void {
  let co;
  if (c.u.ste.generator) {
    co = c.assemble(false);
  } else {
    c.op(Op.RETURN_VALUE);
    co = c.assemble(true);
  }
  const qualname = c.u.qualname;
  c.exitScope();
  c.makeClosure(co, flags, qualname);
}

export function compileClass(c: Compiler, s: A.ClassDef): void {
  visitExprs(c, s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  c.enterScope(s.name, ScopeType.Class, s, firstlineno);
  c.u.private_ = s.name;
  c.nameop("__name__", { _type: "Load" });
  c.nameop("__module__", STORE);
  c.loadConst(c.u.qualname!);
  c.nameop("__qualname__", STORE);
  compileBody(c, s.body);
  c.unsetLoc();
  if (c.u.ste.needsClassClosure) {
    c.op(Op.LOAD_CLOSURE, c.u.cellvars.get("__class__")!);
    c.op(Op.DUP_TOP);
    c.nameop("__classcell__", STORE);
  } else {
    c.loadConst(null);
  }
  c.op(Op.RETURN_VALUE);
  const co = c.assemble(true);
  c.exitScope();
  c.op(Op.LOAD_BUILD_CLASS);
  c.makeClosure(co, 0, null);
  c.loadConst(s.name);
  callHelper(c, 2, s.bases, s.keywords);
  for (let i = 0; i < s.decorator_list.length; i++) c.op(Op.CALL_FUNCTION, 1);
  c.nameop(s.name, STORE);
}
