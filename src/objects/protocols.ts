// The abstract object protocols (Objects/abstract.c, object.c): type of a value, attribute access
// with descriptors (PyObject_GenericGetAttr, type_getattro), calling, repr/str, hash, truth, len,
// iteration and subscripts. Builtin types keep their special methods as native descriptors in their
// namespaces, so one cached MRO lookup finds both native and user-defined special methods; hot
// cases (str keys, small ints, lists) are tested inline before the generic path.
import { PyObject, PyInstance, type PyObj } from "./object.ts";
import { PyType } from "./type.ts";
import * as T from "./builtin-types.ts";
import { None, NotImplemented } from "./builtin-types.ts";
import { PyBaseException, AttributeError, StopIteration, IndexError, RecursionError, OverflowError, TypeError as TypeErrorT, attributeError, typeError, newExc, valueError, exceptionTypes, toPyExc, MAX_GROWN_ITEMS, grownTooLong } from "./exceptions.ts";
import { PyBuiltinFunction, PyClassMethodDescr, PyFunction, PyGetSetDescr, PyMethod, PyMethodDescr, PyMethodWrapper, boundMethodFn } from "./function.ts";
import { vm, recursion } from "./hooks.ts";
import { PyComplexObj, PyFloat, PyIntSubclass, PyStrSubclass } from "./boxes.ts";
import { PyDict, instanceDict } from "./dict.ts";
import { PyTuple, containsIn } from "./tuple.ts";
import { PySet } from "./set.ts";
import { HI, LO, halves, halvesBig, hashInt, hashStr, intHashHalves, pointerHashHalves, setHalves, strHashHalves, tupleHash } from "../support/hash.ts";
import { PyList } from "./list.ts";
import { PyCell } from "./cell.ts";
import { PyIter, PAIRED } from "./iter.ts";
import { strContains } from "../support/text/str-search.ts";

/** How an argument's type is named in "f() argument 1 must be str, not X" (_PyArg_BadArgument, getargs' converterr): None by itself, else its type's name. */
export const argTypeName = (x: PyObj): string => (x === None ? "None" : typeOf(x).name);

/** PY_SSIZE_T_MAX of the 64-bit build dislab models (sys.maxsize). */
export const SSIZE_MAX = 0x7fffffffffffffffn;

export function typeOf(x: PyObj): PyType {
  switch (typeof x) {
    case "number":
    case "bigint":
      return T.IntType;
    case "string":
      return T.StrType;
    case "boolean":
      return T.BoolType;
    default:
      return x.cls;
  }
}

export const isInstance = (x: PyObj, t: PyType): boolean => typeOf(x).isSubtype(t);
export const isType = (x: PyObj): x is PyType => x instanceof PyType;

/** A JS string if x is a str or str subclass instance. */
export function asStr(x: PyObj): string | null {
  if (typeof x === "string") return x;
  if (x instanceof PyStrSubclass) return x.value;
  return null;
}
/** The int value of an int, bool or int subclass instance, else null. */
export function asInt(x: PyObj): number | bigint | null {
  switch (typeof x) {
    case "number":
    case "bigint":
      return x;
    case "boolean":
      return x ? 1 : 0;
    case "object":
      return x instanceof PyIntSubclass ? x.value : null;
  }
  return null;
}

// ---- calling ----------------------------------------------------------------------------------

