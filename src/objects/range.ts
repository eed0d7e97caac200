// range and slice methods (Objects/rangeobject.c, sliceobject.c). A range keeps int bounds as
// number|bigint; iteration, len, indexing, containment (O(1) for ints) and equality are by value.
import { PyObject, type PyObj } from "./object.ts";
import { PyIter } from "./iter.ts";
import { RangeType, SliceType, None, NotImplemented, iterTypes } from "./builtin-types.ts";
import { newExc, typeError, valueError, IndexError, OverflowError } from "./exceptions.ts";
import { Cmp, asInt, eq, hashItems, repr, typeOf, richCompare } from "./protocols.ts";
import { asMembers, defGetters, defMethods, noKwargs, byArity } from "./function.ts";
import { tuple } from "./tuple.ts";
import { PySlice, asIndex, sliceIndices } from "./slice.ts";
import * as N from "./number.ts";
import type { Int } from "./number.ts";
import { normInt } from "../support/text/index.ts";

export class PyRange extends PyObject {
  readonly length: Int;
  constructor(public start: Int, public stop: Int, public step: Int) {
    super(RangeType);
    this.length = rangeLen(start, stop, step);
  }
  at(i: Int): Int {
    return N.intAdd(this.start, N.intMul(i, this.step));
  }
}
function rangeLen(start: Int, stop: Int, step: Int): Int {
  if (N.intSign(step) > 0) return N.intCmp(start, stop) < 0 ? N.intAdd(N.intFloorDiv(N.intSub(N.intSub(stop, start), 1), step), 1) : 0;
  return N.intCmp(start, stop) > 0 ? N.intAdd(N.intFloorDiv(N.intSub(N.intSub(start, stop), 1), N.intNeg(step)), 1) : 0;
}

/** range_iterator over safe integers: start + stride * i for i < n. FOR_ITER calls next1 directly. */
// (shared functions called as the iterator's methods: no closures made for each iterator)
function rangeIterStep(this: PyRangeIter): PyObj | undefined {
  return this.next1();
}
function rangeIterHint(this: PyRangeIter): number {
  return this.n - this.i;
}
export class PyRangeIter extends PyIter {
  i = 0;
  constructor(
    public start: number,
    public stride: number,
    public n: number,
  ) {
    super(iterTypes.range, null!, null);
    this.step = rangeIterStep;
    this.lengthHint = rangeIterHint;
  }
  next1(): PyObj | undefined {
    const i = this.i;
    if (i < this.n) {
      this.i = i + 1;
      return this.start + this.stride * i;
    }
    return undefined;
  }
}

/**
 * longrange_iterator: index counts up to len; the value is start + index * step. Also the reversed
 * iterator of a range whose bounds are not all safe integers (start = last item, step negated).
 */
export class PyLongRangeIter extends PyIter {
  index: Int = 0;
  constructor(
    public start: Int,
    public stride: Int,
    public len: Int,
  ) {
    super(iterTypes.longRange, null!, null);
    this.step = () => {
      if (N.intCmp(this.index, this.len) >= 0) return undefined;
      const v = N.intAdd(this.start, N.intMul(this.index, this.stride));
      this.index = N.intAdd(this.index, 1);
      return v;
    };
  }
}

const R = (x: PyObj) => x as PyRange;
/** range.__len__: a Py_ssize_t, so up to sys.maxsize (a bigint past 2**53). */
const lenOf = (r: PyRange): PyObj => {
  if (typeof r.length === "bigint" && r.length > 0x7fffffffffffffffn) throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
  return r.length;
};

