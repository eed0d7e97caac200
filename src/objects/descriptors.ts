// property, classmethod, staticmethod and super (Objects/descrobject.c, funcobject.c,
// typeobject.c's super_getattro). super() without arguments is resolved by the VM (it reads
// __class__ and the first argument of the current frame) and reaches here as super(type, obj).
import { PyObject, type PyObj } from "./object.ts";
import { PyType } from "./type.ts";
import { ClassMethodType, PropertyType, StaticMethodType, SuperType, None, StrType } from "./builtin-types.ts";
import { attributeError, typeError } from "./exceptions.ts";
import { asStr, call, call1, callDescr, descrGet, genericGetattr, getattrOpt, noAttribute, repr, setattr, truthy, typeOf, argTypeName, isInstance } from "./protocols.ts";
import { PyMethod, asMembers, bindArgs, noKwargs, defGetters, defMethods, byArity } from "./function.ts";
import { dictDescr, newInstance } from "./typeobject.ts";

export class PyProperty extends PyObject {
  fget: PyObj = None;
  fset: PyObj = None;
  fdel: PyObj = None;
  doc: PyObj = None;
  /** __doc__ came from fget (getter_doc): getter() then takes the new getter's instead. */
  getterDoc = false;
  name: PyObj = None;
  constructor(cls: PyType = PropertyType) {
    super(cls);
  }
}
PropertyType.factory = (cls) => new PyProperty(cls);

export class PyClassMethod extends PyObject {
  constructor(public func: PyObj, cls: PyType = ClassMethodType) {
    super(cls);
  }
}
ClassMethodType.factory = (cls) => new PyClassMethod(None, cls);
export class PyStaticMethod extends PyObject {
  constructor(public func: PyObj, cls: PyType = StaticMethodType) {
    super(cls);
  }
}
StaticMethodType.factory = (cls) => new PyStaticMethod(None, cls);

export class PySuper extends PyObject {
  constructor(public type: PyType, public obj: PyObj, public objType: PyType | null, cls: PyType = SuperType) {
    super(cls);
  }
}
// (an instance of a super subclass is a PySuper too, so super's methods work on it)
SuperType.factory = (cls) => new PySuper(SuperType, None, null, cls);

const P = (x: PyObj) => x as PyProperty;
function propName(p: PyProperty): string {
  const n = p.name !== None ? asStr(p.name) : null;
  return n ?? "";
}
defMethods(PropertyType, [
  ["__init__", (s, args, kw) => {
    const [fget, fset, fdel, doc] = bindArgs("property", args, kw, ["fget", "fset", "fdel", "doc"], 0);
    const p = P(s);
    p.fget = fget ?? None;
    p.fset = fset ?? None;
    p.fdel = fdel ?? None;
    p.doc = doc ?? None;
    p.getterDoc = false;
    if ((doc === undefined || doc === None) && p.fget !== None) {
      const d = getattrOpt(p.fget, "__doc__");
      if (d !== undefined) {
        // a subclass's instance keeps it in its __dict__: the subclass's own __doc__ (its
        // docstring, or None) would shadow the member (without a __dict__: AttributeError)
        if (p.cls === PropertyType) p.doc = d;
        else setattr(p, "__doc__", d);
        p.getterDoc = true;
      }
    }
    if (p.fget !== None) {
      const n = getattrOpt(p.fget, "__name__");
      if (n !== undefined) p.name = n;
    }
    return None;
  }],
  ["__get__", (s, [obj]) => {
    const p = P(s);
    if (obj === None) return s;
    if (p.fget === None) throw attributeError(`unreadable attribute${propName(p) ? ` '${propName(p)}'` : ""}`);
    return call1(p.fget, obj);
  }, 1, 2],
  ["__set__", (s, [obj, v]) => {
    const p = P(s);
    if (p.fset === None) throw attributeError(`can't set attribute${propName(p) ? ` '${propName(p)}'` : ""}`);
    call(p.fset, [obj, v]);
    return None;
  }, 2, 2],
  ["__delete__", (s, [obj]) => {
    const p = P(s);
    if (p.fdel === None) throw attributeError(`can't delete attribute${propName(p) ? ` '${propName(p)}'` : ""}`);
    call(p.fdel, [obj]);
    return None;
  }, 1, 1],
  ["__set_name__", (s, args, kw) => {
    noKwargs("__set_name__", kw);
    if (args.length !== 2) throw typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
    P(s).name = args[1];
    return None;
  }],
  byArity("getter", (s, f) => copyProp(P(s), { fget: f })),
  byArity("setter", (s, f) => copyProp(P(s), { fset: f })),
  byArity("deleter", (s, f) => copyProp(P(s), { fdel: f })),
]);
function copyProp(p: PyProperty, ch: Partial<Record<"fget" | "fset" | "fdel", PyObj>>): PyObj {
  const t = typeOf(p);
  const fget = ch.fget ?? p.fget;
  // property_copy: a docstring of the old getter's gives way to the new getter's; one given stays
  const doc = p.getterDoc && fget !== None ? None : p.doc;
  const np = call(t, [fget, ch.fset ?? p.fset, ch.fdel ?? p.fdel, doc]);
  if (np instanceof PyProperty) np.name = p.name;
  return np;
}
defGetters(PropertyType, [
  ["fget", (s) => P(s).fget],
  ["fset", (s) => P(s).fset],
  ["fdel", (s) => P(s).fdel],
  ["__doc__", (s) => P(s).doc, (s, v) => (P(s).doc = v ?? None)],
  ["__isabstractmethod__", (s) => {
    for (const f of [P(s).fget, P(s).fset, P(s).fdel]) {
      const v = f === None ? undefined : getattrOpt(f, "__isabstractmethod__");
      if (v !== undefined && truthy(v)) return true;
    }
    return false;
  }],
]);
asMembers(PropertyType, ["fget", "fset", "fdel", "__doc__"]);

