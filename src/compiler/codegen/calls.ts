// Calls: compiler_call, maybe_optimize_method_call, compiler_call_helper and compiler_subkwargs of
// CPython 3.10's Python/compile.c. A call picks LOAD_METHOD/CALL_METHOD (attribute callee, plain
// positional arguments), CALL_FUNCTION[_KW] (no unpacking) or CALL_FUNCTION_EX with a built list
// and dict; over STACK_USE_GUIDELINE items the arguments are built incrementally.
import { PyTuple } from "../../bytecode/constants.ts";
import { Op } from "../../bytecode/opcodes.ts";
import type * as A from "../../parser/ast-nodes.ts";
import { STACK_USE_GUIDELINE, type Compiler } from "./context.ts";
import { starunpackHelper, visitExpr, visitExprs } from "./expressions.ts";

// compiler_call is inlined in expressions.ts's visitExpr (calls chain deep: `f()()()`), which
// visits the callee, or only the method's object when isMethodCall says the call is a method call.

/** maybe_optimize_method_call's test: an attribute callee, plain positional arguments only. */
export function isMethodCall(e: A.Call): boolean {
  const meth = e.func;
  if (meth._type !== "Attribute" || meth.ctx._type !== "Load" || e.keywords.length) return false;
  if (e.args.length >= STACK_USE_GUIDELINE) return false;
  return !e.args.some((a) => a._type === "Starred");
}

/** The rest of maybe_optimize_method_call, the method's object being on the stack. */
export function methodCall(c: Compiler, e: A.Call): void {
  const meth = e.func as A.Attribute;
  // The method load and the call carry the line where the attribute name ends.
  const line = c.u.lineno;
  c.u.lineno = meth.end_lineno;
  c.opName(Op.LOAD_METHOD, meth.attr);
  visitExprs(c, e.args);
  c.op(Op.CALL_METHOD, e.args.length);
  c.u.lineno = line;
}

/** validate_keywords */
function validateKeywords(c: Compiler, keywords: readonly A.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i];
    if (key.arg === null) continue;
    c.checkForbidden(key.arg, { _type: "Store" });
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j];
      if (other.arg !== null && other.arg === key.arg) {
        c.setLoc(other);
        throw c.error(`keyword argument repeated: ${key.arg}`);
      }
    }
  }
}

/** compiler_call_helper: `n` positional arguments are already on the stack. */
export function callHelper(c: Compiler, n: number, args: readonly A.expr[], keywords: readonly A.keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  const exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a._type === "Starred") ||
    keywords.some((k) => k.arg === null);
  if (!exCall) {
    visitExprs(c, args);
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      c.loadConst(new PyTuple(keywords.map((k) => k.arg!)));
      c.op(Op.CALL_FUNCTION_KW, n + nelts + nkwelts);
    } else {
      c.op(Op.CALL_FUNCTION, n + nelts);
    }
    return;
  }
  if (n === 0 && nelts === 1 && args[0]._type === "Starred") {
    visitExpr(c, args[0].value);
  } else {
    starunpackHelper(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        if (nseen) {
          subkwargs(c, keywords, i - nseen, i);
          if (haveDict) c.op(Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.op(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.op(Op.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      subkwargs(c, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.op(Op.DICT_MERGE, 1);
    }
  }
  c.op(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

/** compiler_subkwargs: keywords[begin:end] (all named) as one dict. */
function subkwargs(c: Compiler, keywords: readonly A.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    c.loadConst(new PyTuple(keywords.slice(begin, end).map((k) => k.arg!)));
    c.op(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.opNoLine(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst(keywords[i].arg!);
    visitExpr(c, keywords[i].value);
    if (big) c.opNoLine(Op.MAP_ADD, 1);
  }
  if (!big) c.op(Op.BUILD_MAP, n);
}
