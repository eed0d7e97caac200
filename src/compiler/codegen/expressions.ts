// Expressions: compiler_visit_expr and its helpers in CPython 3.10's Python/compile.c (operators,
// boolean and comparison chains, conditional jumps, displays with star-unpacking, subscripts,
// slices, f-strings, yield/await) and the SyntaxWarnings compile.c emits for likely typos.
// compiler_visit_expr saves the location, sets it to the expression's and restores it afterwards,
// so an instruction emitted after visiting a child carries the parent's line.
import { PyError } from "../../support/py-error.ts";
import { PyTuple } from "../../bytecode/constants.ts";
import { frozenSetConstant } from "../../bytecode/frozenset.ts";
import { Op } from "../../bytecode/opcodes.ts";
import type * as A from "../../parser/ast-nodes.ts";
import type { BasicBlock } from "../unit.ts";
import { ScopeType } from "../unit.ts";
import { STACK_USE_GUIDELINE, type Compiler } from "./context.ts";
import { callHelper, isMethodCall, methodCall } from "./calls.ts";
import { compileComprehension } from "./comprehensions.ts";
import { compileLambda } from "./functions-classes.ts";
import { checkCaller, checkCompare, checkIndex, checkSubscripter } from "./checks.ts";

/**
 * compiler_visit_expr. Chains nest thousands deep (`-x`, `a.b.c`, `a[0][0]`, `f()()`, ...) and a
 * library user has V8's default stack, so the kinds that form chains recurse from here directly,
 * one frame per level, and the location is saved in locals rather than in an object.
 */
