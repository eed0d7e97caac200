// _PyAST_Validate (Python/ast.c, 3.10): the checks compile() runs on a tree built by hand before
// compiling it, with CPython's messages. The parser never produces a tree that fails them, so
// they only guard compile(ast_object, ...). 3.10 does not check positions yet.
import { PyError } from "../../support/py-error.ts";
import type * as A from "../../parser/ast-nodes.ts";
import { InvalidConstant } from "./from-python.ts";
import { PyTuple, PyFrozenSet, PyComplex, PyBytes, type PyConstant } from "../../bytecode/constants.ts";

type Ctx = "Load" | "Store" | "Del";

const fail = (type: string, msg: string): never => {
  throw new PyError(type, msg);
};

function validateName(name: string): void {
  if (name === "None" || name === "True" || name === "False") fail("ValueError", `identifier field can't represent '${name}' constant`);
}

function constantTypeName(v: unknown): string | null {
  if (v instanceof InvalidConstant) return v.typeName;
  if (v instanceof PyTuple || v instanceof PyFrozenSet) {
    for (const x of v.items) {
      const n = constantTypeName(x);
      if (n !== null) return n;
    }
  }
  return null;
}

function validateConstant(v: unknown): void {
  const bad = constantTypeName(v);
  if (bad !== null) fail("TypeError", `got an invalid type in Constant: ${bad}`);
}

function nonempty(seq: readonly unknown[], what: string, owner: string): void {
  if (seq.length === 0) fail("ValueError", `empty ${what} on ${owner}`);
}

function stmts(seq: readonly (A.stmt | null)[]): void {
  for (const s of seq) {
    if (s === null) fail("ValueError", "None disallowed in statement list");
    else stmt(s);
  }
}

function exprs(seq: readonly (A.expr | null)[], ctx: Ctx, nullOk: boolean): void {
  for (const e of seq) {
    if (e !== null) expr(e, ctx);
    else if (!nullOk) fail("ValueError", "None disallowed in expression list");
  }
}

function body(seq: readonly (A.stmt | null)[], owner: string): void {
  nonempty(seq, "body", owner);
  stmts(seq);
}

/** A list of product nodes (arg, keyword, ...) may not hold None: CPython would crash on one. */
function items<T>(seq: readonly (T | null)[], what: string): T[] {
  for (const x of seq) if (x === null) fail("ValueError", `None disallowed in ${what} list`);
  return seq as T[];
}

function args(seq: readonly (A.arg | null)[]): void {
  for (const a of items(seq, "arg")) if (a.annotation) expr(a.annotation, "Load");
}

function argumentsOf(a: A.arguments): void {
  args(a.posonlyargs);
  args(a.args);
  if (a.vararg?.annotation) expr(a.vararg.annotation, "Load");
  args(a.kwonlyargs);
  if (a.kwarg?.annotation) expr(a.kwarg.annotation, "Load");
  if (a.defaults.length > a.posonlyargs.length + a.args.length) fail("ValueError", "more positional defaults than args on arguments");
  if (a.kw_defaults.length !== a.kwonlyargs.length) fail("ValueError", "length of kwonlyargs is not the same as kw_defaults on arguments");
  exprs(a.defaults, "Load", false);
  exprs(a.kw_defaults as (A.expr | null)[], "Load", true);
}

function comprehension(gens: readonly (A.comprehension | null)[]): void {
  if (gens.length === 0) fail("ValueError", "comprehension with no generators");
  for (const g of items(gens, "comprehension")) {
    expr(g.target, "Store");
    expr(g.iter, "Load");
    exprs(g.ifs, "Load", false);
  }
}

function keywords(seq: readonly (A.keyword | null)[]): void {
  for (const k of items(seq, "keyword")) expr(k.value, "Load");
}