export function call(f: PyObj, args: PyObj[], kwnames: readonly string[] | null = null): PyObj {
  if (f instanceof PyFunction) return vm.callFunction(f, undefined, args, kwnames);
  if (f instanceof PyBuiltinFunction) return f.fn(args, kwnames);
  if (f instanceof PyMethod) return f.func instanceof PyFunction ? vm.callFunction(f.func, f.self, args, kwnames) : call(f.func, [f.self, ...args], kwnames);
  if (f instanceof PyMethodDescr) {
    const nkw = kwnames ? kwnames.length : 0;
    if (f.name === "__new__") {
      const cls = args[0];
      if (args.length - nkw < 1) throw typeError(`${f.owner.name}.__new__(): not enough arguments`);
      if (!(cls instanceof PyType)) throw typeError(`${f.owner.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
      if (!cls.isSubtype(f.owner)) throw typeError(`${f.owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${f.owner.name}`);
      // tp_new_wrapper's check: the nearest type along __base__ whose __new__ is not Python code
      // must make its instances with this very __new__
      let staticBase: PyType | null = cls;
      let sn = cls.lookup("__new__");
      while (staticBase !== null && !(sn instanceof PyMethodDescr)) {
        staticBase = staticBase.base;
        sn = staticBase?.lookup("__new__");
      }
      // a builtin layout without a constructor (tp_new NULL: frames, iterators, re.Pattern) has
      // inherited object.__new__ only in name, so that is not its own either
      const noNew = f.owner === T.ObjectType && staticBase !== null && staticBase.solid !== T.ObjectType && staticBase.solid.factory === null;
      if (staticBase !== null && sn instanceof PyMethodDescr && (sn.fn !== f.fn || noNew)) throw typeError(`${f.owner.name}.__new__(${cls.name}) is not safe, use ${staticBase.name}.__new__()`);
      return f.fn(cls, args.slice(1), kwnames);
    }
    if (args.length - nkw < 1) {
      if (f.cls === T.WrapperDescrType) throw typeError(`descriptor '${f.name}' of '${f.owner.name}' object needs an argument`);
      throw typeError(`unbound method ${f.owner.qualname}.${f.name}() needs an argument`);
    }
    const self = args[0];
    if (!isInstance(self, f.owner)) throw wrongSelf(f, self);
    if (nkw && f.varargs) throw typeError(`${f.owner.qualname}.${f.name}() takes no keyword arguments`);
    return f.fn(self, args.slice(1), kwnames);
  }
  const t = typeOf(f);
  const c = t.lookup("__call__");
  if (c === undefined) throw typeError(`'${t.name}' object is not callable`);
  return callDescr(c, f, args, kwnames);
}

/** call(f, [x]): a Python function of one plain parameter gets its frame without an argument array. */
export function call1(f: PyObj, x: PyObj): PyObj {
  return f instanceof PyFunction ? vm.callFunction1(f, undefined, x) : call(f, [x]);
}

/** callDescr(d, self, [x]): a Python function taking exactly (self, x) gets its frame without an argument array. */
export function callDescr1(d: PyObj, self: PyObj, x: PyObj): PyObj {
  return d instanceof PyFunction ? vm.callFunction1(d, self, x) : callDescr(d, self, [x]);
}

/** descr_check's error: a builtin type's descriptor `name` used on an object that is no instance of `owner`. */
export function notApplicable(name: string, owner: PyType, obj: PyObj): PyBaseException {
  return typeError(`descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${typeOf(obj).name}' object`);
}

/** A builtin method called on an object that is no instance of its type. */
export function wrongSelf(f: PyMethodDescr, self: PyObj): PyBaseException {
  // a slot wrapper (wrapperdescr_call) words it otherwise than a method descriptor (descr_check)
  if (f.cls === T.WrapperDescrType) return typeError(`descriptor '${f.name}' requires a '${f.owner.name}' object but received a '${typeOf(self).name}'`);
  return notApplicable(f.name, f.owner, self);
}

/** Calls a special method found on the type with `self` bound (no bound-method allocation). */
export function callDescr(d: PyObj, self: PyObj, args: PyObj[], kwnames: readonly string[] | null = null): PyObj {
  if (d instanceof PyMethodDescr) {
    // a builtin's method put in an unrelated class (`__eq__ = str.__eq__` in an int subclass)
    const owner = d.owner;
    if (owner !== T.ObjectType && d.name !== "__new__") {
      const t = typeOf(self);
      if (t !== owner && !t.isSubtype(owner)) throw wrongSelf(d, self);
    }
    return d.fn(self, args, kwnames);
  }
  if (d instanceof PyFunction) return vm.callFunction(d, self, args, kwnames);
  return call(descrGet(d, self, typeOf(self)), args, kwnames);
}

/** The special method `name` of type(x), or undefined (lookups never consult the instance). */
export const special = (x: PyObj, name: string): PyObj | undefined => typeOf(x).lookup(name);

export function callSpecial(x: PyObj, name: string, args: PyObj[]): PyObj | undefined {
  const d = typeOf(x).lookup(name);
  if (d === undefined) return undefined;
  return callDescr(d, x, args);
}

export function callMethod(obj: PyObj, name: string, args: PyObj[], kwnames: readonly string[] | null = null): PyObj {
  return call(getattr(obj, name), args, kwnames);
}

// ---- descriptors --------------------------------------------------------------------------------

export function isDataDescr(d: PyObj): boolean {
  if (d instanceof PyGetSetDescr) return true;
  if (typeof d !== "object" || d instanceof PyFunction || d instanceof PyMethodDescr) return false;
  const t = d.cls;
  return t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined;
}

/** descr.__get__(obj, type); obj is null for access through the class. */
export function descrGet(d: PyObj, obj: PyObj | null, type: PyType): PyObj {
  if (typeof d !== "object") return d;
  if (d instanceof PyFunction) return obj === null ? d : new PyMethod(d, obj);
  if (d instanceof PyMethodDescr) {
    if (obj === null || d.name === "__new__") return d;
    if (d.cls === T.WrapperDescrType) return new PyMethodWrapper(d.owner, d.name, (a, k) => d.fn(obj, a, k), obj);
    // (a bound builtin method's __qualname__ names its __self__'s type, a subclass's too: meth_get__qualname__)
    const t = typeOf(obj);
    return new PyBuiltinFunction(d.name, boundMethodFn(d, obj, t), obj, `${t.qualname}.${d.name}`);
  }
  if (d instanceof PyClassMethodDescr) {
    return new PyBuiltinFunction(d.name, (a, k) => d.fn(type, a, k), type, `${type.qualname}.${d.name}`);
  }
  if (d instanceof PyGetSetDescr) {
    if (obj === null) return d;
    if (!d.get) throw attributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not readable`);
    return d.get(obj);
  }
  const g = d.cls.lookup("__get__");
  if (g === undefined) return d;
  return callDescr(g, d, [obj === null ? None : obj, type]);
}

// ---- attributes ---------------------------------------------------------------------------------

/**
 * PyObject_GetAttr's set_attribute_error_context: an AttributeError escaping an attribute read,
 * whoever raised it (a __getattr__, a __getattribute__, a property's getter), gets the name and
 * the object read, which the uncaught-exception display uses for its "Did you mean" suggestion.
 */
export function attributeErrorContext(e: unknown, obj: PyObj, name: string): void {
  if (e instanceof PyBaseException && e.cls.isSubtype(AttributeError)) {
    e.set("name", name);
    e.set("obj", obj);
  }
}

/** getattr(obj, name); throws AttributeError. */
export function getattr(obj: PyObj, name: string): PyObj {
  const r = getattrFound(obj, name);
  // (thrown outside getattrFound's try: a rethrow costs V8 a second throw, and noAttribute has set name and obj)
  if (r === undefined) throw noAttribute(obj, name);
  return r;
}

/** getattr, but undefined where it would raise noAttribute(obj, name) itself. */
export function getattrFound(obj: PyObj, name: string): PyObj | undefined {
  try {
    return lookupAttr(obj, name);
  } catch (e) {
    attributeErrorContext(e, obj, name);
    throw e;
  }
}

/**
 * The attribute, or undefined where the generic lookups find none; __getattribute__ and
 * __getattr__ of the program's own raise instead. getattrOpt (hasattr, getattr with a default)
 * then makes no AttributeError it would only drop, as _PyObject_LookupAttr avoids making one.
 */
function lookupAttr(obj: PyObj, name: string): PyObj | undefined {
  const t = typeOf(obj);
  const ga = t.lookup("__getattribute__");
  if (ga !== undefined && ga !== typeGetattribute && !isGenericGetattribute(ga)) {
    try {
      return callDescr1(ga, obj, name);
    } catch (e) {
      const gt = t.lookup("__getattr__");
      if (gt !== undefined && e instanceof PyBaseException && e.cls.isSubtype(AttributeError)) return callDescr1(gt, obj, name);
      throw e;
    }
  }
  const gt = t.lookup("__getattr__");
  let r: PyObj | undefined;
  if (gt === undefined) r = ga === typeGetattribute ? typeGetattr(obj as PyType, name) : genericGetattr(obj, name, t);
  else {
    // slot_tp_getattr_hook: an AttributeError from the lookup itself (a property's getter, say)
    // also falls back on __getattr__
    try {
      r = ga === typeGetattribute ? typeGetattr(obj as PyType, name) : genericGetattr(obj, name, t);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtype(AttributeError)) return callDescr1(gt, obj, name);
      throw e;
    }
    if (r === undefined) return callDescr1(gt, obj, name);
  }
  return r;
}

/** getattr that returns undefined instead of raising AttributeError. */
export function getattrOpt(obj: PyObj, name: string): PyObj | undefined {
  try {
    return lookupAttr(obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(AttributeError)) return undefined;
    throw e;
  }
}

/**
 * _PyModuleSpec_IsInitializing: the module's __spec__._initializing is true while its code runs
 * (importlib's _load_unlocked); any error reading it counts as false.
 */
export function moduleInitializing(d: PyDict | null): boolean {
  const spec = d?.getStr("__spec__");
  if (spec === undefined || spec === None) return false;
  try {
    const v = getattrOpt(spec, "_initializing");
    return v !== undefined && truthy(v);
  } catch {
    return false;
  }
}

/** module_getattro's message (the "partially initialized" one while the module's code runs). */
export function moduleNoAttribute(d: PyDict | null, name: string): string {
  const mn = d?.getStr("__name__");
  if (typeof mn !== "string") return `module has no attribute '${name}'`;
  if (moduleInitializing(d)) return `partially initialized module '${mn}' has no attribute '${name}' (most likely due to a circular import)`;
  return `module '${mn}' has no attribute '${name}'`;
}

/**
 * The AttributeError of a failed lookup; `generic` gives PyObject_GenericGetAttr's text (what
 * object.__getattribute__ raises) for classes and modules too, in place of their own getattro's.
 */
export function noAttribute(obj: PyObj, name: string, generic = false): PyBaseException {
  let e: PyBaseException;
  if (generic) e = attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`);
  else if (obj instanceof PyType) e = attributeError(`type object '${obj.name}' has no attribute '${name}'`);
  else if (obj instanceof PyObject && obj.cls === T.ModuleType) e = attributeError(moduleNoAttribute((obj as PyObject).dict, name));
  else e = attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`);
  e.set("name", name);
  e.set("obj", obj);
  return e;
}

/** PyObject_GenericGetAttr without the __getattr__ fallback: undefined when absent. */
/**
 * A data descriptor that takes precedence over an instance's __dict__ when read: one with a __get__
 * (a descriptor with __set__ alone is overridden by the instance's own value, as in
 * PyObject_GenericGetAttr).
 */
function readsFirst(d: PyObject): boolean {
  return d instanceof PyGetSetDescr || (isDataDescr(d) && d.cls.lookup("__get__") !== undefined);
}

export function genericGetattr(obj: PyObj, name: string, t: PyType = typeOf(obj)): PyObj | undefined {
  let d = t.lookup(name);
  // a slot wrapper a base owns may be one CPython gives t itself ([].__getattribute__ is list's):
  // the type's dict settles on its first read through the type, or here
  if (!t.dictSettled && d instanceof PyMethodDescr && d.cls === T.WrapperDescrType && d.owner !== t) {
    PyType.settle(t);
    d = t.lookup(name);
  }
  if (d !== undefined && typeof d === "object" && !(d instanceof PyFunction) && !(d instanceof PyMethodDescr) && readsFirst(d)) return descrGet(d, obj, t);
  if (typeof obj === "object") {
    const dict = obj.dict;
    if (dict !== null) {
      const v = dict.getStr(name);
      if (v !== undefined) return v;
    }
    if (obj instanceof PyInstance && obj.slots) {
      // slot members are data descriptors handled above; nothing here
    }
  }
  if (d !== undefined) return descrGet(d, obj, t);
  return undefined;
}

/**
 * object.__getattribute__(cls, name): PyObject_GenericGetAttr on a class, whose instance dict is its
 * own namespace (not its MRO's) and whose type is its metaclass; pydoc's _getowndoc reads a
 * class's own __doc__ so, past a metaclass's docstring.
 */
export function classGetattrAsInstance(c: PyType, name: string): PyObj | undefined {
  const meta = c.cls;
  const d = meta.lookup(name);
  if (d !== undefined && typeof d === "object" && readsFirst(d)) return descrGet(d, c, meta);
  const own = c.ns.get(name);
  if (own !== undefined) return own;
  return d === undefined ? undefined : descrGet(d, c, meta);
}

/** type.__getattribute__ (type_getattro): metatype data descriptors, then the MRO, then the rest. */
export function typeGetattr(t: PyType, name: string): PyObj | undefined {
  if (!t.dictSettled) PyType.settle(t);
  const meta = t.cls;
  const md = meta.lookup(name);
  if (md !== undefined && typeof md === "object" && readsFirst(md)) return descrGet(md, t, meta);
  const d = t.lookup(name);
  if (d !== undefined) {
    if (typeof d !== "object" || d instanceof PyType) return d;
    if (d instanceof PyMethodDescr && d.name === "__new__") return boundNew(d);
    if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyGetSetDescr) return d;
    return descrGet(d, null, t);
  }
  if (md !== undefined) return descrGet(md, t, meta);
  return undefined;
}

const boundNews = new WeakMap<PyMethodDescr, PyBuiltinFunction>();
/** tp_new_wrapper's docstring (typeobject.c's tp_new_methoddef). */
const NEW_DOC = "__new__($type, *args, **kwargs)\n--\n\nCreate and return a new object.  See help(type) for accurate signature.";
/**
 * `int.__new__` as CPython shows it: a builtin method bound to the type that defines it
 * (tp_new_wrapper, `__self__` is int), one object per type so `C.__new__ is object.__new__` holds.
 * copyreg's _reduce_ex walks the MRO comparing `base.__new__.__self__` with each base.
 */
export function boundNew(d: PyMethodDescr): PyBuiltinFunction {
  let f = boundNews.get(d);
  if (f === undefined) {
    f = new PyBuiltinFunction("__new__", (a, k) => call(d, a, k), d.owner, `${d.owner.qualname}.__new__`, NEW_DOC);
    boundNews.set(d, f);
  }
  return f;
}

export function setattr(obj: PyObj, name: string, value: PyObj | undefined): void {
  const t = typeOf(obj);
  const sa = t.lookup(value === undefined ? "__delattr__" : "__setattr__");
  if (sa !== undefined && sa !== typeSetattr && sa !== typeDelattr && !isGenericSetattr(sa)) {
    callDescr(sa, obj, value === undefined ? [name] : [name, value]);
    return;
  }
  if (obj instanceof PyType) {
    if (!obj.heap) throw typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    const md = obj.cls.lookup(name);
    if (md !== undefined && isDataDescr(md)) return descrSet(md, obj, value);
    if (value === undefined && !obj.ns.has(name)) throw attributeError(name);
    obj.setAttr(name, value);
    return;
  }
  genericSetattr(obj, name, value, t);
}

export function genericSetattr(obj: PyObj, name: string, value: PyObj | undefined, t: PyType = typeOf(obj)): void {
  const d = t.lookup(name);
  if (d !== undefined && typeof d === "object" && isDataDescr(d)) return descrSet(d, obj, value);
  if (typeof obj === "object" && (obj.dict !== null || (t.hasDict && !(obj instanceof PyType)))) {
    // (an object with a __dict__ slot says just the name, whether or not its dict exists yet)
    if (value === undefined) {
      if (obj.dict === null || !obj.dict.delStr(name)) throw attributeError(name);
    } else (obj.dict ??= instanceDict(obj)).setStr(name, value);
    return;
  }
  if (d === undefined) {
    if (t.heap || t === T.ObjectType || typeof obj !== "object") throw noAttribute(obj, name);
    throw noAttribute(obj, name);
  }
  throw attributeError(`'${t.name}' object attribute '${name}' is read-only`);
}

function descrSet(d: PyObj, obj: PyObj, value: PyObj | undefined): void {
  if (d instanceof PyGetSetDescr) {
    if (!d.set) throw attributeError(d.cls.name === "member_descriptor" ? "readonly attribute" : `attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    d.set(obj, value);
    return;
  }
  const m = typeOf(d).lookup(value === undefined ? "__delete__" : "__set__");
  if (m === undefined) throw attributeError(value === undefined ? "__delete__" : "__set__");
  callDescr(m, d, value === undefined ? [obj] : [obj, value]);
}

// Filled by object.ts/type.ts method tables: identity tells "not overridden". A builtin type whose C
// type sets tp_getattro/tp_setattro to the generic functions has its own wrapper of them
// (type-dicts.ts: `list.__getattribute__`, BaseException's __setattr__), which shares object's
// function: the fast paths accept those too.
export let objectGetattribute: PyObj | undefined;
export let typeGetattribute: PyObj | undefined;
export let objectSetattr: PyObj | undefined;
export let objectDelattr: PyObj | undefined;
export let typeSetattr: PyObj | undefined;
export let typeDelattr: PyObj | undefined;
let genericGetattributeFn: unknown;
let genericSetattrFn: unknown;
let genericDelattrFn: unknown;
/** Whether `ga`, a type's __getattribute__, is PyObject_GenericGetAttr (object's wrapper or a builtin type's copy). */
export function isGenericGetattribute(ga: PyObj | undefined): boolean {
  return ga === objectGetattribute || (ga instanceof PyMethodDescr && ga.fn === genericGetattributeFn);
}
/** Whether `sa`, a type's __setattr__ or __delattr__, is PyObject_GenericSetAttr (object's wrapper or a builtin type's copy). */
export function isGenericSetattr(sa: PyObj | undefined): boolean {
  return sa === objectSetattr || sa === objectDelattr || (sa instanceof PyMethodDescr && (sa.fn === genericSetattrFn || sa.fn === genericDelattrFn));
}
export function registerDefaultAttrMethods(): void {
  objectGetattribute = T.ObjectType.ns.get("__getattribute__");
  genericGetattributeFn = (objectGetattribute as PyMethodDescr).fn;
  genericSetattrFn = (T.ObjectType.ns.get("__setattr__") as PyMethodDescr).fn;
  genericDelattrFn = (T.ObjectType.ns.get("__delattr__") as PyMethodDescr).fn;
  typeGetattribute = T.TypeType.ns.get("__getattribute__");
  objectSetattr = T.ObjectType.ns.get("__setattr__");
  objectDelattr = T.ObjectType.ns.get("__delattr__");
  typeSetattr = T.TypeType.ns.get("__setattr__");
  typeDelattr = T.TypeType.ns.get("__delattr__");
}

// ---- repr, str, hash, truth ------------------------------------------------------------------

export function repr(x: PyObj): string {
  return asStr(reprObject(x))!;
}
/** PyObject_Repr: what __repr__ returned, a str or an instance of a str subclass (repr(x) returns it as it is). */
export function reprObject(x: PyObj): PyObj {
  const r = reprObj(x);
  if (asStr(r) === null) throw typeError(`__repr__ returned non-string (type ${typeOf(r).name})`);
  return r;
}
/** What type(x).__repr__ returns, unchecked (object.__str__ calls the tp_repr slot so). */
export function reprObj(x: PyObj): PyObj {
  if (typeof x === "string" || typeof x === "number") return callDescr(typeOf(x).lookup("__repr__")!, x, []);
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    throw newExc(RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
  }
  const where = recursion.where;
  recursion.where = " while getting the repr of an object";
  try {
    const d = typeOf(x).lookup("__repr__")!;
    return callDescr(d, x, []);
  } catch (e) {
    tagOverflow(e, " while getting the repr of an object");
    throw e;
  } finally {
    recursion.where = where;
    recursion.depth--;
  }
}

export function str(x: PyObj): string {
  if (typeof x === "string") return x;
  // int's str is its decimal digits (a safe integer's String never uses an exponent)
  if (typeof x === "number") return String(x);
  return asStr(strObject(x))!;
}

/** PyObject_Str: what __str__ returned, which may be an instance of a str subclass (str(x) returns it as it is). */
export function strObject(x: PyObj): PyObj {
  if (typeof x === "string") return x;
  if (typeof x === "number") return String(x);
  const d = typeOf(x).lookup("__str__")!;
  let r: PyObj;
  // PyObject_Str's Py_EnterRecursiveCall
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    throw newExc(RecursionError, "maximum recursion depth exceeded while getting the str of an object");
  }
  const where = recursion.where;
  recursion.where = " while getting the str of an object";
  try {
    r = callDescr(d, x, []);
  } catch (e) {
    tagOverflow(e, " while getting the str of an object");
    throw e;
  } finally {
    recursion.where = where;
    recursion.depth--;
  }
  if (asStr(r) === null) throw typeError(`__str__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

/** hash(x) as a JS bigint (64-bit CPython's value). */
export function hash(x: PyObj): bigint {
  // exact str, int and tuple, whose __hash__ no class can change, without the lookup and call
  if (typeof x === "string") return hashStr(x);
  if (typeof x === "number") return hashInt(x);
  if (x instanceof PyTuple && x.cls === T.TupleType) return hashItems(x.items);
  return hashByType(x);
}

/** tuplehash of these items (a tuple's, a range's or a union's parts), each item hashed as hash() would, without a bigint per item. */
export function hashItems(items: readonly PyObj[]): bigint {
  tupleHash(items, hashHalves);
  return halvesBig(halves[HI], halves[LO]);
}

/** hash(x) into `halves` (support/hash.ts), without a bigint for a str, int, bool or exact tuple of them. */
export function hashHalves(x: PyObj): void {
  if (typeof x === "string") strHashHalves(x);
  else if (typeof x === "number") intHashHalves(x);
  else if (typeof x === "boolean") intHashHalves(x ? 1 : 0);
  else if (x instanceof PyTuple && x.cls === T.TupleType) tupleHash(x.items, hashHalves);
  else if (typeof x === "object" && identityHash.descr !== null && typeOf(x).lookup("__hash__") === identityHash.descr) pointerHashHalves(identityHash.idOf(x));
  else setHalves(hashByType(x));
}

/**
 * object.__hash__ and id() (typeobject.ts sets them): an object whose type keeps object's __hash__
 * (classes, functions, instances of classes without __eq__) hashes by its id without the call.
 */
export const identityHash = { descr: null as PyObj | null, idOf: (_x: PyObj): number => 0 };

/** hash(x) through its type's __hash__. */
function hashByType(x: PyObj): bigint {
  const t = typeOf(x);
  const d = t.lookup("__hash__");
  if (d === undefined || d === None) throw typeError(`unhashable type: '${t.name}'`);
  const r = callDescr(d, x, []);
  const v = asInt(r);
  if (v === null) throw typeError("__hash__ method should return an integer");
  const b = BigInt(v);
  if (b >= -(1n << 63n) && b < 1n << 63n) return b === -1n ? -2n : b;
  // CPython reduces an out-of-range __hash__ result modulo 2**61-1 as hash(int) does.
  const m = (1n << 61n) - 1n;
  const r2 = (b < 0n ? -b : b) % m;
  return b < 0n ? (r2 === 1n ? -2n : -r2) : r2;
}

export function truthy(x: PyObj): boolean {
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return x !== 0;
    case "string":
      return x.length !== 0;
    case "bigint":
      return true;
  }
  if (x === None) return false;
  const t = x.cls;
  // exact types only: a subclass may define __bool__ or __len__ (an exact set or frozenset is a
  // PySet: set.ts, which imports this module)
  if (t === T.SetType || t === T.FrozenSetType) return (x as unknown as { used: number }).used !== 0;
  if ((x instanceof PyList && x.cls === T.ListType) || (x instanceof PyTuple && x.cls === T.TupleType)) return x.items.length !== 0;
  if (x instanceof PyDict && x.cls === T.DictType) return x.size !== 0;
  if (x instanceof PyFloat && x.cls === T.FloatType) return x.value !== 0;
  const b = t.lookup("__bool__");
  if (b !== undefined) {
    const r = callDescr(b, x, []);
    if (typeof r !== "boolean") throw typeError(`__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  const l = t.lookup("__len__");
  if (l !== undefined) return exactLenOf(x, l) !== 0;
  return true;
}

// ---- sequences and mappings --------------------------------------------------------------------

export function len(x: PyObj): number {
  if (typeof x === "string") return strLen(x);
  if ((x instanceof PyList && x.cls === T.ListType) || (x instanceof PyTuple && x.cls === T.TupleType)) return x.items.length;
  const l = typeOf(x).lookup("__len__");
  if (l === undefined) throw typeError(`object of type '${typeOf(x).name}' has no len()`);
  return lenOf(x, l);
}
/** PyNumber_Check: an int, float or complex, or an object whose class has __index__, __int__ or __float__. */
export function isNumber(x: PyObj): boolean {
  const t = typeof x;
  if (t === "number" || t === "bigint" || t === "boolean" || x instanceof PyFloat || x instanceof PyComplexObj) return true;
  if (t === "string") return false;
  const ty = typeOf(x);
  return ty.lookup("__index__") !== undefined || ty.lookup("__int__") !== undefined || ty.lookup("__float__") !== undefined;
}

/**
 * PyObject_LengthHint: len(x), else x's __length_hint__() (NotImplemented, or a TypeError from
 * either, gives `dflt`), checked as CPython checks it. Any Py_ssize_t is a valid hint, so one past
 * 2**53 comes back exactly, as a bigint.
 */
export function lengthHint(x: PyObj, dflt: number | bigint): number | bigint {
  const t = typeOf(x);
  const l = t.lookup("__len__");
  if (l !== undefined) {
    try {
      return exactLenOf(x, l);
    } catch (e) {
      if (!isTypeError(e)) throw e;
    }
  }
  const h = t.lookup("__length_hint__");
  if (h === undefined) return dflt;
  let r: PyObj;
  try {
    r = callDescr(h, x, []);
  } catch (e) {
    if (isTypeError(e)) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  const v = asInt(r);
  if (v === null) throw typeError(`__length_hint__ must be an integer, not ${typeOf(r).name}`);
  if (typeof v === "bigint" && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
  if (v < 0) throw valueError("__length_hint__() should return >= 0");
  return v;
}
/** Whether a caught error is (or converts to) a Python TypeError. */
export const isTypeError = (e: unknown): boolean => toPyExc(e).cls.isSubtype(TypeErrorT);

/**
 * The items list(x), list.extend(x), tuple(x) and `[*x]` take (list_extend, PySequence_Tuple):
 * those of an exact list or tuple, else x's iteration, after x's length hint, which CPython sizes
 * the result with (a class's __len__ or __length_hint__ runs, and its errors propagate); `sizing`
 * receives that hint.
 */
export function iterableItems(x: PyObj, sizing?: { hint: number }): PyObj[] {
  if ((x instanceof PyList && x.cls === T.ListType) || (x instanceof PyTuple && x.cls === T.TupleType)) return x.items.slice();
  const it = iter(x);
  // (a builtin type's hint has nothing to observe: asked only when a list's capacity needs it)
  if (sizing !== undefined) sizing.hint = Number(lengthHint(x, 8));
  else if (typeOf(x).heap) lengthHint(x, 8);
  return drain(it);
}

/** The values iterator `it` has left, in a new array (growth stopped at MAX_GROWN_ITEMS with MemoryError). */
function drain(it: PyObj): PyObj[] {
  const out: PyObj[] = [];
  for (let v = next(it); v !== undefined; v = next(it)) if (out.push(v) > MAX_GROWN_ITEMS) grownTooLong(out);
  return out;
}

let strLen: (s: string) => number = (s) => s.length;
export const setStrLen = (f: (s: string) => number) => (strLen = f);

function lenOf(x: PyObj, l: PyObj): number {
  const v = exactLenOf(x, l);
  // (a length past 2**53 fits CPython's Py_ssize_t but not the JS number the caller counts with)
  if (typeof v === "bigint") throw newExc(OverflowError, "cannot fit 'int' into an index-sized integer");
  return v;
}

/** __len__'s result up to sys.maxsize, as the Python int len() returns (a bigint past 2**53). */
function exactLenOf(x: PyObj, l: PyObj): number | bigint {
  const r = callDescr(l, x, []);
  const v = asInt(r) ?? (typeOf(r).lookup("__index__") !== undefined ? asInt(callDescr(typeOf(r).lookup("__index__")!, r, [])) : null);
  if (v === null) throw typeError(`'${typeOf(r).name}' object cannot be interpreted as an integer`);
  if (v < 0) throw valueError("__len__() should return >= 0");
  if (typeof v === "bigint" && v > SSIZE_MAX) throw newExc(OverflowError, "cannot fit 'int' into an index-sized integer");
  return v;
}

/** The builtin len(): as len(), but lengths past 2**53 (a range's, a __len__'s) come back exactly. */
export function lenExact(x: PyObj): number | bigint {
  if (typeof x === "string") return strLen(x);
  if ((x instanceof PyList && x.cls === T.ListType) || (x instanceof PyTuple && x.cls === T.TupleType)) return x.items.length;
  const l = typeOf(x).lookup("__len__");
  if (l === undefined) throw typeError(`object of type '${typeOf(x).name}' has no len()`);
  return exactLenOf(x, l);
}

/**
 * PySequence_Size (bisect's hi): lenExact, but the length of a builtin mapping (mp_length without
 * sq_length: dict and its builtin subclasses, mappingproxy) is "X is not a sequence". A class
 * statement's type inheriting it gets sq_length too (slot_sq_length), so it is sized.
 */
export function sequenceLenExact(x: PyObj): number | bigint {
  const t = typeOf(x);
  const l = t.heap ? undefined : t.lookup("__len__");
  if (l instanceof PyMethodDescr && [T.DictType, T.MappingProxyType].some((m) => (m.ns.get("__len__") as PyMethodDescr | undefined)?.fn === l.fn)) throw typeError(`${t.name} is not a sequence`);
  return lenExact(x);
}

export function getitem(obj: PyObj, key: PyObj): PyObj {
  const t = typeOf(obj);
  const g = t.lookup("__getitem__");
  if (g !== undefined) return callDescr1(g, obj, key);
  if (obj instanceof PyType) {
    if (obj === T.TypeType) return genericAlias(obj, key);
    const cg = obj.lookup("__class_getitem__");
    if (cg !== undefined) return call(descrGet(cg, null, obj), [key]);
  }
  throw typeError(`'${t.name}' object is not subscriptable`);
}
let genericAlias: (t: PyType, key: PyObj) => PyObj = () => None;
export const setGenericAlias = (f: typeof genericAlias) => (genericAlias = f);

export function setitem(obj: PyObj, key: PyObj, value: PyObj): void {
  const t = typeOf(obj);
  const s = t.lookup("__setitem__");
  if (s === undefined) throw typeError(`'${t.name}' object does not support item assignment`);
  callDescr(s, obj, [key, value]);
}

export function delitem(obj: PyObj, key: PyObj): void {
  const t = typeOf(obj);
  const s = t.lookup("__delitem__");
  if (s === undefined) throw typeError(`'${t.name}' object does not support item deletion`);
  callDescr1(s, obj, key);
}

export function contains(container: PyObj, item: PyObj): boolean {
  // (str in str, what str.__contains__ answers, without its lookup and call)
  if (typeof container === "string" && typeof item === "string") return strContains(container, item);
  // (what the exact builtin containers' own __contains__ answer, without its lookup, argument
  // array and call; a set as a key of a set goes that way, to be retried as a frozenset)
  if (typeof container === "object") {
    const ct = container.cls;
    if (ct === T.DictType) return (container as PyDict).get(item) !== undefined;
    if (ct === T.ListType || ct === T.TupleType) return containsIn(container as PyList | PyTuple, item);
    if ((ct === T.SetType || ct === T.FrozenSetType) && !(item instanceof PySet)) return (container as PySet).has(item);
  }
  const t = typeOf(container);
  const c = t.lookup("__contains__");
  if (c === None) throw typeError(`'${t.name}' object is not a container`);
  if (c !== undefined) return truthy(callDescr1(c, container, item));
  // any TypeError of iter() (None for __iter__, a non-iterator returned) reads as "not iterable"
  let it: PyObj | null;
  try {
    it = iterOrNull(container);
  } catch (e) {
    if (isTypeError(e)) throw typeError(`argument of type '${t.name}' is not iterable`);
    throw e;
  }
  if (it === null) throw typeError(`argument of type '${t.name}' is not iterable`);
  for (let v = next(it); v !== undefined; v = next(it)) if (v === item || eq(v, item)) return true;
  return false;
}

// ---- iteration ---------------------------------------------------------------------------------

/** A native iterator: `step` returns the next value or undefined when exhausted. */
export { PyIter, PAIRED };

export function iter(x: PyObj): PyObj {
  const it = iterOrNull(x);
  if (it === null) throw typeError(`'${typeOf(x).name}' object is not iterable`);
  return it;
}

/** PyIter_Check: an object with __next__ (a native iterator has its step). */
export const isIterator = (x: PyObj): boolean => x instanceof PyIter || typeOf(x).lookup("__next__") !== undefined;

export function iterOrNull(x: PyObj): PyObj | null {
  const t = typeOf(x);
  const f = t.lookup("__iter__");
  if (f !== undefined && f !== None) {
    const it = callDescr(f, x, []);
    if (!isIterator(it)) throw typeError(`iter() returned non-iterator of type '${typeOf(it).name}'`);
    return it;
  }
  if (f === undefined && isSequenceType(t)) return new PySeqIter(x);
  return null;
}

/**
 * Whether t has a sequence item slot (sq_item), what iter() falls back to: a __getitem__ that is not
 * a builtin type's mapping subscript (a class statement's __getitem__ fills both slots). A class
 * statement's type inheriting a builtin mapping subscript gets sq_item too (slot_sq_item) when that
 * is a plain method (dict's METH_COEXIST __getitem__), not when it is a slot wrapper (GenericAlias's).
 */
export function isSequenceType(t: PyType): boolean {
  const g = t.lookup("__getitem__");
  if (g === undefined) return false;
  if (!(g instanceof PyMethodDescr && g.owner.subscriptOnly)) return true;
  return t.heap && g.cls !== T.WrapperDescrType;
}

/**
 * Native types whose sequence item (sq_item) is not their subscript (mp_subscript): mmap's m[i]
 * is an int but iterating yields bytes of length 1, as sq_item gives them. Only the type itself:
 * a class statement's subclass gets slot_sq_item, which calls __getitem__ (the subscript's
 * wrapper is what it finds), so its items are ints.
 */
const seqItems = new Map<PyType, (s: PyObj, i: number | bigint) => PyObj>();
export const setSeqItem = (t: PyType, f: (s: PyObj, i: number | bigint) => PyObj): void => void seqItems.set(t, f);

/** PySequence_GetItem's call of sq_item for an index >= 0 (iteration, reversed()). */
export function seqItem(s: PyObj, i: number | bigint): PyObj {
  const f = seqItems.size > 0 ? seqItems.get(typeOf(s)) : undefined;
  return f !== undefined ? f(s, i) : getitem(s, i);
}

/** PySequence_GetItem for an index >= 0: TypeError for a mapping or an object without __getitem__. */
export function sequenceGetItem(s: PyObj, i: number | bigint): PyObj {
  const t = typeOf(s);
  if (!isSequenceType(t)) throw typeError(t.lookup("__getitem__") !== undefined ? `${t.name} is not a sequence` : `'${t.name}' object does not support indexing`);
  return seqItem(s, i);
}

/** The iterator of an object with __getitem__ only (seqiterobject): seq is null once exhausted. */
export class PySeqIter extends PyIter {
  /** it_index, a Py_ssize_t: a bigint once __setstate__ has put it past 2**53. */
  i: number | bigint = 0;
  constructor(public seq: PyObj | null) {
    super(T.iterTypes.seq, null!, null);
    this.step = () => this.next1();
  }
  /** iter_iternext: the index moves on only past an item got (an error leaves it for the next call). */
  next1(): PyObj | undefined {
    if (this.seq === null) return undefined;
    const i = this.i;
    if (i === SSIZE_MAX) throw newExc(OverflowError, "iter index too large");
    let v: PyObj;
    try {
      v = seqItem(this.seq, i);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.isSubtype(IndexError) || e.cls.isSubtype(StopIteration))) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
    this.i = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : BigInt(i) + 1n;
    return v;
  }
}

/** next(it): the value, or undefined when the iterator is exhausted (StopIteration is consumed). */
export function next(it: PyObj): PyObj | undefined {
  // (a Python subclass of a native iterator type (enumerate, zip, map, ...) may override __next__)
  if (it instanceof PyIter && !it.cls.heap) {
    // a StopIteration out of a native iterator's step (a filter's __bool__, a map's function) ends
    // it, as PyIter_Next and list() take a NULL tp_iternext with StopIteration set
    try {
      return it.step();
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtype(StopIteration)) {
        lastStopValue = e.get("value");
        return undefined;
      }
      throw e;
    }
  }
  // a generator is resumed directly, without __next__'s StopIteration at its end
  if (it instanceof PyObject && it.cls === T.GeneratorType) return vm.genNext(it);
  const t = typeOf(it);
  const n = t.lookup("__next__");
  if (n === undefined) throw typeError(`'${t.name}' object is not an iterator`);
  try {
    return callDescr(n, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(StopIteration)) {
      lastStopValue = e.get("value");
      return undefined;
    }
    throw e;
  }
}
/** The value of the StopIteration that ended the last next() (for yield from on non-generators). */
export let lastStopValue: PyObj = None;
export const setLastStopValue = (v: PyObj) => (lastStopValue = v);

/** Every item of an iterable, as a JS array (list(x) without the list). */
/** The items of x; `notIterable` replaces a TypeError of iter(x) (PySequence_Fast's message, as str.join's "can only join an iterable"). */
export function toArray(x: PyObj, notIterable?: string): PyObj[] {
  // a subclass may define __iter__ (list(x) copies only exact lists and tuples directly)
  if ((x instanceof PyList && x.cls === T.ListType) || (x instanceof PyTuple && x.cls === T.TupleType)) return x.items.slice();
  let it: PyObj;
  if (notIterable === undefined) it = iter(x);
  else {
    try {
      it = iter(x);
    } catch (e) {
      throw isTypeError(e) ? typeError(notIterable) : e;
    }
  }
  return drain(it);
}

// ---- comparison --------------------------------------------------------------------------------

export const enum Cmp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}
const cmpNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const cmpSwapped = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];
const cmpSymbols = ["<", "<=", "==", "!=", ">", ">="];

/** The answer to `op` given a three-way comparison result c (NaN: unordered, only != holds). */
export const cmpResult = (c: number, op: Cmp): boolean => {
  if (Number.isNaN(c)) return op === Cmp.NE;
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.EQ: return c === 0;
    case Cmp.NE: return c !== 0;
    case Cmp.GT: return c > 0;
    default: return c >= 0;
  }
};

