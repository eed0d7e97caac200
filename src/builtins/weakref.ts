// The _weakref module (Modules/_weakref.c, Objects/weakrefobject.c) for a runtime whose objects
// are reclaimed by the JavaScript garbage collector, not by reference counting: a weak reference
// here keeps its referent alive and never calls its callback (nothing a program can observe dies
// before the program ends). ref is subclassable (weakref.WeakMethod, KeyedRef derive from it).
import {
  type PyObj, PyObject, PyType, PyModule, PyBuiltinFunction, PyList, PyDict, None, NotImplemented, TypeType, ObjectType, typeOf, call, hash,
  eq, getattr, setattr, repr, typeError, defMethods, defGetters, normInt, addr, typeCall, genericGetattr, noAttribute, asStr, getattrOpt,
  takesWeakrefs, weakrefList, defGenericClassGetitem,
} from "./sys-imports.ts";
import { PyProxy, ProxyType, CallableProxyType } from "./weakproxy.ts";

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

/**
 * Each object's weak references and proxies in CPython's list order: the basic ref (an exact ref
 * without callback) first, then the basic proxy, then the others, newest first. The basic ones are
 * shared: ref(o) and proxy(o) without a callback give them back instead of making new ones.
 */
const refLists = new WeakMap<object, PyObj[]>();
function refsOf(o: PyObj): PyObj[] {
  if (typeof o !== "object") return [];
  let a = refLists.get(o);
  if (!a) refLists.set(o, (a = []));
  return a;
}
const isBasicRef = (r: PyObj): boolean => r instanceof PyWeakRef && r.cls === RefType && r.callback === None;
const isBasicProxy = (r: PyObj): boolean => r instanceof PyProxy && r.callback === None;
/** Files r in its referent's list where CPython's insert_head/insert_after would. */
function addRef(o: PyObj, r: PyObj): void {
  const refs = refsOf(o);
  let at = 0;
  if (!isBasicRef(r)) {
    if (refs.length > at && isBasicRef(refs[at])) at++;
    if (!isBasicProxy(r) && refs.length > at && isBasicProxy(refs[at])) at++;
  }
  refs.splice(at, 0, r);
}
function checkReferent(o: PyObj): void {
  const t = typeOf(o);
  if (typeof o !== "object" || !takesWeakrefs(t)) throw typeError(`cannot create weak reference to '${t.name}' object`);
}
/** parse_weakref_init_args: (object[, callback]) by position; a None callback is no callback. */
function refArgs(fname: string, args: PyObj[]): [PyObj, PyObj] {
  if (args.length < 1) throw typeError(`${fname} expected at least 1 argument, got 0`);
  if (args.length > 2) throw typeError(`${fname} expected at most 2 arguments, got ${args.length}`);
  return [args[0], args[1] ?? None];
}
weakrefList.first = (o) => (typeof o === "object" ? refLists.get(o)?.[0] ?? None : None);
const W = (x: PyObj) => x as PyWeakRef;
defMethods(RefType, [
  ["__new__", (cls, args) => {
    // (keywords are left to __init__, which refuses them)
    const [o, callback] = refArgs("__new__", args);
    checkReferent(o);
    if (cls === RefType && callback === None) {
      const basic = refsOf(o)[0];
      if (basic !== undefined && isBasicRef(basic)) return basic;
    }
    const r = new PyWeakRef(cls as PyType, o, callback);
    if ((cls as PyType).hasDict) r.dict = new PyDict();
    addRef(o, r);
    return r;
  }],
  ["__init__", (_s, args, kw) => {
    if (kw && kw.length) throw typeError("ref() takes no keyword arguments");
    refArgs("__init__", args);
    return None;
  }],
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

/** weakref.proxy(object[, callback]) (PyWeakref_NewProxy): the shared proxy when there is no callback. */
function proxy(args: PyObj[], kw: readonly string[] | null): PyObj {
  if (kw && kw.length) throw typeError("proxy() takes no keyword arguments");
  const [o, callback] = refArgs("proxy", args);
  checkReferent(o);
  const refs = refsOf(o);
  if (callback === None) {
    const basic = refs.find(isBasicProxy);
    if (basic !== undefined) return basic;
  }
  // (PyCallable_Check picks the type)
  const p = new PyProxy(typeOf(o).lookup("__call__") !== undefined ? CallableProxyType : ProxyType, o, callback);
  addRef(o, p);
  return p;
}

export function makeWeakref(): PyModule {
  const m = new PyModule("_weakref");
  const d = m.dict;
  d.setStr("ref", RefType);
  d.setStr("ReferenceType", RefType);
  d.setStr("ProxyType", ProxyType);
  d.setStr("CallableProxyType", CallableProxyType);
  d.setStr("getweakrefcount", new PyBuiltinFunction("getweakrefcount", ([o]) => refsOf(o).length, m));
  d.setStr("getweakrefs", new PyBuiltinFunction("getweakrefs", ([o]) => new PyList(refsOf(o).slice()), m));
  d.setStr("proxy", new PyBuiltinFunction("proxy", proxy, m));
  d.setStr("_remove_dead_weakref", new PyBuiltinFunction("_remove_dead_weakref", () => None, m));
  return m;
}
export { typeCall, genericGetattr, noAttribute };
