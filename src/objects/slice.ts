// slice objects and index conversion (Objects/sliceobject.c, PyNumber_Index, PySlice_Unpack /
// AdjustIndices). Index values may be bigints; they are clamped the way CPython clamps to
// Py_ssize_t before adjusting to a length.
import { PyObject, type PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import { SliceType, None } from "./builtin-types.ts";
import { typeError, valueError, newExc, IndexError, OverflowError } from "./exceptions.ts";
import { asInt, callDescr, typeOf, warnEx } from "./protocols.ts";

export class PySlice extends PyObject {
  constructor(
    public start: PyObj,
    public stop: PyObj,
    public step: PyObj,
  ) {
    super(SliceType);
  }
}

/** operator.index(x): the int value, or TypeError naming the type. */
export function asIndex(x: PyObj, what?: string): number | bigint {
  const v = asInt(x);
  if (v !== null) return v;
  const f = typeOf(x).lookup("__index__");
  if (f === undefined) throw typeError(what ?? `'${typeOf(x).name}' object cannot be interpreted as an integer`);
  return indexResult(callDescr(f, x, []));
}

/**
 * What an `__index__` (or, with `name`, `__int__`) method returned, as PyNumber_Index/PyNumber_Long
 * take it: an int; an instance of a strict subclass of int (a bool) with a DeprecationWarning.
 */
export function indexResult(r: PyObj, name = "__index__"): number | bigint {
  const rv = asInt(r);
  if (rv === null) throw typeError(`${name} returned non-int (type ${typeOf(r).name})`);
  if (typeof r !== "number" && typeof r !== "bigint") {
    warnEx("DeprecationWarning", `${name} returned non-int (type ${typeOf(r).name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
  }
  return rv;
}

const MAXSIZE = 2 ** 63 - 1;
/** PyNumber_AsSsize_t with OverflowError (or `overflow`): a JS number (bigints beyond 2**53 clamp to +-2**63). */
export function asSize(x: PyObj, what?: string, overflow: PyType = OverflowError): number {
  return Number(asSizeExact(x, what, overflow));
}
/** asSize, but a Py_ssize_t past 2**53 comes back exactly, as a bigint. */
export function asSizeExact(x: PyObj, what?: string, overflow: PyType = OverflowError): number | bigint {
  const v = asIndex(x, what);
  if (typeof v === "bigint" && (v > 9223372036854775807n || v < -9223372036854775808n)) throw newExc(overflow, `cannot fit '${typeOf(x).name}' into an index-sized integer`);
  return v;
}

/** A clinic `Py_ssize_t` argument (PyLong_AsSsize_t of PyNumber_Index): OverflowError past its range, named as that conversion names it. */
export function asClinicSize(x: PyObj): number {
  return ssizeOf(asIndex(x));
}

/** PyLong_AsSsize_t of an int's value: OverflowError past Py_ssize_t (one past 2**53 comes back inexact). */
export function ssizeOf(v: number | bigint): number {
  if (typeof v === "number") return v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
  return Number(v);
}

/** A clinic `int` argument (_PyLong_AsInt of PyNumber_Index): an integer within C int's range, else OverflowError. */
export function asCInt(x: PyObj): number {
  const v = asIndex(x);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) throw newExc(OverflowError, "Python int too large to convert to C int");
  return v;
}

/** PyArg_ParseTuple's "i" (PyLong_AsLong of __index__, then C int's range): its three errors. */
export function asArgInt(x: PyObj): number {
  const v = asIndex(x);
  if (v > 9223372036854775807n || v < -9223372036854775808n) throw newExc(OverflowError, "Python int too large to convert to C long");
  if (v > 2147483647 || v < -2147483648) throw newExc(OverflowError, v > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
  return Number(v);
}

/** A clamped index (for slices): out-of-range bigints saturate as _PyEval_SliceIndex does. */
export function clampIndex(x: PyObj): number {
  if (x === None) throw new Error("unreachable");
  const v = asIndex(x, "slice indices must be integers or None or have an __index__ method");
  if (typeof v === "number") return v;
  return v > 0n ? MAXSIZE : -MAXSIZE - 1;
}

/** slice.indices(length): [start, stop, step, slicelength]. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = clampIndex(s.step);
    if (step === 0) throw valueError("slice step cannot be zero");
  }
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  let start: number;
  let stop: number;
  if (s.start === None) start = step < 0 ? upper : lower;
  else {
    start = clampIndex(s.start);
    if (start < 0) {
      start += length;
      if (start < lower) start = lower;
    } else if (start > upper) start = upper;
  }
  if (s.stop === None) stop = step < 0 ? lower : upper;
  else {
    stop = clampIndex(s.stop);
    if (stop < 0) {
      stop += length;
      if (stop < lower) stop = lower;
    } else if (stop > upper) stop = upper;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** An item index normalised against `length`, or IndexError with `msg`. */
export function seqIndex(key: PyObj, length: number, msg: string, typeName: string): number {
  let i: number;
  if (typeof key === "number") i = key;
  else {
    const v = asIndex(key, `${typeName} indices must be integers or slices, not ${typeOf(key).name}`);
    if (typeof v === "bigint") {
      if (v > 9223372036854775807n || v < -9223372036854775808n) throw newExc(IndexError, `cannot fit '${typeOf(key).name}' into an index-sized integer`);
      throw newExc(IndexError, msg);
    }
    i = v;
  }
  if (i < 0) i += length;
  if (i < 0 || i >= length) throw newExc(IndexError, msg);
  return i;
}
