// Callables and descriptors: Python functions (Objects/funcobject.c), bound methods
// (classobject.c), builtin functions and the descriptors builtin types keep in their namespaces
// (descrobject.c: method_descriptor, classmethod_descriptor, wrapper_descriptor, getset_descriptor).
// Builtin methods are declared as rows with `defMethods(type, rows)`; a native method receives
// (self, args, kwnames) vectorcall style (design §5).
import { PyObject, type PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import type { PyDict } from "./dict.ts";
import type { PyCode } from "./code.ts";
import { BuiltinFunctionType, ClassMethodDescrType, FunctionType, GetSetDescrType, MemberDescrType, MethodDescrType, MethodType, MethodWrapperType, None, WrapperDescrType } from "./builtin-types.ts";
import { typeError } from "./exceptions.ts";
import { SplitStr } from "../support/text/split-str.ts";

export type NativeFn = (args: PyObj[], kwnames: readonly string[] | null) => PyObj;
export type NativeMethod = (self: PyObj, args: PyObj[], kwnames: readonly string[] | null) => PyObj;

// Fixed-arity forms: what a native does when called with exactly one or two positional arguments
// and no keywords, taking them directly. The calls Python code makes most (str(i), len(x),
// d.get(k, 0), xs.append(x)) go through them without an array of arguments: that array was most of
// what some loops allocated (dict_str 10.6 of 13 MB a round), and the garbage brought scavenges
// that promoted the data the program keeps. A form must do exactly what the general entry does
// for those arguments; test/objects/fixed-arity.test.ts compares them.
export type Native1 = (a: PyObj) => PyObj;
export type Native2 = (a: PyObj, b: PyObj) => PyObj;
export type Method1 = (self: PyObj, a: PyObj) => PyObj;
export type Method2 = (self: PyObj, a: PyObj, b: PyObj) => PyObj;

/**
 * The arguments of a native called with none, shared: natives read the array they are given and
 * never keep or change it (frozen, so one that did would fail loudly).
 */
export const NO_ARGS: PyObj[] = Object.freeze([]) as unknown as PyObj[];

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyObj[] | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyObj[] | null = null;
  annotations: PyObj = None;
  doc: PyObj;
  module: PyObj;
  /**
   * func_builtins: the builtins its frames run with, which 3.10 takes from the globals when the
   * function is made (MAKE_FUNCTION sets it; null until the first call for one made otherwise).
   */
  builtins: PyDict | null = null;
  constructor(
    public code: PyCode,
    public globals: PyDict,
    qualname: string,
  ) {
    super(FunctionType);
    this.name = code.co.co_name;
    this.qualname = qualname;
    const c0 = code.consts[0];
    this.doc = code.co.co_consts.length > 0 && (typeof c0 === "string" || code.co.co_consts[0] instanceof SplitStr) ? c0 : None;
    this.module = globals.getStr("__name__") ?? None;
  }
}

export class PyMethod extends PyObject {
  constructor(
    public func: PyObj,
    public self: PyObj,
  ) {
    super(MethodType);
  }
}

export class PyBuiltinFunction extends PyObject {
  constructor(
    public name: string,
    public fn: NativeFn,
    /** The bound object for `[].append`, a module for module functions, or null. */
    public self: PyObj | null = null,
    public qualname = name,
    public doc: PyObj = None,
  ) {
    super(BuiltinFunctionType);
  }
  /** Its fixed-arity forms, when it has them. */
  fn1: Native1 | null = null;
  fn2: Native2 | null = null;
  /** A builtin type's static method (METH_STATIC: str.maketrans): self is its type, but __self__ is None. */
  isStatic = false;
}

/** A slot wrapper bound to an instance (`[].__add__`): a bound builtin that knows the class it came from (`__objclass__`). */
export class PyMethodWrapper extends PyBuiltinFunction {
  constructor(
    public objclass: PyType,
    name: string,
    fn: NativeFn,
    self: PyObj,
  ) {
    super(name, fn, self, `${objclass.qualname}.${name}`);
    this.cls = MethodWrapperType;
  }
}

