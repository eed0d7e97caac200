// The _weakref module (Modules/_weakref.c, Objects/weakrefobject.c) for a runtime whose objects
// are reclaimed by the JavaScript garbage collector, not by reference counting: a weak reference
// here keeps its referent alive and never calls its callback (nothing a program can observe dies
// before the program ends). ref is subclassable (weakref.WeakMethod, KeyedRef derive from it).
import {
  type PyObj, PyObject, PyType, PyModule, PyBuiltinFunction, PyList, PyDict, None, NotImplemented, TypeType, ObjectType, typeOf, call, hash,
  eq, getattr, setattr, repr, typeError, defMethods, defGetters, normInt, addr, typeCall, genericGetattr, noAttribute, asStr, getattrOpt,
  takesWeakrefs, weakrefList, defGenericClassGetitem,
} from "./sys-imports.ts";

export const RefType = new PyType(TypeType, "weakref", [ObjectType]);
RefType.staticModule = "builtins";
defGenericClassGetitem(RefType);
RefType.solid = RefType;
export class PyWeakRef extends PyObject {
  constructor(cls: PyType, public referent: PyObj, public callback: PyObj) {
    super(cls);
  }
}
RefType.factory = (cls) => new PyWeakRef(cls, None, None);
const counts = new WeakMap<object, PyWeakRef[]>();
function refsOf(o: PyObj): PyWeakRef[] {
  if (typeof o !== "object") return [];
  let a = counts.get(o);
  if (!a) counts.set(o, (a = []));
  return a;
}
function checkReferent(o: PyObj): void {
  const t = typeOf(o);
  if (typeof o !== "object" || !takesWeakrefs(t)) throw typeError(`cannot create weak reference to '${t.name}' object`);
}
weakrefList.first = (o) => (typeof o === "object" ? counts.get(o)?.[0] ?? None : None);
const W = (x: PyObj) => x as PyWeakRef;
defMethods(RefType, [
  ["__new__", (cls, args) => {
    if (args.length < 1 || args.length > 2) throw typeError(`__new__ expected at most 2 arguments, got ${args.length}`);
    checkReferent(args[0]);
    const r = new PyWeakRef(cls as PyType, args[0], args[1] ?? None);
    if ((cls as PyType).hasDict) r.dict = new PyDict();
    refsOf(args[0]).push(r);
    return r;
  }],
  ["__init__", () => None],
  ["__call__", (s) => W(s).referent, 0, 0],
  ["__hash__", (s) => normInt(hash(W(s).referent)), 0, 0],
  ["__eq__", (s, [o]) => (o instanceof PyWeakRef ? eq(W(s).referent, o.referent) : NotImplemented), 1, 1],
  ["__ne__", (s, [o]) => (o instanceof PyWeakRef ? !eq(W(s).referent, o.referent) : NotImplemented), 1, 1],
  ["__repr__", (s) => {
    // weakref_repr: the referent's __name__ when it has a str one
    const o = W(s).referent;
    const name = getattrOpt(o, "__name__");
    const named = name !== undefined && typeof name === "string" ? ` (${name})` : "";
    return `<weakref at ${addr(s)}; to '${typeOf(o).name}' at ${addr(o)}${named}>`;
  }, 0, 0],
]);
defGetters(RefType, [["__callback__", (s) => W(s).callback]]);

export const ProxyType = new PyType(TypeType, "weakproxy", [ObjectType]);
ProxyType.solid = ProxyType;
ProxyType.baseAllowed = false;
class PyProxy extends PyObject {
  constructor(public referent: PyObj) {
    super(ProxyType);
  }
}
const P = (x: PyObj) => (x as PyProxy).referent;
defMethods(ProxyType, [
  ["__getattribute__", (s, [n]) => getattr(P(s), asStr(n)!), 1, 1],
  ["__setattr__", (s, [n, v]) => {
    setattr(P(s), asStr(n)!, v);
    return None;
  }, 2, 2],
  ["__repr__", (s) => `<weakproxy at ${addr(s)}; to '${typeOf(P(s)).name}' at ${addr(P(s))}>`, 0, 0],
  ["__str__", (s) => repr(P(s)), 0, 0],
  ["__call__", (s, a, k) => call(P(s), a, k)],
  ["__eq__", (s, [o]) => eq(P(s), o instanceof PyProxy ? o.referent : o), 1, 1],
]);
// (comparisons without a hash: a proxy is unhashable, as type_ready makes such a type)
ProxyType.ns.set("__hash__", None);

export function makeWeakref(): PyModule {
  const m = new PyModule("_weakref");
  const d = m.dict;
  d.setStr("ref", RefType);
  d.setStr("ReferenceType", RefType);
  d.setStr("ProxyType", ProxyType);
  d.setStr("CallableProxyType", ProxyType);
  d.setStr("getweakrefcount", new PyBuiltinFunction("getweakrefcount", ([o]) => refsOf(o).length, m));
  d.setStr("getweakrefs", new PyBuiltinFunction("getweakrefs", ([o]) => new PyList(refsOf(o).slice()), m));
  d.setStr("proxy", new PyBuiltinFunction("proxy", ([o]) => {
    checkReferent(o);
    return new PyProxy(o);
  }, m));
  d.setStr("_remove_dead_weakref", new PyBuiltinFunction("_remove_dead_weakref", () => None, m));
  return m;
}
export { typeCall, genericGetattr, noAttribute };