/** What staticmethod() and classmethod() copy from the callable they wrap. */
const WRAPPED_ATTRS = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];

for (const [T, isClass] of [[ClassMethodType, true], [StaticMethodType, false]] as const) {
  defMethods(T, [
    ["__init__", (s, args, kw) => {
      noKwargs(T.name, kw);
      if (args.length !== 1) throw typeError(`${T.name} expected 1 argument, got ${args.length}`);
      (s as PyClassMethod).func = args[0];
      // 3.10's functools_wraps: the wrapped callable's attributes, those it has, into __dict__
      // (the wrappers a class statement makes for __new__ and __init_subclass__ get none)
      for (const name of WRAPPED_ATTRS) {
        const v = getattrOpt(args[0], name);
        if (v !== undefined) setattr(s, name, v);
      }
      return None;
    }],
    ["__get__", (s, [obj, type]) => {
      const f = (s as PyClassMethod).func;
      if (!isClass) return f;
      // (cm_descr_get: the wrapped descriptor gets the class as both its instance and its owner)
      const cls = type === undefined || type === None ? typeOf(obj) : type;
      const get = f instanceof PyObject && f.cls.name !== "function" && f.cls.name !== "builtin_function_or_method" ? typeOf(f).lookup("__get__") : undefined;
      if (get !== undefined) return callDescr(get, f, [cls, cls]);
      return new PyMethod(f, cls);
    }, 1, 2],
  ]);
  // sm_repr and cm_repr (new in 3.10)
  defMethods(T, [["__repr__", (s) => `<${T.name}(${repr((s as PyClassMethod).func)})>`, 0, 0]]);
  if (!isClass) defMethods(T, [["__call__", (s, args, kw) => call((s as PyStaticMethod).func, args, kw)]]);
  defGetters(T, [
    ["__func__", (s) => (s as PyClassMethod).func],
    ["__isabstractmethod__", (s) => truthy(getattrOpt((s as PyClassMethod).func, "__isabstractmethod__") ?? false)],
    ["__wrapped__", (s) => (s as PyClassMethod).func],
  ]);
  T.ns.set("__dict__", dictDescr(T, false));
  asMembers(T, ["__func__", "__wrapped__"]);
  T.hasDict = true;
}

