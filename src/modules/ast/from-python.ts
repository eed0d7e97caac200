// obj2ast (Python/Python-ast.c, 3.10): _ast objects -> the parser's AST, for compile(tree, ...).
// Driven by the node table: a sum reads its position attributes first and then finds the
// constructor by isinstance; a product reads its fields, then its attributes. Messages are
// CPython's ("required field ... missing from ...", "... must be a list, not a ...", "field 'x'
// is required for Y"). Constants are checked later, by the validator (validate.ts), as CPython's
// validate_constant does, so an invalid one travels as an InvalidConstant.
import {
  PySplitStr, StrType, type PyObj, PyList, PyTuple, PySet, PyFloat, PyComplexObj, PyBytesObj, PyType, None, Ellipsis, IntType, FloatType, ComplexType, BytesType,
  TupleType, FrozenSetType, typeOf, getattrOpt, repr, toArray, asInt, typeError, valueError, newExc, OverflowError, RecursionError,
} from "../../objects/index.ts";
import { NODES, type FieldInfo } from "../../parser/ast-nodes.ts";
import * as A from "../../parser/ast-nodes.ts";
import {
  Ellipsis as ConstEllipsis, PyBytes, PyComplex, PyFrozenSet, PyTuple as ConstTuple, type PyConstant,
} from "../../bytecode/constants.ts";
import { astState, optionalAttribute, SUMS, SIMPLE_SUMS, type AstState } from "./nodes.ts";

/** A Constant value obj2ast accepted but validate_constant will reject. */
export class InvalidConstant {
  constructor(readonly typeName: string) {}
}

type Raw = Record<string, unknown>;

const isInst = (o: PyObj, t: PyType): boolean => typeOf(o).isSubtype(t);

function toConstant(v: PyObj): PyConstant | InvalidConstant {
  if (v === None) return null;
  if (v === Ellipsis) return ConstEllipsis;
  switch (typeof v) {
    case "boolean":
    case "string":
      return v;
    case "number":
      return BigInt(v);
    case "bigint":
      return v;
  }
  if (v instanceof PySplitStr && v.cls === StrType) return v.text; // a str holding a false pair
  const t = typeOf(v);
  if (t === IntType) return BigInt(asInt(v)!);
  if (t === FloatType) return (v as PyFloat).value;
  if (t === ComplexType) return new PyComplex((v as PyComplexObj).real, (v as PyComplexObj).imag);
  if (t === BytesType) return new PyBytes((v as PyBytesObj).bytes);
  if (t === TupleType || t === FrozenSetType) {
    const items: PyConstant[] = [];
    for (const x of t === TupleType ? (v as PyTuple).items : toArray(v as PySet)) {
      const c = toConstant(x);
      if (c instanceof InvalidConstant) return c;
      items.push(c);
    }
    return t === TupleType ? new ConstTuple(items) : new PyFrozenSet(items);
  }
  return new InvalidConstant(t.name);
}

class Converter {
  constructor(readonly st: AstState) {}

  /** obj2ast_identifier / _string / _int / _constant, or a node of ASDL type `type`. */
  scalar(owner: string, f: FieldInfo, v: PyObj): unknown {
    switch (f.type) {
      case "identifier":
        if (v === None) return null;
        if (typeof v !== "string") throw typeError("AST identifier must be of type str");
        return v;
      case "string":
        if (typeof v === "string") return v;
        if (v instanceof PyBytesObj && typeOf(v) === BytesType) return new TextDecoder().decode(v.bytes);
        throw typeError("AST string must be of type str");
      case "int": {
        const i = typeof v === "boolean" ? Number(v) : asInt(v);
        if (i === null || (v instanceof PyFloat)) throw valueError(`invalid integer value: ${repr(v)}`);
        if (typeof i === "bigint" || i > 2147483647 || i < -2147483648) throw newExc(OverflowError, "Python int too large to convert to C int");
        return i;
      }
      case "constant":
        return toConstant(v);
      default:
        void owner;
        return this.convert(f.type, v);
    }
  }

  /** Reads one field or attribute of `o`; null when an optional one is missing or None. */
  field(o: PyObj, owner: string, f: FieldInfo): unknown {
    const v = getattrOpt(o, f.name);
    if (v === undefined) {
      if (f.q === "?") return null;
      throw typeError(`required field "${f.name}" missing from ${owner}`);
    }
    if (f.q === "?" && v === None) return null;
    if (f.q === "*") {
      if (!(v instanceof PyList)) throw typeError(`${owner} field "${f.name}" must be a list, not a ${typeOf(v).name}`);
      return v.items.slice().map((x) => this.scalar(owner, f, x));
    }
    const r = this.scalar(owner, f, v);
    // The _PyAST_* constructors reject a missing required child.
    if (r === null && f.type !== "constant") throw valueError(`field '${f.name}' is required for ${owner}`);
    return r;
  }

  fields(o: PyObj, name: string, out: Raw): void {
    for (const f of NODES[name].fields) out[f.name] = this.field(o, name, f);
  }

  attributes(o: PyObj, owner: string, names: readonly string[], out: Raw): void {
    for (const a of names) {
      const optional = optionalAttribute(owner, a);
      const v = this.field(o, owner, { name: a, type: "int", q: optional ? "?" : "" });
      out[a] = v === null ? 0 : v;
    }
  }

  /** obj2ast_<type>: None gives null (the caller decides whether that is allowed). */
  convert(type: string, o: PyObj): unknown {
    const ctors = SUMS.get(type);
    if (ctors !== undefined && SIMPLE_SUMS.has(type)) {
      for (const c of ctors) if (isInst(o, this.st.types.get(c)!)) return (A as unknown as Record<string, unknown>)[c];
      throw typeError(`expected some sort of ${type}, but got ${repr(o)}`);
    }
    if (o === None) return null;
    if (ctors === undefined) {
      // a product type (arguments, arg, keyword, alias, withitem, match_case, comprehension)
      const out: Raw = { _type: type };
      this.fields(o, type, out);
      this.attributes(o, type, NODES[type].attributes, out);
      return out;
    }
    const attrs: Raw = {};
    this.attributes(o, type, NODES[ctors[0]].attributes, attrs);
    for (const c of ctors) {
      if (!isInst(o, this.st.types.get(c)!)) continue;
      const out: Raw = { _type: c };
      this.fields(o, c, out);
      return Object.assign(out, attrs);
    }
    throw typeError(`expected some sort of ${type}, but got ${repr(o)}`);
  }
}

const REQUIRED: Record<string, string> = { exec: "Module", eval: "Expression", single: "Interactive", func_type: "FunctionType" };

/** PyAST_obj2mod: the module node compile() was given, checked against the mode. */
export function pythonToAst(o: PyObj, mode: string): A.mod {
  const st = astState();
  const want = REQUIRED[mode];
  if (!isInst(o, st.types.get(want)!)) throw typeError(`expected ${want} node, got ${typeOf(o).name}`);
  try {
    return new Converter(st).convert("mod", o) as A.mod;
  } catch (e) {
    if (e instanceof RangeError) throw newExc(RecursionError, "maximum recursion depth exceeded while traversing 'expr' node");
    throw e;
  }
}

/** PyAST_Check: is `o` an ast.AST instance? */
export function isAstObject(o: PyObj): boolean {
  return isInst(o, astState().AST);
}
