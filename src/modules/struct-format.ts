// struct's format strings and item codecs (Modules/_struct.c): parsing "@=<>!" and counts into a
// compiled layout (sizes and native alignment of an x86-64 Linux CPython), and packing/unpacking
// each format character with _struct.c's checks and messages. Pure: errors are thrown as
// StructFail (struct.error) or PyError (OverflowError), which struct.ts turns into exceptions.
import { PyError } from "../support/py-error.ts";

/** struct.error with a message. */
export class StructFail extends Error {}

export interface Item {
  code: string;
  /** Byte offset in the packed data. */
  offset: number;
  /** Bytes taken: the item's size, or the count for 's' and 'p'. */
  size: number;
}

/** A format character with its repeat count: `repeat` items of `size` bytes from `offset` ('s'/'p': one item). */
export interface Run extends Item {
  repeat: number;
}

export interface Layout {
  runs: Run[];
  /** The items one by one (built on first use: a count such as '1000000000x' costs nothing until then). */
  readonly items: Item[];
  /** How many values pack takes and unpack gives. */
  count: number;
  size: number;
  /** Native sizes and alignment ('@'). */
  native: boolean;
  little: boolean;
}

// [size, alignment] of each code in native mode (x86-64 Linux); standard sizes below.
const NATIVE: Record<string, [number, number]> = {
  x: [1, 1], c: [1, 1], b: [1, 1], B: [1, 1], "?": [1, 1], h: [2, 2], H: [2, 2], i: [4, 4], I: [4, 4], l: [8, 8], L: [8, 8],
  q: [8, 8], Q: [8, 8], n: [8, 8], N: [8, 8], e: [2, 2], f: [4, 4], d: [8, 8], s: [1, 1], p: [1, 1], P: [8, 8],
};
const STANDARD: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};

const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f";
// Py_ssize_t's maximum on the 64-bit CPython dislab models; sizes are summed as bigints so that
// an overflow is seen exactly ('9223372036854775808b' is one past it).
const MAX_SIZE = (1n << 63n) - 1n;
const tooLong = () => new StructFail("total struct size too long");

/** prepare_s: the layout of a format. */
export function parseFormat(fmt: string): Layout {
  if (fmt.includes("\0")) throw new StructFail("embedded null character");
  let i = 0;
  let native = true;
  let little = true;
  const first = fmt[0];
  if (first === "<" || first === ">" || first === "!" || first === "=" || first === "@") {
    i = 1;
    native = first === "@";
    little = first === "<" || first === "=" || first === "@";
  }
  const runs: Run[] = [];
  let size = 0n;
  let count = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    let num = 1n;
    if (c >= "0" && c <= "9") {
      num = 0n;
      while (i < fmt.length && fmt[i] >= "0" && fmt[i] <= "9") {
        num = num * 10n + BigInt(fmt.charCodeAt(i) - 48);
        if (num > MAX_SIZE) throw tooLong();
        i++;
      }
      if (i >= fmt.length) throw new StructFail("repeat count given without format specifier");
    }
    const code = fmt[i++];
    let itemSize: number;
    let align: number;
    if (native) {
      const d = NATIVE[code];
      if (d === undefined) throw new StructFail("bad char in struct format");
      [itemSize, align] = d;
    } else {
      const d = Object.prototype.hasOwnProperty.call(STANDARD, code) ? STANDARD[code] : undefined;
      if (d === undefined) throw new StructFail("bad char in struct format");
      itemSize = d;
      align = 1;
    }
    // (a zero count aligns too: '0q' at the end pads the struct to q's alignment)
    if (native && align > 1) {
      const b = BigInt(align);
      size = ((size + b - 1n) / b) * b;
      if (size > MAX_SIZE) throw tooLong();
    }
    if (num > (MAX_SIZE - size) / BigInt(itemSize)) throw tooLong();
    const offset = Number(size);
    size += num * BigInt(itemSize);
    if (code === "s" || code === "p") {
      runs.push({ code, offset, size: Number(num), repeat: 1 });
      count++;
    } else if (code !== "x" && num > 0n) {
      runs.push({ code, offset, size: itemSize, repeat: Number(num) });
      count += Number(num);
    }
  }
  let items: Item[] | null = null;
  return {
    runs, count, size: Number(size), native, little,
    get items(): Item[] {
      if (items === null) {
        items = [];
        for (const r of runs) {
          for (let k = 0; k < r.repeat; k++) items.push({ code: r.code, offset: r.offset + k * r.size, size: r.size });
        }
      }
      return items;
    },
  };
}

// ---- integers -------------------------------------------------------------------------------------