defMethods(RangeType, [
  ["__new__", (_cls, args, kw) => {
    noKwargs("range", kw);
    if (args.length === 0) throw typeError("range expected at least 1 argument, got 0");
    if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
    const v = args.map((a) => asIndex(a));
    if (v.length === 1) return new PyRange(0, v[0], 1);
    const step = v.length === 3 ? v[2] : 1;
    if (N.intSign(step) === 0) throw valueError("range() arg 3 must not be zero");
    return new PyRange(v[0], v[1], step);
  }],
  ["__repr__", (s) => {
    const r = R(s);
    return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
  }, 0, 0],
  ["__len__", (s) => lenOf(R(s)), 0, 0],
  ["__bool__", (s) => N.intSign(R(s).length) !== 0, 0, 0],
  ["__iter__", (s) => {
    const r = R(s);
    if (typeof r.start === "number" && typeof r.stop === "number" && typeof r.step === "number" && typeof r.length === "number") {
      return new PyRangeIter(r.start, r.step, r.length);
    }
    return new PyLongRangeIter(r.start, r.step, r.length);
  }, 0, 0],
  ["__reversed__", (s) => {
    // range_reverse: an iterator from the last item with the step negated
    const r = R(s);
    const last = N.intSign(r.length) === 0 ? r.start : r.at(N.intSub(r.length, 1));
    const back = N.intNeg(r.step);
    if (typeof last === "number" && typeof back === "number" && typeof r.length === "number" && typeof N.intAdd(last, N.intMul(r.length, back)) === "number") {
      return new PyRangeIter(last, back, r.length);
    }
    return new PyLongRangeIter(last, back, r.length);
  }, 0, 0],
  ["__getitem__", (s, [k]) => {
    const r = R(s);
    if (k instanceof PySlice) {
      const [start, stop, step] = typeof r.length === "number" ? sliceIndices(k, r.length) : sliceIndicesLong(k, r.length);
      return new PyRange(r.at(start), r.at(stop), N.intMul(r.step, step));
    }
    let i = asIndex(k, `range indices must be integers or slices, not ${typeOf(k).name}`);
    if (N.intSign(i) < 0) i = N.intAdd(i, r.length);
    if (N.intSign(i) < 0 || N.intCmp(i, r.length) >= 0) throw newExc(IndexError, "range object index out of range");
    return r.at(i);
  }, 1, 1],
  ["__contains__", (s, [x]) => {
    const r = R(s);
    const v = asInt(x);
    if (v === null || typeof x === "object") {
      const it = r.length;
      for (let i: Int = 0; N.intCmp(i, it) < 0; i = N.intAdd(i, 1)) if (eq(r.at(i), x)) return true;
      return false;
    }
    return rangeIndex(r, v) >= 0;
  }, 1, 1],
  // range_index and range_count: an exact int or a bool is found arithmetically; any other object
  // (an int subclass, a float, one with its own __eq__) by comparing it with each item in turn
  byArity("index", (s, x) => {
    const r = R(s);
    const v = asExactInt(x);
    if (v !== null) {
      const i = rangeIndex(r, v);
      if (N.intSign(i) < 0) throw valueError(`${repr(x)} is not in range`);
      return i;
    }
    for (let i: Int = 0; N.intCmp(i, r.length) < 0; i = N.intAdd(i, 1)) if (eq(r.at(i), x)) return i;
    throw valueError("sequence.index(x): x not in sequence");
  }),
  byArity("count", (s, x) => {
    const r = R(s);
    const v = asExactInt(x);
    if (v !== null) return N.intSign(rangeIndex(r, v)) >= 0 ? 1 : 0;
    let n = 0;
    for (let i: Int = 0; N.intCmp(i, r.length) < 0; i = N.intAdd(i, 1)) if (eq(r.at(i), x)) n++;
    return n;
  }),
  ["__eq__", (s, [o]) => (o instanceof PyRange ? rangeEq(R(s), o) : NotImplemented), 1, 1],
  ["__ne__", (s, [o]) => (o instanceof PyRange ? !rangeEq(R(s), o) : NotImplemented), 1, 1],
  ["__hash__", (s) => {
    const r = R(s);
    const n = r.length;
    const items = N.intSign(n) === 0 ? [n, None, None] : n === 1 ? [n, r.start, None] : [n, r.start, r.step];
    return normInt(hashItems(items));
  }, 0, 0],
]);
/** _PySlice_GetLongIndices: start, stop, step of a slice over `length` items, in unbounded ints
 * (slice.indices and slicing a range longer than 2**53 must not round or clamp). */