function expr(e: A.expr, ctx: Ctx): void {
  let actual: Ctx | null = null;
  switch (e._type) {
    case "Attribute": case "Subscript": case "Starred": case "List": case "Tuple":
      actual = e.ctx._type;
      break;
    case "Name":
      validateName(e.id);
      actual = e.ctx._type;
      break;
    default:
      if (ctx !== "Load") fail("ValueError", `expression which can't be assigned to in ${ctx} context`);
  }
  if (actual !== null && actual !== ctx) fail("ValueError", `expression must have ${ctx} context but has ${actual} instead`);
  switch (e._type) {
    case "BoolOp":
      if (e.values.length < 2) fail("ValueError", "BoolOp with less than 2 values");
      return exprs(e.values, "Load", false);
    case "BinOp":
      expr(e.left, "Load");
      return expr(e.right, "Load");
    case "UnaryOp":
      return expr(e.operand, "Load");
    case "Lambda":
      argumentsOf(e.args);
      return expr(e.body, "Load");
    case "IfExp":
      expr(e.test, "Load");
      expr(e.body, "Load");
      return expr(e.orelse, "Load");
    case "Dict":
      if (e.keys.length !== e.values.length) fail("ValueError", "Dict doesn't have the same number of keys as values");
      exprs(e.keys as (A.expr | null)[], "Load", true);
      return exprs(e.values, "Load", false);
    case "Set":
      return exprs(e.elts, "Load", false);
    case "ListComp": case "SetComp": case "GeneratorExp":
      comprehension(e.generators);
      return expr(e.elt, "Load");
    case "DictComp":
      comprehension(e.generators);
      expr(e.key, "Load");
      return expr(e.value, "Load");
    case "Yield":
      if (e.value) expr(e.value, "Load");
      return;
    case "YieldFrom": case "Await":
      return expr(e.value, "Load");
    case "Compare":
      if (e.comparators.length === 0) fail("ValueError", "Compare with no comparators");
      if (e.comparators.length !== e.ops.length) fail("ValueError", "Compare has a different number of comparators and operands");
      exprs(e.comparators, "Load", false);
      return expr(e.left, "Load");
    case "Call":
      expr(e.func, "Load");
      exprs(e.args, "Load", false);
      return keywords(e.keywords);
    case "Constant":
      return validateConstant(e.value);
    case "JoinedStr":
      return exprs(e.values, "Load", false);
    case "FormattedValue":
      expr(e.value, "Load");
      if (e.format_spec) expr(e.format_spec, "Load");
      return;
    case "Attribute":
      return expr(e.value, "Load");
    case "Subscript":
      expr(e.slice, "Load");
      return expr(e.value, "Load");
    case "Starred":
      return expr(e.value, ctx);
    case "Slice":
      if (e.lower) expr(e.lower, "Load");
      if (e.upper) expr(e.upper, "Load");
      if (e.step) expr(e.step, "Load");
      return;
    case "List": case "Tuple":
      return exprs(e.elts, ctx, false);
    case "NamedExpr":
      // 3.10 checks the target's kind only through the compiler; the value is validated here.
      return expr(e.value, "Load");
    case "Name":
      return;
  }
}

const isNumber = (v: PyConstant, real: boolean, imag: boolean): boolean =>
  (real && (typeof v === "bigint" || typeof v === "number")) || (imag && v instanceof PyComplex);

function literalNegative(e: A.expr, real: boolean, imag: boolean): boolean {
  return e._type === "UnaryOp" && e.op._type === "USub" && e.operand._type === "Constant" && isNumber(e.operand.value, real, imag);
}

function literalComplex(e: A.BinOp): boolean {
  if (e.op._type !== "Add" && e.op._type !== "Sub") return false;
  const l = e.left;
  if (l._type === "Constant" ? !isNumber(l.value, true, false) : l._type !== "UnaryOp" || !literalNegative(l, true, false)) return false;
  return e.right._type === "Constant" && isNumber(e.right.value, false, true);
}

function matchValue(e: A.expr): void {
  expr(e, "Load");
  switch (e._type) {
    case "Constant": {
      const v = e.value;
      if (typeof v === "bigint" || typeof v === "number" || typeof v === "string" || v instanceof PyBytes || v instanceof PyComplex) return;
      return fail("ValueError", "unexpected constant inside of a literal pattern");
    }
    case "Attribute":
    case "JoinedStr":
      return;
    case "UnaryOp":
      if (literalNegative(e, true, true)) return;
      break;
    case "BinOp":
      if (literalComplex(e)) return;
      break;
  }
  fail("ValueError", "patterns may only match literals and attribute lookups");
}

function capture(name: string): void {
  if (name === "_") fail("ValueError", "can't capture name '_' in patterns");
  validateName(name);
}

function patterns(seq: readonly (A.pattern | null)[], starOk: boolean): void {
  for (const p of items(seq, "pattern")) pattern(p, starOk);
}

function pattern(p: A.pattern, starOk: boolean): void {
  switch (p._type) {
    case "MatchValue":
      return matchValue(p.value);
    case "MatchSingleton":
      if (p.value !== null && typeof p.value !== "boolean") fail("ValueError", "MatchSingleton can only contain True, False and None");
      return;
    case "MatchSequence":
      return patterns(p.patterns, true);
    case "MatchMapping":
      if (p.keys.length !== p.patterns.length) fail("ValueError", "MatchMapping doesn't have the same number of keys as patterns");
      if (p.rest) capture(p.rest);
      for (const k of p.keys) {
        if (k._type === "Constant" && (k.value === null || typeof k.value === "boolean")) continue;
        matchValue(k);
      }
      return patterns(p.patterns, false);
    case "MatchClass": {
      if (p.kwd_attrs.length !== p.kwd_patterns.length) fail("ValueError", "MatchClass doesn't have the same number of keyword attributes as patterns");
      expr(p.cls, "Load");
      let cls: A.expr = p.cls;
      while (cls._type === "Attribute") cls = cls.value;
      if (cls._type !== "Name") fail("ValueError", "MatchClass cls field can only contain Name or Attribute nodes.");
      for (const a of p.kwd_attrs) validateName(a);
      patterns(p.patterns, false);
      return patterns(p.kwd_patterns, false);
    }
    case "MatchStar":
      if (!starOk) fail("ValueError", "can't use MatchStar here");
      if (p.name !== null) capture(p.name);
      return;
    case "MatchAs":
      if (p.name !== null) capture(p.name);
      if (p.pattern === null) return;
      if (p.name === null) fail("ValueError", "MatchAs must specify a target name if a pattern is given");
      return pattern(p.pattern, false);
    case "MatchOr":
      if (p.patterns.length < 2) fail("ValueError", "MatchOr requires at least 2 patterns");
      return patterns(p.patterns, false);
  }
}