export function visitExpr(c: Compiler, e: A.expr): void {
  const u = c.u;
  const lineno = u.lineno;
  const loc = u.loc;
  u.lineno = e.lineno;
  u.loc = e;
  // The commonest kinds first: V8 tests a switch's string cases one after another.
  switch (e._type) {
    case "Name":
      c.nameop(e.id, e.ctx);
      break;
    case "Constant":
      c.loadConst(e.value);
      break;
    case "BinOp":
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      u.addOp(BINOP[e.op._type]);
      break;
    case "UnaryOp":
      visitExpr(c, e.operand);
      u.addOp(UNARY[e.op._type]);
      break;
    case "Attribute":
      visitExpr(c, e.value);
      attributeOp(c, e);
      break;
    case "Subscript":
      if (e.ctx._type === "Load") {
        checkSubscripter(c, e.value);
        checkIndex(c, e.value, e.slice);
      }
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      u.addOp(e.ctx._type === "Load" ? Op.BINARY_SUBSCR : e.ctx._type === "Store" ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
      break;
    case "Lambda":
      compileLambda(c, e);
      break;
    case "IfExp": {
      // compiler_ifexp
      const end = c.newBlock();
      const next = c.newBlock();
      jumpIf(c, e.test, next, false);
      visitExpr(c, e.body);
      c.jumpNoLine(Op.JUMP_FORWARD, end);
      c.useNextBlock(next);
      visitExpr(c, e.orelse);
      c.useNextBlock(end);
      break;
    }
    case "Call": {
      const f = e.func;
      // maybe_optimize_method_call, or compiler_call
      if (isMethodCall(e)) {
        visitExpr(c, (f as A.Attribute).value);
        methodCall(c, e);
      } else {
        checkCaller(c, f);
        visitExpr(c, f);
        callHelper(c, 0, e.args, e.keywords);
      }
      break;
    }
    default:
      visitExpr1(c, e);
  }
  u.lineno = lineno;
  u.loc = loc;
}

export function visitExprs(c: Compiler, es: readonly A.expr[]): void {
  for (const e of es) visitExpr(c, e);
}

const BINOP: Record<A.operator["_type"], Op> = {
  Add: Op.BINARY_ADD, Sub: Op.BINARY_SUBTRACT, Mult: Op.BINARY_MULTIPLY, MatMult: Op.BINARY_MATRIX_MULTIPLY,
  Div: Op.BINARY_TRUE_DIVIDE, Mod: Op.BINARY_MODULO, Pow: Op.BINARY_POWER, LShift: Op.BINARY_LSHIFT,
  RShift: Op.BINARY_RSHIFT, BitOr: Op.BINARY_OR, BitXor: Op.BINARY_XOR, BitAnd: Op.BINARY_AND,
  FloorDiv: Op.BINARY_FLOOR_DIVIDE,
};

export const INPLACE: Record<A.operator["_type"], Op> = {
  Add: Op.INPLACE_ADD, Sub: Op.INPLACE_SUBTRACT, Mult: Op.INPLACE_MULTIPLY, MatMult: Op.INPLACE_MATRIX_MULTIPLY,
  Div: Op.INPLACE_TRUE_DIVIDE, Mod: Op.INPLACE_MODULO, Pow: Op.INPLACE_POWER, LShift: Op.INPLACE_LSHIFT,
  RShift: Op.INPLACE_RSHIFT, BitOr: Op.INPLACE_OR, BitXor: Op.INPLACE_XOR, BitAnd: Op.INPLACE_AND,
  FloorDiv: Op.INPLACE_FLOOR_DIVIDE,
};

const UNARY: Record<A.unaryop["_type"], Op> = {
  Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT, UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE,
};

const CMP_INDEX: Partial<Record<A.cmpop["_type"], number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** compiler_addcompare */
export function addCompare(c: Compiler, op: A.cmpop): void {
  switch (op._type) {
    case "Is": c.op(Op.IS_OP, 0); return;
    case "IsNot": c.op(Op.IS_OP, 1); return;
    case "In": c.op(Op.CONTAINS_OP, 0); return;
    case "NotIn": c.op(Op.CONTAINS_OP, 1); return;
    default: c.op(Op.COMPARE_OP, CMP_INDEX[op._type]!);
  }
}

function visitExpr1(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case "NamedExpr":
      visitExpr(c, e.value);
      c.op(Op.DUP_TOP);
      visitExpr(c, e.target);
      return;
    case "BoolOp": return compileBoolOp(c, e);
    case "Dict": return compileDict(c, e);
    case "Set": return starunpackHelper(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case "GeneratorExp":
    case "ListComp":
    case "SetComp":
    case "DictComp":
      return compileComprehension(c, e);
    case "Yield":
      if (c.u.ste.type !== "function") throw c.error("'yield' outside function");
      if (e.value) visitExpr(c, e.value);
      else c.loadConst(null);
      c.op(Op.YIELD_VALUE);
      return;
    case "YieldFrom":
      if (c.u.ste.type !== "function") throw c.error("'yield' outside function");
      if (c.u.scopeType === ScopeType.AsyncFunction) throw c.error("'yield from' inside async function");
      visitExpr(c, e.value);
      c.op(Op.GET_YIELD_FROM_ITER);
      c.loadConst(null);
      c.op(Op.YIELD_FROM);
      return;
    case "Await":
      if (!c.isTopLevelAwait()) {
        if (c.u.ste.type !== "function") throw c.error("'await' outside function");
        if (c.u.scopeType !== ScopeType.AsyncFunction && c.u.scopeType !== ScopeType.Comprehension) {
          throw c.error("'await' outside async function");
        }
      }
      visitExpr(c, e.value);
      c.op(Op.GET_AWAITABLE);
      c.loadConst(null);
      c.op(Op.YIELD_FROM);
      return;
    case "Compare": return compileCompare(c, e);
    case "JoinedStr": return compileJoinedStr(c, e);
    case "FormattedValue": return compileFormattedValue(c, e);
    case "Starred":
      if (e.ctx._type === "Store") throw c.error("starred assignment target must be in a list or tuple");
      throw c.error("can't use starred expression here");
    case "Slice": return compileSlice(c, e);
    case "List":
      if (e.ctx._type === "Store") return assignmentHelper(c, e.elts);
      if (e.ctx._type === "Load") return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      visitExprs(c, e.elts);
      return;
    case "Tuple":
      if (e.ctx._type === "Store") return assignmentHelper(c, e.elts);
      if (e.ctx._type === "Load") return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      visitExprs(c, e.elts);
      return;
  }
}

/** The attribute operation of compiler_visit_expr's Attribute case, its value being on the stack. */
function attributeOp(c: Compiler, e: A.Attribute): void {
  // Loads and stores of an attribute carry the line where the attribute name ends.
  const line = c.u.lineno;
  switch (e.ctx._type) {
    case "Load":
      c.u.lineno = e.end_lineno;
      c.opName(Op.LOAD_ATTR, e.attr);
      break;
    case "Store":
      c.checkForbidden(e.attr, e.ctx);
      c.u.lineno = e.end_lineno;
      c.opName(Op.STORE_ATTR, e.attr);
      break;
    case "Del":
      c.opName(Op.DELETE_ATTR, e.attr);
      break;
  }
  c.u.lineno = line;
}

function compileBoolOp(c: Compiler, e: A.BoolOp): void {
  const jumpi = e.op._type === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newBlock();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]);
    c.jump(jumpi, end);
    c.useNextBlock(c.newBlock());
  }
  visitExpr(c, e.values[n]);
  c.useNextBlock(end);
}

