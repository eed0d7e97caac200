// Pickling and copying of the builtin iterators, as 3.10 allows it: __reduce__ rebuilds the iterator
// from what it iterates (iter(seq) plus an index given to __setstate__, or a list of what is left
// for dict iterators; enumerate, zip, map, filter from their source iterators), and __setstate__
// moves a sequence iterator to an index, clamped as each C setstate clamps it. An exhausted
// sequence iterator reduces to iter() of an empty sequence, as CPython's has dropped its sequence.
// (itertools' objects have their rows in src/modules/itertools*.ts; set_iterator's in set-methods.ts.)
import {
  type PyObj, type PyType, PyTuple, PyList, PyListIter, PyRangeIter, PyLongRangeIter, PyDictIter, PyDictRevIter, PySeqIter, PyRange, PyIntSubclass,
  ObjectType, ReversedType, EnumerateType, ZipType, MapType, FilterType, iterTypes, defMethods, callDescr, tuple, truthy, typeError, newExc,
  OverflowError, None, intCmp, len, SSIZE_MAX,
} from "../objects/index.ts";
import { intAdd, intMul, type Int } from "../objects/number.ts";
import { PyTupleIter, PyListRevIter, PyStrIter, PyBytesIter } from "../objects/seq-iters.ts";
import { interp } from "../vm/interp.ts";
import { PyCallableIter } from "./functions.ts";
import { PyEnumerate, PyZip, PyMapFilter, PyReversed } from "./iterators.ts";

const builtinIter = (): PyObj => interp.builtins.getStr("iter")!;
/** (iter, (seq,), index) */
const iterAt = (seq: PyObj, index: PyObj): PyObj => tuple([builtinIter(), tuple([seq]), index]);
/** (iter, (empty,)) */
const iterOver = (seq: PyObj): PyObj => tuple([builtinIter(), tuple([seq])]);
/** object.__reduce__ for an instance this file does not know (it raises "cannot pickle ..."). */
const plainReduce = (s: PyObj): PyObj => callDescr(ObjectType.lookup("__reduce__")!, s, []);

