// module objects (Objects/moduleobject.c): a namespace dict, repr, module __getattr__ (PEP 562)
// and __dir__.
import { PyObject, type PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import { ModuleType, None } from "./builtin-types.ts";
import { attributeError, typeError } from "./exceptions.ts";
import { asStr, call, genericGetattr, getattr, getattrOpt, moduleNoAttribute, repr, str, truthy, typeOf, argTypeName, toArray } from "./protocols.ts";
import { asMembers, bindArgs, defGetters, defMethods } from "./function.ts";
import { PyDict } from "./dict.ts";
import { PyList } from "./list.ts";

export class PyModule extends PyObject {
  declare dict: PyDict;
  /** Made by module.__new__ and not yet through __init__: CPython's has no dict (md_dict NULL) until something is stored. */
  uninitialized?: boolean;
  constructor(name: string, cls: PyType = ModuleType) {
    super(cls);
    this.dict = new PyDict();
    this.dict.setStr("__name__", name);
    this.dict.setStr("__doc__", None);
    this.dict.setStr("__package__", None);
    this.dict.setStr("__loader__", None);
    this.dict.setStr("__spec__", None);
  }
  get name(): string {
    return asStr(this.dict.getStr("__name__") ?? "?") ?? "?";
  }
}
ModuleType.factory = (cls) => {
  const m = new PyModule("?", cls);
  m.dict.clear();
  m.uninitialized = true;
  return m;
};
ModuleType.hasDict = true;

const MO = (x: PyObj) => x as PyModule;
/** The module's dict, or null while it has none (made by __new__ alone, nothing stored yet). */
const dictOf = (x: PyObj): PyDict | null => (MO(x).uninitialized && MO(x).dict.size === 0 ? null : MO(x).dict);
/** module_get/set_annotations: without a dict, "<module>.__dict__ is not a dictionary". */
function annotationsDict(x: PyObj): PyDict {
  const d = dictOf(x);
  if (d === null) throw typeError("<module>.__dict__ is not a dictionary");
  return d;
}
defMethods(ModuleType, [
  ["__init__", (s, args, kw) => {
    const [name, doc] = bindArgs("module", args, kw, ["name", "doc"], 1);
    const n = asStr(name!);
    if (n === null) throw typeError(`module.__init__() argument 'name' must be str, not ${argTypeName(name!)}`);
    MO(s).uninitialized = false;
    MO(s).dict.setStr("__name__", n);
    MO(s).dict.setStr("__doc__", doc ?? None);
    if (MO(s).dict.getStr("__package__") === undefined) MO(s).dict.setStr("__package__", None);
    if (MO(s).dict.getStr("__loader__") === undefined) MO(s).dict.setStr("__loader__", None);
    if (MO(s).dict.getStr("__spec__") === undefined) MO(s).dict.setStr("__spec__", None);
    return None;
  }],
  // importlib._bootstrap._module_repr (3.10): from the spec, else the loader's module_repr, else
  // the name and __file__
  ["__repr__", (s) => {
    const d = MO(s).dict;
    const loader = d.getStr("__loader__") ?? None;
    const spec = d.getStr("__spec__");
    if (spec !== undefined && spec !== None && truthy(spec)) {
      const sattr = (n: string) => getattrOpt(spec, n) ?? None;
      const sn = sattr("name");
      const name = sn === None ? "?" : sn;
      const origin = sattr("origin");
      if (origin === None) return sattr("loader") === None ? `<module ${repr(name)}>` : `<module ${repr(name)} (${repr(sattr("loader"))})>`;
      return truthy(sattr("has_location")) ? `<module ${repr(name)} from ${repr(origin)}>` : `<module ${repr(sn)} (${str(origin)})>`;
    }
    if (loader !== None) {
      const mr = getattrOpt(loader, "module_repr");
      if (mr !== undefined) {
        try {
          const r = call(mr, [s]);
          if (asStr(r) !== null) return r;
        } catch {
          // as importlib: fall through to the catch-all
        }
      }
    }
    const name = getattrOpt(s, "__name__") ?? "?";
    const file = getattrOpt(s, "__file__");
    if (file !== undefined) return `<module ${repr(name)} from ${repr(file)}>`;
    return loader === None ? `<module ${repr(name)}>` : `<module ${repr(name)} (${repr(loader)})>`;
  }, 0, 0],
  ["__getattribute__", (s, [n]) => {
    const name = asStr(n)!;
    const r = genericGetattr(s, name);
    if (r !== undefined) return r;
    const ga = MO(s).dict.getStr("__getattr__");
    if (ga !== undefined) return call(ga, [name]);
    throw attributeError(moduleNoAttribute(MO(s).dict, name));
  }, 1, 1],
  // module_dir: the keys of __dict__ as the module's class finds it, in insertion order (dir() sorts them)
  ["__dir__", (s) => {
    const d = getattr(s, "__dict__");
    if (!(d instanceof PyDict)) throw typeError("<module>.__dict__ is not a dictionary");
    const f = d.getStr("__dir__");
    if (f !== undefined) return call(f, []);
    return new PyList(d.keys());
  }, 0, 0],
]);
defGetters(ModuleType, [
  ["__dict__", (s) => {
    const d = dictOf(s);
    return d === null ? None : d;
  }],
  // 3.10: an unannotated module's __annotations__ is an empty dict made (and kept) on first access
  ["__annotations__", (s) => {
    const d = annotationsDict(s);
    let v = d.getStr("__annotations__");
    if (v === undefined) d.setStr("__annotations__", (v = new PyDict()));
    return v;
  }, (s, v) => {
    const d = annotationsDict(s);
    if (v !== undefined) d.setStr("__annotations__", v);
    else if (!d.delStr("__annotations__")) throw attributeError("__annotations__");
  }],
]);
// (a PyMemberDef, READONLY)
asMembers(ModuleType, ["__dict__"]);
export { toArray };