function compileCompare(c: Compiler, e: A.Compare): void {
  checkCompare(c, e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    addCompare(c, e.ops[0]);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.op(Op.DUP_TOP);
    c.op(Op.ROT_THREE);
    addCompare(c, e.ops[i]);
    c.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    c.nextBlock();
  }
  visitExpr(c, e.comparators[n]);
  addCompare(c, e.ops[n]);
  const end = c.newBlock();
  c.jumpNoLine(Op.JUMP_FORWARD, end);
  c.useNextBlock(cleanup);
  c.op(Op.ROT_TWO);
  c.op(Op.POP_TOP);
  c.useNextBlock(end);
}

/** compiler_jump_if: jump to `next` when `e` is `cond`, else fall through. */
export function jumpIf(c: Compiler, e: A.expr, next: BasicBlock, cond: boolean): void {
  switch (e._type) {
    case "UnaryOp":
      if (e.op._type === "Not") return jumpIf(c, e.operand, next, !cond);
      break;
    case "BoolOp": {
      const n = e.values.length - 1;
      const cond2 = e.op._type === "Or";
      const next2 = cond2 !== cond ? c.newBlock() : next;
      for (let i = 0; i < n; i++) jumpIf(c, e.values[i], next2, cond2);
      jumpIf(c, e.values[n], next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case "IfExp": {
      const end = c.newBlock();
      const next2 = c.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.jumpNoLine(Op.JUMP_FORWARD, end);
      c.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case "Compare": {
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const cleanup = c.newBlock();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.op(Op.DUP_TOP);
          c.op(Op.ROT_THREE);
          addCompare(c, e.ops[i]);
          c.jump(Op.POP_JUMP_IF_FALSE, cleanup);
          c.nextBlock();
        }
        visitExpr(c, e.comparators[n]);
        addCompare(c, e.ops[n]);
        c.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
        c.nextBlock();
        const end = c.newBlock();
        c.jumpNoLine(Op.JUMP_FORWARD, end);
        c.useNextBlock(cleanup);
        c.op(Op.POP_TOP);
        if (!cond) c.jumpNoLine(Op.JUMP_FORWARD, next);
        c.useNextBlock(end);
        return;
      }
      break;
    }
  }
  visitExpr(c, e);
  c.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
  c.nextBlock();
}

function allConstant(es: readonly (A.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) if (es[i] === null || es[i]!._type !== "Constant") return false;
  return true;
}

/** starunpack_helper: a list/tuple/set display (or call arguments) that may contain *x. */
export function starunpackHelper(c: Compiler, elts: readonly A.expr[], pushed: number, build: Op, add: Op, extend: Op,
  tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && allConstant(elts, 0, n)) {
    const values = elts.map((x) => (x as A.Constant).value);
    if (tuple) {
      c.loadConst(new PyTuple(values));
    } else {
      c.op(build, pushed);
      // PyFrozenSet_New, then merge_consts_recursive rebuilds it from that set's order.
      c.loadConst(add === Op.SET_ADD ? frozenSetConstant(values) : new PyTuple(values));
      c.op(extend, 1);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => x._type === "Starred");
  if (!seenStar && !big) {
    visitExprs(c, elts);
    c.op(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.op(build, pushed);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === "Starred") {
      if (!built) {
        c.op(build, i + pushed);
        built = true;
      }
      visitExpr(c, elt.value);
      c.op(extend, 1);
    } else {
      visitExpr(c, elt);
      if (built) c.op(add, 1);
    }
  }
  if (tuple) c.op(Op.LIST_TO_TUPLE);
}

/** unpack_helper: UNPACK_SEQUENCE, or UNPACK_EX around the one starred target. */
function unpackHelper(c: Compiler, elts: readonly A.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i]._type !== "Starred") continue;
    if (seenStar) throw c.error("multiple starred expressions in assignment");
    if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) throw c.error("too many expressions in star-unpacking assignment");
    c.op(Op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  }
  if (!seenStar) c.op(Op.UNPACK_SEQUENCE, n);
}