/** A method of a builtin type as found in its namespace (`list.append`, `int.__add__`). */
export class PyMethodDescr extends PyObject {
  constructor(
    public owner: PyType,
    public name: string,
    public fn: NativeMethod,
    slot = false,
  ) {
    super(slot ? WrapperDescrType : MethodDescrType);
  }
  /** Its fixed-arity forms (arguments after self), when it has them: for __new__, after the class. */
  fn1: Method1 | null = null;
  fn2: Method2 | null = null;
  /**
   * A method whose positional count defMethods checks: the function without the checks, and the
   * counts. A method bound to an instance of a subclass checks them itself (boundMethodFn), as its
   * messages name that subclass.
   */
  unchecked: NativeMethod | null = null;
  minArgs = 0;
  maxArgs = 0;
  /**
   * METH_VARARGS without METH_KEYWORDS (markVarargs): called through the descriptor, keywords are
   * refused under its qualified name ("str.find() takes no keyword arguments", as
   * method_vectorcall_VARARGS does); bound, the method's own check names it bare, as cfunction_call.
   */
  varargs = false;
}

/** Marks `type`'s methods `names` as METH_VARARGS methods (PyMethodDescr.varargs). */
export function markVarargs(type: PyType, names: readonly string[]): void {
  for (const n of names) (type.ns.get(n) as PyMethodDescr).varargs = true;
}

/**
 * The checks of defMethods for a method taking min..max positional arguments and no keywords,
 * `qualname` naming it ("list.append", or "MyList.append" for a method bound to a subclass's
 * instance, as _PyObject_FunctionStr names one).
 */
function checkMethodArgs(qualname: string, name: string, min: number, max: number, args: PyObj[], kw: readonly string[] | null): void {
  if (kw && kw.length) throw typeError(`${qualname}() takes no keyword arguments`);
  if (args.length < min || args.length > max) throw arityError(max <= 1 && min === max ? qualname : name, min, max, args.length);
}

/**
 * What a method descriptor bound to obj (`xs.append` as a value) calls, obj's type being `type`:
 * the descriptor's own function, but the messages of a bound method name obj's type, which may be
 * a subclass of the descriptor's (`MyDict().keys(1)`: "MyDict.keys() takes no arguments (1 given)",
 * where the call through the descriptor, `MyDict().keys(1)` compiled to CALL_METHOD, says "dict.keys()").
 */
export function boundMethodFn(d: PyMethodDescr, obj: PyObj, type: PyType): NativeFn {
  const raw = d.unchecked;
  if (raw === null || type === d.owner) return (a, k) => d.fn(obj, a, k);
  const qualname = `${type.qualname}.${d.name}`;
  return (a, k) => {
    checkMethodArgs(qualname, d.name, d.minArgs, d.maxArgs, a, k);
    return raw(obj, a, k);
  };
}

/** `dict.fromkeys`, `int.from_bytes`: bound to the class on access. */
export class PyClassMethodDescr extends PyObject {
  constructor(
    public owner: PyType,
    public name: string,
    public fn: NativeMethod,
  ) {
    super(ClassMethodDescrType);
  }
}

export class PyGetSetDescr extends PyObject {
  constructor(
    public owner: PyType,
    public name: string,
    public get: ((self: PyObj) => PyObj) | null,
    public set: ((self: PyObj, v: PyObj | undefined) => void) | null = null,
  ) {
    super(GetSetDescrType);
  }
  /** A __slots__ member's index in PyInstance.slots (attribute caches read and write it directly), else -1. */
  slot = -1;
  /** __doc__, when it has one. */
  doc: string | null = null;
}

export type MethodRow =
  | [name: string, fn: NativeMethod]
  | [name: string, fn: NativeMethod, minArgs: number, maxArgs: number]
  | [name: string, fn: NativeMethod, minArgs: number, maxArgs: number, forms: [Method1 | null, Method2 | null]];

/**
 * The row of a method taking one positional argument, or one or two: its general entry calls the
 * forms, which CALL_METHOD calls directly.
 */
export function byArity(name: string, one: Method1, two: Method2 | null = null): MethodRow {
  const general: NativeMethod = two === null ? (s, a) => one(s, a[0]!) : (s, a) => (a.length === 1 ? one(s, a[0]!) : two(s, a[0]!, a[1]!));
  return [name, general, 1, two === null ? 1 : 2, [one, two]];
}

/** byArity of a method taking one or two arguments, written once: `b` is undefined when not given. */
export function byArity12(name: string, f: (self: PyObj, a: PyObj, b: PyObj | undefined) => PyObj): MethodRow {
  return byArity(name, (s, a) => f(s, a, undefined), f);
}

/** The row of a method taking exactly two positional arguments, with that form. */
export function byArity2(name: string, two: Method2): MethodRow {
  return [name, (s, a) => two(s, a[0]!, a[1]!), 2, 2, [null, two]];
}