// ---- super ---------------------------------------------------------------------------------------
export function makeSuper(type: PyObj, obj: PyObj): PySuper {
  if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be type, not ${argTypeName(type)}`);
  if (obj === None) return new PySuper(type, None, null);
  let objType: PyType;
  if (obj instanceof PyType && obj.isSubtype(type)) objType = obj;
  else if (isInstance(obj, type)) objType = typeOf(obj);
  else {
    const c = getattrOpt(obj, "__class__");
    if (c instanceof PyType && c.isSubtype(type)) objType = c;
    else throw typeError("super(type, obj): obj must be an instance or subtype of type");
  }
  return new PySuper(type, obj, objType);
}
const SU = (x: PyObj) => x as PySuper;
defMethods(SuperType, [
  ["__new__", (cls, args) => {
    void args;
    return newInstance(cls as PyType);
  }],
  ["__getattribute__", (s, [n]) => {
    const name = asStr(n)!;
    const r = superGetattr(SU(s), name);
    if (r === undefined) throw attributeError(`'${typeOf(s).name}' object has no attribute '${name}'`);
    return r;
  }, 1, 1],
  // super_descr_get: an unbound super binds to obj; a subclass's instance by calling the subclass
  ["__get__", (s, [obj]) => {
    if (obj === None || SU(s).obj !== None) return s;
    return SU(s).cls === SuperType ? makeSuper(SU(s).type, obj) : call(SU(s).cls, [SU(s).type, obj]);
  }, 1, 2],
  ["__repr__", (s) => {
    const su = SU(s);
    if (su.objType) return `<super: <class '${su.type.name}'>, <${su.objType.name} object>>`;
    return `<super: <class '${su.type.name}'>, NULL>`;
  }, 0, 0],
]);
defGetters(SuperType, [
  ["__thisclass__", (s) => SU(s).type],
  ["__self__", (s) => SU(s).obj],
  ["__self_class__", (s) => SU(s).objType ?? None],
]);
asMembers(SuperType, ["__thisclass__", "__self__", "__self_class__"]);

export function superGetattr(su: PySuper, name: string): PyObj | undefined {
  const start = su.objType;
  if (start !== null && name !== "__class__") {
    const mro = start.mro;
    let i = mro.indexOf(su.type) + 1;
    for (; i > 0 && i < mro.length; i++) {
      const v = mro[i].ns.get(name);
      if (v !== undefined) return descrGet(v, su.obj === start ? null : su.obj, start);
    }
  }
  return genericGetattr(su, name);
}
StrType.ns.set("maketrans", new PyStaticMethod(StrType.ns.get("maketrans")!));
export { noAttribute, repr };

// ---- types.SimpleNamespace (Objects/namespaceobject.c) --------------------------------------------
// tp_name "types.SimpleNamespace" (messages show it), __name__/__qualname__ "SimpleNamespace"
NamespaceType.name = "types.SimpleNamespace";
NamespaceType.qualname = "SimpleNamespace";
NamespaceType.hasDict = true;
NamespaceType.factory = (cls) => {
  const o = new PyObject(cls);
  o.dict = new PyDict();
  return o;
};
defMethods(NamespaceType, [
  ["__init__", (s, args, kw) => {
    const nkw = kw ? kw.length : 0;
    if (args.length - nkw > 0) throw typeError(`no positional arguments expected`);
    for (let i = 0; i < nkw; i++) (s as PyObject).dict!.setStr(kw![i], args[i]);
    return None;
  }],
  ["__repr__", (s) => {
    const d = (s as PyObject).dict!;
    const name = typeOf(s) === NamespaceType ? "namespace" : typeOf(s).name;
    return reprGuardOf(s as PyObject, `${name}(...)`, () => `${name}(${d.entries().map((e) => `${asStr(e.key)}=${repr(e.value)}`).join(", ")})`);
  }, 0, 0],
  ["__eq__", (s, [o]) => (o instanceof PyObject && o.cls.isSubtype(NamespaceType) ? eqOf((s as PyObject).dict!, o.dict!) : NotImplementedRef), 1, 1],
  ["__reduce__", (s) => tupleOf([typeOf(s), tupleOf([]), (s as PyObject).dict!]), 0, 0],
]);
NamespaceType.ns.set("__hash__", None);
defGetters(NamespaceType, [["__dict__", (s) => ((s as PyObject).dict ??= new PyDict())]]);
import { NamespaceType, NotImplemented as NotImplementedRef } from "./builtin-types.ts";
import { PyDict } from "./dict.ts";
import { eq as eqOf } from "./protocols.ts";
import { reprGuard as reprGuardOf, tuple as tupleOf } from "./tuple.ts";
for (const T of [BytesTypeRef, ByteArrayTypeRef]) T.ns.set("maketrans", new PyStaticMethod(T.ns.get("maketrans")!));
import { BytesType as BytesTypeRef, ByteArrayType as ByteArrayTypeRef } from "./builtin-types.ts";
