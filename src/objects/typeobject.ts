// object and type (Objects/typeobject.c): object's default methods, type's attribute handling,
// calling a type (type_call: __new__ then __init__), class creation (type_new: metaclass and
// layout checks, __slots__, __set_name__, __init_subclass__, __classcell__), and id().
import { packedSlots } from "../support/v8-shapes.ts";
import { TYPE_FLAGS } from "./type-flags-data.ts";
import { TYPE_SIGNATURES } from "./type-signatures-data.ts";
import { textSignatureFromInternalDoc } from "./funcobject.ts";
import { PyInstance, PyObject, type PyObj } from "./object.ts";
import { PyType, MroConflict, computeMro, invalidateType, setNonStrKey } from "./type.ts";
import { ObjectType, TypeType, None, NotImplemented, MappingProxyType, BoolType, StrType, ModuleType } from "./builtin-types.ts";
import { attributeError, newExc, typeError, TypeError as TypeErrorT, RuntimeError } from "./exceptions.ts";
import {
  asStr, call, callDescr, descrGet, reprObj, genericGetattr, classGetattrAsInstance, genericSetattr, getattr, isInstance, noAttribute, registerDefaultAttrMethods, repr,
  richCompare, str, strObject, typeGetattr, typeOf, argTypeName, toArray, Cmp, truthy, boundNew, callMethod, identityHash,
} from "./protocols.ts";
import { PyClassMethodDescr, PyFunction, PyGetSetDescr, PyMethodDescr, asMembers, bindArgs, defGetters, defMethods, PyBuiltinFunction, type NativeMethod, byArity12 } from "./function.ts";
import { PyDict, dictMergeEntries, instanceDict } from "./dict.ts";
import { PyTuple, tuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { PyCell } from "./cell.ts";
import { PyBytesObj, PyStrSubclass } from "./boxes.ts";
import { PyStaticMethod, PyClassMethod } from "./descriptors.ts";
import { hashPointer } from "../support/hash.ts";
import { heapTypeSizes, typeSizes } from "./type-sizes.ts";
import { vm } from "./hooks.ts";
import { objectReduce, objectReduceEx, staticBase } from "./object-reduce.ts";
import { normInt, strIsIdentifier } from "../support/text/index.ts";

// ---- identity -----------------------------------------------------------------------------------
/**
 * The fake addresses id() hands out, assigned on first request. Each interpreter owns one (set by
 * setInterp), so a run's ids depend only on the run: the stepper's replays of a program, each a
 * fresh interpreter, see the same id()s. Objects that outlive an interpreter (builtin types,
 * None) get a fresh address in the next one, still unique within it.
 */
export class IdSpace {
  readonly ids = new WeakMap<object, number>();
  readonly prim = new Map<unknown, number>();
  next = 0x7f0000001000;
}
let space = new IdSpace();
const defaultSpace = space;
/** Makes `s` the id space of what runs next (null: the one used outside any interpreter). */
export function setIdSpace(s: IdSpace | null): void {
  space = s ?? defaultSpace;
}
/** id(x): a stable fake address (16-byte aligned), assigned on first request. */
export function idOf(x: PyObj): number {
  const sp = space;
  if (typeof x === "object") {
    let v = sp.ids.get(x);
    if (v === undefined) {
      v = sp.next += 48;
      sp.ids.set(x, v);
    }
    return v;
  }
  if (typeof x === "boolean") return x ? 0x955f40 : 0x955f20;
  let v = sp.prim.get(x);
  if (v === undefined) {
    v = sp.next += 48;
    if (sp.prim.size < 100000) sp.prim.set(x, v);
  }
  return v;
}
export const addr = (x: PyObj): string => `0x${idOf(x).toString(16)}`;

// ---- object ------------------------------------------------------------------------------------
export function newInstance(cls: PyType): PyObject {
  const o = cls.solid.factory ? cls.solid.factory(cls) : new PyInstance(cls);
  // Instances of classes whose only builtin base is object get their __dict__ when the first
  // attribute is stored, as CPython's do (the attribute paths take null as empty): an instance
  // never given one (a context manager, a sentinel) allocates none, and pickles with state None.
  // The builtin types with a __dict__ (AST nodes, SimpleNamespace, ...) keep making it here.
  if (cls.hasDict && o.dict === null && staticBase(cls) !== ObjectType) o.dict = new PyDict();
  return o;
}
ObjectType.factory = (cls) => {
  const o = new PyInstance(cls);
  // a class with __slots__: its instances' stores then write the slot array directly (attr-cache.ts)
  if (cls.slotNames !== null && cls.slotNames.length !== 0) newSlots(o);
  return o;
};

/**
 * PyType_GenericNew, and the tp_new of builtin types that only allocate (list, dict, set, property,
 * deque, the io classes, ...): a blank instance whatever the arguments; __init__ does the rest.
 * Unlike object.__new__ it neither checks excess arguments nor abstract methods, as CPython's.
 */
export const genericNew: NativeMethod = (cls) => newInstance(cls as PyType);
/**
 * Gives a builtin type its own `__new__` (genericNew unless `fn` is given), as CPython's type_ready
 * puts a tp_new wrapper in the dict of each static type that sets tp_new: `list.__dict__['__new__']`
 * exists, `list.__new__ is not object.__new__`, and `object.__new__(list)` is "not safe".
 */
export function ownNew(t: PyType, fn: NativeMethod = genericNew): void {
  if (!t.ns.has("__new__")) t.setAttr("__new__", new PyMethodDescr(t, "__new__", fn, true));
}

const objInit = () => ObjectType.ns.get("__init__");
const objNew = () => ObjectType.ns.get("__new__");
function excessArgs(args: PyObj[], kw: readonly string[] | null): boolean {
  return args.length > 0 || (kw !== null && kw.length > 0);
}

/**
 * type_repr: `<class 'module.qualname'>`; without a module (a class whose `__module__` is gone or
 * not a str) or in builtins, `<class 'tp_name'>`, which for a class is its `__name__`, not its
 * `__qualname__`.
 */
export function typeRepr(t: PyType): string {
  const m = t.moduleName;
  if (t.heap && (m === "builtins" || typeof t.ns.get("__module__") !== "string")) return `<class '${t.name}'>`;
  return m === "builtins" ? `<class '${t.qualname}'>` : `<class '${m}.${t.qualname}'>`;
}

/**
 * hackcheck: object.__setattr__ and __delattr__ do not apply to classes, whose type sets
 * attributes its own way (type_setattro), so `object.__setattr__(str, ...)` cannot bypass it.
 */
function hackcheck(self: PyObj, what: string): void {
  if (self instanceof PyType) throw typeError(`can't apply this ${what} to ${typeOf(self).name} object`);
}

defMethods(ObjectType, [
  ["__new__", (cls, args, kw) => {
    if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeOf(cls).name})`);
    // A builtin layout without a constructor (tp_new NULL in CPython: frames, generators,
    // descriptors...), which type.__call__ refuses whatever the arguments
    if (cls.solid !== ObjectType && cls.solid.factory === null) throw typeError(`cannot create '${cls.name}' instances`);
    if (excessArgs(args, kw)) {
      if (cls.lookup("__new__") !== objNew()) throw typeError("object.__new__() takes exactly one argument (the type to instantiate)");
      if (cls.lookup("__init__") === objInit()) throw typeError(`${cls.name}() takes no arguments`);
    }
    const abs = cls.lookup("__abstractmethods__");
    if (abs !== undefined && abs !== None && truthy(abs) && !(abs instanceof PyGetSetDescr)) {
      // ", ".join(sorted(__abstractmethods__)): list.sort's comparisons and str.join's item check
      // (a name that is no str is join's TypeError), as object_new builds the message
      const names = new PyList(toArray(abs));
      callMethod(names, "sort", []);
      const joined = str(callMethod(", ", "join", [names]));
      throw typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.items.length > 1 ? "s" : ""} ${joined}`);
    }
    return newInstance(cls);
  }],
  ["__init__", (self, args, kw) => {
    if (excessArgs(args, kw)) {
      const t = typeOf(self);
      if (t.lookup("__init__") !== objInit()) throw typeError("object.__init__() takes exactly one argument (the instance to initialize)");
      if (t.lookup("__new__") === objNew()) throw typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
    }
    return None;
  }],
  ["__repr__", (self) => {
    const t = typeOf(self);
    const m = t.moduleName;
    return `<${m === "builtins" ? "" : m + "."}${t.qualname} object at ${addr(self)}>`;
  }, 0, 0],
  ["__str__", (self) => reprObj(self), 0, 0],
  ["__hash__", (self) => normInt(hashPointer(BigInt(idOf(self)))), 0, 0],
  ["__eq__", (self, [o]) => (self === o ? true : NotImplemented), 1, 1],
  ["__ne__", (self, [o]) => {
    const eq = typeOf(self).lookup("__eq__");
    if (eq === undefined) return NotImplemented;
    // (the type's tp_richcompare for ==: an __eq__ whose __get__ raises counts as absent)
    const r = callCmp(eq, self, o);
    return r === NotImplemented ? r : !truthy(r);
  }, 1, 1],
  ["__lt__", () => NotImplemented, 1, 1],
  ["__le__", () => NotImplemented, 1, 1],
  ["__gt__", () => NotImplemented, 1, 1],
  ["__ge__", () => NotImplemented, 1, 1],
  ["__getattribute__", (self, [n]) => {
    const name = attrName(n);
    const r = self instanceof PyType ? classGetattrAsInstance(self, name) : genericGetattr(self, name);
    if (r === undefined) throw noAttribute(self, name, true);
    return r;
  }, 1, 1],
  ["__setattr__", (self, [n, v]) => {
    hackcheck(self, "__setattr__");
    genericSetattr(self, attrName(n), v);
    return None;
  }, 2, 2],
  ["__delattr__", (self, [n]) => {
    hackcheck(self, "__delattr__");
    genericSetattr(self, attrName(n), undefined);
    return None;
  }, 1, 1],
  ["__format__", (self, [spec]) => {
    const s = asStr(spec);
    if (s === null) throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
    if (s !== "") throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
    return strObject(self);
  }, 1, 1],
  ["__dir__", (self) => new PyList(objectDir(self)), 0, 0],
  ["__sizeof__", (self) => {
    // object___sizeof__: tp_basicsize, plus tp_itemsize for each item of a variable-size object
    // (Py_SIZE: of the types that leave __sizeof__ to object, a tuple's and a bytes' are known here)
    const [basicsize, itemsize] = typeSizes(typeOf(self));
    if (itemsize === 0) return basicsize;
    return basicsize + itemsize * (self instanceof PyTuple ? self.items.length : self instanceof PyBytesObj ? self.bytes.length : 0);
  }, 0, 0],
  ["__reduce_ex__", (self, [proto]) => objectReduceEx(self, proto), 1, 1],
  ["__reduce__", objectReduce, 0, 0],
]);
identityHash.descr = ObjectType.ns.get("__hash__")!;
identityHash.idOf = idOf;
ObjectType.ns.set("__init_subclass__", new PyClassMethodDescr(ObjectType, "__init_subclass__", (_cls, args, kw) => {
  // (METH_NOARGS: keywords refused first, then positional arguments, naming the class it is bound to)
  const fname = `${(_cls as PyType).qualname}.__init_subclass__`;
  if (kw && kw.length) throw typeError(`${fname}() takes no keyword arguments`);
  if (args.length) throw typeError(`${fname}() takes no arguments (${args.length} given)`);
  return None;
}));
ObjectType.ns.set("__subclasshook__", new PyClassMethodDescr(ObjectType, "__subclasshook__", () => NotImplemented));
ObjectType.ns.set("__doc__", "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n");
defGetters(ObjectType, [
  ["__class__", (self) => typeOf(self), (self, v) => {
    if (v === undefined) throw typeError("can't delete __class__ attribute");
    if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeOf(v).name}' object`);
    const old = typeOf(self);
    if (!(old.isSubtype(ModuleType) && v.isSubtype(ModuleType)) && !(old.heap && v.heap)) {
      throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    checkCompatible(old, v, "__class__");
    (self as PyObject).cls = v;
  }],
]);

