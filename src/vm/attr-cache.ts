// Inline caches for LOAD_ATTR, LOAD_METHOD and STORE_ATTR (as 3.11's specialising interpreter does
// for 3.10's semantics). Each instruction keeps in its PyCode cache slot what the last receiver's
// type answered: the type's version when it was computed (type.ts: versions are unique across
// types and change when the type or a base changes, exactly when its lookups could answer
// differently) and a kind that says where the attribute lives. A hit skips the MRO lookups
// (__getattribute__, the name, the data-descriptor test); a miss or an unusual case takes the
// generic getattr/setattr, so every semantic (custom __getattribute__/__getattr__/__setattr__,
// descriptors, metaclasses) stays the protocol's.
import {
  type PyObj, type DictEntry, type SharedKeys, PyObject, PyType, PyFunction, PyMethod, PyMethodDescr, PyClassMethodDescr, PyGetSetDescr, PyProperty, PyDict, PyInstance, ModuleType, instanceDict,
  PropertyType, PyStaticMethod, StaticMethodType, PyClassMethod, ClassMethodType, None, call1, getattrFound, noAttribute, attributeErrorContext, setattr, isDataDescr, isGenericGetattribute, isGenericSetattr, typeOf,
} from "../objects/index.ts";

const enum Kind {
  /** no attribute on the type: the instance dict, else the generic path (AttributeError, __getattr__) */
  Dict,
  /** a getset or member descriptor (data descriptor: wins over the dict) */
  GetSet,
  /** a __slots__ member: the instance's slot, read and written without the descriptor's functions */
  Slot,
  /** an exact property with a getter */
  Property,
  /** a Python function on the type (non-data): the dict if it has the name, else a bound method */
  Method,
  /** a value on the type that is not a descriptor: the dict if it has the name, else the value */
  Plain,
  /**
   * a data descriptor of a builtin type with a native __get__ (namedtuple's _tuplegetter): that
   * __get__ called directly (`get`), without the generic lookups
   */
  NativeGet,
  /** an exact staticmethod (non-data): the dict if it has the name, else the function it wraps */
  Static,
  /** an exact classmethod around a Python function: the dict if it has the name, else it bound to the class */
  ClassMethod,
  /** anything else: always the generic path */
  Generic,
}

export class AttrCache {
  /**
   * Kind.Dict on a module: the module's dict and its entry for the name, valid while that dict's
   * keysVersion is `keysVersion` (as LOAD_GLOBAL's cache: a store replaces the entry's value, which
   * the next read sees; an addition or removal of any key changes the version).
   */
  dict: PyDict | null = null;
  keysVersion = -1;
  entry: DictEntry | null = null;
  /** The entry for another type the same instruction met before (entryFor). */
  next: AttrCache | null = null;
  /**
   * The instance dicts' shared key table (dict.ts's split tables) and the name's index in it (-1:
   * not in it), as of when it had `sharedLen` names: an index never changes, and an absent name
   * can only arrive by lengthening the table.
   */
  shared: SharedKeys | null = null;
  sharedLen = -1;
  index = -1;
  /** Kind.NativeGet: the descriptor type's __get__. */
  get: PyMethodDescr | null = null;
  constructor(
    /** The version of the receiver's type it was computed for: a version names one type. */
    public version: number,
    public kind: Kind,
    public descr: PyObj | undefined,
  ) {}
}

let moduleGetattribute: PyObj | undefined;

/** How many receiver types an instruction's cache remembers: a call site over a class hierarchy (`shape.area()`) is polymorphic. */
const WAYS = 4;

/**
 * The entry of slot i for type t when the front one is another type's: one remembered behind it,
 * else undefined. It stays where it is: at a site alternating between types (`shape.area()` over
 * a mixed list) moving the found one to the front rewrote the slot at every call. A stale entry
 * (its type changed since) never matches again: versions are never reused.
 */
function entryFor(cache: unknown[], i: number, t: PyType): AttrCache | undefined {
  const head = cache[i] as AttrCache | undefined;
  if (head === undefined) return undefined;
  for (let c = head.next; c !== null; c = c.next) if (c.version === t.version) return c;
  return undefined;
}

/** Puts a new entry at the front of slot i, forgetting the oldest past WAYS. */
function remember(cache: unknown[], i: number, c: AttrCache): AttrCache {
  c.next = (cache[i] as AttrCache | undefined) ?? null;
  let last = c;
  for (let n = 1; last.next !== null; n++) {
    if (n === WAYS) last.next = null;
    else last = last.next;
  }
  cache[i] = c;
  return c;
}