function sliceIndicesLong(s: PySlice, length: Int): [Int, Int, Int] {
  const what = "slice indices must be integers or None or have an __index__ method";
  let step: Int = 1;
  if (s.step !== None) {
    step = asIndex(s.step, what);
    if (N.intSign(step) === 0) throw valueError("slice step cannot be zero");
  }
  const back = N.intSign(step) < 0;
  const lower: Int = back ? -1 : 0;
  const upper: Int = back ? N.intSub(length, 1) : length;
  const adjust = (x: PyObj, dflt: Int): Int => {
    if (x === None) return dflt;
    let v = asIndex(x, what);
    if (N.intSign(v) < 0) {
      v = N.intAdd(v, length);
      if (N.intCmp(v, lower) < 0) v = lower;
    } else if (N.intCmp(v, upper) > 0) v = upper;
    return v;
  };
  const start = adjust(s.start, back ? upper : lower);
  const stop = adjust(s.stop, back ? lower : upper);
  return [start, stop, step];
}
/** The value of an exact int or a bool (PyLong_CheckExact || PyBool_Check), else null. */
function asExactInt(x: PyObj): Int | null {
  return typeof x === "number" || typeof x === "bigint" ? x : typeof x === "boolean" ? (x ? 1 : 0) : null;
}
function rangeIndex(r: PyRange, v: Int): Int {
  const d = N.intSub(v, r.start);
  if (N.intMod(d, r.step) !== 0) return -1;
  const i = N.intFloorDiv(d, r.step);
  return N.intSign(i) >= 0 && N.intCmp(i, r.length) < 0 ? i : -1;
}
function rangeEq(a: PyRange, b: PyRange): boolean {
  if (N.intCmp(a.length, b.length) !== 0) return false;
  if (N.intSign(a.length) === 0) return true;
  if (N.intCmp(a.start, b.start) !== 0) return false;
  if (a.length === 1) return true;
  return N.intCmp(a.step, b.step) === 0;
}
defGetters(RangeType, [
  ["start", (s) => R(s).start],
  ["stop", (s) => R(s).stop],
  ["step", (s) => R(s).step],
]);

const SL = (x: PyObj) => x as PySlice;
defMethods(SliceType, [
  ["__new__", (_c, args, kw) => {
    noKwargs("slice", kw);
    if (args.length === 0) throw typeError("slice expected at least 1 argument, got 0");
    if (args.length > 3) throw typeError(`slice expected at most 3 arguments, got ${args.length}`);
    if (args.length === 1) return new PySlice(None, args[0], None);
    return new PySlice(args[0], args[1], args[2] ?? None);
  }],
  ["__repr__", (s) => `slice(${repr(SL(s).start)}, ${repr(SL(s).stop)}, ${repr(SL(s).step)})`, 0, 0],
  byArity("indices", (s, n) => {
    const len = asIndex(n);
    if (N.intSign(len) < 0) throw valueError("length should not be negative");
    const [a, b, c] = sliceIndicesLong(SL(s), len);
    return tuple([a, b, c]);
  }),
  ...(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].map((n, op) => [n, (s: PyObj, [o]: PyObj[]) => {
    if (!(o instanceof PySlice)) return NotImplemented;
    return richCompare(tuple([SL(s).start, SL(s).stop, SL(s).step]), tuple([o.start, o.stop, o.step]), op as Cmp);
  }, 1, 1] as [string, (s: PyObj, a: PyObj[]) => PyObj, number, number])),
]);
SliceType.ns.set("__hash__", None);
// range_reduce and slice_reduce: rebuilt by calling the type with (start, stop, step)
defMethods(RangeType, [["__reduce__", (s) => tuple([RangeType, tuple([R(s).start, R(s).stop, R(s).step])]), 0, 0]]);
defMethods(SliceType, [["__reduce__", (s) => tuple([SliceType, tuple([SL(s).start, SL(s).stop, SL(s).step])]), 0, 0]]);
defGetters(SliceType, [
  ["start", (s) => SL(s).start],
  ["stop", (s) => SL(s).stop],
  ["step", (s) => SL(s).step],
]);

// start/stop/step are read-only members in CPython ("readonly attribute").
for (const T of [RangeType, SliceType]) asMembers(T, ["start", "stop", "step"]);