/**
 * Marks a JS stack overflow with the operation it happened in, so that the RecursionError it
 * becomes carries CPython's suffix (Py_EnterRecursiveCall's `where`): the innermost tag wins.
 */
export function tagOverflow(e: unknown, where: string): void {
  if (e instanceof Error && (e as { pyWhere?: string }).pyWhere === undefined && /Maximum call stack size exceeded/.test(e.message)) (e as { pyWhere?: string }).pyWhere = where;
}

/** PyObject_RichCompare with the reflected-operand rule (a subclass's method first). */
export function richCompare(a: PyObj, b: PyObj, op: Cmp): PyObj {
  if (typeof a === "object" && typeof b === "object") {
    if (++recursion.depth > recursion.limit) {
      recursion.depth--;
      throw newExc(RecursionError, "maximum recursion depth exceeded in comparison");
    }
    const where = recursion.where;
    recursion.where = " in comparison";
    try {
      return richCompare1(a, b, op);
    } catch (e) {
      tagOverflow(e, " in comparison");
      throw e;
    } finally {
      recursion.where = where;
      recursion.depth--;
    }
  }
  return richCompare1(a, b, op);
}
/**
 * A comparison method called as slot_tp_richcompare calls it: when it is a descriptor other than
 * a function whose __get__ raises, lookup_maybe_method's error is cleared and the method counts
 * as absent (NotImplemented); what the method itself raises propagates.
 */