function withItems(seq: readonly (A.withitem | null)[], owner: string): void {
  nonempty(seq, "items", owner);
  for (const it of items(seq, "withitem")) {
    expr(it.context_expr, "Load");
    if (it.optional_vars) expr(it.optional_vars, "Store");
  }
}

function stmt(s: A.stmt): void {
  switch (s._type) {
    case "FunctionDef": case "AsyncFunctionDef":
      body(s.body, s._type);
      argumentsOf(s.args);
      exprs(s.decorator_list, "Load", false);
      if (s.returns) expr(s.returns, "Load");
      return;
    case "ClassDef":
      body(s.body, "ClassDef");
      exprs(s.bases, "Load", false);
      keywords(s.keywords);
      return exprs(s.decorator_list, "Load", false);
    case "Return":
      if (s.value) expr(s.value, "Load");
      return;
    case "Delete":
      nonempty(s.targets, "targets", "Delete");
      return exprs(s.targets, "Del", false);
    case "Assign":
      nonempty(s.targets, "targets", "Assign");
      exprs(s.targets, "Store", false);
      return expr(s.value, "Load");
    case "AugAssign":
      expr(s.target, "Store");
      return expr(s.value, "Load");
    case "AnnAssign":
      if (s.target._type !== "Name" && s.simple) fail("TypeError", "AnnAssign with simple non-Name target");
      expr(s.target, "Store");
      if (s.value) expr(s.value, "Load");
      return expr(s.annotation, "Load");
    case "For": case "AsyncFor":
      expr(s.target, "Store");
      expr(s.iter, "Load");
      body(s.body, s._type);
      return stmts(s.orelse);
    case "While": case "If":
      expr(s.test, "Load");
      body(s.body, s._type);
      return stmts(s.orelse);
    case "With": case "AsyncWith":
      withItems(s.items, s._type);
      return body(s.body, s._type);
    case "Match":
      expr(s.subject, "Load");
      nonempty(s.cases, "cases", "Match");
      for (const m of items(s.cases, "match_case")) {
        pattern(m.pattern, false);
        if (m.guard) expr(m.guard, "Load");
        body(m.body, "match_case");
      }
      return;
    case "Raise":
      if (s.exc) {
        expr(s.exc, "Load");
        if (s.cause) expr(s.cause, "Load");
      } else if (s.cause) fail("ValueError", "Raise with cause but no exception");
      return;
    case "Try":
      body(s.body, "Try");
      if (s.handlers.length === 0 && s.finalbody.length === 0) fail("ValueError", "Try has neither except handlers nor finalbody");
      if (s.handlers.length === 0 && s.orelse.length !== 0) fail("ValueError", "Try has orelse but no except handlers");
      for (const h of items(s.handlers, "excepthandler")) {
        if (h.type) expr(h.type, "Load");
        body(h.body, "ExceptHandler");
      }
      stmts(s.finalbody);
      return stmts(s.orelse);
    case "Assert":
      expr(s.test, "Load");
      if (s.msg) expr(s.msg, "Load");
      return;
    case "Import":
      return nonempty(s.names, "names", "Import");
    case "ImportFrom":
      if (s.level !== null && s.level < 0) fail("ValueError", "Negative ImportFrom level");
      return nonempty(s.names, "names", "ImportFrom");
    case "Global": case "Nonlocal":
      return nonempty(s.names, "names", s._type);
    case "Expr":
      return expr(s.value, "Load");
    case "Pass": case "Break": case "Continue":
      return;
  }
}

/** _PyAST_Validate: throws the PyError CPython raises for an invalid tree. */
export function validateAst(mod: A.mod): void {
  try {
    switch (mod._type) {
      case "Module": case "Interactive":
        return stmts(mod.body);
      case "Expression":
        return expr(mod.body, "Load");
      case "FunctionType":
        exprs(mod.argtypes, "Load", false);
        return expr(mod.returns, "Load");
    }
  } catch (e) {
    if (e instanceof RangeError) throw new PyError("RecursionError", "maximum recursion depth exceeded during compilation");
    throw e;
  }
}
