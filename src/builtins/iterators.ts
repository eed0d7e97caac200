// The builtin iterator types (Python/bltinmodule.c: enumerate, zip, map, filter; reversed from
// Objects/enumobject.c) and the __iter__/__next__/__length_hint__ every native iterator type
// exposes to Python. Native iterators are PyIter objects whose `step` returns undefined at the end.
import {
  type PyObj, PyIter, PyType, None, iter, next, call, typeOf, typeError, tuple, truthy, len, getitem, callDescr, iterTypes, bindArgs,
  asIndex, intAdd, EnumerateType, ZipType, MapType, FilterType, ReversedType, defMethods, newExc, StopIteration, valueError, PyList, PyTuple,
  ListType, TupleType,
} from "../objects/index.ts";

const iterRows = (t: PyType) =>
  defMethods(t, [
    ["__iter__", (s) => s, 0, 0],
    ["__next__", (s) => {
      const v = (s as PyIter).step();
      if (v === undefined) throw newExc(StopIteration);
      return v;
    }, 0, 0],
    ["__length_hint__", (s) => {
      const h = (s as PyIter).lengthHint;
      return h ? h() : 0;
    }, 0, 0],
  ]);
for (const t of Object.values(iterTypes)) iterRows(t);
for (const t of [EnumerateType, ZipType, MapType, FilterType, ReversedType]) iterRows(t);

defMethods(EnumerateType, [["__new__", (cls, args, kw) => {
  const [it, start] = bindArgs("enumerate", args, kw, ["iterable", "start"], 1);
  const src = iter(it!);
  let i: number | bigint = start === undefined ? 0 : asIndex(start);
  return new PyIter(cls as PyType, () => {
    const v = next(src);
    if (v === undefined) return undefined;
    const r = tuple([i, v]);
    i = intAdd(i, 1);
    return r;
  });
}]]);

defMethods(ZipType, [["__new__", (cls, args, kw) => {
  let strict = false;
  const nkw = kw ? kw.length : 0;
  if (nkw > 1) throw typeError(`zip() takes at most 1 keyword argument (${nkw} given)`);
  for (let k = 0; k < nkw; k++) {
    if (kw![k] !== "strict") throw typeError(`zip() got an unexpected keyword argument '${kw![k]}'`);
    strict = truthy(args[args.length - nkw + k]);
  }
  const its = args.slice(0, args.length - nkw).map((a, n) => {
    try {
      return iter(a);
    } catch (e) {
      void n;
      throw e;
    }
  });
  let done = false;
  return new PyIter(cls as PyType, () => {
    if (done || its.length === 0) return undefined;
    const out: PyObj[] = [];
    for (let k = 0; k < its.length; k++) {
      const v = next(its[k]);
      if (v === undefined) {
        done = true;
        if (strict) {
          if (k > 0) throw valueError(`zip() argument ${k + 1} is shorter than argument${k > 1 ? "s 1-" + k : " 1"}`);
          for (let j = 1; j < its.length; j++) {
            if (next(its[j]) !== undefined) throw valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
          }
        }
        return undefined;
      }
      out.push(v);
    }
    return tuple(out);
  });
}]]);

defMethods(MapType, [["__new__", (cls, args, kw) => {
  if (kw && kw.length) throw typeError("map() takes no keyword arguments");
  if (args.length < 2) throw typeError("map() must have at least two arguments.");
  const fn = args[0];
  const its = args.slice(1).map((a, n) => {
    if (typeOf(a).lookup("__iter__") === undefined && typeOf(a).lookup("__getitem__") === undefined) throw typeError(`'${typeOf(a).name}' object is not iterable`);
    void n;
    return iter(a);
  });
  return new PyIter(cls as PyType, () => {
    const vals: PyObj[] = [];
    for (const it of its) {
      const v = next(it);
      if (v === undefined) return undefined;
      vals.push(v);
    }
    return call(fn, vals);
  });
}]]);

defMethods(FilterType, [["__new__", (cls, args, kw) => {
  if (kw && kw.length) throw typeError("filter() takes no keyword arguments");
  if (args.length !== 2) throw typeError(`filter expected 2 arguments, got ${args.length}`);
  const [fn, src] = args;
  const it = iter(src);
  return new PyIter(cls as PyType, () => {
    for (;;) {
      const v = next(it);
      if (v === undefined) return undefined;
      if (fn === None ? truthy(v) : truthy(call(fn, [v]))) return v;
    }
  });
}]]);

defMethods(ReversedType, [["__new__", (cls, args, kw) => {
  if (kw && kw.length) throw typeError("reversed() takes no keyword arguments");
  if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`);
  const seq = args[0];
  const rf = typeOf(seq).lookup("__reversed__");
  if (rf !== undefined && rf !== None) return callDescr(rf, seq, []);
  if (rf === None || typeOf(seq).lookup("__getitem__") === undefined || typeOf(seq).lookup("__len__") === undefined || typeOf(seq).isSubtype(dictType())) {
    throw typeError(`'${typeOf(seq).name}' object is not reversible`);
  }
  let i = len(seq) - 1;
  return new PyIter(cls as PyType, () => (i >= 0 ? getitem(seq, i--) : undefined), () => Math.max(0, i + 1));
}]]);
import { DictType } from "../objects/index.ts";
const dictType = () => DictType;
export { PyList, PyTuple, ListType, TupleType };
