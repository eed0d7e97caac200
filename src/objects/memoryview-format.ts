// memoryview's item formats (Objects/memoryobject.c get_native_fmtchar, unpack_single,
// pack_single): the native single-character struct formats with an optional '@', at the sizes of a
// 64-bit little-endian CPython ('l', 'L', 'n', 'N', 'P' are 8 bytes). Items are read and written
// through a DataView over the exporter's bytes; 64-bit integers go through BigInt and come back as
// the canonical int (number when it is a safe integer, bigint otherwise).
import type { PyObj } from "./object.ts";
import { newExc, typeError, valueError, IndexError, NotImplementedError } from "./exceptions.ts";
import { asInt, callDescr, truthy, typeOf } from "./protocols.ts";
import { PyBytesObj, PyFloat } from "./boxes.ts";
import { asIndex } from "./slice.ts";
import { normInt } from "../support/text/index.ts";

/** Item sizes of the native formats memoryview accepts ('e' is 3.12's; 3.10 refuses it). */
const ITEMSIZE: Record<string, number> = {
  c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, P: 8,
};

/** The format character of a native single-character format ('@' allowed), or null. */
export function nativeFormatChar(format: string): string | null {
  const ch = format.length === 2 && format[0] === "@" ? format[1] : format.length === 1 ? format : "";
  return Object.prototype.hasOwnProperty.call(ITEMSIZE, ch) ? ch : null;
}
export const itemsizeOf = (ch: string): number => ITEMSIZE[ch];
/** IS_BYTE_FORMAT: the formats a cast may convert from or to. */
export const isByteFormat = (ch: string | null): boolean => ch === "B" || ch === "b" || ch === "c";

export const dataView = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** unpack_single: the Python value of the item at byte `off`. */
export function unpackItem(ch: string, dv: DataView, off: number): PyObj {
  switch (ch) {
    case "B": return dv.getUint8(off);
    case "b": return dv.getInt8(off);
    case "c": return new PyBytesObj(new Uint8Array([dv.getUint8(off)]));
    case "?": return dv.getUint8(off) !== 0;
    case "h": return dv.getInt16(off, true);
    case "H": return dv.getUint16(off, true);
    case "i": return dv.getInt32(off, true);
    case "I": return dv.getUint32(off, true);
    case "l": case "q": case "n": return normInt(dv.getBigInt64(off, true));
    case "L": case "Q": case "N": case "P": return normInt(dv.getBigUint64(off, true));
    case "f": return new PyFloat(dv.getFloat32(off, true));
    case "d": return new PyFloat(dv.getFloat64(off, true));
    default: throw unsupportedFormat(ch);
  }
}

/**
 * A view of a format memoryview cannot convert ('w', the wchar_t items of an array('u')) has its
 * format as `ch`: it has a length, bytes and slices, and refuses item access with this error.
 */
export const unsupportedFormat = (format: string) => newExc(NotImplementedError, `memoryview: format ${format} not supported`);
export const isNativeChar = (ch: string): boolean => Object.prototype.hasOwnProperty.call(ITEMSIZE, ch);

/**
 * The item at byte `off` as a plain JS value for comparisons (memory_richcompare's unpack_cmp):
 * ints and floats as numbers or bigints (== compares them by value, NaN unequal), bools as 0/1,
 * 'c' items as a string so they never equal a number, as b'a' != 97 in Python.
 */
export function itemKey(ch: string, dv: DataView, off: number): number | bigint | string {
  switch (ch) {
    case "c": return String.fromCharCode(dv.getUint8(off));
    case "?": return dv.getUint8(off) !== 0 ? 1 : 0;
    case "f": return dv.getFloat32(off, true);
    case "d": return dv.getFloat64(off, true);
    default: {
      const v = unpackItem(ch, dv, off);
      return v as number | bigint;
    }
  }
}