import { callCmp, getattrOpt, strCompare } from "./protocols.ts";

function attrName(n: PyObj): string {
  const s = asStr(n);
  if (s === null) throw typeError(`attribute name must be string, not '${typeOf(n).name}'`);
  return s;
}

export function objectDir(self: PyObj): PyObj[] {
  const names = new Set<PyObj>();
  // object.__dir__ reads self.__dict__ and self.__class__ as attributes: a property may stand
  // for either, and an unset __class__ slot leaves just the dict's keys
  const d = getattrOpt(self, "__dict__");
  if (d instanceof PyDict) for (const k of d.keys()) names.add(k);
  const cls = getattrOpt(self, "__class__");
  if (cls instanceof PyType) for (const t of cls.mro) for (const k of t.ns.keys()) names.add(k);
  return sortedNames(names);
}
/**
 * Names for __dir__, sorted when they are all str; keys of other types (which a type() namespace
 * or an instance dict may hold) are left in order for dir()'s sort to compare, and fail, as CPython's.
 */
function sortedNames(names: Set<PyObj>): PyObj[] {
  const r = [...names];
  for (const k of r) if (typeof k !== "string") return r;
  return (r as string[]).sort(cpCmp);
}
export const cpCmp = strCompare;

// ---- type --------------------------------------------------------------------------------------
/** type.__call__: __new__ then __init__ when the result is an instance. */
function ctorOf(t: PyType): CtorCache {
  return (t.ctor as CtorCache | null) ?? (t.ctor = ctorCache(t));
}

/**
 * The Python __init__ a call of type `t` runs after object.__new__ made a plain instance
 * (newInstance), when that is all the call does; null otherwise (typeCall decides).
 */