/** Where `name` lives for instances of `t` read through the generic __getattribute__. */
function classify(t: PyType, name: string): AttrCache {
  moduleGetattribute ??= ModuleType.ns.get("__getattribute__");
  const ga = t.lookup("__getattribute__");
  // module.__getattribute__ is the generic one plus the module's own __getattr__ on a miss
  if (!isGenericGetattribute(ga) && !(t === ModuleType && ga === moduleGetattribute)) return new AttrCache(t.version, Kind.Generic, undefined);
  const d = t.lookup(name);
  dependOnDescrType(t, d);
  // a descriptor raising AttributeError falls back on __getattr__: leave those to getattr
  const hook = t.lookup("__getattr__") !== undefined;
  let kind: Kind;
  if (d === undefined) kind = Kind.Dict;
  // (an unset slot raises AttributeError: the generic path's, __getattr__ included)
  else if (d instanceof PyGetSetDescr) kind = d.slot >= 0 ? Kind.Slot : d.get !== null && !hook ? Kind.GetSet : Kind.Generic;
  else if (d instanceof PyProperty && d.cls === PropertyType) kind = d.fget !== None && !hook ? Kind.Property : Kind.Generic;
  else if (d instanceof PyFunction) kind = Kind.Method;
  else if (typeof d !== "object") kind = Kind.Plain;
  else if (d instanceof PyStaticMethod && d.cls === StaticMethodType) kind = Kind.Static;
  else if (d instanceof PyClassMethod && d.cls === ClassMethodType && d.func instanceof PyFunction) kind = Kind.ClassMethod;
  else if (d instanceof PyMethodDescr || d instanceof PyClassMethodDescr) kind = Kind.Generic;
  else {
    const get = d.cls.lookup("__get__");
    if (get instanceof PyMethodDescr && !d.cls.heap && !hook && isDataDescr(d)) {
      const c = new AttrCache(t.version, Kind.NativeGet, d);
      c.get = get;
      return c;
    }
    kind = get !== undefined || isDataDescr(d) ? Kind.Generic : Kind.Plain;
  }
  return new AttrCache(t.version, kind, d);
}

/**
 * What `d`, found on t, does as a descriptor is a question to its type: when that is a class of the
 * program's (which may gain or lose __get__/__set__ later), a change to it must invalidate t too.
 */
function dependOnDescrType(t: PyType, d: PyObj | undefined): void {
  if (d === undefined || typeof d !== "object") return;
  const dt = d.cls;
  if (dt.heap) (dt.dependents ??= new Set()).add(t);
}

/** The index of `name` in split dict d's values through c, or -1 (d.shared is non-null). */
function sharedIndex(c: AttrCache, d: PyDict, name: string): number {
  const shared = d.shared!;
  if (c.shared !== shared || c.sharedLen !== shared.names.length) {
    c.shared = shared;
    c.sharedLen = shared.names.length;
    c.index = shared.index.get(name) ?? -1;
  }
  return c.index;
}

/** o's own attribute `name` (its __dict__'s value), or undefined; a split dict's by index through c. */
function ownValue(c: AttrCache, d: PyDict | null, name: string): PyObj | undefined {
  if (d === null) return undefined;
  if (d.shared === null) return d.getStr(name);
  const i = sharedIndex(c, d, name);
  return i >= 0 && i < d.splitLen ? d.vals![i] : undefined;
}

/** LOAD_ATTR: getattr(o, name) through the cache in slot i. */
export function loadAttr(cache: unknown[], i: number, o: PyObj, name: string): PyObj {
  const v = loadAttrFound(cache, i, o, name);
  if (v === undefined) throw noAttribute(o, name);
  return v;
}

/**
 * LOAD_ATTR, but undefined where it would raise noAttribute(o, name) itself: the compiled tier
 * raises that without a JavaScript throw (programs probe with try/except AttributeError, and each
 * throw costs V8 about a microsecond).
 */
export function loadAttrFound(cache: unknown[], i: number, o: PyObj, name: string): PyObj | undefined {
  const v = ownSplitHit(cache[i] as AttrCache | undefined, o);
  return v !== undefined ? v : loadAttrCached(cache, i, o, name);
}

/**
 * The commonest LOAD_ATTR, small enough for V8 to inline where it is called: an instance's own
 * attribute, in its split dict at the index the slot's front entry found. Undefined for anything
 * else. (An index found is final: the shared table only grows.)
 */
function ownSplitHit(c: AttrCache | undefined, o: PyObj): PyObj | undefined {
  if (c === undefined || c.kind !== Kind.Dict || c.index < 0 || typeof o !== "object" || c.version !== o.cls.version) return undefined;
  const d = o.dict;
  if (d === null || d.shared !== c.shared || c.index >= d.splitLen) return undefined;
  return d.vals![c.index];
}