export function callCmp(f: PyObj, self: PyObj, other: PyObj): PyObj {
  if (f instanceof PyMethodDescr || f instanceof PyFunction) return callDescr1(f, self, other);
  let bound: PyObj;
  try {
    bound = descrGet(f, self, typeOf(self));
  } catch (e) {
    if (e instanceof PyBaseException) return NotImplemented;
    throw e;
  }
  return call(bound, [other]);
}

function richCompare1(a: PyObj, b: PyObj, op: Cmp): PyObj {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtype(ta)) {
    const f = tb.lookup(cmpNames[cmpSwapped[op]]);
    if (f !== undefined) {
      checkedReverse = true;
      const r = callCmp(f, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const f = ta.lookup(cmpNames[op]);
  if (f !== undefined) {
    const r = callCmp(f, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const g = tb.lookup(cmpNames[cmpSwapped[op]]);
    if (g !== undefined) {
      const r = callCmp(g, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === Cmp.EQ) return a === b;
  if (op === Cmp.NE) return a !== b;
  throw typeError(`'${cmpSymbols[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** a == b as a JS boolean, with identity first (as containers compare). */
export function eq(a: PyObj, b: PyObj): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === typeof b && (ta === "string" || ta === "number")) return false;
  return truthy(richCompare(a, b, Cmp.EQ));
}

/**
 * str ordering: by code point, as unicode_compare does. JS's `<` orders UTF-16 units, which differs
 * only where both strings have a unit >= 0xD800 at their first difference (an astral character's
 * surrogates sort below U+E000..U+FFFF as units, above them as code points).
 */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  if (x < 0xd800 || y < 0xd800) return x - y;
  // A low surrogate after an equal high one: the code points start one unit earlier.
  const j = i > 0 && isHigh(a.charCodeAt(i - 1)) && (isLow(x) || isLow(y)) ? i - 1 : i;
  return codePointAt(a, j) - codePointAt(b, j);
}
const isHigh = (u: number) => u >= 0xd800 && u < 0xdc00;
const isLow = (u: number) => u >= 0xdc00 && u < 0xe000;
/** The code point starting at unit j: a surrogate pair, or the unit itself. */
function codePointAt(s: string, j: number): number {
  const u = s.charCodeAt(j);
  if (isHigh(u) && j + 1 < s.length && isLow(s.charCodeAt(j + 1))) return 0x10000 + ((u - 0xd800) << 10) + (s.charCodeAt(j + 1) - 0xdc00);
  return u;
}

export function lt(a: PyObj, b: PyObj): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strCompare(a, b) < 0;
  return truthy(richCompare(a, b, Cmp.LT));
}

export { PyCell };

/** PyErr_WarnEx from native code: a warning of the builtin `category` through _warnings (an error if a filter says so). */
export function warnEx(category: string, message: string, stacklevel = 1): void {
  call(getattr(vm.importModule("_warnings"), "warn"), [message, exceptionTypes.get(category)!, stacklevel]);
}