/**
 * Dunder methods that CPython's builtin types declare in their method tables (PyMethodDef), not
 * as type slots: they are method_descriptors (`<method '__reversed__' of 'list' objects>`), not
 * slot wrappers, and bind as builtin methods.
 */
const PLAIN_DUNDERS = new Set([
  "__reversed__", "__reduce__", "__reduce_ex__", "__sizeof__", "__format__", "__dir__", "__getstate__", "__setstate__", "__copy__",
  "__deepcopy__", "__length_hint__", "__subclasshook__", "__round__", "__trunc__", "__floor__", "__ceil__", "__getnewargs__",
  "__getnewargs_ex__", "__complex__", "__bytes__", "__fspath__", "__enter__", "__exit__", "__aenter__", "__aexit__",
  "__instancecheck__", "__subclasscheck__", "__subclasses__", "__missing__", "__set_name__", "__mro_entries__", "__alloc__",
  "__getinitargs__",
]);
const isSlotName = (n: string) => n.length > 4 && n.startsWith("__") && n.endsWith("__") && !PLAIN_DUNDERS.has(n);

/**
 * Dunders that a builtin type declares twice, as a slot and as a method of the same name
 * (METH_COEXIST, for speed): its namespace holds the method.
 */
const COEXISTING = new Set(["dict.__getitem__", "dict.__contains__", "list.__getitem__", "set.__contains__", "frozenset.__contains__"]);
/** Slots whose wrapper hands its arguments to the C function as they come, keywords included. */
const TAKES_ANY_ARGS = new Set(["__init__", "__call__", "__new__"]);
/**
 * Slot wrappers that unpack their arguments with PyArg_UnpackTuple under an empty name, so their
 * message starts with a space (" expected 2 arguments, got 1"); the others count them with
 * check_num_args ("expected 1 argument, got 0").
 */
const UNPACKING_SLOTS = new Set(["__setitem__", "__set__", "__setattr__", "__pow__", "__rpow__", "__get__"]);
/** Sequences whose * is sq_repeat, whose wrapper (wrap_indexargfunc) unpacks too. */
const REPEAT_TYPES = new Set(["list", "tuple", "str", "bytes", "bytearray", "collections.deque", "array.array"]);

/** A slot wrapper's message for `got` arguments where it takes min..max. */
function wrapperArityError(type: PyType, name: string, min: number, max: number, got: number): PyObject {
  const s = (n: number) => (n === 1 ? "" : "s");
  const repeat = REPEAT_TYPES.has(type.name) && (name === "__mul__" || name === "__rmul__" || name === "__imul__");
  if (!UNPACKING_SLOTS.has(name) && !repeat) return typeError(`expected ${min} argument${s(min)}, got ${got}`);
  const n = got < min ? min : max;
  const bound = min === max ? "" : got < min ? "at least " : "at most ";
  return typeError(` expected ${bound}${n} argument${s(n)}, got ${got}`);
}

/**
 * Installs native methods. With an arity, positional-only counts are checked here, with the
 * messages of a method (METH_O, METH_NOARGS, or a name like "pop expected at most 1 argument")
 * or, for a slot, of its wrapper ("wrapper __add__() takes no keyword arguments").
 */
export function defMethods(type: PyType, rows: MethodRow[]): void {
  for (const row of rows) {
    const [name, fn] = row;
    const slot = isSlotName(name) && !COEXISTING.has(`${type.name}.${name}`);
    let impl = fn;
    if (row.length !== 2) {
      const [, , min, max] = row;
      // (the messages are made when an error needs them: thousands of methods are defined at start)
      if (slot && !TAKES_ANY_ARGS.has(name)) {
        impl = (self, args, kw) => {
          if (kw && kw.length) throw typeError(`wrapper ${name}() takes no keyword arguments`);
          if (args.length < min || args.length > max) throw wrapperArityError(type, name, min, max, args.length);
          return fn(self, args, kw);
        };
      } else {
        // METH_O and METH_NOARGS methods name themselves "type.name" in these messages; keywords are
        // refused naming the method as _PyObject_FunctionStr does
        impl = (self, args, kw) => {
          if ((kw && kw.length) || args.length < min || args.length > max) checkMethodArgs(`${type.qualname}.${name}`, name, min, max, args, kw);
          return fn(self, args, kw);
        };
      }
    }
    const d = new PyMethodDescr(type, name, impl, slot);
    if (impl !== fn && !slot) {
      d.unchecked = fn;
      d.minArgs = row[2]!;
      d.maxArgs = row[3]!;
    }
    if (row.length === 5) {
      d.fn1 = row[4][0];
      d.fn2 = row[4][1];
    }
    type.ns.set(name, d);
  }
}

