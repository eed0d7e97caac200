// The node classes of the _ast module (Python/Python-ast.c's init_types, 3.10): ast.AST, one
// abstract class per ASDL sum (mod, stmt, expr, ...), one class per constructor and per product
// type, all derived from the parser's own node table (NODES in src/parser/ast-nodes.ts), so the
// classes, their _fields and the converters cannot disagree with the parser.
//
// As in CPython the classes are made by calling `type` (heap types whose instances keep their
// fields in __dict__); they belong to one interpreter (ast.py assigns class attributes such as
// Constant.n), so each interpreter gets its own set, built on first use by compile() or `import _ast`.
import {
  type PyObj, type PyObject, PyType, PyDict, PyTuple, PyGetSetDescr, TypeType, ObjectType, None, tuple, typeOf, setattr, getattrOpt, len,
  toArray, asStr, typeError, typeNew, newInstance, defMethods, contains, eq, MethodDescrType,
} from "../../objects/index.ts";
import { NODES, type NodeInfo } from "../../parser/ast-nodes.ts";
import { interp, type Interp } from "../../vm/interp.ts";

/** The ASDL sums whose constructors have no fields nor attributes: one shared instance each. */
function isSimpleSum(ctors: string[]): boolean {
  return ctors.every((c) => NODES[c].fields.length === 0 && NODES[c].attributes.length === 0);
}

/** ASDL sum name -> its constructors, in declaration order (types that are products are absent). */
export const SUMS = new Map<string, string[]>();
for (const [name, info] of Object.entries(NODES)) {
  if (info.base === name) continue;
  let list = SUMS.get(info.base);
  if (!list) SUMS.set(info.base, (list = []));
  list.push(name);
}
export const SIMPLE_SUMS = new Set([...SUMS].filter(([, ctors]) => isSimpleSum(ctors)).map(([n]) => n));

/** Parser/asdl_c.py's docstring of a constructor: `Name(identifier id, expr_context ctx)`. */
function ctorDoc(name: string, info: NodeInfo): string {
  if (info.fields.length === 0) return name;
  return `${name}(${info.fields.map((f) => `${f.type}${f.q} ${f.name}`).join(", ")})`;
}

/** The docstring of a sum: constructors joined by " | ", one per line unless all are field-less. */
function sumDoc(name: string, ctors: string[]): string {
  const docs = ctors.map((c) => ctorDoc(c, NODES[c]));
  const sep = isSimpleSum(ctors) ? " | " : `\n${" ".repeat(name.length + 1)}| `;
  return `${name} = ${docs.join(sep)}`;
}

// NODES keeps attribute names only. In 3.10's Python.asdl every `attributes (...)` list is (int
// lineno, int col_offset, int? end_lineno, int? end_col_offset) except pattern's, where all four
// are required. The optional ones get a class-level None default and may be missing in obj2ast.
export const optionalAttribute = (base: string, a: string): boolean => base !== "pattern" && a.startsWith("end_");

export interface AstState {
  /** ast.AST */
  AST: PyType;
  /** Every class by name (sums, constructors, products), in declaration order. */
  types: Map<string, PyType>;
  /** The shared instances of Load, Store, Add, ... that ast2obj returns. */
  singletons: Map<string, PyObject>;
}

const states = new WeakMap<Interp, AstState>();

/** The _ast classes of the running interpreter (get_ast_state). */
export function astState(): AstState {
  let s = states.get(interp);
  if (s === undefined) states.set(interp, (s = buildState()));
  return s;
}

const strTuple = (names: readonly string[]): PyTuple => tuple(names.slice());

