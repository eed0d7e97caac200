// The builtins module (Python/bltinmodule.c): its functions (functions.ts), the builtin types and
// exceptions, None/Ellipsis/NotImplemented/True/False/__debug__, and the iterator types
// (iterators.ts); site's exit, help and the rest come later (site-builtins.ts).
// createBuiltins() makes a fresh module for each interpreter.
import {
  type PyObj, PyModule, PyBuiltinFunction, PyType, None, NotImplemented, Ellipsis, exceptionTypes, typeError,
  TypeType, ObjectType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ByteArrayType, TupleType, ListType, DictType,
  SetType, FrozenSetType, RangeType, SliceType, PropertyType, ClassMethodType, StaticMethodType, SuperType, EnumerateType, ZipType, MapType,
  FilterType, ReversedType, MemoryErrorT, OSError, MemoryViewType,
} from "./builtins-imports.ts";
import "./iterators.ts";
import "./iter-pickle.ts";
import { builtinFunctionRows } from "./functions.ts";
import { BUILTIN_DOCS } from "./builtin-docs.ts";
import { builtinImport } from "./importer.ts";
import { initBuiltinModule } from "./import-machinery.ts";
import "../vm/export-roots.ts";
import { ioOpen } from "../modules/io/module.ts";
import { setBuiltinModule } from "../objects/funcobject.ts";
import "../objects/type-dicts.ts";

export function createBuiltins(): PyModule {
  const m = new PyModule("builtins");
  const d = m.dict;
  d.setStr("__doc__", "Built-in functions, exceptions, and other objects.");
  initBuiltinModule(m, "builtins");
  d.setStr("__build_class__", None);
  const fn = (name: string, f: (args: PyObj[], kw: readonly string[] | null) => PyObj) => new PyBuiltinFunction(name, f, m, name, BUILTIN_DOCS.get(name) ?? None);
  for (const [name, f, one, two] of builtinFunctionRows) {
    const b = fn(name, f);
    b.fn1 = one ?? null;
    b.fn2 = two ?? null;
    d.setStr(name, b);
  }
  d.setStr("__import__", fn("__import__", builtinImport));
  // open is io.open; files are reached only through the embedder's HostFS (src/modules/io/fileio.ts).
  const open = fn("open", ioOpen);
  // (its m_module is _io's: 'io')
  setBuiltinModule(open, "io");
  d.setStr("open", open);
  const types: [string, PyType][] = [
    ["object", ObjectType], ["type", TypeType], ["int", IntType], ["bool", BoolType], ["float", FloatType], ["complex", ComplexType],
    ["str", StrType], ["bytes", BytesType], ["bytearray", ByteArrayType], ["tuple", TupleType], ["list", ListType], ["dict", DictType],
    ["set", SetType], ["frozenset", FrozenSetType], ["range", RangeType], ["slice", SliceType], ["property", PropertyType],
    ["classmethod", ClassMethodType], ["staticmethod", StaticMethodType], ["super", SuperType], ["enumerate", EnumerateType],
    ["zip", ZipType], ["map", MapType], ["filter", FilterType], ["reversed", ReversedType], ["memoryview", MemoryViewType],
  ];
  for (const [n, t] of types) d.setStr(n, t);
  for (const [n, t] of exceptionTypes) d.setStr(n, t);
  d.setStr("EnvironmentError", OSError);
  d.setStr("IOError", OSError);
  d.setStr("None", None);
  d.setStr("Ellipsis", Ellipsis);
  d.setStr("NotImplemented", NotImplemented);
  d.setStr("True", true);
  d.setStr("False", false);
  d.setStr("__debug__", true);
  void MemoryErrorT;
  void typeError;
  return m;
}
export type { PyObj };