const INT_RANGE: Record<string, [bigint, bigint]> = {
  b: [-(1n << 7n), (1n << 7n) - 1n], B: [0n, 255n],
  h: [-(1n << 15n), (1n << 15n) - 1n], H: [0n, (1n << 16n) - 1n],
  i: [-(1n << 31n), (1n << 31n) - 1n], I: [0n, (1n << 32n) - 1n],
  l: [-(1n << 63n), (1n << 63n) - 1n], q: [-(1n << 63n), (1n << 63n) - 1n], n: [-(1n << 63n), (1n << 63n) - 1n],
  L: [0n, (1n << 64n) - 1n], Q: [0n, (1n << 64n) - 1n], N: [0n, (1n << 64n) - 1n],
  // PyLong_AsVoidPtr takes negative values as signed: -1 is stored as 0xffff_ffff_ffff_ffff
  P: [-(1n << 63n), (1n << 64n) - 1n],
};

/** fix_error_int's two messages, naming the format character (adjust_fmt drops an '@'). */
const invalidType = (format: string) => typeError(`memoryview: invalid type for format '${format}'`);
const invalidValue = (format: string) => valueError(`memoryview: invalid value for format '${format}'`);

/** The int an integer format packs: PyNumber_Index's operand (int, bool or __index__). */
function packInt(v: PyObj, format: string): bigint {
  let i = asInt(v);
  if (i === null) {
    if (typeOf(v).lookup("__index__") === undefined) throw invalidType(format);
    i = asIndex(v);
  }
  return BigInt(i);
}

/** PyFloat_AsDouble for 'f' and 'd': float, __float__ or __index__; a huge int is an invalid value. */
function packFloat(v: PyObj, format: string): number {
  if (v instanceof PyFloat) return v.value;
  const i = asInt(v);
  if (i !== null) return toDouble(i, format);
  const t = typeOf(v);
  const f = t.lookup("__float__");
  if (f !== undefined) {
    const r = callDescr(f, v, []);
    if (r instanceof PyFloat) return r.value;
    throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
  }
  if (t.lookup("__index__") !== undefined) return toDouble(asIndex(v), format);
  throw invalidType(format);
}
function toDouble(i: number | bigint, format: string): number {
  const f = Number(i); // correctly rounded, as PyLong_AsDouble
  if (!Number.isFinite(f)) throw invalidValue(format);
  return f;
}

/** pack_single: stores `v` as the item at byte `off`, with CPython's messages for bad values. */
export function packItem(ch: string, dv: DataView, off: number, v: PyObj): void {
  const format = ch;
  if (!isNativeChar(ch)) throw unsupportedFormat(ch);
  switch (ch) {
    case "c": {
      if (!(v instanceof PyBytesObj)) throw invalidType(format);
      if (v.bytes.length !== 1) throw invalidValue(format);
      dv.setUint8(off, v.bytes[0]);
      return;
    }
    case "?":
      dv.setUint8(off, truthy(v) ? 1 : 0);
      return;
    case "f":
      // a C cast from double: out-of-range values become infinities, as on CPython
      dv.setFloat32(off, packFloat(v, format), true);
      return;
    case "d":
      dv.setFloat64(off, packFloat(v, format), true);
      return;
  }
  const n = packInt(v, format);
  const [lo, hi] = INT_RANGE[ch];
  if (n < lo || n > hi) throw invalidValue(format);
  switch (ch) {
    case "B": case "b": dv.setUint8(off, Number(n) & 0xff); return;
    case "h": case "H": dv.setUint16(off, Number(n) & 0xffff, true); return;
    case "i": case "I": dv.setUint32(off, Number(n) >>> 0, true); return;
    default: dv.setBigUint64(off, BigInt.asUintN(64, n), true);
  }
}

/** lookup_dimension's IndexError (dimensions count from 1). */
export const indexOutOfBounds = (dim: number) => newExc(IndexError, `index out of bounds on dimension ${dim}`);