const RANGE_MSG_NATIVE: Record<string, string> = {
  b: "byte format requires -128 <= number <= 127",
  B: "ubyte format requires 0 <= number <= 255",
  h: "short format requires (-0x7fff - 1) <= number <= 0x7fff",
  H: "ushort format requires 0 <= number <= (0x7fff * 2 + 1)",
};

/**
 * The range checks and messages of the packer CPython uses for an int item. On a little-endian
 * host, _struct swaps the native packers into the little-endian table wherever the sizes agree
 * (b B h H i I q Q), so '<h' says "short format requires ..." while '>h' says "'h' format
 * requires ..."; big-endian q/Q go through _PyLong_AsByteArray.
 */
export function checkInt(code: string, x: bigint, size: number, native: boolean, little: boolean): void {
  const unsigned = code === code.toUpperCase() && code !== "P";
  const bits = BigInt(size * 8);
  const nativePacker = native || (little && code !== "l" && code !== "L");
  if (!nativePacker && (code === "q" || code === "Q")) {
    const lo = unsigned ? 0n : -(1n << 63n);
    const hi = unsigned ? (1n << 64n) - 1n : (1n << 63n) - 1n;
    // (_PyLong_AsByteArray's OverflowError, which pack turns into struct.error for an int item)
    if (x < lo || x > hi) throw new PyError("OverflowError", "int too big to convert");
    return;
  }
  // get_long (np_byte, np_short, np_int, lp_int, bp_int...) or get_ulong (np_uint, bp_uint, ...):
  // what does not fit the 64-bit C type is "argument out of range"
  const viaLong = !unsigned || code === "B" || (nativePacker && code === "H");
  if (viaLong ? x < -(1n << 63n) || x >= 1n << 63n : x < 0n || x >= 1n << 64n) throw new StructFail("argument out of range");
  if (nativePacker && (code === "b" || code === "B" || code === "h" || code === "H")) {
    const lo = unsigned ? 0n : -(1n << (bits - 1n));
    const hi = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
    if (x < lo || x > hi) throw new StructFail(RANGE_MSG_NATIVE[code]);
    return;
  }
  if (code === "b" || code === "B") {
    // the big-endian table also packs bytes with np_byte / np_ubyte
    const lo = unsigned ? 0n : -128n;
    const hi = unsigned ? 255n : 127n;
    if (x < lo || x > hi) throw new StructFail(RANGE_MSG_NATIVE[code]);
    return;
  }
  // _range_error for sizes smaller than the C long
  if (size < 8) {
    if (unsigned) {
      if (x > (1n << bits) - 1n) throw new StructFail(`'${code}' format requires 0 <= number <= ${(1n << bits) - 1n}`);
    } else {
      const largest = (1n << (bits - 1n)) - 1n;
      if (x < -largest - 1n || x > largest) throw new StructFail(`'${code}' format requires ${-largest - 1n} <= number <= ${largest}`);
    }
  }
}

export function writeInt(out: Uint8Array, at: number, size: number, little: boolean, x: bigint): void {
  let v = BigInt.asUintN(size * 8, x);
  for (let k = 0; k < size; k++) {
    out[little ? at + k : at + size - 1 - k] = Number(v & 0xffn);
    v >>= 8n;
  }
}

export function readInt(data: Uint8Array, at: number, size: number, little: boolean, signed: boolean): bigint {
  let v = 0n;
  for (let k = 0; k < size; k++) v = (v << 8n) | BigInt(data[little ? at + size - 1 - k : at + k]);
  return signed ? BigInt.asIntN(size * 8, v) : v;
}

// ---- floats ---------------------------------------------------------------------------------------

/** PyFloat_Pack2: IEEE 754 half precision, rounding half to even. */
export function packHalf(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  if (Number.isNaN(x)) return 0x7e00 | sign;
  const a = Math.abs(x);
  if (a === Infinity) return 0x7c00 | sign;
  if (a === 0) return sign;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  let bits: number;
  if (e < -14) {
    // subnormal: units of 2**-24
    const m = roundHalfEven(a / 2 ** -24);
    bits = m; // m == 1024 carries into the smallest normal, which is the right encoding
  } else {
    let m = roundHalfEven((a / 2 ** e - 1) * 1024);
    if (m === 1024) {
      m = 0;
      e++;
    }
    if (e > 15) throw new PyError("OverflowError", "float too large to pack with e format");
    bits = ((e + 15) << 10) | m;
  }
  return sign | bits;
}
function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
export function unpackHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0x1f) return m ? NaN : sign * Infinity;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

/** PyFloat_Pack4's overflow check: a finite double that rounds to infinity as a float. */
export function checkFloat32(x: number): void {
  if (Number.isFinite(x) && !Number.isFinite(Math.fround(x))) throw new PyError("OverflowError", "float too large to pack with f format");
}