export function plainInit(t: PyType): PyFunction | null {
  return t.cls === TypeType ? ctorOf(t).init : null;
}

/** typeCall with one positional argument, through the __new__'s form for one argument when it has one. */
export function typeCall1(t: PyType, x: PyObj): PyObj {
  if (t === TypeType) return typeOf(x);
  const c = ctorOf(t);
  const nn = c.nativeNew;
  if (nn === null || nn.fn1 === null) return typeCall(t, [x], null);
  const obj = nn.fn1(t, x);
  if (typeOf(obj) !== t) return initAfterNew(t, obj, [x], null);
  if (c.nativeInit !== null) initResult(c.nativeInit.fn(obj, [x], null));
  return obj;
}

export function typeCall(t: PyType, args: PyObj[], kw: readonly string[] | null): PyObj {
  if (t === TypeType) {
    // type_vectorcall and type_call: type(x) (no keywords), else three arguments
    const npos = args.length - (kw ? kw.length : 0);
    if (npos === 1) {
      if (npos === args.length) return typeOf(args[0]);
      throw typeError("type() takes no keyword arguments");
    }
    if (npos !== 3) throw typeError("type() takes 1 or 3 arguments");
  }
  const c = ctorOf(t);
  const nn = c.nativeNew;
  if (nn !== null) {
    const obj = nn.fn(t, args, kw);
    if (typeOf(obj) !== t) return initAfterNew(t, obj, args, kw);
    // (object's __init__ does nothing after a __new__ that is not object's)
    if (c.nativeInit !== null) initResult(c.nativeInit.fn(obj, args, kw));
    return obj;
  }
  if (c.plain && (c.init !== null || !excessArgs(args, kw))) {
    const obj = newInstance(t);
    if (c.init === null) return obj;
    initResult(vm.callFunction(c.init, obj, args, kw));
    return obj;
  }
  const nf = t.lookup("__new__");
  if (nf === undefined) throw typeError(`cannot create '${t.name}' instances`);
  let obj: PyObj;
  if (nf instanceof PyMethodDescr) obj = nf.fn(t, args, kw);
  else obj = call(descrGet(nf, null, t), [t, ...args], kw);
  return initAfterNew(t, obj, args, kw);
}

/** What __init__ returned: None, or it is a TypeError. */
export function initResult(r: PyObj): void {
  if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
}

/** The rest of type.__call__ once __new__ made obj: its type's __init__ when obj is an instance of t. */
function initAfterNew(t: PyType, obj: PyObj, args: PyObj[], kw: readonly string[] | null): PyObj {
  if (!isInstance(obj, t)) return obj;
  const init = typeOf(obj).lookup("__init__");
  if (init !== undefined && init !== objInit()) {
    initResult(callDescr(init, obj, args, kw));
  } else if (init === objInit() && excessArgs(args, kw) && t.lookup("__new__") === objNew()) {
    throw typeError(`${t.name}() takes no arguments`);
  }
  return obj;
}

/**
 * What type.__call__ does for t, worked out once per version of t (invalidateType drops it). `plain`: object.__new__ makes the
 * instances (no __new__ of its own along the MRO, an instance layout, no abstract methods) and
 * __init__ is a Python function (`init`) or object's own (null), so a call is newInstance plus that
 * __init__. `nativeNew`: a builtin type's __new__ (str(x), int(x), tuple(x), ValueError(x),
 * list(x)), and `nativeInit` the builtin __init__ that follows it (null: object's, which does
 * nothing), so a call that makes an exact instance of t is those two functions alone.
 */
export class CtorCache {
  constructor(
    readonly plain: boolean,
    readonly init: PyFunction | null,
    readonly nativeNew: PyMethodDescr | null,
    readonly nativeInit: PyMethodDescr | null = null,
  ) {}
}

function ctorCache(t: PyType): CtorCache {
  const init = t.lookup("__init__");
  const nf = t.lookup("__new__");
  if (t === TypeType) return new CtorCache(false, null, null);
  if (nf instanceof PyMethodDescr && nf !== objNew()) {
    if (nf.fn !== genericNew && init === objInit()) return new CtorCache(false, null, nf);
    // (an __init__ taken from an unrelated builtin type refuses t's instances: callDescr says so)
    if (init instanceof PyMethodDescr && init !== objInit() && t.isSubtype(init.owner)) return new CtorCache(false, null, nf, init);
  }
  const abs = t.lookup("__abstractmethods__");
  const plain = (nf === objNew() || (nf instanceof PyMethodDescr && nf.fn === genericNew)) && t.solid.factory !== null && (abs === undefined || abs === None) && (init === objInit() || init instanceof PyFunction);
  return new CtorCache(plain, plain && init instanceof PyFunction ? init : null, null);
}