function loadAttrCached(cache: unknown[], i: number, o: PyObj, name: string): PyObj | undefined {
  if (!(o instanceof PyObject) || o instanceof PyType) return getattrFound(o, name);
  let c = cache[i] as AttrCache | undefined;
  if (c === undefined || c.version !== o.cls.version) c = entryFor(cache, i, o.cls) ?? remember(cache, i, classify(o.cls, name));
  switch (c.kind) {
    case Kind.Dict: {
      const d = o.dict;
      if (d === null) break;
      if (c.dict === d && c.keysVersion === d.keysVersion) return c.entry!.value;
      if (o.cls === ModuleType) {
        // (a module's functions and submodules: `os.path`, `re.compile`)
        const e = d.strEntry(name);
        if (e !== undefined) {
          c.dict = d;
          c.keysVersion = d.keysVersion;
          c.entry = e;
          return e.value;
        }
      }
      const v = ownValue(c, d, name);
      if (v !== undefined) return v;
      break;
    }
    case Kind.GetSet:
      try {
        return (c.descr as PyGetSetDescr).get!(o);
      } catch (e) {
        attributeErrorContext(e, o, name);
        throw e;
      }
    case Kind.Slot: {
      // (a builtin layout's subclass, a list's, keeps its slots elsewhere)
      const v = o instanceof PyInstance && o.slots !== null ? o.slots[(c.descr as PyGetSetDescr).slot] : undefined;
      if (v !== undefined) return v;
      break;
    }
    case Kind.Property:
      try {
        return call1((c.descr as PyProperty).fget, o);
      } catch (e) {
        attributeErrorContext(e, o, name);
        throw e;
      }
    case Kind.NativeGet:
      try {
        return c.get!.fn(c.descr!, [o, o.cls], null);
      } catch (e) {
        attributeErrorContext(e, o, name);
        throw e;
      }
    case Kind.Method: {
      const v = ownValue(c, o.dict, name);
      return v !== undefined ? v : new PyMethod(c.descr as PyFunction, o);
    }
    case Kind.Plain: {
      const v = ownValue(c, o.dict, name);
      return v !== undefined ? v : (c.descr as PyObj);
    }
    case Kind.Static: {
      const v = ownValue(c, o.dict, name);
      return v !== undefined ? v : (c.descr as PyStaticMethod).func;
    }
    case Kind.ClassMethod: {
      const v = ownValue(c, o.dict, name);
      if (v !== undefined) return v;
      // (__init__ may have given the classmethod another callable since: cm_descr_get's way then)
      const f = (c.descr as PyClassMethod).func;
      if (f instanceof PyFunction) return new PyMethod(f, o.cls);
      break;
    }
  }
  return getattrFound(o, name);
}

/** classify for LOAD_METHOD: a method descriptor of a builtin type binds as a method too. */
function classifyMethod(t: PyType, name: string): AttrCache {
  const c = classify(t, name);
  const d = c.descr;
  if (c.kind === Kind.Generic && d instanceof PyMethodDescr && d.name !== "__new__" && isGenericGetattribute(t.lookup("__getattribute__"))) c.kind = Kind.Method;
  return c;
}

/**
 * LOAD_METHOD's lookup: the unbound function (or method descriptor) when `o.name` would be a
 * method bound to o, so the call can pass o itself; undefined when `o.name` is to be read as
 * LOAD_ATTR reads it (loadAttr, through the same cache entry: a module's function, an instance's
 * own attribute, anything the generic getattr answers).
 */
export function loadMethod(cache: unknown[], i: number, o: PyObj, name: string): PyObj | undefined {
  const t = typeof o === "object" ? o.cls : typeOf(o);
  let c = cache[i] as AttrCache | undefined;
  if (c === undefined || c.version !== t.version) c = entryFor(cache, i, t) ?? remember(cache, i, classifyMethod(t, name));
  if (c.kind !== Kind.Method) return undefined;
  if (typeof o === "object" && ownValue(c, o.dict, name) !== undefined) return undefined;
  return c.descr;
}

/** STORE_ATTR (v !== undefined) through the cache in slot i. */
export function storeAttr(cache: unknown[], i: number, o: PyObj, name: string, v: PyObj): void {
  if (o instanceof PyInstance) {
    const t = o.cls;
    let c = cache[i] as AttrCache | undefined;
    if (c === undefined || c.version !== t.version) c = entryFor(cache, i, t) ?? remember(cache, i, classifyStore(t, name));
    if (c.kind === Kind.Dict) {
      const d = (o.dict ??= instanceDict(o));
      // (by index in a split dict, the next name too: a new instance's __init__ storing in order)
      if (d.shared === null || !d.storeAt(sharedIndex(c, d, name), v)) d.setStr(name, v);
      return;
    }
    if (c.kind === Kind.Slot && o.slots !== null) {
      o.slots[(c.descr as PyGetSetDescr).slot] = v;
      return;
    }
    if (c.kind === Kind.GetSet || c.kind === Kind.Slot) {
      (c.descr as PyGetSetDescr).set!(o, v);
      return;
    }
  }
  setattr(o, name, v);
}

/** Dict: the instance dict takes it (no data descriptor; instances have one); GetSet: a settable descriptor; Slot: a __slots__ member. */
function classifyStore(t: PyType, name: string): AttrCache {
  if (!isGenericSetattr(t.lookup("__setattr__"))) return new AttrCache(t.version, Kind.Generic, undefined);
  const d = t.lookup(name);
  dependOnDescrType(t, d);
  if (d instanceof PyGetSetDescr) return new AttrCache(t.version, d.set === null ? Kind.Generic : d.slot >= 0 ? Kind.Slot : Kind.GetSet, d);
  if (d !== undefined && isDataDescr(d)) return new AttrCache(t.version, Kind.Generic, d);
  return new AttrCache(t.version, t.hasDict ? Kind.Dict : Kind.Generic, d);
}