/** PyLong_AsSsize_t: an int (no __index__) within a Py_ssize_t, else TypeError or OverflowError. */
function ssizeExact(x: PyObj): number | bigint {
  const v = typeof x === "number" || typeof x === "bigint" ? x : typeof x === "boolean" ? (x ? 1 : 0) : x instanceof PyIntSubclass ? x.value : null;
  if (v === null) throw typeError("an integer is required");
  if (typeof v === "bigint" && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}
/** ssizeExact as a JS number, for an index that is then clamped to a length (past 2**53 it is past any length). */
const ssize = (x: PyObj): number => Number(ssizeExact(x));
const clamp = (i: number, lo: number, hi: number) => (i < lo ? lo : i > hi ? hi : i);

defMethods(iterTypes.list, [
  ["__reduce__", (s) => {
    if (!(s instanceof PyListIter)) return plainReduce(s);
    return s.i < 0 ? iterOver(new PyList([])) : iterAt(s.list, s.i);
  }, 0, 0],
  ["__setstate__", (s, [st]) => {
    const i = ssize(st);
    if (s instanceof PyListIter && s.i >= 0) s.i = clamp(i, 0, s.list.items.length);
    return None;
  }, 1, 1],
]);

defMethods(iterTypes.listReverse, [
  ["__reduce__", (s) => {
    if (!(s instanceof PyListRevIter)) return plainReduce(s);
    return s.list === null ? iterOver(new PyList([])) : tuple([ReversedType, tuple([s.list]), s.i]);
  }, 0, 0],
  ["__setstate__", (s, [st]) => {
    const i = ssize(st);
    if (s instanceof PyListRevIter && s.list !== null) s.i = clamp(i, -1, s.list.items.length - 1);
    return None;
  }, 1, 1],
]);

defMethods(iterTypes.tuple, [
  ["__reduce__", (s) => {
    if (!(s instanceof PyTupleIter)) return plainReduce(s);
    return s.seq === null ? iterOver(tuple([])) : iterAt(s.seq, s.i);
  }, 0, 0],
  ["__setstate__", (s, [st]) => {
    const i = ssize(st);
    if (s instanceof PyTupleIter && s.seq !== null) s.i = clamp(i, 0, s.items.length);
    return None;
  }, 1, 1],
]);

defMethods(iterTypes.str, [
  ["__reduce__", (s) => {
    if (!(s instanceof PyStrIter)) return plainReduce(s);
    return s.seq === null ? iterOver("") : iterAt(s.seq, s.index);
  }, 0, 0],
  ["__setstate__", (s, [st]) => {
    const i = ssize(st);
    if (s instanceof PyStrIter && s.seq !== null) s.index = Math.max(0, i);
    return None;
  }, 1, 1],
]);

for (const t of [iterTypes.bytes, iterTypes.bytearray]) {
  defMethods(t, [
    ["__reduce__", (s) => {
      if (!(s instanceof PyBytesIter)) return plainReduce(s);
      return s.seq === null ? iterOver(tuple([])) : iterAt(s.seq, s.i);
    }, 0, 0],
    ["__setstate__", (s, [st]) => {
      const i = ssize(st);
      if (s instanceof PyBytesIter && s.seq !== null) s.i = clamp(i, 0, s.seq.bytes.length);
      return None;
    }, 1, 1],
  ]);
}

/** range(start, start + len * step, step): the range an iterator walks (rangeiter_reduce). */
const rangeOf = (start: Int, step: Int, len: Int): PyRange => new PyRange(start, intAddMul(start, len, step), step);
const intAddMul = (a: Int, n: Int, k: Int): Int => intAdd(a, intMul(n, k));

defMethods(iterTypes.range, [
  ["__reduce__", (s) => {
    if (!(s instanceof PyRangeIter)) return plainReduce(s);
    return iterAt(rangeOf(s.start, s.stride, s.n), s.i);
  }, 0, 0],
  ["__setstate__", (s, [st]) => {
    const i = ssize(st);
    if (s instanceof PyRangeIter) s.i = clamp(i, 0, s.n);
    return None;
  }, 1, 1],
]);

defMethods(iterTypes.longRange, [
  ["__reduce__", (s) => {
    if (!(s instanceof PyLongRangeIter)) return plainReduce(s);
    return iterAt(rangeOf(s.start, s.stride, s.len), s.index);
  }, 0, 0],
  ["__setstate__", (s, [st]) => {
    if (!(s instanceof PyLongRangeIter)) return None;
    const v = typeof st === "number" || typeof st === "bigint" ? st : typeof st === "boolean" ? (st ? 1 : 0) : st instanceof PyIntSubclass ? st.value : null;
    if (v === null) throw typeError("an integer is required");
    s.index = intCmp(v, 0) < 0 ? 0 : intCmp(v, s.len) > 0 ? s.len : v;
    return None;
  }, 1, 1],
]);

for (const t of [iterTypes.dictKeys, iterTypes.dictValues, iterTypes.dictItems]) {
  defMethods(t, [["__reduce__", (s) => (s instanceof PyDictIter ? iterOver(new PyList(s.remaining())) : plainReduce(s)), 0, 0]]);
}
for (const t of [iterTypes.dictRevKeys, iterTypes.dictRevValues, iterTypes.dictRevItems]) {
  defMethods(t, [["__reduce__", (s) => (s instanceof PyDictRevIter ? iterOver(new PyList(s.remaining())) : plainReduce(s)), 0, 0]]);
}

defMethods(iterTypes.seq, [
  ["__reduce__", (s) => {
    if (!(s instanceof PySeqIter)) return plainReduce(s);
    return s.seq === null ? iterOver(tuple([])) : iterAt(s.seq, s.i);
  }, 0, 0],
  ["__setstate__", (s, [st]) => {
    const i = ssizeExact(st);
    if (s instanceof PySeqIter && s.seq !== null) s.i = i < 0 ? 0 : i;
    return None;
  }, 1, 1],
]);

defMethods(iterTypes.callable, [
  ["__reduce__", (s) => {
    if (!(s instanceof PyCallableIter)) return plainReduce(s);
    return s.fn === null ? iterOver(tuple([])) : tuple([builtinIter(), tuple([s.fn, s.sentinel])]);
  }, 0, 0],
]);

const typeOfIt = (s: PyObj): PyType => (s as PyTuple).cls;

defMethods(EnumerateType, [
  ["__reduce__", (s) => (s instanceof PyEnumerate ? tuple([typeOfIt(s), tuple([s.src, s.i])]) : plainReduce(s)), 0, 0],
]);

defMethods(ZipType, [
  ["__reduce__", (s) => {
    if (!(s instanceof PyZip)) return plainReduce(s);
    return s.strict ? tuple([typeOfIt(s), tuple(s.its), true]) : tuple([typeOfIt(s), tuple(s.its)]);
  }, 0, 0],
  ["__setstate__", (s, [st]) => {
    const strict = truthy(st);
    if (s instanceof PyZip) s.strict = strict;
    return None;
  }, 1, 1],
]);

for (const t of [MapType, FilterType]) {
  defMethods(t, [
    ["__reduce__", (s) => (s instanceof PyMapFilter ? tuple([typeOfIt(s), tuple([s.fn, ...s.its])]) : plainReduce(s)), 0, 0],
  ]);
}

defMethods(ReversedType, [
  ["__reduce__", (s) => {
    if (!(s instanceof PyReversed)) return plainReduce(s);
    return s.seq === null ? tuple([typeOfIt(s), tuple([tuple([])])]) : tuple([typeOfIt(s), tuple([s.seq]), s.i]);
  }, 0, 0],
  ["__setstate__", (s, [st]) => {
    const i = ssize(st);
    if (s instanceof PyReversed && s.seq !== null) {
      s.i = clamp(i, -1, len(s.seq) - 1);
    }
    return None;
  }, 1, 1],
]);
