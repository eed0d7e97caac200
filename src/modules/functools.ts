// The _functools module (Modules/_functoolsmodule.c, 3.10): reduce, partial (flattening nested
// partials, its repr, __reduce__/__setstate__), cmp_to_key's KeyWrapper and _lru_cache_wrapper
// (functools-lru.ts). partial instances carry a __dict__, as the C type's does.
import {
  type PyObj, PyObject, PyType, PyTuple, PyDict, None, TypeType, ObjectType, tuple, typeOf, iter, next, call, repr, typeError,
  defMethods, defGetters, reprGuard, attributeError, richCompare, Cmp, asStr, newInstance, PyModule, str, TupleType, DictType, parseTupleAndKeywords,
} from "../objects/index.ts";
import { makeModule, inModule, defClassGetitem } from "./util.ts";
import { LruCacheType } from "./functools-lru.ts";

// ---- reduce -------------------------------------------------------------------------------------

function reduce(args: PyObj[], kw: readonly string[] | null): PyObj {
  if (kw && kw.length) throw typeError("reduce() takes no keyword arguments");
  if (args.length < 2) throw typeError(`reduce expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw typeError(`reduce expected at most 3 arguments, got ${args.length}`);
  const [f, seq] = args;
  let it: PyObj;
  try {
    it = iter(seq);
  } catch (e) {
    if (typeOf(seq).lookup("__iter__") === undefined && typeOf(seq).lookup("__getitem__") === undefined) throw typeError("reduce() arg 2 must support iteration");
    throw e;
  }
  let acc: PyObj | undefined = args.length === 3 ? args[2] : undefined;
  for (let v = next(it); v !== undefined; v = next(it)) acc = acc === undefined ? v : call(f, [acc, v]);
  if (acc === undefined) throw typeError("reduce() of empty iterable with no initial value");
  return acc;
}

// ---- partial ------------------------------------------------------------------------------------

export class PyPartial extends PyObject {
  fn: PyObj = None;
  /** The tuple and dict objects themselves (partial.args / .keywords / __reduce__ return them). */
  args: PyTuple = tuple([]);
  kw = new PyDict();
}
export const PartialType = inModule(new PyType(TypeType, "functools.partial", [ObjectType], (cls) => new PyPartial(cls)), "functools");
PartialType.qualname = "partial";
// Only a partial without instance attributes is flattened into a new partial (partial_new; the
// C type makes its dict on first use and tests for NULL, here an empty dict stands for that).
PartialType.hasDict = true;
defClassGetitem(PartialType);
const readonly = () => {
  throw attributeError("readonly attribute");
};
const P = (x: PyObj) => x as PyPartial;

const isCallable = (x: PyObj) => typeOf(x).lookup("__call__") !== undefined;

defMethods(PartialType, [
  ["__new__", (cls, args, kw) => {
    const nkw = kw ? kw.length : 0;
    const npos = args.length - nkw;
    if (npos < 1) throw typeError("type 'partial' takes at least one argument");
    let fn = args[0];
    let pargs = args.slice(1, npos);
    const pkw = new PyDict();
    if (fn instanceof PyPartial && typeOf(fn).lookup("__call__") === PartialType.ns.get("__call__") && (fn.dict === null || fn.dict.size === 0)) {
      pargs = [...fn.args.items, ...pargs];
      for (const e of fn.kw.entries()) pkw.set(e.key, e.value);
      fn = fn.fn;
    }
    if (!isCallable(fn)) throw typeError("the first argument must be callable");
    for (let i = 0; i < nkw; i++) pkw.set(kw![i], args[npos + i]);
    const p = newInstance(cls as PyType) as PyPartial;
    p.fn = fn;
    p.args = tuple(pargs);
    p.kw = pkw;
    return p;
  }],
  ["__call__", (s, args, kw) => {
    const p = P(s);
    const nkw = kw ? kw.length : 0;
    const npos = args.length - nkw;
    if (p.kw.size === 0) return call(p.fn, [...p.args.items, ...args], kw);
    const merged = new PyDict();
    for (const e of p.kw.entries()) merged.set(e.key, e.value);
    for (let i = 0; i < nkw; i++) merged.set(kw![i], args[npos + i]);
    // p.keywords is a plain dict anyone can add to: a key that is not a str fails the call as **{1: x} does
    const names = merged.entries().map((e) => {
      const k = asStr(e.key);
      if (k === null) throw typeError("keywords must be strings");
      return k;
    });
    return call(p.fn, [...p.args.items, ...args.slice(0, npos), ...merged.values()], names);
  }],
  ["__repr__", (s) => {
    const p = P(s);
    const t = typeOf(s);
    const name = t === PartialType ? "functools.partial" : t.name;
    return reprGuard(p, "...", () => {
      const parts = [repr(p.fn), ...p.args.items.map((a) => repr(a))];
      // a key is shown by its str() (%S), which may change the dict: read each entry before
      for (const e of p.kw.entries()) {
        const value = e.value;
        parts.push(`${str(e.key)}=${repr(value)}`);
      }
      return `${name}(${parts.join(", ")})`;
    });
  }, 0, 0],
  ["__reduce__", (s) => {
    const p = P(s);
    const d = p.dict !== null && p.dict.size > 0 ? p.dict : None;
    return tuple([typeOf(s), tuple([p.fn]), tuple([p.fn, p.args, p.kw, d])]);
  }, 0, 0],
  ["__setstate__", (s, [state]) => {
    if (!(state instanceof PyTuple)) throw typeError("argument to __setstate__ must be a tuple");
    if (state.items.length !== 4) throw typeError("invalid partial state");
    const [fn, fnargs, kw, d] = state.items;
    if (!isCallable(fn) || !(fnargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))) throw typeError("invalid partial state");
    const p = P(s);
    p.fn = fn;
    // an exact tuple and dict are kept (a copy of the partial shares them), others are converted
    p.args = typeOf(fnargs) === TupleType ? fnargs : tuple(fnargs.items.slice());
    if (kw instanceof PyDict && typeOf(kw) === DictType) p.kw = kw;
    else {
      p.kw = new PyDict();
      if (kw instanceof PyDict) for (const e of kw.entries()) p.kw.set(e.key, e.value);
    }
    if (d === None) p.dict = new PyDict();
    else if (d instanceof PyDict) p.dict = d;
    else throw typeError("a partial object's dictionary may not be deleted");
    return None;
  }, 1, 1],
]);
defGetters(PartialType, [
  ["func", (s) => P(s).fn, readonly],
  ["args", (s) => P(s).args, readonly],
  ["keywords", (s) => P(s).kw, readonly],
  ["__dict__", (s) => (P(s).dict ??= new PyDict()), (s, v) => {
    if (!(v instanceof PyDict)) throw typeError(v === undefined ? "a partial object's dictionary may not be deleted" : "setting partial object's dictionary to a non-dict");
    P(s).dict = v;
  }],
]);

// ---- cmp_to_key ---------------------------------------------------------------------------------

class PyKeyWrapper extends PyObject {
  constructor(public cmp: PyObj, public obj: PyObj | null) {
    super(KeyWrapperType);
  }
}
const KeyWrapperType = inModule(new PyType(TypeType, "functools.KeyWrapper", [ObjectType]), "functools");
KeyWrapperType.qualname = "KeyWrapper";
KeyWrapperType.solid = KeyWrapperType;
KeyWrapperType.baseAllowed = false;
KeyWrapperType.factory = null; // only cmp_to_key makes them: KeyWrapper() is "cannot create ... instances"
const K = (x: PyObj) => x as PyKeyWrapper;

function kwCompare(op: Cmp) {
  return (s: PyObj, [o]: PyObj[]): PyObj => {
    if (!(o instanceof PyKeyWrapper)) throw typeError("other argument must be K instance");
    const a = K(s);
    if (a.obj === null || o.obj === null) throw typeError("object is not a K instance");
    const r = call(a.cmp, [a.obj, o.obj]);
    return richCompare(r, 0, op);
  };
}
defMethods(KeyWrapperType, [
  ["__call__", (s, args, kw) => {
    const nkw = kw ? kw.length : 0;
    const npos = args.length - nkw;
    if (npos + nkw > 1) throw typeError(`K() takes at most 1 argument (${args.length} given)`);
    if (nkw === 1 && kw![0] !== "obj") throw typeError(`'${kw![0]}' is an invalid keyword argument for K()`);
    if (args.length === 0) throw typeError("K() missing required argument 'obj' (pos 1)");
    return new PyKeyWrapper(K(s).cmp, args[0]);
  }],
  ["__lt__", kwCompare(Cmp.LT), 1, 1],
  ["__le__", kwCompare(Cmp.LE), 1, 1],
  ["__eq__", kwCompare(Cmp.EQ), 1, 1],
  ["__ne__", kwCompare(Cmp.NE), 1, 1],
  ["__gt__", kwCompare(Cmp.GT), 1, 1],
  ["__ge__", kwCompare(Cmp.GE), 1, 1],
]);
KeyWrapperType.ns.set("__hash__", None);
defGetters(KeyWrapperType, [["obj", (s) => K(s).obj ?? None]]);

function cmpToKey(args: PyObj[], kw: readonly string[] | null): PyObj {
  const [mycmp] = parseTupleAndKeywords("cmp_to_key", args, kw, ["mycmp"], 1);
  return new PyKeyWrapper(mycmp!, null);
}

export function makeFunctools(): PyModule {
  return makeModule("_functools", [["reduce", reduce], ["cmp_to_key", cmpToKey]], [["partial", PartialType], ["KeyWrapper", KeyWrapperType], ["_lru_cache_wrapper", LruCacheType]], "Tools that operate on functions.");
}