/** assignment_helper */
function assignmentHelper(c: Compiler, elts: readonly A.expr[]): void {
  unpackHelper(c, elts);
  for (const elt of elts) visitExpr(c, elt._type === "Starred" ? elt.value : elt);
}

/** compiler_subdict: keys[begin:end] and values[begin:end] as one dict. */
function compileSubdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && allConstant(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    c.loadConst(new PyTuple(e.keys.slice(begin, end).map((k) => (k as A.Constant).value)));
    c.op(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.op(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]);
    visitExpr(c, e.values[i]);
    if (big) c.op(Op.MAP_ADD, 1);
  }
  if (!big) c.op(Op.BUILD_MAP, n);
}

function compileDict(c: Compiler, e: A.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    // The parser leaves a null key for `**mapping`.
    if ((e.keys[i] as A.expr | null) === null) {
      if (elements) {
        compileSubdict(c, e, i - elements, i);
        if (haveDict) c.op(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.op(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      c.op(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      compileSubdict(c, e, i - elements, i + 1);
      if (haveDict) c.op(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    compileSubdict(c, e, n - elements, n);
    if (haveDict) c.op(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.op(Op.BUILD_MAP, 0);
}

function compileJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst("");
    c.opRawName(Op.LOAD_METHOD, "join");
    c.op(Op.BUILD_LIST, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      c.op(Op.LIST_APPEND, 1);
    }
    c.op(Op.CALL_METHOD, 1);
    return;
  }
  visitExprs(c, e.values);
  if (n !== 1) c.op(Op.BUILD_STRING, n);
}

function compileFormattedValue(c: Compiler, e: A.FormattedValue): void {
  visitExpr(c, e.value);
  const conv = e.conversion;
  let oparg = conv === 115 ? 1 : conv === 114 ? 2 : conv === 97 ? 3 : 0; // 's', 'r', 'a'
  // from a hand-made AST: neither 's', 'r', 'a' nor -1 (none)
  if (oparg === 0 && conv !== -1) throw new PyError("SystemError", `Unrecognized conversion character ${conv}`);
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    oparg |= 4;
  }
  c.op(Op.FORMAT_VALUE, oparg);
}

function compileSlice(c: Compiler, s: A.Slice): void {
  let n = 2;
  if (s.lower) visitExpr(c, s.lower);
  else c.loadConst(null);
  if (s.upper) visitExpr(c, s.upper);
  else c.loadConst(null);
  if (s.step) {
    n++;
    visitExpr(c, s.step);
  }
  c.op(Op.BUILD_SLICE, n);
}