function calculateMeta(meta: PyType, bases: PyType[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = b.cls;
    if (winner.isSubtype(bt)) continue;
    if (bt.isSubtype(winner)) {
      winner = bt;
      continue;
    }
    throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}


/**
 * Builtin types whose instances take weak references, by name as dislab spells it (CPython 3.10's
 * types with a tp_weaklistoffset); class statements decide their own (PyType.weakrefable).
 */
const WEAKREFABLE = new Set([
  "type", "function", "builtin_function_or_method", "method", "code", "module", "set", "frozenset", "generator", "coroutine",
  "async_generator", "memoryview", "functools.partial", "functools._lru_cache_wrapper", "collections.deque", "collections.OrderedDict",
  "array.array", "itertools._tee", "re.Pattern", "_thread.lock", "_thread.RLock", "_thread._local", "_struct.Struct", "types.GenericAlias",
  "_io._IOBase", "_io._RawIOBase", "_io._BufferedIOBase", "_io._TextIOBase", "_io.FileIO", "_io.BytesIO", "_io.StringIO",
  "_io.BufferedReader", "_io.BufferedWriter", "_io.BufferedRandom", "_io.BufferedRWPair", "_io.TextIOWrapper",
  "_asyncio.Future", "_asyncio.Task", "_queue.SimpleQueue", "mmap.mmap",
]);

/** Whether weakref.ref() takes instances of `t`. */
export function takesWeakrefs(t: PyType): boolean {
  return t.heap ? t.weakrefable : WEAKREFABLE.has(t.name);
}


/** The oldest weak reference to an object, or None: its __weakref__. builtins/weakref.ts, which keeps them, sets `first`. */
export const weakrefList = { first: (_o: PyObj): PyObj => None };
const firstWeakref = (o: PyObj): PyObj => weakrefList.first(o);

/**
 * An instance's __dict__ attribute, made at the first read. A class's instances may delete theirs
 * (subtype_dict/subtype_setdict: the next read makes a new one); builtin objects with a __dict__
 * may not (PyObject_GenericSetDict, which has no docstring).
 */
export function dictDescr(owner: PyType, deletable: boolean): PyGetSetDescr {
  const d = new PyGetSetDescr(owner, "__dict__", (self) => {
    const builtin = deletable ? builtinDict(self) : undefined;
    return builtin !== undefined ? builtin.get!(self) : ((self as PyObject).dict ??= instanceDict(self as PyObject));
  }, (self, v) => {
    const builtin = deletable ? builtinDict(self) : undefined;
    if (builtin !== undefined) {
      if (builtin.set === null) throw attributeError(builtin.cls === MemberDescrType ? "readonly attribute" : `attribute '__dict__' of '${builtin.owner.name}' objects is not writable`);
      return builtin.set(self, v);
    }
    if (v === undefined && !deletable) throw typeError("cannot delete __dict__");
    if (v !== undefined && !(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    (self as PyObject).dict = v ?? null;
  });
  if (deletable) d.doc = "dictionary for instance variables (if defined)";
  return d;
}

/**
 * get_builtin_base_with_dict: a class's __dict__ descriptor applied to an object whose layout is a
 * builtin type's with a __dict__ of its own (a class whose metaclass also derives from that class:
 * its type's) defers to that type's descriptor: `type`'s is read-only.
 */
function builtinDict(self: PyObj): PyGetSetDescr | undefined {
  const base = staticBase(typeOf(self));
  if (base === ObjectType) return undefined;
  const d = base.lookup("__dict__");
  return d instanceof PyGetSetDescr ? d : undefined;
}

/**
 * A type's name becomes a C string (tp_name): it must encode as UTF-8 (a lone surrogate raises
 * the codec's UnicodeEncodeError) and hold no NUL.
 */
function checkTypeName(name: string): void {
  if (/[\ud800-\udfff]/.test(name)) callMethodOf(name, "encode", []);
  if (name.includes("\0")) throw newExc(errValue(), "type name must not contain null characters");
}

/** type(name, bases, dict) with metatype `meta` (type_new). */
/** type.mro(): the C3 linearisation of t's bases (mro_implementation), its errors TypeErrors. */
function c3Mro(t: PyType): PyType[] {
  if (t.bases.length > 1) {
    const seen = new Set<PyType>();
    for (const b of t.bases) {
      if (seen.has(b)) throw typeError(`duplicate base class ${b.name}`);
      seen.add(b);
    }
  }
  try {
    return computeMro(t);
  } catch (e) {
    if (e instanceof MroConflict) throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${e.names.join(", ")}`);
    throw e;
  }
}
function hasCustomMro(t: PyType): boolean {
  const meta = typeOf(t);
  if (meta === TypeType) return false;
  const m = meta.lookup("mro");
  return m !== undefined && m !== TypeType.ns.get("mro");
}
/** t's MRO as mro_internal makes it: its metaclass's own mro() (checked as mro_check does) or C3. */
function mroOf(t: PyType): PyType[] {
  if (!hasCustomMro(t)) return c3Mro(t);
  const order = toArray(callDescr(typeOf(t).lookup("mro")!, t, []));
  for (const c of order) {
    if (!(c instanceof PyType)) throw typeError(`mro() returned a non-class ('${typeOf(c).name}')`);
    if (!t.solid.isSubtype(c.solid)) throw typeError(`mro() returned base with unsuitable layout ('${c.name}')`);
  }
  return order as PyType[];
}

export function typeNew(meta: PyType, name: string, basesObj: PyObj, ns: PyDict, kwnames: readonly string[] | null = null, kwvals: PyObj[] = []): PyType {
  const baseItems = basesObj instanceof PyTuple ? basesObj.items : [];
  for (const b of baseItems) if (!(b instanceof PyType) && getattrOpt(b, "__mro_entries__") !== undefined) {
    throw typeError("type() doesn't support MRO entry resolution; use types.new_class()");
  }
  for (const b of baseItems) if (!(b instanceof PyType)) {
    throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  const bases = (baseItems.length ? baseItems : [ObjectType]) as PyType[];
  const winner = calculateMeta(meta, bases);
  if (winner !== meta) {
    const nf = winner.lookup("__new__");
    if (nf !== undefined && nf !== TypeType.ns.get("__new__")) return call(descrGet(nf, null, winner), [winner, name, basesObj, ns]) as PyType;
    meta = winner;
  }
  // tp_base: the base whose layout this type extends
  const base = bestBase(bases);
  // __slots__, checked before anything else about the new type (type_new_slots precedes the MRO)
  const slots = ns.getStr("__slots__");
  let hasDict = slots === undefined ? true : bases.some((b) => b.hasDict);
  // a weak reference list is added unless tp_base has one or its instances vary in size, as are
  // the other bases' when they have one (type_new_slots)
  // (instances that vary in size, tp_itemsize != 0, get no weak reference list and no nonempty __slots__)
  const varSize = typeSizes(base)[1] !== 0;
  const mayAddWeak = !takesWeakrefs(base) && !varSize;
  let addWeak = slots === undefined && mayAddWeak;
  const slotNames: string[] = [];
  if (slots !== undefined) {
    // (a single str is one name, checked like the items of any other iterable)
    const names = (asStr(slots) !== null ? [slots] : toArray(slots)).map((s) => {
      const n = asStr(s);
      if (n === null) throw typeError(`__slots__ items must be strings, not '${typeOf(s).name}'`);
      if (!strIsIdentifier(n)) throw typeError("__slots__ must be identifiers");
      return n;
    });
    if (names.length !== 0 && varSize) throw typeError(`nonempty __slots__ not supported for subtype of '${base.name}'`);
    let ownDict = false;
    for (const n of names) {
      if (n === "__dict__") {
        if (base.hasDict || ownDict) throw typeError("__dict__ slot disallowed: we already got one");
        ownDict = hasDict = true;
      }
      else if (n === "__weakref__") {
        if (!mayAddWeak || addWeak) throw typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        addWeak = true;
      } else {
        // a private name is mangled, as `self.__a` in the class's methods is (_Py_Mangle)
        const stripped = name.replace(/^_+/, "");
        const slot = n.startsWith("__") && !n.endsWith("__") && !n.includes(".") && stripped !== "" ? `_${stripped}${n}` : n;
        // (the compiler puts __qualname__ and __classcell__ in every namespace that needs them; they are taken out below)
        if (ns.getStr(slot) !== undefined && slot !== "__qualname__" && slot !== "__classcell__") {
          throw newExc(errValue(), `'${slot}' in __slots__ conflicts with class variable`);
        }
        slotNames.push(slot);
      }
    }
  }
  checkTypeName(name);
  // (a str __doc__ is copied to tp_doc as UTF-8 too)
  const doc = ns.getStr("__doc__");
  if (typeof doc === "string" && /[\ud800-\udfff]/.test(doc)) callMethodOf(doc, "encode", []);
  const solid = base.solid;
  // its MRO comes once the namespace is in (PyType_Ready follows type_new_set_attrs)
  const t = new PyType(meta, name, bases, null, false);
  t.heap = true;
  t.classDoc = doc === undefined ? null : asStr(doc);
  // __base__ is the best base (int for class C(B, int)), not merely the first, and instances are
  // made as its are (the constructor took the first base's factory: class C(ABC, D) with D a dict
  // subclass and __slots__ of its own made plain objects)
  t.base = base;
  t.factory = base.factory;
  t.solid = solid;
  t.isException = bases.some((b) => b.isException);
  // the instance layout (and the member descriptors) in the order of the sorted names (type_new_copy_slots)
  slotNames.sort(cpCmp);
  if (mayAddWeak && !addWeak) addWeak = bases.some((b) => b !== base && takesWeakrefs(b));
  t.hasDict = hasDict;
  t.weakrefable = addWeak || takesWeakrefs(base);
  t.sizes = heapTypeSizes(base, slotNames.length, hasDict && typeSizes(base)[2] === 0, addWeak && !takesWeakrefs(base));
  t.slotNames = solid.slotNames;
  if (slotNames.length) {
    t.solid = t;
    const inherited = solid.slotNames ?? [];
    t.ownSlotsFrom = inherited.length;
    t.slotNames = [...inherited, ...slotNames];
  }
  // the namespace is copied as PyDict_Copy does (dict_merge): in its iteration order when that is
  // not dict's own (an OrderedDict's after move_to_end), keys of any type kept
  for (const e of dictMergeEntries(ns)) {
    const k = asStr(e.key);
    if (k === null) {
      setNonStrKey(t, e.key, e.value);
      continue;
    }
    let v = e.value;
    if ((k === "__init_subclass__" || k === "__class_getitem__") && v instanceof PyFunction) v = new PyClassMethod(v);
    if (k === "__new__" && v instanceof PyFunction) v = new PyStaticMethod(v);
    t.ns.set(k, v);
  }
  const qn = t.ns.get("__qualname__");
  if (qn !== undefined) {
    const q = asStr(qn);
    if (q === null) throw typeError(`type __qualname__ must be a str, not ${typeOf(qn).name}`);
    t.qualname = q;
    t.ns.delete("__qualname__");
  }
  const cell = t.ns.get("__classcell__");
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${repr(typeOf(cell))}`);
    cell.value = t;
    t.ns.delete("__classcell__");
  }
  if (!t.ns.has("__module__")) {
    const mn = vm.callerModuleName();
    if (mn !== undefined) t.ns.set("__module__", mn);
  }
  slotNames.forEach((n, k) => {
    const at = t.ownSlotsFrom + k;
    const d = memberDescr(t, n, (self) => {
      // (instances of a builtin layout with __slots__ added, a list subclass's, get the field at the first store)
      const s = (self as PyInstance).slots;
      const v = s ? s[at] : undefined;
      if (v === undefined) throw noAttribute(self, n);
      return v;
    }, (self, v) => {
      const inst = self as PyInstance;
      if (v === undefined) {
        if (!inst.slots || inst.slots[at] === undefined) throw attributeError(n);
        inst.slots[at] = undefined;
      } else (inst.slots ?? newSlots(inst))[at] = v;
    });
    d.slot = at;
    t.ns.set(n, d);
  });
  if (slotNames.length) t.ns.set("__slots__", slots!);
  // A metaclass inherits type's __dict__ (tp_dictoffset is already set there): none of its own.
  // (a __dict__ of the class body, a property say, stays: the descriptor is only a default)
  if (hasDict && !t.ns.has("__dict__") && !bases.some((b) => (b.hasDict || b.isSubtype(TypeType)) && b.lookup("__dict__") !== undefined)) {
    t.ns.set("__dict__", dictDescr(t, true));
  }
  if (addWeak && !t.ns.has("__weakref__")) {
    const d = new PyGetSetDescr(t, "__weakref__", (self) => firstWeakref(self));
    d.doc = "list of weak references to the object (if defined)";
    t.ns.set("__weakref__", d);
  }
  // (type_ready adds it after the members and getsets)
  if (!t.ns.has("__doc__")) t.ns.set("__doc__", None);
  // __eq__ without __hash__ makes instances unhashable.
  if (t.ns.has("__eq__") && !t.ns.has("__hash__")) t.ns.set("__hash__", None);
  // C3, or a metaclass's own mro() (mro_invoke); while it runs, the type has none yet (__mro__ is
  // None, attribute lookups find nothing, issubclass follows __base__)
  t.ready(mroOf(t));
  // lookups made while the namespace was filled in
  invalidateType(t);
  // __set_name__ then __init_subclass__ (type_new_set_names, type_new_init_subclass)
  for (const [k, v] of [...t.ns]) {
    const sn = typeOf(v).lookup("__set_name__");
    if (sn !== undefined) {
      try {
        callDescr(sn, v, [t, k]);
      } catch (e) {
        if (e instanceof PyObject && (e as PyObject).cls.isException) {
          const err = newExc(RuntimeError, `Error calling __set_name__ on '${typeOf(v).name}' instance ${repr(k)} in '${t.name}'`);
          // (_PyErr_FormatFromCause: the original is the cause and the context)
          err.cause = e;
          err.context = e;
          err.suppressContext = true;
          throw err;
        }
        throw e;
      }
    }
  }
  const sup = superLookup(t, "__init_subclass__");
  if (sup !== undefined) call(descrGet(sup, null, t), kwvals, kwnames);
  return t;
}
const errValue = () => valueErrorType;
/** An instance's slot values, all unset, sized for its class's layout. */
function newSlots(inst: PyInstance): (PyObj | undefined)[] {
  return (inst.slots = packedSlots(inst.cls.slotNames!.length));
}
function memberDescr(t: PyType, n: string, get: (s: PyObj) => PyObj, set: (s: PyObj, v: PyObj | undefined) => void): PyGetSetDescr {
  const d = new PyGetSetDescr(t, n, get, set);
  d.cls = MemberDescrType;
  return d;
}
import { MemberDescrType } from "./builtin-types.ts";
import { ValueError as valueErrorType } from "./exceptions.ts";

function superLookup(t: PyType, name: string): PyObj | undefined {
  for (const b of t.mro.slice(1)) {
    const v = b.ns.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

defMethods(TypeType, [
  ["__new__", (meta, args, kw) => {
    const nkw = kw ? kw.length : 0;
    const npos = args.length - nkw;
    // (PyArg_ParseTuple's "UO!O!:type.__new__"; type(x) and type()'s own count are type_call's, in typeCall)
    if (npos !== 3) throw typeError(`type.__new__() takes exactly 3 arguments (${npos} given)`);
    const [name, bases, ns] = args;
    const n = asStr(name);
    if (n === null) throw typeError(`type.__new__() argument 1 must be str, not ${argTypeName(name)}`);
    if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${argTypeName(bases)}`);
    if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${argTypeName(ns)}`);
    return typeNew(meta as PyType, n, bases, ns, kw, args.slice(npos));
  }],
  ["__init__", () => None],
  ["__call__", (self, args, kw) => typeCall(self as PyType, args, kw)],
  ["__repr__", (self) => typeRepr(self as PyType), 0, 0],
  ["__getattribute__", (self, [n]) => {
    const name = attrName(n);
    const r = typeGetattr(self as PyType, name);
    if (r === undefined) throw noAttribute(self, name);
    return r;
  }, 1, 1],
  ["__setattr__", (self, [n, v]) => {
    const t = self as PyType;
    const name = attrName(n);
    if (!t.heap) throw typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
    const md = t.cls.lookup(name);
    if (md instanceof PyGetSetDescr && md.set) md.set(t, v);
    else t.setAttr(name, v);
    return None;
  }, 2, 2],
  ["__delattr__", (self, [n]) => {
    const t = self as PyType;
    const name = attrName(n);
    if (!t.heap) throw typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
    // (PyObject_GenericSetAttr's error for a missing one, the bare name, as `del C.x` gives)
    if (!t.ns.has(name)) throw attributeError(name);
    t.setAttr(name, undefined);
    return None;
  }, 1, 1],
  // the C3 order (mro_implementation), whatever __mro__ a metaclass's mro() gave
  ["mro", (self) => new PyList(c3Mro(self as PyType)), 0, 0],
  ["__subclasses__", (self) => new PyList((self as PyType).subclasses.slice()), 0, 0],
  ["__instancecheck__", (self, [x]) => isInstance(x, self as PyType) || (x instanceof PyObject && getattrClass(x, self as PyType)), 1, 1],
  ["__subclasscheck__", (self, [x]) => {
    if (!(x instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
    return x.isSubtype(self as PyType);
  }, 1, 1],
  ["__dir__", (self) => {
    // merge_class_dict: the class's keys, then its bases' (through __bases__, not the MRO)
    const names = new Set<PyObj>();
    const merge = (t: PyType): void => {
      for (const k of t.ns.keys()) names.add(k);
      for (const b of t.bases) merge(b);
    };
    merge(self as PyType);
    return new PyList(sortedNames(names));
  }, 0, 0],
  // type___sizeof__: sizeof(PyTypeObject), or a class's PyHeapTypeObject plus the key table its
  // instances' dicts start sharing (PyDict_MINSIZE slots: 40 + 8 index bytes + 5 entries of 24)
  ["__sizeof__", (self) => {
    const t = self as PyType;
    if (!t.heap) return 408;
    return typeSizes(TypeType)[0] + (typeSizes(t)[2] !== 0 ? 168 : 0);
  }, 0, 0],
]);
/** recursive_isinstance's second chance: x's __class__ (as its __getattribute__ answers), if it differs from its type, is a subclass of t. */
export function getattrClass(x: PyObject, t: PyType): boolean {
  const c = getattrOpt(x, "__class__");
  return c instanceof PyType && c !== x.cls && c.isSubtype(t);
}
TypeType.ns.set("__prepare__", new PyClassMethodDescr(TypeType, "__prepare__", () => new PyDict()));

const T = (x: PyObj) => x as PyType;
/** best_base: the base whose instance layout the others' extend, refusing types that take no subclasses. */
function bestBase(bases: readonly PyType[]): PyType {
  let winner = bases[0];
  for (const b of bases) {
    if (!b.baseAllowed) throw typeError(`type '${b.name}' is not an acceptable base type`);
    if (b.solid.isSubtype(winner.solid)) {
      if (b.solid !== winner.solid) winner = b;
    } else if (!winner.solid.isSubtype(b.solid)) throw typeError("multiple bases have instance lay-out conflict");
  }
  return winner;
}

/** What a class adds to its base's instances: its own __slots__, a __dict__, a weak reference list. */
function additions(t: PyType): [string[], boolean, boolean] {
  const base = bestBase(t.bases);
  const own = t.solid === t && t.slotNames !== null ? t.slotNames.slice(t.ownSlotsFrom) : [];
  return [own, t.hasDict && !base.hasDict, t.weakrefable && !takesWeakrefs(base)];
}

/** The type whose instance layout t's is, as compatible_with_tp_base walks up: the first that adds to its base's. */
function layoutType(t: PyType): PyType {
  for (;;) {
    if (!t.heap) return t.solid;
    const [own, dict, weak] = additions(t);
    if (own.length !== 0 || dict || weak) return t;
    t = bestBase(t.bases);
  }
}

/** same_slots_added: two classes that add the same things to the same layout. */
function sameSlotsAdded(a: PyType, b: PyType): boolean {
  if (!a.heap || !b.heap || layoutType(bestBase(a.bases)) !== layoutType(bestBase(b.bases))) return false;
  const [ownA, dictA, weakA] = additions(a);
  const [ownB, dictB, weakB] = additions(b);
  return dictA === dictB && weakA === weakB && ownA.length === ownB.length && ownA.every((n, i) => n === ownB[i]);
}

/** Builtin types whose instances the cycle collector does not track (a tp_free other than PyObject_GC_Del's); classes' always are. */
const UNTRACKED = new Set(["object", "int", "bool", "float", "complex", "str", "bytes", "bytearray", "range", "slice", "NoneType", "ellipsis", "NotImplementedType", "code"]);
const collected = (t: PyType): boolean => t.heap || !UNTRACKED.has(t.name);
/** _PyObject_IS_GC: x's type has Py_TPFLAGS_HAVE_GC (a type object only when it is a class). */
export const gcTracked = (x: PyObj): boolean => (x instanceof PyType ? x.heap : (typeFlags(typeOf(x)) & F_HAVE_GC) !== 0);

/** compatible_for_assignment: instances of `from` may become instances of `to` (same deallocator, same layout). */
function checkCompatible(from: PyType, to: PyType, attr: string): void {
  if (collected(from) !== collected(to)) throw typeError(`${attr} assignment: '${to.name}' deallocator differs from '${from.name}'`);
  const toLayout = layoutType(to);
  const fromLayout = layoutType(from);
  if (toLayout !== fromLayout && !sameSlotsAdded(toLayout, fromLayout)) {
    throw typeError(`${attr} assignment: '${to.name}' object layout differs from '${from.name}'`);
  }
}

/** check_set_special_type_attr: no builtin type's __name__, __qualname__, __module__, __doc__ or __bases__ is set, and no type's deleted. */
function checkSpecialAttr(t: PyType, v: PyObj | undefined, name: string): asserts v is PyObj {
  if (!t.heap) throw typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
  if (v === undefined) throw typeError(`cannot delete '${name}' attribute of immutable type '${t.name}'`);
}
defGetters(TypeType, [
  // a static type's name may carry its module ("datetime.date"); __name__ is the part after the last dot (type_name)
  ["__name__", (s) => (T(s).heap ? T(s).name : T(s).name.slice(T(s).name.lastIndexOf(".") + 1)), (s, v) => {
    checkSpecialAttr(T(s), v, "__name__");
    const n = asStr(v);
    if (n === null) throw typeError(`can only assign string to ${T(s).name}.__name__, not '${typeOf(v).name}'`);
    checkTypeName(n);
    T(s).name = n;
  }],
  // a static type's is a new str at each read (type_qualname makes it from tp_name), distinct from
  // an equal str elsewhere: pickle's memo, keyed by id(), writes datetime.datetime's module name
  // 'datetime' and then its qualname 'datetime' again rather than the memo's copy of the first
  ["__qualname__", (s) => (T(s).heap ? T(s).qualname : new PyStrSubclass(T(s).qualname, StrType)), (s, v) => {
    checkSpecialAttr(T(s), v, "__qualname__");
    const n = asStr(v);
    if (n === null) throw typeError(`can only assign string to ${T(s).name}.__qualname__, not '${typeOf(v).name}'`);
    T(s).qualname = n;
  }],
  ["__module__", (s) => T(s).heap ? (T(s).ns.get("__module__") ?? "builtins") : T(s).staticModule, (s, v) => {
    checkSpecialAttr(T(s), v, "__module__");
    T(s).setAttr("__module__", v);
  }],
  ["__bases__", (s) => tuple(T(s).bases.slice()), (s, v) => {
    const t = T(s);
    checkSpecialAttr(t, v, "__bases__");
    if (!(v instanceof PyTuple)) throw typeError(`can only assign tuple to ${t.name}.__bases__, not ${typeOf(v).name}`);
    if (v.items.length === 0) throw typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
    for (const b of v.items) {
      if (!(b instanceof PyType)) throw typeError(`${t.name}.__bases__ must be tuple of classes, not '${typeOf(b).name}'`);
      if (b.isSubtype(t)) throw typeError("a __bases__ item causes an inheritance cycle");
      // also through __base__ links: a metaclass's mro() assigning __bases__ meanwhile has set
      // them before the MROs that isSubtype reads
      for (let c: PyType | null = b.base; c !== null; c = c.base) if (c === t) throw typeError("a __bases__ item causes an inheritance cycle");
    }
    // best_base's checks, then compatible_for_assignment between the old best base and the new
    checkCompatible(bestBase(t.bases), bestBase(v.items as PyType[]), "__bases__");
    const old = t.bases;
    // t's MRO and those of its subclasses, which contain it (mro_hierarchy); when one fails (a
    // conflict, a metaclass's mro() raising) the bases and every MRO already replaced are put back
    const replaced: [PyType, PyType[]][] = [];
    const remro = (u: PyType): void => {
      const before = u.mro;
      u.mro = mroOf(u);
      replaced.push([u, before]);
      for (const sub of u.subclasses.slice()) remro(sub);
    };
    const oldBase = t.base;
    const bases = (t.bases = v.items as PyType[]);
    t.base = bestBase(bases);
    // (an mro() run meanwhile may assign t.__bases__ again: then that assignment's outcome stands)
    try {
      remro(t);
    } catch (e) {
      for (const [u, before] of replaced.reverse()) u.mro = before;
      if (t.bases === bases) {
        t.bases = old;
        t.base = oldBase;
      }
      throw e;
    }
    if (t.bases === bases) {
      for (const b of old) {
        const k = b.subclasses.indexOf(t);
        if (k >= 0) b.subclasses.splice(k, 1);
      }
      for (const b of bases) b.subclasses.push(t);
    }
    invalidateType(t);
  }],
  ["__base__", (s) => T(s).base ?? None],
  ["__mro__", (s) => (T(s).mro.length === 0 ? None : tuple(T(s).mro.slice()))],
  ["__dict__", (s) => new PyMappingProxy(T(s))],
  ["__doc__", (s) => {
    const tpDoc = T(s).tpDoc;
    if (tpDoc !== null) return tpDoc;
    const d = T(s).ns.get("__doc__");
    if (d === undefined) return None;
    return descrGet(d, null, T(s));
  }, (s, v) => {
    checkSpecialAttr(T(s), v, "__doc__");
    T(s).setAttr("__doc__", v);
  }],
  ["__flags__", (s) => typeFlags(T(s))],
  ["__basicsize__", (s) => typeSizes(T(s))[0]],
  ["__itemsize__", (s) => typeSizes(T(s))[1]],
  ["__dictoffset__", (s) => typeSizes(T(s))[2]],
  ["__weakrefoffset__", (s) => typeSizes(T(s))[3]],
  ["__abstractmethods__", (s) => {
    const v = T(s).ns.get("__abstractmethods__");
    if (v === undefined || s === TypeType) throw attributeError("__abstractmethods__");
    return v;
  }, (s, v) => {
    // type_set_abstractmethods: deleting one never set is an AttributeError
    if (v === undefined && !T(s).ns.has("__abstractmethods__")) throw attributeError("__abstractmethods__");
    T(s).setAttr("__abstractmethods__", v);
  }],
  // type_get_annotations: a static type has none (type's own entry is this descriptor); a value
  // in the namespace with a __get__ is bound to the class
  ["__annotations__", (s) => {
    if (!T(s).heap) throw attributeError(`type object '${T(s).name}' has no attribute '__annotations__'`);
    const v = T(s).ns.get("__annotations__");
    if (v !== undefined) return descrGet(v, null, T(s));
    const d = new PyDict();
    T(s).setAttr("__annotations__", d);
    return d;
  }, (s, v) => {
    // type_set_annotations: immutable types refuse; deleting what is not there is an AttributeError
    if (!T(s).heap) throw typeError(`cannot set '__annotations__' attribute of immutable type '${T(s).name}'`);
    if (v === undefined && !T(s).ns.has("__annotations__")) throw attributeError("__annotations__");
    T(s).setAttr("__annotations__", v);
  }],
  // type_get_text_signature: from tp_doc, a class's docstring as it was made or a C type's (generated table)
  ["__text_signature__", (s) => (T(s).heap ? textSignatureFromInternalDoc(T(s).name, T(s).classDoc ?? None) : TYPE_SIGNATURES.get(`${T(s).moduleName}.${T(s).qualname}`) ?? None)],
]);
// type_members: read-only PyMemberDefs ("readonly attribute" when assigned or deleted)
asMembers(TypeType, ["__base__", "__mro__", "__flags__", "__basicsize__", "__itemsize__", "__dictoffset__", "__weakrefoffset__"]);

/** type.__dict__: a read-only view of a type's namespace. */
export class PyMappingProxy extends PyObject {
  constructor(public t: PyType | null, public mapping: PyObj | null = null) {
    super(MappingProxyType);
  }
  toDict(): PyDict {
    if (this.mapping instanceof PyDict) return this.mapping;
    const d = new PyDict();
    // a builtin type's __new__ shows as CPython's tp_new wrapper: the builtin method bound to the
    // type (`object.__dict__['__new__'] is object.__new__`), not the descriptor the runtime calls
    if (this.t) for (const [k, v] of this.t.ns) d.set(k, k === "__new__" && v instanceof PyMethodDescr ? boundNew(v) : v);
    return d;
  }
}
const MP = (x: PyObj) => x as PyMappingProxy;
/** What a proxy reads through the abstract protocols: its mapping, or a type's namespace as a dict. */
const target = (s: PyObj): PyObj => MP(s).mapping ?? MP(s).toDict();
MappingProxyType.subscriptOnly = true; // (a mapping subscript only, as dict's)
defMethods(MappingProxyType, [
  ["__new__", (_c, args, kw) => {
    const [m] = bindArgs("mappingproxy", args, kw, ["mapping"], 1);
    const t = typeOf(m!);
    if (t.lookup("__getitem__") === undefined || t.isSubtype(ListTypeRef()) || t.isSubtype(TupleTypeRef())) throw typeError(`mappingproxy() argument must be a mapping, not ${t.name}`);
    return new PyMappingProxy(null, m!);
  }],
  ["__getitem__", (s, [k]) => getitemOf(target(s), k), 1, 1],
  ["__len__", (s) => lenOf(target(s)), 0, 0],
  ["__iter__", (s) => iterOf(target(s)), 0, 0],
  ["__contains__", (s, [k]) => containsOf(target(s), k), 1, 1],
  ["__repr__", (s) => `mappingproxy(${repr(target(s))})`, 0, 0],
  ["__str__", (s) => str(target(s)), 0, 0],
  // mappingproxy_richcompare: the mapping's comparison
  ...(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"] as const).map((name, op) => [name, (s: PyObj, [o]: PyObj[]) => richCompare(target(s), o, op as Cmp), 1, 1] as [string, NativeMethod, number, number]),
  // mappingproxy_or: the operation on the mappings, whichever side the proxy is on
  ["__or__", (s, [o]) => binaryOpOf(target(s), o instanceof PyMappingProxy ? target(o) : o, BIN.or), 1, 1],
  ["__ror__", (s, [o]) => binaryOpOf(o instanceof PyMappingProxy ? target(o) : o, target(s), BIN.or), 1, 1],
  ["__ior__", () => {
    throw typeError("'|=' is not supported by mappingproxy; use '|' instead");
  }, 1, 1],
  // the others call the mapping's own method
  byArity12("get", (s, k, d) => callMethodOf(target(s), "get", [k, d ?? None])),
  ...(["keys", "values", "items", "copy", "__reversed__"] as const).map((name) => [name, (s: PyObj) => callMethodOf(target(s), name, []), 0, 0] as [string, NativeMethod, number, number]),
]);
// (comparisons without a hash: type_ready makes the type unhashable)
MappingProxyType.ns.set("__hash__", None);
import { KeyError, } from "./exceptions.ts";
import { DictType } from "./builtin-types.ts";
const keyErrT = () => KeyError;
import { callMethod as callMethodOf, contains as containsOf, getitem as getitemOf, iter as iterOf, len as lenOf } from "./protocols.ts";
import { binaryOp as binaryOpOf, BIN } from "./number.ts";
import { ListType, TupleType } from "./builtin-types.ts";
const ListTypeRef = () => ListType;
const TupleTypeRef = () => TupleType;
const DictTypeRef = () => DictType;

registerDefaultAttrMethods();
export { richCompare, Cmp, BoolType, StrType, TypeErrorT, PyBuiltinFunction, bindArgs };

// ---- __flags__ (Include/object.h's Py_TPFLAGS_*) ---------------------------------------------------
const F_SEQUENCE = 1 << 5, F_MAPPING = 1 << 6, F_IMMUTABLETYPE = 1 << 8, F_HEAPTYPE = 1 << 9, F_BASETYPE = 1 << 10;
const F_READY = 1 << 12, F_HAVE_GC = 1 << 14, F_VALID_VERSION_TAG = 1 << 19, F_IS_ABSTRACT = 1 << 20, F_MATCH_SELF = 1 << 22;
/** The *_SUBCLASS bits: a type inherits the bit of the builtin it derives from. */
const SUBCLASS_BITS: [string, number][] = [
  ["int", 2 ** 24], ["list", 2 ** 25], ["tuple", 2 ** 26], ["bytes", 2 ** 27], ["str", 2 ** 28], ["dict", 2 ** 29], ["BaseException", 2 ** 30], ["type", 2 ** 31],
];
const MATCH_SELF_TYPES = new Set(["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]);
/**
 * The builtin types (by tp_name) that type-flags-data.ts does not have (the oracle lacks _asyncio;
 * dislab names some types by another module) whose instances CPython's cycle collector tracks
 * (Py_TPFLAGS_HAVE_GC); a builtin type deriving from one of them has it too.
 */
const GC_TYPES = new Set([
  "BaseException", "_asyncio.Future", "_asyncio.FutureIter", "_asyncio.Task", "TaskStepMethWrapper", "memory_iterator", "ast.AST",
  "os.stat_result", "os.statvfs_result", "os.terminal_size", "mmap.mmap", "types.DynamicClassAttribute", "types._GeneratorWrapper",
  "weakref.ReferenceType", "weakref.ProxyType", "weakref.CallableProxyType",
]);

/**
 * type.__flags__: a class statement's type has HEAPTYPE | BASETYPE | READY | HAVE_GC plus what
 * it inherits (the builtin's *_SUBCLASS bit, SEQUENCE/MAPPING, MATCH_SELF) and IS_ABSTRACT while
 * it has abstract methods (inspect.isabstract reads it). A builtin type has the flags CPython's has
 * (type-flags-data.ts; else they are worked out as for a class, without HEAPTYPE), with
 * VALID_VERSION_TAG, as CPython's once its method cache has been used.
 */
function typeFlags(t: PyType): number {
  // a builtin type CPython implements in C: its flags as CPython sets them (type-flags-data.ts)
  const known = t.heap ? undefined : TYPE_FLAGS[`${t.moduleName}.${t.qualname}`];
  if (known !== undefined) return known + F_VALID_VERSION_TAG;
  let f = t.heap ? F_HEAPTYPE | F_READY | F_HAVE_GC : F_IMMUTABLETYPE | F_READY | F_VALID_VERSION_TAG;
  if (t.baseAllowed) f |= F_BASETYPE;
  // the pattern-matching flags, also those an ABC's __abc_tpflags__ gave (collections.abc.Sequence)
  f |= t.collectionFlags & (F_SEQUENCE | F_MAPPING);
  for (const b of t.mro) {
    if (b.heap) continue;
    if (MATCH_SELF_TYPES.has(b.name)) f |= F_MATCH_SELF;
    if (!t.heap && GC_TYPES.has(b.name.includes(".") || b.staticModule === "builtins" ? b.name : `${b.staticModule}.${b.name}`)) f |= F_HAVE_GC;
  }
  const abs = t.heap ? t.ns.get("__abstractmethods__") : undefined;
  if (abs !== undefined && truthy(abs)) f |= F_IS_ABSTRACT;
  let big = 0;
  for (const [name, bit] of SUBCLASS_BITS) if (t.mro.some((b) => !b.heap && b.name === name)) big += bit;
  return (f >>> 0) + big;
}
