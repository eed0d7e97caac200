// An expression back to source text, as CPython 3.10's Python/ast_unparse.c writes it: the
// strings `from __future__ import annotations` stores instead of evaluating annotations. It differs
// from ast.unparse: parentheses come only from the precedence levels below (a walrus is always
// wrapped below tuple level, its operands at atom level), constants are their repr (infinities
// spelled 1e309 so the text reads back), and an f-string is rebuilt and then repr'd whole.
import type * as A from "../parser/ast-nodes.ts";
import { PyBytes, PyComplex, PyEllipsis, PyTuple, type PyConstant } from "../bytecode/constants.ts";
import { bytesRepr, complexRepr, floatRepr, strRepr } from "../support/repr.ts";
import { PyError } from "../support/py-error.ts";

// Priority levels, lowest first.
const PR_TUPLE = 0;
const PR_TEST = 1; // if-else, lambda
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5; // < > == >= <= != in, not in, is, is not
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOPS: Record<A.operator["_type"], [string, number]> = {
  Add: [" + ", PR_ARITH], Sub: [" - ", PR_ARITH], Mult: [" * ", PR_TERM], MatMult: [" @ ", PR_TERM],
  Div: [" / ", PR_TERM], Mod: [" % ", PR_TERM], LShift: [" << ", PR_SHIFT], RShift: [" >> ", PR_SHIFT],
  BitOr: [" | ", PR_BOR], BitXor: [" ^ ", PR_BXOR], BitAnd: [" & ", PR_BAND], FloorDiv: [" // ", PR_TERM],
  Pow: [" ** ", PR_POWER],
};

const UNARYOPS: Record<A.unaryop["_type"], [string, number]> = {
  Invert: ["~", PR_FACTOR], Not: ["not ", PR_NOT], UAdd: ["+", PR_FACTOR], USub: ["-", PR_FACTOR],
};

const CMPOPS: Record<A.cmpop["_type"], string> = {
  Eq: " == ", NotEq: " != ", Lt: " < ", LtE: " <= ", Gt: " > ", GtE: " >= ",
  Is: " is ", IsNot: " is not ", In: " in ", NotIn: " not in ",
};