/** Gives type's own __new__ its form for one argument after the class: `(cls, x) => ...`. */
export function newForm1(type: PyType, one: Method1): void {
  (type.ns.get("__new__") as PyMethodDescr).fn1 = one;
}

export function defClassMethods(type: PyType, rows: [string, NativeMethod][]): void {
  for (const [name, fn] of rows) type.ns.set(name, new PyClassMethodDescr(type, name, fn));
}

export function defGetters(type: PyType, rows: [string, (self: PyObj) => PyObj, ((self: PyObj, v: PyObj | undefined) => void)?][]): void {
  for (const [name, get, set] of rows) type.ns.set(name, new PyGetSetDescr(type, name, get, set ?? null));
}

/**
 * Gives `to` the attributes of `from`, an unrelated type whose instances behave the same (CPython
 * declares such tables twice), but those `to` has already; methods and getters become `to`'s own,
 * so they apply to `to`'s instances.
 */
export function shareMethods(from: PyType, to: PyType): void {
  for (const [k, v] of from.ns) {
    if (to.ns.has(k)) continue;
    if (v instanceof PyMethodDescr) {
      const d = new PyMethodDescr(to, v.name, v.fn, v.cls === WrapperDescrType);
      d.fn1 = v.fn1;
      d.fn2 = v.fn2;
      d.unchecked = v.unchecked;
      d.minArgs = v.minArgs;
      d.maxArgs = v.maxArgs;
      to.ns.set(k, d);
    }
    else if (v instanceof PyGetSetDescr && v.cls === GetSetDescrType) to.ns.set(k, new PyGetSetDescr(to, v.name, v.get, v.set));
    else to.ns.set(k, v);
  }
}

/**
 * Makes `type`'s descriptors `names` (defined by defGetters) what CPython declares as PyMemberDef:
 * their type is member_descriptor, and assigning one without a setter says "readonly attribute".
 */
export function asMembers(type: PyType, names: readonly string[]): void {
  for (const n of names) (type.ns.get(n) as PyGetSetDescr).cls = MemberDescrType;
}

/** CPython's messages for positional-only builtins ("expected 1 argument, got 2"). */
export function arityError(name: string, min: number, max: number, got: number): PyObject {
  if (min === max) {
    if (min === 0) return typeError(`${name}() takes no arguments (${got} given)`);
    if (min === 1) return typeError(`${name}() takes exactly one argument (${got} given)`);
    return typeError(`${name} expected ${min} arguments, got ${got}`);
  }
  if (got < min) return typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${got}`);
  return typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${got}`);
}

