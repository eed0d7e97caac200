// The less frequent instruction bodies of the eval loop, out of the hot switch: unpacking,
// raise, exception matching, MAKE_FUNCTION, FORMAT_VALUE, the MATCH_* opcodes of PEP 634, the
// async-protocol helpers, name lookups that fail, and IMPORT_* (Python/ceval.c's helpers).
import {
  type PyObj, PyObject, PyType, PySplitStr, PyTuple, PyList, PyDict, PyFunction, PyCell, PyCode, PyBaseException, PyIter, PyGen, PySet, PyCoroWrapper,
  None, NotImplemented, tuple, typeOf, iter, iterOrNull, next, toArray, call, callDescr, getattr, getattrOpt, str, repr, ascii, format, formatObj, typeError,
  valueError, newExc, NameError, UnboundLocalError, ImportError, RuntimeError, isInstance, DictType, ListType, TupleType, StrType, BytesType,
  ByteArrayType, FrozenSetType, SetType, IntType, FloatType, BoolType, CoroutineType, GeneratorType,
  AsyncGeneratorType, eq, getitem, asStr, dictMerge, len, keyError, PyDictView, richCompare, Cmp, truthy, attributeError, moduleInitializing,
  TPFLAGS_MAPPING, TPFLAGS_SEQUENCE, sequenceGetItem, IndexError, PyModule,
} from "../objects/index.ts";
import { CO_ITERABLE_COROUTINE } from "../bytecode/flags.ts";
import { interp } from "./interp.ts";
import { builtinsFor } from "./call.ts";
import { claimRaised } from "./caught-finalize.ts";

/** unpack_iterable's error for a non-iterable: iter()'s own when the type has __iter__ (None). */
function notUnpackable(v: PyObj): PyObj {
  const t = typeOf(v);
  if (t.lookup("__iter__") !== undefined) return typeError(`'${t.name}' object is not iterable`);
  return typeError(`cannot unpack non-iterable ${t.name} object`);
}

export function unpackSequence(v: PyObj, n: number): PyObj[] {
  let items: PyObj[];
  if ((v instanceof PyTuple || v instanceof PyList) && (v.cls === TupleType || v.cls === ListType)) items = v.items;
  else {
    const it = iterOrNull(v);
    if (it === null) throw notUnpackable(v);
    items = [];
    for (let x = next(it); x !== undefined; x = next(it)) {
      items.push(x);
      if (items.length > n) throw valueError(`too many values to unpack (expected ${n})`);
    }
  }
  if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
  if (items.length > n) throw valueError(`too many values to unpack (expected ${n})`);
  return items;
}