/** _PyAST_ExprAsUnicode: the text of an annotation. */
export function unparseExpr(e: A.expr): string {
  return expr(e, PR_TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

function expr(e: A.expr, level: number): string {
  switch (e._type) {
    case "BoolOp": {
      const [op, pr] = e.op._type === "And" ? [" and ", PR_AND] : [" or ", PR_OR];
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(op));
    }
    case "BinOp": {
      const [op, pr] = BINOPS[e.op._type];
      const rassoc = e.op._type === "Pow" ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case "UnaryOp": {
      const [op, pr] = UNARYOPS[e.op._type];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case "Lambda": {
      const positional = e.args.args.length + e.args.posonlyargs.length;
      // Only positional parameters earn the space: `lambda *a: 0` is written `lambda*a: 0`.
      return paren(level > PR_TEST, (positional ? "lambda " : "lambda") + args(e.args) + ": " + expr(e.body, PR_TEST));
    }
    case "IfExp":
      return paren(level > PR_TEST, `${expr(e.body, PR_TEST + 1)} if ${expr(e.test, PR_TEST + 1)} else ${expr(e.orelse, PR_TEST)}`);
    case "Dict":
      return "{" + e.values.map((v, i) => {
        const k = e.keys[i];
        return k === null ? "**" + expr(v, PR_EXPR) : expr(k, PR_TEST) + ": " + expr(v, PR_TEST);
      }).join(", ") + "}";
    case "Set":
      return "{" + e.elts.map((x) => expr(x, PR_TEST)).join(", ") + "}";
    case "GeneratorExp":
      return "(" + expr(e.elt, PR_TEST) + comprehensions(e.generators) + ")";
    case "ListComp":
      return "[" + expr(e.elt, PR_TEST) + comprehensions(e.generators) + "]";
    case "SetComp":
      return "{" + expr(e.elt, PR_TEST) + comprehensions(e.generators) + "}";
    case "DictComp":
      return "{" + expr(e.key, PR_TEST) + ": " + expr(e.value, PR_TEST) + comprehensions(e.generators) + "}";
    case "Yield":
      return e.value === null ? "(yield)" : `(yield ${expr(e.value, PR_TEST)})`;
    case "YieldFrom":
      return `(yield from ${expr(e.value, PR_TEST)})`;
    case "Await":
      return paren(level > PR_AWAIT, "await " + expr(e.value, PR_ATOM));
    case "Compare": {
      let s = expr(e.left, PR_CMP + 1);
      e.ops.forEach((op, i) => { s += CMPOPS[op._type] + expr(e.comparators[i], PR_CMP + 1); });
      return paren(level > PR_CMP, s);
    }
    case "Call":
      return call(e);
    case "Constant":
      if (e.value instanceof PyEllipsis) return "...";
      return (e.kind ?? "") + constant(e.value);
    case "JoinedStr":
      return joinedStr(e, false);
    case "FormattedValue":
      return formattedValue(e);
    case "Attribute": {
      const v = e.value;
      // `1 .real`: an int literal needs the space before the dot.
      const period = v._type === "Constant" && typeof v.value === "bigint" ? " ." : ".";
      return expr(v, PR_ATOM) + period + e.attr;
    }
    case "Subscript": {
      // A starred element makes the tuple need its parentheses.
      const s = e.slice;
      const level2 = s._type === "Tuple" && s.elts.some((x) => x._type === "Starred") ? PR_TUPLE + 1 : PR_TUPLE;
      return expr(e.value, PR_ATOM) + "[" + expr(s, level2) + "]";
    }
    case "Starred":
      return "*" + expr(e.value, PR_EXPR);
    case "Slice":
      return (e.lower ? expr(e.lower, PR_TEST) : "") + ":" + (e.upper ? expr(e.upper, PR_TEST) : "") +
        (e.step ? ":" + expr(e.step, PR_TEST) : "");
    case "Name":
      return e.id;
    case "List":
      return "[" + e.elts.map((x) => expr(x, PR_TEST)).join(", ") + "]";
    case "Tuple": {
      if (e.elts.length === 0) return "()";
      const body = e.elts.map((x) => expr(x, PR_TEST)).join(", ") + (e.elts.length === 1 ? "," : "");
      return paren(level > PR_TUPLE, body);
    }
    case "NamedExpr":
      return paren(level > PR_TUPLE, expr(e.target, PR_ATOM) + " := " + expr(e.value, PR_ATOM));
  }
}

function arg(a: A.arg): string {
  return a.annotation ? `${a.arg}: ${expr(a.annotation, PR_TEST)}` : a.arg;
}

function args(a: A.arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  positional.forEach((p, i) => {
    let s = arg(p);
    const di = i - positional.length + a.defaults.length;
    if (di >= 0) s += "=" + expr(a.defaults[di], PR_TEST);
    if (a.posonlyargs.length && i + 1 === a.posonlyargs.length) s += ", /";
    parts.push(s);
  });
  if (a.vararg || a.kwonlyargs.length) parts.push("*" + (a.vararg ? arg(a.vararg) : ""));
  a.kwonlyargs.forEach((k, i) => {
    const di = i - a.kwonlyargs.length + a.kw_defaults.length;
    const d = di >= 0 ? a.kw_defaults[di] : null;
    parts.push(d ? arg(k) + "=" + expr(d, PR_TEST) : arg(k));
  });
  if (a.kwarg) parts.push("**" + arg(a.kwarg));
  return parts.join(", ");
}

function comprehensions(gens: A.comprehension[]): string {
  return gens.map((g) =>
    (g.is_async ? " async for " : " for ") + expr(g.target, PR_TUPLE) + " in " + expr(g.iter, PR_TEST + 1) +
    g.ifs.map((c) => " if " + expr(c, PR_TEST + 1)).join("")).join("");
}

function call(e: A.Call): string {
  const func = expr(e.func, PR_ATOM);
  // f(x for x in y): the generator's own parentheses serve as the call's.
  if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === "GeneratorExp") return func + expr(e.args[0], PR_TEST);
  const parts = e.args.map((a) => expr(a, PR_TEST));
  for (const k of e.keywords) parts.push((k.arg === null ? "**" : k.arg + "=") + expr(k.value, PR_TEST));
  return func + "(" + parts.join(", ") + ")";
}

/** append_ast_constant: a tuple element by element (so nested infinities are caught), else the repr. */
function constant(v: PyConstant): string {
  if (v instanceof PyTuple) {
    return "(" + v.items.map(constant).join(", ") + (v.items.length === 1 ? "," : "") + ")";
  }
  return repr(v);
}

/** append_repr: repr(), with `inf` spelled 1e309 in a float or complex. */
function repr(v: PyConstant): string {
  if (v === null) return "None";
  switch (typeof v) {
    case "boolean": return v ? "True" : "False";
    case "bigint": return v.toString();
    case "number": return Number.isFinite(v) || Number.isNaN(v) ? floatRepr(v) : floatRepr(v).replace("inf", "1e309");
    case "string": return strRepr(v);
  }
  if (v instanceof PyComplex) return complexRepr(v.real, v.imag).replaceAll("inf", "1e309");
  if (v instanceof PyBytes) return bytesRepr(v.bytes);
  if (v instanceof PyEllipsis) return "Ellipsis";
  // Frozensets and code objects never reach an annotation (they are not folded there).
  throw new PyError("SystemError", "unknown constant in an annotation");
}

const escapeBraces = (s: string): string => s.replaceAll("{", "{{").replaceAll("}", "}}");

function fstringElement(e: A.expr, isFormatSpec: boolean): string {
  switch (e._type) {
    case "Constant": return escapeBraces(e.value as string);
    case "JoinedStr": return joinedStr(e, isFormatSpec);
    case "FormattedValue": return formattedValue(e);
    default: throw new PyError("SystemError", "unknown expression kind inside f-string");
  }
}

/** An f-string: its body built first, then written as f + repr(body) (a format spec: the bare body). */
function joinedStr(e: A.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => fstringElement(v, isFormatSpec)).join("");
  return isFormatSpec ? body : "f" + strRepr(body);
}

function formattedValue(e: A.FormattedValue): string {
  // Above PR_TEST so a lambda's ':' is parenthesised.
  const inner = expr(e.value, PR_TEST + 1);
  let s = (inner.startsWith("{") ? "{ " : "{") + inner;
  if (e.conversion > 0) {
    const c = String.fromCharCode(e.conversion);
    if (c !== "a" && c !== "r" && c !== "s") throw new PyError("SystemError", "unknown f-value conversion kind");
    s += "!" + c;
  }
  if (e.format_spec) s += ":" + fstringElement(e.format_spec, true);
  return s + "}";
}
