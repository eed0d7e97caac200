// The _symtable module (Modules/symtablemodule.c and Python/symtable.c's ste_* members, 3.10):
// symtable(source, filename, startstr) runs dislab's own symbol table pass (src/compiler/symtable.ts,
// the one the code generator uses) and returns its top block as a 'symtable entry' object, which
// the pure-Python symtable module wraps.
import {
  type PyObj, PyObject, PyType, PyDict, PyList, PyModule, PyBytesObj, TypeType, ObjectType, typeError, valueError, asStr, typeOf, argTypeName,
  defGetters, defMethods, toPyExc, idOf, bindArgs,
} from "../objects/index.ts";
import { parse } from "../parser/index.ts";
import { futureFeatures } from "../compiler/future.ts";
import { buildSymtable } from "../compiler/symtable.ts";
import {
  type SymbolTableEntry, DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, DEF_NONLOCAL, USE, DEF_FREE, DEF_FREE_CLASS, DEF_IMPORT, DEF_ANNOT, DEF_BOUND,
  SCOPE_OFFSET, SCOPE_MASK, Scope,
} from "../compiler/symtable-entry.ts";
import { makeModule } from "./util.ts";
import { interp } from "../vm/interp.ts";
import { fsDecode } from "../builtins/compile.ts";

const EntryType = new PyType(TypeType, "symtable entry", [ObjectType]);
EntryType.baseAllowed = false;

class PySTEntry extends PyObject {
  constructor(readonly ste: SymbolTableEntry, readonly wrap: (e: SymbolTableEntry) => PySTEntry) {
    super(EntryType);
  }
}

/** _Py_block_ty as symtable.py numbers it: TYPE_FUNCTION 0, TYPE_CLASS 1, TYPE_MODULE 2. */
const BLOCK_TYPE = { function: 0, class: 1, module: 2, annotation: 0 } as const;

const E = (x: PyObj) => x as PySTEntry;
defGetters(EntryType, [
  ["id", (s) => idOf(s)],
  ["name", (s) => E(s).ste.name],
  ["symbols", (s) => {
    const d = new PyDict();
    for (const [name, flags] of E(s).ste.symbols) d.setStr(name, flags);
    return d;
  }],
  ["varnames", (s) => new PyList(E(s).ste.varnames.slice())],
  // "annotation" blocks (future annotations) are not children in 3.10's table.
  ["children", (s) => new PyList(E(s).ste.children.filter((c) => c.type !== "annotation").map((c) => E(s).wrap(c)))],
  ["type", (s) => BLOCK_TYPE[E(s).ste.type]],
  ["lineno", (s) => E(s).ste.lineno],
  ["nested", (s) => (E(s).ste.nested ? 1 : 0)],
]);
defMethods(EntryType, [
  ["__repr__", (s) => `<symtable entry ${E(s).ste.name}(${idOf(s)}), line ${E(s).ste.lineno}>`, 0, 0],
]);

/** symtable(source, filename, startstr, /) */
function symtable(args: PyObj[], kw: readonly string[] | null): PyObj {
  const [src, fn, start] = bindArgs("symtable", args, kw, ["source", "filename", "startstr"], 3, 3);
  let text: string | Uint8Array;
  const s = asStr(src!);
  if (s !== null) text = s;
  else if (src instanceof PyBytesObj) text = src.bytes;
  else throw typeError("symtable() arg 1 must be a string or bytes object");
  // (PyUnicode_FSDecoder, as compile()'s: os.PathLike too, another buffer with a DeprecationWarning)
  const filename = fsDecode(fn!);
  const mode = asStr(start!);
  if (mode === null) throw typeError(`symtable() argument 3 must be str, not ${argTypeName(start!)}`);
  if (mode !== "exec" && mode !== "eval" && mode !== "single") throw valueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'");
  try {
    const mod = parse(text, { filename, mode });
    const ff = futureFeatures(mod, filename);
    // _PySymtable_Build counts its visits from the caller's stack depth (tstate->recursion_depth,
    // this call included), against the recursion limit, as compile() does (src/compiler/recursion.ts)
    const table = buildSymtable(mod, filename, ff.features, { depth: interp.depth, limit: interp.recursionLimit });
    const cache = new Map<SymbolTableEntry, PySTEntry>();
    const wrap = (e: SymbolTableEntry): PySTEntry => {
      let w = cache.get(e);
      if (w === undefined) cache.set(e, (w = new PySTEntry(e, wrap)));
      return w;
    };
    return wrap(table.top);
  } catch (e) {
    throw toPyExc(e);
  }
}

export function makeSymtable(): PyModule {
  return makeModule("_symtable", [["symtable", symtable]], [
    ["USE", USE], ["DEF_GLOBAL", DEF_GLOBAL], ["DEF_NONLOCAL", DEF_NONLOCAL], ["DEF_LOCAL", DEF_LOCAL], ["DEF_PARAM", DEF_PARAM],
    ["DEF_FREE", DEF_FREE], ["DEF_FREE_CLASS", DEF_FREE_CLASS], ["DEF_IMPORT", DEF_IMPORT], ["DEF_BOUND", DEF_BOUND], ["DEF_ANNOT", DEF_ANNOT],
    ["TYPE_FUNCTION", BLOCK_TYPE.function], ["TYPE_CLASS", BLOCK_TYPE.class], ["TYPE_MODULE", BLOCK_TYPE.module],
    ["LOCAL", Scope.Local], ["GLOBAL_EXPLICIT", Scope.GlobalExplicit], ["GLOBAL_IMPLICIT", Scope.GlobalImplicit], ["FREE", Scope.Free],
    ["CELL", Scope.Cell], ["SCOPE_OFF", SCOPE_OFFSET], ["SCOPE_MASK", SCOPE_MASK],
  ], undefined, new Map([["symtable", "symtable($module, source, filename, startstr, /)\n--\n\nReturn symbol and scope dictionaries used internally by compiler."]]));
}