export function unpackEx(v: PyObj, before: number, after: number): PyObj[] {
  const it = iterOrNull(v);
  if (it === null) throw notUnpackable(v);
  const items = toArray(it);
  if (items.length < before + after) throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  const out = items.slice(0, before);
  out.push(new PyList(items.slice(before, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]!);
  return out;
}

/** The exception a `raise X` raises: X itself or X() for a class. */
export function makeRaise(x: PyObj, cause: PyObj | undefined): PyBaseException {
  let e: PyObj;
  if (x instanceof PyType && x.isException) {
    e = call(x, []);
    if (!(e instanceof PyBaseException)) throw typeError(`calling ${repr(x)} should have returned an instance of BaseException, not ${typeOf(e).name}`);
  } else if (x instanceof PyBaseException) e = x;
  else throw typeError("exceptions must derive from BaseException");
  const exc = e as PyBaseException;
  claimRaised(exc, x);
  if (cause !== undefined) {
    let c: PyObj;
    if (cause === None) c = None;
    else if (cause instanceof PyType && cause.isException) c = call(cause, []);
    else if (cause instanceof PyBaseException) c = cause;
    else throw typeError("exception causes must derive from BaseException");
    if (c instanceof PyBaseException) c.exposed = true;
    exc.cause = c;
    exc.suppressContext = true;
  }
  exc.fresh = true;
  return exc;
}

/** JUMP_IF_NOT_EXC_MATCH's test: whether exception (or class) `exc` is caught by `spec`, a class or a tuple of them. */
export function excMatches(exc: PyObj, spec: PyObj): boolean {
  const et = exc instanceof PyType ? exc : typeOf(exc);
  if (!(spec instanceof PyTuple)) return et.isSubtype(catchable(spec));
  for (const t of spec.items) catchable(t);
  for (const t of spec.items) if (et.isSubtype(t as PyType)) return true;
  return false;
}

/** A class an except clause names: an exception class, else TypeError. */
function catchable(t: PyObj): PyType {
  if (!(t instanceof PyType && t.isException)) throw typeError("catching classes that do not inherit from BaseException is not allowed");
  return t;
}

/** MAKE_FUNCTION, given the values its flags took from the stack (null / None for the absent ones). */
export function makeFunction(
  code: PyCode, qualname: PyObj, globals: PyDict, closure: PyObj[] | null, annotations: PyObj, kwdefaults: PyDict | null, defaults: PyObj[] | null,
): PyFunction {
  const f = new PyFunction(code, globals, asStr(qualname) ?? code.co.co_name);
  f.closure = closure;
  f.annotations = annotations;
  f.kwdefaults = kwdefaults;
  f.defaults = defaults;
  f.builtins = builtinsFor(globals);
  f.dict = null;
  return f;
}

export function formatValue(v: PyObj, flags: number, spec: PyObj | null): PyObj {
  switch (flags & 3) {
    case 1: v = v instanceof PySplitStr && v.cls === StrType ? v : str(v); break;
    case 2: v = repr(v); break;
    case 3: v = ascii(v); break;
  }
  const sp = spec === null ? "" : asStr(spec)!;
  if (typeof v === "string" && sp === "") return v;
  if (v instanceof PySplitStr && sp === "" && v.cls === StrType) return v; // a str with a false pair stays exact
  return formatObj(v, sp);
}

// ---- names -------------------------------------------------------------------------------------
export function nameError(name: string): PyBaseException {
  const e = newExc(NameError, `name '${name}' is not defined`);
  e.set("name", name);
  return e;
}
export function unboundLocal(name: string): PyBaseException {
  return newExc(UnboundLocalError, `local variable '${name}' referenced before assignment`);
}
export function unboundFree(name: string): PyBaseException {
  const e = newExc(NameError, `free variable '${name}' referenced before assignment in enclosing scope`);
  e.set("name", name);
  return e;
}

/** Reads `name` from a locals mapping that is not a plain dict (class bodies with __prepare__). */
export function mappingGet(m: PyObj, name: string): PyObj | undefined {
  if (m instanceof PyDict && m.cls === DictType) return m.getStr(name);
  try {
    return getitem(m, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === "KeyError") return undefined;
    throw e;
  }
}

// ---- pattern matching ---------------------------------------------------------------------------
/** MATCH_MAPPING and MATCH_SEQUENCE: the type's flag (PyType.collectionFlags). */
export const isMatchMapping = (v: PyObj): boolean => (typeOf(v).collectionFlags & TPFLAGS_MAPPING) !== 0;
export const isMatchSequence = (v: PyObj): boolean => (typeOf(v).collectionFlags & TPFLAGS_SEQUENCE) !== 0;
export function matchKeys(subject: PyObj, keys: PyTuple): PyObj {
  if (keys.items.length === 0) return tuple([]);
  const get = getattr(subject, "get");
  const dummy = new PyObject(typeOf(None));
  const seen = new PySet();
  const values: PyObj[] = [];
  for (const k of keys.items) {
    if (seen.has(k)) throw valueError(`mapping pattern checks duplicate key (${repr(k)})`);
    seen.add(k);
    const v = call(get, [k, dummy]);
    if (v === dummy) return None;
    values.push(v);
  }
  return tuple(values);
}
export function copyDictWithoutKeys(subject: PyObj, keys: PyTuple): PyDict {
  const d = new PyDict();
  dictMerge(d, subject);
  for (const k of keys.items) d.del(k);
  return d;
}
const SELF_MATCH = [BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType];
export function matchClass(subject: PyObj, cls: PyObj, nargs: number, kwNames: PyTuple): PyObj {
  if (!(cls instanceof PyType)) throw typeError("called match pattern must be a type");
  if (!isInstance(subject, cls)) return None;
  const seen = new Set<string>();
  const attrs: PyObj[] = [];
  const getAttr = (name: string): PyObj | undefined => {
    if (seen.has(name)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    seen.add(name);
    return getattrOpt(subject, name);
  };
  if (nargs) {
    let matchSelf = false;
    let matchArgs = cls.lookup("__match_args__");
    let names: PyObj[];
    if (matchArgs !== undefined) {
      matchArgs = getattr(cls, "__match_args__");
      if (!(matchArgs instanceof PyTuple)) throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`);
      names = matchArgs.items;
    } else {
      matchSelf = SELF_MATCH.some((t) => cls.isSubtype(t));
      names = [];
    }
    const allowed = matchSelf ? 1 : names.length;
    if (allowed < nargs) throw typeError(`${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${nargs} given)`);
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const n = asStr(names[i]);
        if (n === null) throw typeError(`__match_args__ elements must be strings (got ${typeOf(names[i]).name})`);
        const v = getAttr(n);
        if (v === undefined) return None;
        attrs.push(v);
      }
    }
  }
  for (const k of kwNames.items) {
    const v = getAttr(k as string);
    if (v === undefined) return None;
    attrs.push(v);
  }
  return tuple(attrs);
}

// ---- async -------------------------------------------------------------------------------------
export function isCoroutineLike(v: PyObj): boolean {
  return v instanceof PyGen && (v.cls === CoroutineType || (v.cls === GeneratorType && (v.frame.code.co.co_flags & CO_ITERABLE_COROUTINE) !== 0));
}
export function getAwaitableIter(o: PyObj, where: number): PyObj {
  if (isCoroutineLike(o)) {
    if ((o as PyGen).yieldFrom !== null && o instanceof PyGen && o.cls === CoroutineType) throw newExc(RuntimeError, "coroutine is being awaited already");
    return o;
  }
  const f = typeOf(o).lookup("__await__");
  if (f === undefined) {
    if (where === 1) throw typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${typeOf(o).name}`);
    if (where === 2) throw typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${typeOf(o).name}`);
    throw typeError(`object ${typeOf(o).name} can't be used in 'await' expression`);
  }
  const r = callDescr(f, o, []);
  if (isCoroutineLike(r)) throw typeError("__await__() returned a coroutine");
  if (!(r instanceof PyIter || r instanceof PyCoroWrapper) && typeOf(r).lookup("__next__") === undefined) throw typeError(`__await__() returned non-iterator of type '${typeOf(r).name}'`);
  return r;
}
export function getAiter(o: PyObj): PyObj {
  const f = typeOf(o).lookup("__aiter__");
  if (f === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${typeOf(o).name}`);
  const it = callDescr(f, o, []);
  if (typeOf(it).lookup("__anext__") === undefined) throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`);
  return it;
}
export function getAnext(aiter: PyObj): PyObj {
  const f = typeOf(aiter).lookup("__anext__");
  if (f === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${typeOf(aiter).name}`);
  const r = callDescr(f, aiter, []);
  if (aiter instanceof PyGen && aiter.cls === AsyncGeneratorType) return r;
  try {
    return getAwaitableIter(r, 0);
  } catch (e) {
    // any error (an __await__ that raises too) becomes the cause, as _PyErr_FormatFromCause
    if (e instanceof PyBaseException) {
      const err = typeError(`'async for' received an invalid object from __anext__: ${typeOf(r).name}`);
      err.cause = e;
      err.context = e;
      throw err;
    }
    throw e;
  }
}

// ---- imports -------------------------------------------------------------------------------------
export function importFrom(mod: PyObj, name: string): PyObj {
  const v = getattrOpt(mod, name);
  if (v !== undefined) return v;
  // import_from: a submodule a circular import has not set on its package yet (or that the package
  // refused) is taken from sys.modules under the package's __name__, got as any attribute is (an
  // error getting it only means the name is unknown)
  let modName: string | null = null;
  try {
    modName = asStr(getattr(mod, "__name__"));
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
  if (modName !== null) {
    const sub = interp.modules.get(`${modName}.${name}`);
    if (sub !== undefined) return sub;
  }
  // (the location is a module's own __file__, PyModule_GetFilenameObject)
  const file = mod instanceof PyModule ? mod.dict.getStr("__file__") : undefined;
  const mn = modName ?? "<unknown module name>";
  const fileStr = file !== undefined && asStr(file) !== null ? asStr(file) : null;
  const initializing = mod instanceof PyObject && moduleInitializing(mod.dict);
  const msg = initializing
    ? `cannot import name '${name}' from partially initialized module '${mn}' (most likely due to a circular import) (${fileStr ?? "unknown location"})`
    : `cannot import name '${name}' from '${mn}' (${fileStr ?? "unknown location"})`;
  const e = newExc(ImportError, msg);
  e.set("msg", msg);
  e.set("name", modName ?? None);
  e.set("path", fileStr ?? None);
  return (() => {
    throw e;
  })();
}

/** import_all_from: `from mod import *` into `locals`. */
export function importStar(mod: PyObj, locals: PyObj): void {
  let all = getattrOpt(mod, "__all__");
  const fromDict = all === undefined;
  if (all === undefined) {
    const d = getattrOpt(mod, "__dict__");
    if (d === undefined) throw newExc(ImportError, "from-import-* object has no __dict__ and no __all__");
    all = tuple(toArray(call(getattr(d, "keys"), [])));
  }
  // item by item (PySequence_GetItem) until IndexError, so __all__ is any sequence
  for (let pos = 0; ; pos++) {
    let n: PyObj;
    try {
      n = sequenceGetItem(all, pos);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtype(IndexError)) break;
      throw e;
    }
    const s = asStr(n);
    if (s === null) {
      const modname = getattr(mod, "__name__");
      if (asStr(modname) === null) throw typeError(`module __name__ must be a string, not ${typeOf(modname).name}`);
      throw typeError(`${fromDict ? "Key" : "Item"} in ${asStr(modname)}.${fromDict ? "__dict__" : "__all__"} must be str, not ${typeOf(n).name}`);
    }
    if (fromDict && s.startsWith("_")) continue;
    const v = getattr(mod, s);
    // (an exact dict directly; a dict subclass's __setitem__ is called, as any mapping's)
    if (locals instanceof PyDict && typeOf(locals) === DictType) locals.set(n, v);
    else call(getattr(locals, "__setitem__"), [n, v]);
  }
}
export { PyCell, NotImplemented, eq, len, keyError, PyDictView, richCompare, Cmp, truthy, attributeError };
