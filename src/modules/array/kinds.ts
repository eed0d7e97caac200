// The item types of array.array (Modules/arraymodule.c's descriptors, 3.10 on a 64-bit Linux
// build): storage as typed arrays, the conversions of a Python value into an item with each
// typecode's own errors (the PyArg formats they go through), and the machine format codes that
// pickles carry (array._array_reconstructor).
import {
  type PyObj, PyFloat, PyStrSubclass, OverflowError, newExc, typeError, valueError, asIndex,
} from "../../objects/index.ts";
import { asDouble } from "../util.ts";
import { normInt } from "../../support/text/index.ts";

/** u_getitem: a wchar_t beyond U+10FFFF read as one item is ValueError, as chr() says. */
const wchar = (c: number): string => {
  if (c > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(c);
};

export type Store = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | BigInt64Array | BigUint64Array | Float32Array | Float64Array;

export interface Kind {
  readonly code: string;
  readonly size: number;
  readonly alloc: (n: number) => Store;
  /** The Python value of a stored item. */
  readonly get: (s: Store, i: number) => PyObj;
  /** A Python value as the number (or bigint) to store, or the typecode's error. */
  readonly convert: (v: PyObj) => number | bigint;
  /** The pickle machine format of this kind (little-endian, as this build). */
  readonly mformat: number;
}

const overflow = (msg: string) => newExc(OverflowError, msg);

/** PyLong_AsLong after __index__ (the PyArg formats b, h, i, l). */
function cLong(v: PyObj): number | bigint {
  const x = asIndex(v);
  if (typeof x === "bigint" && (x > 9223372036854775807n || x < -9223372036854775808n)) throw overflow("Python int too large to convert to C long");
  return x;
}
function inRange(x: number | bigint, lo: number, hi: number, what: string): number {
  if (x < lo) throw overflow(`${what} is less than minimum`);
  if (x > hi) throw overflow(`${what} is greater than maximum`);
  return Number(x);
}
/** PyLong_AsUnsignedLong / AsUnsignedLongLong after __index__, with their negative-value messages. */
function cUnsigned(v: PyObj, negative: string, tooBig: string): bigint {
  const x = BigInt(asIndex(v));
  if (x < 0n) throw overflow(negative);
  if (x > 0xffffffffffffffffn) throw overflow(tooBig);
  return x;
}

const intGet = (s: Store, i: number): PyObj => s[i] as number;
const bigGet = (s: Store, i: number): PyObj => normInt(s[i] as bigint);
const floatGet = (s: Store, i: number): PyObj => new PyFloat(s[i] as number);

/** 'u' items: one code point, stored as a 4-byte wchar_t. */
function charOf(v: PyObj): number {
  const s = typeof v === "string" ? v : v instanceof PyStrSubclass ? v.value : null;
  if (s !== null) {
    const cp = s.codePointAt(0);
    if (cp !== undefined && s.length === (cp > 0xffff ? 2 : 1)) return cp;
  }
  throw typeError("array item must be unicode character");
}

const KINDS: Kind[] = [
  { code: "b", size: 1, alloc: (n) => new Int8Array(n), get: intGet, mformat: 1,
    convert: (v) => inRange(inRange(cLong(v), -32768, 32767, "signed short integer"), -128, 127, "signed char") },
  { code: "B", size: 1, alloc: (n) => new Uint8Array(n), get: intGet, mformat: 0,
    convert: (v) => inRange(cLong(v), 0, 255, "unsigned byte integer") },
  { code: "u", size: 4, alloc: (n) => new Uint32Array(n), get: (s, i) => wchar(s[i] as number), mformat: 20, convert: charOf },
  { code: "h", size: 2, alloc: (n) => new Int16Array(n), get: intGet, mformat: 4,
    convert: (v) => inRange(cLong(v), -32768, 32767, "signed short integer") },
  { code: "H", size: 2, alloc: (n) => new Uint16Array(n), get: intGet, mformat: 2,
    convert: (v) => inRange(inRange(cLong(v), -2147483648, 2147483647, "signed integer"), 0, 65535, "unsigned short") },
  { code: "i", size: 4, alloc: (n) => new Int32Array(n), get: intGet, mformat: 8,
    convert: (v) => inRange(cLong(v), -2147483648, 2147483647, "signed integer") },
  { code: "I", size: 4, alloc: (n) => new Uint32Array(n), get: intGet, mformat: 6,
    convert: (v) => {
      const x = cUnsigned(v, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long");
      if (x > 0xffffffffn) throw overflow("unsigned int is greater than maximum");
      return Number(x);
    } },
  { code: "l", size: 8, alloc: (n) => new BigInt64Array(n), get: bigGet, mformat: 12, convert: (v) => BigInt(cLong(v)) },
  { code: "L", size: 8, alloc: (n) => new BigUint64Array(n), get: bigGet, mformat: 10,
    convert: (v) => cUnsigned(v, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long") },
  { code: "q", size: 8, alloc: (n) => new BigInt64Array(n), get: bigGet, mformat: 12,
    convert: (v) => {
      const x = BigInt(asIndex(v));
      if (x > 9223372036854775807n || x < -9223372036854775808n) throw overflow("int too big to convert");
      return x;
    } },
  { code: "Q", size: 8, alloc: (n) => new BigUint64Array(n), get: bigGet, mformat: 10,
    convert: (v) => cUnsigned(v, "can't convert negative int to unsigned", "int too big to convert") },
  { code: "f", size: 4, alloc: (n) => new Float32Array(n), get: floatGet, mformat: 14, convert: asDouble },
  { code: "d", size: 8, alloc: (n) => new Float64Array(n), get: floatGet, mformat: 16, convert: asDouble },
];

export const TYPECODES = KINDS.map((k) => k.code).join("");
export const kindOf = (code: string): Kind | undefined => KINDS.find((k) => k.code === code);

/**
 * Machine format codes (arraymodule.c's enum machine_format_code): item size, signedness, float,
 * big-endian, UTF-16/32 text.
 */
interface MachineFormat { size: number; signed: boolean; float: boolean; big: boolean; text: boolean }
const MFORMATS: MachineFormat[] = [];
for (const size of [1, 2, 4, 8]) {
  for (const signed of [false, true]) {
    for (const big of size === 1 ? [false] : [false, true]) MFORMATS.push({ size, signed, float: false, big, text: false });
  }
}
for (const size of [4, 8]) for (const big of [false, true]) MFORMATS.push({ size, signed: true, float: true, big, text: false });
for (const size of [2, 4]) for (const big of [false, true]) MFORMATS.push({ size, signed: false, float: false, big, text: true });

export const isMachineFormat = (n: number): boolean => Number.isInteger(n) && n >= 0 && n < MFORMATS.length;

/** The items of `bytes` in machine format `code`, as Python values (ints, floats or 1-char strs). */
export function decodeMachine(code: number, bytes: Uint8Array): PyObj[] {
  const f = MFORMATS[code];
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const le = !f.big;
  const out: PyObj[] = [];
  if (f.text) {
    const units: number[] = [];
    for (let i = 0; i + f.size <= bytes.length; i += f.size) units.push(f.size === 2 ? dv.getUint16(i, le) : dv.getUint32(i, le));
    const s = f.size === 2 ? String.fromCharCode(...units) : String.fromCodePoint(...units);
    for (const ch of s) out.push(ch);
    return out;
  }
  for (let i = 0; i + f.size <= bytes.length; i += f.size) {
    if (f.float) out.push(new PyFloat(f.size === 4 ? dv.getFloat32(i, le) : dv.getFloat64(i, le)));
    else if (f.size === 8) out.push(normInt(f.signed ? dv.getBigInt64(i, le) : dv.getBigUint64(i, le)));
    else if (f.size === 4) out.push(f.signed ? dv.getInt32(i, le) : dv.getUint32(i, le));
    else if (f.size === 2) out.push(f.signed ? dv.getInt16(i, le) : dv.getUint16(i, le));
    else out.push(f.signed ? dv.getInt8(i) : dv.getUint8(i));
  }
  return out;
}
export const machineItemSize = (code: number): number => MFORMATS[code].size;