function makeAstBase(): PyType {
  // tp_name is "ast.AST" (descriptor reprs show it); __name__ and messages use "AST".
  const AST = new PyType(TypeType, "ast.AST", [ObjectType]);
  AST.qualname = "AST";
  // Not a class statement's type: its direct subclasses get a __weakref__ slot from type_new, as
  // CPython's sum and product classes have.
  AST.heap = false;
  AST.hasDict = true;
  AST.staticModule = "ast";
  AST.ns.set("__doc__", None);
  AST.ns.set("__module__", "ast");
  AST.ns.set("_fields", tuple([]));
  AST.ns.set("__match_args__", tuple([]));
  AST.ns.set("_attributes", tuple([]));
  AST.ns.set("__dict__", new PyGetSetDescr(AST, "__dict__", (self) => ((self as PyObject).dict ??= new PyDict()), (self, v) => {
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${v === undefined ? "NULL" : typeOf(v).name}'`);
    (self as PyObject).dict = v;
  }));
  defMethods(AST, [
    // PyType_GenericNew: any arguments (they are __init__'s), so a subclass's own __new__ can pass them on
    // (tp_new_wrapper checks that cls is a subtype of AST)
    ["__new__", (cls) => newInstance(cls as PyType)],
    ["__init__", astInit],
    ["__reduce__", (self) => {
      const d = getattrOpt(self, "__dict__");
      return d === undefined ? tuple([typeOf(self), tuple([])]) : tuple([typeOf(self), tuple([]), d]);
    }, 0, 0],
  ]);
  // __reduce__ is a plain method in CPython, not a slot wrapper (its repr says "method").
  (AST.ns.get("__reduce__") as PyObject).cls = MethodDescrType;
  return AST;
}

/** ast_type_init: positional arguments fill _fields in order, keywords set any attribute. */
function astInit(self: PyObj, args: PyObj[], kw: readonly string[] | null): PyObj {
  const t = typeOf(self);
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  const fields = getattrOpt(t, "_fields");
  const numFields = fields === undefined ? 0 : len(fields);
  if (numFields < npos) {
    throw typeError(`${t.shortName} constructor takes at most ${numFields} positional argument${numFields === 1 ? "" : "s"}`);
  }
  const names = npos > 0 ? toArray(fields!) : [];
  for (let i = 0; i < npos; i++) {
    const n = asStr(names[i]);
    if (n === null) throw typeError(`attribute name must be string, not '${typeOf(names[i]).name}'`);
    setattr(self, n, args[i]);
  }
  for (let k = 0; k < nkw; k++) {
    const key = kw![k];
    if (fields !== undefined && contains(fields, key)) {
      const p = toArray(fields).findIndex((f) => eq(f, key));
      if (p < npos) throw typeError(`${t.shortName} got multiple values for argument '${key}'`);
    }
    setattr(self, key, args[npos + k]);
  }
  return None;
}

function makeClass(name: string, base: PyType, entries: [string, PyObj][]): PyType {
  const ns = new PyDict();
  for (const [k, v] of entries) ns.setStr(k, v);
  return typeNew(TypeType, name, tuple([base]), ns);
}

function buildState(): AstState {
  const AST = makeAstBase();
  const types = new Map<string, PyType>();
  const singletons = new Map<string, PyObject>();
  for (const [name, info] of Object.entries(NODES)) {
    let base = AST;
    if (info.base !== name) {
      const sumName = info.base;
      let sumType = types.get(sumName);
      if (sumType === undefined) {
        const attrs = NODES[SUMS.get(sumName)![0]].attributes;
        const entries: [string, PyObj][] = [
          ["_fields", tuple([])], ["__match_args__", tuple([])], ["__module__", "ast"], ["__doc__", sumDoc(sumName, SUMS.get(sumName)!)],
          ["_attributes", strTuple(attrs)],
        ];
        for (const a of attrs) if (optionalAttribute(sumName, a)) entries.push([a, None]);
        sumType = makeClass(sumName, AST, entries);
        types.set(sumName, sumType);
      }
      base = sumType;
    }
    const fieldNames = info.fields.map((f) => f.name);
    const entries: [string, PyObj][] = [
      ["_fields", strTuple(fieldNames)], ["__match_args__", strTuple(fieldNames)], ["__module__", "ast"], ["__doc__", ctorDoc(name, info)],
    ];
    if (base === AST) entries.push(["_attributes", strTuple(info.attributes)]);
    for (const f of info.fields) if (f.q === "?") entries.push([f.name, None]);
    if (base === AST) for (const a of info.attributes) if (optionalAttribute(name, a)) entries.push([a, None]);
    const t = makeClass(name, base, entries);
    types.set(name, t);
    if (SIMPLE_SUMS.has(info.base)) singletons.set(name, newInstance(t));
  }
  return { AST, types, singletons };
}
