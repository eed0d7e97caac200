// The builtins module (Python/bltinmodule.c): its functions (functions.ts), the builtin types and
// exceptions, None/Ellipsis/NotImplemented/True/False/__debug__, site's exit/quit, and the
// iterator types (iterators.ts). createBuiltins() makes a fresh module for each interpreter.
import {
  type PyObj, PyModule, PyBuiltinFunction, PyType, PyObject, None, NotImplemented, Ellipsis, exceptionTypes, newExc, SystemExit, typeError,
  defMethods, TypeType, ObjectType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ByteArrayType, TupleType, ListType, DictType,
  SetType, FrozenSetType, RangeType, SliceType, PropertyType, ClassMethodType, StaticMethodType, SuperType, EnumerateType, ZipType, MapType,
  FilterType, ReversedType, MemoryErrorT, OSError, MemoryViewType,
} from "./builtins-imports.ts";
import "./iterators.ts";
import "./iter-pickle.ts";
import { builtinFunctionRows } from "./functions.ts";
import { BUILTIN_DOCS } from "./builtin-docs.ts";
import { builtinImport } from "./importer.ts";
import { initBuiltinModule } from "./import-machinery.ts";
import { interp } from "../vm/interp.ts";
import "../vm/export-roots.ts";
import { ioOpen } from "../modules/io/module.ts";
import { setBuiltinModule } from "../objects/funcobject.ts";
import { call, callMethod, getattr } from "../objects/index.ts";
import "../objects/type-dicts.ts";

/** site.Quitter: exit() and quit(). */
const QuitterType = new PyType(TypeType, "Quitter", [ObjectType]);
QuitterType.staticModule = "_sitebuiltins";
QuitterType.solid = QuitterType;
class PyQuitter extends PyObject {
  constructor(public name: string) {
    super(QuitterType);
  }
}
defMethods(QuitterType, [
  ["__repr__", (s) => `Use ${(s as PyQuitter).name}() or Ctrl-D (i.e. EOF) to exit`, 0, 0],
  ["__call__", (_s, args) => {
    // site.Quitter closes sys.stdin (ignoring errors) before raising SystemExit.
    const stdin = interp.sys.dict.getStr("stdin");
    try {
      if (stdin !== undefined && stdin !== None) callMethod(stdin, "close", []);
    } catch {
      // as Quitter.__call__'s bare except
    }
    throw args.length === 0 || args[0] === None ? newExc(SystemExit) : newExc(SystemExit, args[0]);
  }],
]);

/** site._Printer: copyright, credits, license (repr only; calling prints the text). */
const PrinterType = new PyType(TypeType, "_Printer", [ObjectType]);
PrinterType.staticModule = "_sitebuiltins";
PrinterType.solid = PrinterType;
class PyPrinter extends PyObject {
  constructor(public name: string, public text: string) {
    super(PrinterType);
  }
}
defMethods(PrinterType, [
  ["__repr__", (s) => (s as PyPrinter).text, 0, 0],
  ["__call__", (s) => {
    interp.host.write(1, (s as PyPrinter).text + "\n");
    return None;
  }],
]);

/** site._Helper: help; calling it runs pydoc.help as _sitebuiltins does. */
const HelperType = new PyType(TypeType, "_Helper", [ObjectType]);
HelperType.staticModule = "_sitebuiltins";
HelperType.solid = HelperType;
defMethods(HelperType, [
  ["__repr__", () => "Type help() for interactive help, or help(object) for help about object.", 0, 0],
  ["__call__", (_s, args, kw) => call(getattr(builtinImport(["pydoc"], null), "help"), args, kw)],
]);

export function createBuiltins(): PyModule {
  const m = new PyModule("builtins");
  const d = m.dict;
  d.setStr("__doc__", "Built-in functions, exceptions, and other objects.");
  initBuiltinModule(m, "builtins");
  d.setStr("__build_class__", None);
  const fn = (name: string, f: (args: PyObj[], kw: readonly string[] | null) => PyObj) => new PyBuiltinFunction(name, f, m, name, BUILTIN_DOCS.get(name) ?? None);
  for (const [name, f] of builtinFunctionRows) d.setStr(name, fn(name, f));
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
  for (const [n, text] of [["copyright", "Copyright (c) 2001-2022 Python Software Foundation.\nAll Rights Reserved."], ["credits", "Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information."], ["license", "Type license() to see the full license text"]]) {
    d.setStr(n, new PyPrinter(n, text));
  }
  d.setStr("help", new PyObject(HelperType));
  d.setStr("exit", new PyQuitter("exit"));
  d.setStr("quit", new PyQuitter("quit"));
  void MemoryErrorT;
  void typeError;
  return m;
}
export type { PyObj };
