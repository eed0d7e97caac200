// The SyntaxWarnings compile.c emits for code that is valid but almost certainly a typo:
// check_compare (`is` with a literal), check_caller, check_subscripter and check_index of CPython
// 3.10's Python/compile.c, with infer_type naming the type an expression is known to have.
// A warning goes to the compile options' `warn` callback with the current line.
import { Ellipsis, PyBytes, PyComplex, PyFrozenSet, PyTuple, constTypeName } from "../../bytecode/constants.ts";
import type * as A from "../../parser/ast-nodes.ts";
import type { Compiler } from "./context.ts";

/** check_is_arg: is `e` None, True, False, Ellipsis or not a constant at all? */
function isArgOk(e: A.expr): boolean {
  if (e._type !== "Constant") return true;
  const v = e.value;
  return v === null || v === true || v === false || v === Ellipsis;
}

/** check_compare: warn about `is` with a literal. */
export function checkCompare(c: Compiler, e: A.Compare): void {
  let left = isArgOk(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]._type;
    const right = isArgOk(e.comparators[i]);
    if ((op === "Is" || op === "IsNot") && (!right || !left)) {
      c.warn(op === "Is" ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
      return;
    }
    left = right;
  }
}

/** infer_type's tp_name, or null when the type is not known at compile time. */
export function inferTypeName(e: A.expr): string | null {
  switch (e._type) {
    case "Tuple": return "tuple";
    case "List": case "ListComp": return "list";
    case "Dict": case "DictComp": return "dict";
    case "Set": case "SetComp": return "set";
    case "GeneratorExp": return "generator";
    case "Lambda": return "function";
    case "JoinedStr": case "FormattedValue": return "str";
    case "Constant": return constTypeName(e.value);
    default: return null;
  }
}

// These run for every subscript: each reads a node's kind once into a local, since nodes of every
// kind come here and each read of `_type` is a megamorphic property load.

/** check_subscripter */
export function checkSubscripter(c: Compiler, e: A.expr): void {
  const kind = e._type;
  if (kind === "Constant") {
    const v = (e as A.Constant).value;
    const warns = v === null || v === Ellipsis || typeof v === "bigint" || typeof v === "boolean" ||
      typeof v === "number" || v instanceof PyComplex || v instanceof PyFrozenSet;
    if (!warns) return;
  } else if (kind !== "Set" && kind !== "SetComp" && kind !== "GeneratorExp" && kind !== "Lambda") {
    return;
  }
  c.warn(`'${inferTypeName(e)}' object is not subscriptable; perhaps you missed a comma?`);
}

/** check_index */
export function checkIndex(c: Compiler, e: A.expr, s: A.expr): void {
  const indexKind = s._type;
  // A name or an attribute (the commonest indices) has no inferred type.
  if (indexKind === "Name" || indexKind === "Attribute" || indexKind === "Slice") return;
  const indexType = inferTypeName(s);
  if (indexType === null || indexType === "int" || indexType === "bool") return;
  const kind = e._type;
  if (kind === "Constant") {
    const v = (e as A.Constant).value;
    if (!(typeof v === "string" || v instanceof PyBytes || v instanceof PyTuple)) return;
  } else if (kind !== "Tuple" && kind !== "List" && kind !== "ListComp" && kind !== "JoinedStr" && kind !== "FormattedValue") {
    return;
  }
  c.warn(`${inferTypeName(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}

/** check_caller: calling a literal is most likely a missing comma. */
export function checkCaller(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case "Constant": case "Tuple": case "List": case "ListComp": case "Dict": case "DictComp": case "Set":
    case "SetComp": case "GeneratorExp": case "JoinedStr": case "FormattedValue":
      c.warn(`'${inferTypeName(e)}' object is not callable; perhaps you missed a comma?`);
  }
}
