// One constructor per located AST node, fields in ASDL order then positions, so every node of a
// kind has one object shape (fast property access in the compiler). Written once from the NODES
// table of ast-nodes.ts; `l` is any located thing whose position the node takes.
import type * as A from "./ast-nodes.ts";

/**
 * How many nodes were built that the AST optimiser (compiler/ast-optimizer.ts) may replace: an
 * operation or subscript on constants, a tuple of constants, `__debug__`, `not` over a comparison,
 * a list or set display as the iterable of `in`, `for` or a comprehension. Every change the
 * optimiser makes starts at such a node (an operand is a constant only if it was one or was folded),
 * so a statement whose parse built none is left as it is, and statements() records it in
 * `unchanged` for the optimiser to skip. The count may run high (nodes of abandoned alternatives),
 * which only means a statement is visited that did not need to be. Each parse starts a new
 * WeakSet: one set for every parse grew a table that cost the garbage collector more than the
 * optimiser saved.
 */
export const foldHints = { candidates: 0, unchanged: new WeakSet<A.stmt>() };
const isConst = (e: A.expr): boolean => e._type === "Constant";
const isListOrSet = (e: A.expr): boolean => e._type === "List" || e._type === "Set";

export interface L {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export const FunctionDef = (name: A.FunctionDef['name'], args: A.FunctionDef['args'], body: A.FunctionDef['body'], decorator_list: A.FunctionDef['decorator_list'], returns: A.FunctionDef['returns'], type_comment: A.FunctionDef['type_comment'], l: L): A.FunctionDef => ({ _type: "FunctionDef", name, args, body, decorator_list, returns, type_comment, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const AsyncFunctionDef = (name: A.AsyncFunctionDef['name'], args: A.AsyncFunctionDef['args'], body: A.AsyncFunctionDef['body'], decorator_list: A.AsyncFunctionDef['decorator_list'], returns: A.AsyncFunctionDef['returns'], type_comment: A.AsyncFunctionDef['type_comment'], l: L): A.AsyncFunctionDef => ({ _type: "AsyncFunctionDef", name, args, body, decorator_list, returns, type_comment, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const ClassDef = (name: A.ClassDef['name'], bases: A.ClassDef['bases'], keywords: A.ClassDef['keywords'], body: A.ClassDef['body'], decorator_list: A.ClassDef['decorator_list'], l: L): A.ClassDef => ({ _type: "ClassDef", name, bases, keywords, body, decorator_list, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Return = (value: A.Return['value'], l: L): A.Return => ({ _type: "Return", value, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Delete = (targets: A.Delete['targets'], l: L): A.Delete => ({ _type: "Delete", targets, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Assign = (targets: A.Assign['targets'], value: A.Assign['value'], type_comment: A.Assign['type_comment'], l: L): A.Assign => ({ _type: "Assign", targets, value, type_comment, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const AugAssign = (target: A.AugAssign['target'], op: A.AugAssign['op'], value: A.AugAssign['value'], l: L): A.AugAssign => ({ _type: "AugAssign", target, op, value, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const AnnAssign = (target: A.AnnAssign['target'], annotation: A.AnnAssign['annotation'], value: A.AnnAssign['value'], simple: A.AnnAssign['simple'], l: L): A.AnnAssign => ({ _type: "AnnAssign", target, annotation, value, simple, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const For = (target: A.For['target'], iter: A.For['iter'], body: A.For['body'], orelse: A.For['orelse'], type_comment: A.For['type_comment'], l: L): A.For => {
  if (isListOrSet(iter)) foldHints.candidates++;
  return { _type: "For", target, iter, body, orelse, type_comment, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset };
};
export const AsyncFor = (target: A.AsyncFor['target'], iter: A.AsyncFor['iter'], body: A.AsyncFor['body'], orelse: A.AsyncFor['orelse'], type_comment: A.AsyncFor['type_comment'], l: L): A.AsyncFor => ({ _type: "AsyncFor", target, iter, body, orelse, type_comment, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const While = (test: A.While['test'], body: A.While['body'], orelse: A.While['orelse'], l: L): A.While => ({ _type: "While", test, body, orelse, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const If = (test: A.If['test'], body: A.If['body'], orelse: A.If['orelse'], l: L): A.If => ({ _type: "If", test, body, orelse, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const With = (items: A.With['items'], body: A.With['body'], type_comment: A.With['type_comment'], l: L): A.With => ({ _type: "With", items, body, type_comment, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const AsyncWith = (items: A.AsyncWith['items'], body: A.AsyncWith['body'], type_comment: A.AsyncWith['type_comment'], l: L): A.AsyncWith => ({ _type: "AsyncWith", items, body, type_comment, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Match = (subject: A.Match['subject'], cases: A.Match['cases'], l: L): A.Match => ({ _type: "Match", subject, cases, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Raise = (exc: A.Raise['exc'], cause: A.Raise['cause'], l: L): A.Raise => ({ _type: "Raise", exc, cause, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Try = (body: A.Try['body'], handlers: A.Try['handlers'], orelse: A.Try['orelse'], finalbody: A.Try['finalbody'], l: L): A.Try => ({ _type: "Try", body, handlers, orelse, finalbody, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Assert = (test: A.Assert['test'], msg: A.Assert['msg'], l: L): A.Assert => ({ _type: "Assert", test, msg, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Import = (names: A.Import['names'], l: L): A.Import => ({ _type: "Import", names, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const ImportFrom = (module: A.ImportFrom['module'], names: A.ImportFrom['names'], level: A.ImportFrom['level'], l: L): A.ImportFrom => ({ _type: "ImportFrom", module, names, level, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Global = (names: A.Global['names'], l: L): A.Global => ({ _type: "Global", names, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Nonlocal = (names: A.Nonlocal['names'], l: L): A.Nonlocal => ({ _type: "Nonlocal", names, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Expr = (value: A.Expr['value'], l: L): A.Expr => ({ _type: "Expr", value, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Pass = (l: L): A.Pass => ({ _type: "Pass", lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Break = (l: L): A.Break => ({ _type: "Break", lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Continue = (l: L): A.Continue => ({ _type: "Continue", lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const BoolOp = (op: A.BoolOp['op'], values: A.BoolOp['values'], l: L): A.BoolOp => ({ _type: "BoolOp", op, values, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const NamedExpr = (target: A.NamedExpr['target'], value: A.NamedExpr['value'], l: L): A.NamedExpr => ({ _type: "NamedExpr", target, value, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const BinOp = (left: A.BinOp['left'], op: A.BinOp['op'], right: A.BinOp['right'], l: L): A.BinOp => {
  if (isConst(left) && isConst(right)) foldHints.candidates++;
  return { _type: "BinOp", left, op, right, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset };
};
export const UnaryOp = (op: A.UnaryOp['op'], operand: A.UnaryOp['operand'], l: L): A.UnaryOp => {
  if (isConst(operand) || (op._type === "Not" && operand._type === "Compare")) foldHints.candidates++;
  return { _type: "UnaryOp", op, operand, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset };
};
export const Lambda = (args: A.Lambda['args'], body: A.Lambda['body'], l: L): A.Lambda => ({ _type: "Lambda", args, body, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const IfExp = (test: A.IfExp['test'], body: A.IfExp['body'], orelse: A.IfExp['orelse'], l: L): A.IfExp => ({ _type: "IfExp", test, body, orelse, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Dict = (keys: A.Dict['keys'], values: A.Dict['values'], l: L): A.Dict => ({ _type: "Dict", keys, values, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Set = (elts: A.Set['elts'], l: L): A.Set => ({ _type: "Set", elts, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const ListComp = (elt: A.ListComp['elt'], generators: A.ListComp['generators'], l: L): A.ListComp => ({ _type: "ListComp", elt, generators, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const SetComp = (elt: A.SetComp['elt'], generators: A.SetComp['generators'], l: L): A.SetComp => ({ _type: "SetComp", elt, generators, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const DictComp = (key: A.DictComp['key'], value: A.DictComp['value'], generators: A.DictComp['generators'], l: L): A.DictComp => ({ _type: "DictComp", key, value, generators, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const GeneratorExp = (elt: A.GeneratorExp['elt'], generators: A.GeneratorExp['generators'], l: L): A.GeneratorExp => ({ _type: "GeneratorExp", elt, generators, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Await = (value: A.Await['value'], l: L): A.Await => ({ _type: "Await", value, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Yield = (value: A.Yield['value'], l: L): A.Yield => ({ _type: "Yield", value, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const YieldFrom = (value: A.YieldFrom['value'], l: L): A.YieldFrom => ({ _type: "YieldFrom", value, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Compare = (left: A.Compare['left'], ops: A.Compare['ops'], comparators: A.Compare['comparators'], l: L): A.Compare => {
  if (comparators.length > 0 && isListOrSet(comparators[comparators.length - 1])) foldHints.candidates++;
  return { _type: "Compare", left, ops, comparators, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset };
};
export const Call = (func: A.Call['func'], args: A.Call['args'], keywords: A.Call['keywords'], l: L): A.Call => ({ _type: "Call", func, args, keywords, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const FormattedValue = (value: A.FormattedValue['value'], conversion: A.FormattedValue['conversion'], format_spec: A.FormattedValue['format_spec'], l: L): A.FormattedValue => ({ _type: "FormattedValue", value, conversion, format_spec, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const JoinedStr = (values: A.JoinedStr['values'], l: L): A.JoinedStr => ({ _type: "JoinedStr", values, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Constant = (value: A.Constant['value'], kind: A.Constant['kind'], l: L): A.Constant => ({ _type: "Constant", value, kind, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Attribute = (value: A.Attribute['value'], attr: A.Attribute['attr'], ctx: A.Attribute['ctx'], l: L): A.Attribute => ({ _type: "Attribute", value, attr, ctx, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Subscript = (value: A.Subscript['value'], slice: A.Subscript['slice'], ctx: A.Subscript['ctx'], l: L): A.Subscript => {
  if (isConst(value) && isConst(slice)) foldHints.candidates++;
  return { _type: "Subscript", value, slice, ctx, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset };
};
export const Starred = (value: A.Starred['value'], ctx: A.Starred['ctx'], l: L): A.Starred => ({ _type: "Starred", value, ctx, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Name = (id: A.Name['id'], ctx: A.Name['ctx'], l: L): A.Name => {
  if (id === "__debug__") foldHints.candidates++;
  return { _type: "Name", id, ctx, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset };
};
export const List = (elts: A.List['elts'], ctx: A.List['ctx'], l: L): A.List => ({ _type: "List", elts, ctx, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const Tuple = (elts: A.Tuple['elts'], ctx: A.Tuple['ctx'], l: L): A.Tuple => {
  if (elts.every(isConst)) foldHints.candidates++;
  return { _type: "Tuple", elts, ctx, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset };
};
export const Slice = (lower: A.Slice['lower'], upper: A.Slice['upper'], step: A.Slice['step'], l: L): A.Slice => ({ _type: "Slice", lower, upper, step, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const comprehension = (target: A.comprehension['target'], iter: A.comprehension['iter'], ifs: A.comprehension['ifs'], is_async: A.comprehension['is_async']): A.comprehension => {
  if (isListOrSet(iter)) foldHints.candidates++;
  return { _type: "comprehension", target, iter, ifs, is_async };
};
export const ExceptHandler = (type: A.ExceptHandler['type'], name: A.ExceptHandler['name'], body: A.ExceptHandler['body'], l: L): A.ExceptHandler => ({ _type: "ExceptHandler", type, name, body, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const arguments_ = (posonlyargs: A.arguments['posonlyargs'], args: A.arguments['args'], vararg: A.arguments['vararg'], kwonlyargs: A.arguments['kwonlyargs'], kw_defaults: A.arguments['kw_defaults'], kwarg: A.arguments['kwarg'], defaults: A.arguments['defaults']): A.arguments => ({ _type: "arguments", posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults });
export const arg = (arg: A.arg['arg'], annotation: A.arg['annotation'], type_comment: A.arg['type_comment'], l: L): A.arg => ({ _type: "arg", arg, annotation, type_comment, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const keyword = (arg: A.keyword['arg'], value: A.keyword['value'], l: L): A.keyword => ({ _type: "keyword", arg, value, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const alias = (name: A.alias['name'], asname: A.alias['asname'], l: L): A.alias => ({ _type: "alias", name, asname, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const withitem = (context_expr: A.withitem['context_expr'], optional_vars: A.withitem['optional_vars']): A.withitem => ({ _type: "withitem", context_expr, optional_vars });
export const match_case = (pattern: A.match_case['pattern'], guard: A.match_case['guard'], body: A.match_case['body']): A.match_case => ({ _type: "match_case", pattern, guard, body });
export const MatchValue = (value: A.MatchValue['value'], l: L): A.MatchValue => ({ _type: "MatchValue", value, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const MatchSingleton = (value: A.MatchSingleton['value'], l: L): A.MatchSingleton => ({ _type: "MatchSingleton", value, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const MatchSequence = (patterns: A.MatchSequence['patterns'], l: L): A.MatchSequence => ({ _type: "MatchSequence", patterns, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const MatchMapping = (keys: A.MatchMapping['keys'], patterns: A.MatchMapping['patterns'], rest: A.MatchMapping['rest'], l: L): A.MatchMapping => ({ _type: "MatchMapping", keys, patterns, rest, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const MatchClass = (cls: A.MatchClass['cls'], patterns: A.MatchClass['patterns'], kwd_attrs: A.MatchClass['kwd_attrs'], kwd_patterns: A.MatchClass['kwd_patterns'], l: L): A.MatchClass => ({ _type: "MatchClass", cls, patterns, kwd_attrs, kwd_patterns, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const MatchStar = (name: A.MatchStar['name'], l: L): A.MatchStar => ({ _type: "MatchStar", name, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const MatchAs = (pattern: A.MatchAs['pattern'], name: A.MatchAs['name'], l: L): A.MatchAs => ({ _type: "MatchAs", pattern, name, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const MatchOr = (patterns: A.MatchOr['patterns'], l: L): A.MatchOr => ({ _type: "MatchOr", patterns, lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset });
export const TypeIgnore = (lineno: A.TypeIgnore['lineno'], tag: A.TypeIgnore['tag']): A.TypeIgnore => ({ _type: "TypeIgnore", lineno, tag });