export function noKwargs(name: string, kwnames: readonly string[] | null): void {
  if (kwnames && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
}

/**
 * The positional arguments of a builtin type's constructor that refuses keywords only when it
 * makes the type itself (filter, map, tuple, float, itertools.cycle...): a subclass's keywords are
 * for its own __new__/__init__, so they are dropped here and the positional checks go on.
 */
export function exactNoKwargs(name: string, isExact: boolean, args: PyObj[], kwnames: readonly string[] | null): PyObj[] {
  const nkw = kwnames ? kwnames.length : 0;
  if (nkw === 0) return args;
  if (isExact) throw typeError(`${name}() takes no keyword arguments`);
  return args.slice(0, args.length - nkw);
}

/**
 * PyArg_ParseTupleAndKeywords's binding in its own order of checks, for the constructors that
 * still use it (itertools.count, repeat, groupby, combinations...): too many arguments counted
 * with the keywords ("takes at most 2 arguments (3 given)", "2 keyword arguments" when all are
 * keywords), then a missing required parameter, and only then a keyword that repeats a positional
 * argument (any of them) and last an unknown keyword. `convert`, if given, converts each argument found as the walk
 * over the parameters reaches it (its format unit's conversion), so its errors come before those
 * of later parameters and of keywords.
 */
export function parseTupleAndKeywords(fname: string, args: PyObj[], kwnames: readonly string[] | null, names: string[], required: number, convert?: (i: number, v: PyObj) => PyObj): (PyObj | undefined)[] {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const n = names.length;
  if (npos + nkw > n) {
    throw typeError(`${fname}() takes at most ${n} ${npos === 0 ? "keyword " : ""}argument${n === 1 ? "" : "s"} (${npos + nkw} given)`);
  }
  const out: (PyObj | undefined)[] = new Array(n).fill(undefined);
  for (let i = 0; i < n; i++) {
    if (i < npos) out[i] = args[i];
    else if (kwnames !== null) {
      const k = kwnames.indexOf(names[i]);
      if (k >= 0) out[i] = args[npos + k];
    }
    if (out[i] !== undefined && convert !== undefined) out[i] = convert(i, out[i]!);
    if (out[i] === undefined && i < required) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  // a keyword repeating a positional argument (the first such parameter), then an unknown one
  for (let i = 0; i < npos && nkw > 0; i++) {
    if (kwnames!.includes(names[i])) throw typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
  }
  for (let k = 0; k < nkw; k++) {
    if (!names.includes(kwnames![k])) throw typeError(`'${kwnames![k]}' is an invalid keyword argument for ${fname}()`);
  }
  return out;
}

/**
 * Binds vectorcall arguments to named parameters: `names` in order, the first `posOnly`
 * positional-only, the first `required` required (a required one from `kwOnlyFrom` on is a
 * required keyword-only parameter). Missing ones are undefined. The checks come in the order of
 * Argument Clinic's _PyArg_UnpackKeywords (PyArg_ParseTupleAndKeywords's is the same): too many
 * arguments counted with the keywords, too many or too few positional ones, a missing required
 * parameter, one given by name and position, and last an unknown keyword. Builtins whose
 * parameters are all positional-only refuse keywords first, as their METH_FASTCALL calls do.
 */
export function bindArgs(fname: string, args: PyObj[], kwnames: readonly string[] | null, names: string[], required: number, posOnly = 0, kwOnlyFrom = names.length): (PyObj | undefined)[] {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const n = names.length;
  const out: (PyObj | undefined)[] = new Array(n).fill(undefined);
  const maxpos = kwOnlyFrom;
  if (nkw === 0 && npos >= required && npos <= maxpos) {
    for (let i = 0; i < npos; i++) out[i] = args[i];
    return out;
  }
  return bindArgsSlow(fname, args, kwnames, names, required, posOnly, maxpos, out);
}

function bindArgsSlow(fname: string, args: PyObj[], kwnames: readonly string[] | null, names: string[], required: number, posOnly: number, maxpos: number, out: (PyObj | undefined)[]): (PyObj | undefined)[] {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const n = names.length;
  const minpos = Math.min(required, maxpos);
  const s = (k: number) => (k === 1 ? "" : "s");
  if (posOnly === n) {
    // keywords refused naming the function as _PyObject_FunctionStr does (a module function
    // "module.name", as fname then says), then _PyArg_CheckPositional's count, by the bare name
    if (nkw) throw typeError(`${fname}() takes no keyword arguments`);
    const bare = fname.slice(fname.lastIndexOf(".") + 1);
    if (npos > maxpos) throw typeError(`${bare} expected ${required === maxpos ? "" : "at most "}${maxpos} argument${s(maxpos)}, got ${npos}`);
    throw typeError(`${bare} expected ${required === maxpos ? "" : "at least "}${required} argument${s(required)}, got ${npos}`);
  }
  if (npos + nkw > n) throw typeError(`${fname}() takes at most ${n} ${npos === 0 ? "keyword " : ""}argument${s(n)} (${npos + nkw} given)`);
  if (npos > maxpos) {
    if (maxpos === 0) throw typeError(`${fname}() takes no positional arguments`);
    throw typeError(`${fname}() takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${s(maxpos)} (${npos} given)`);
  }
  const minposonly = Math.min(posOnly, minpos);
  if (npos < minposonly) throw typeError(`${fname}() takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${s(minposonly)} (${npos} given)`);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  // the parameters after the positional arguments, by name, until no keyword and no required one is left
  let left = nkw;
  for (let i = Math.max(npos, posOnly); i < n && (left > 0 || i < required); i++) {
    const k = left > 0 ? kwnames!.indexOf(names[i]) : -1;
    if (k >= 0) {
      out[i] = args[npos + k];
      left--;
    } else if (i < required) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (left > 0) {
    for (let i = posOnly; i < npos; i++) {
      if (kwnames!.includes(names[i])) throw typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (const kn of kwnames!) {
      if (names.indexOf(kn) < posOnly) throw typeError(`'${kn}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}
