// int methods that are about representation: bit_length, bit_count, to_bytes, from_bytes
// (Objects/longobject.c, _PyLong_AsByteArray / _PyLong_FromByteArray), with CPython's errors.
import { PyError } from "../py-error.ts";
import type { IntValue } from "./int-format.ts";
import { normInt } from "./number-parse.ts";

/** int.bit_length(). */
export function bitLength(v: IntValue): number {
  if (typeof v === "number") {
    const a = Math.abs(v);
    if (a < 2 ** 31) return 32 - Math.clz32(a);
    return a.toString(2).length;
  }
  return (v < 0n ? -v : v).toString(2).length;
}

/** int.bit_count(): the number of ones in abs(v). */
export function bitCount(v: IntValue): number {
  let b = BigInt(v);
  if (b < 0n) b = -b;
  let n = 0;
  const s = b.toString(16);
  for (let i = 0; i < s.length; i++) {
    let d = parseInt(s[i], 16);
    while (d) { n += d & 1; d >>= 1; }
  }
  return n;
}

/** Whether byteorder is "little" (else "big"); ValueError for anything else. */
export function checkByteorder(byteorder: string): boolean {
  if (byteorder === "little") return true;
  if (byteorder === "big") return false;
  throw new PyError("ValueError", "byteorder must be either 'little' or 'big'");
}

/** int.to_bytes(length, byteorder, *, signed=False). */
export function intToBytes(v: IntValue, length: IntValue, byteorder: string, signed = false): Uint8Array {
  const little = checkByteorder(byteorder);
  if (length < 0) throw new PyError("ValueError", "length argument must be non-negative");
  let b = BigInt(v);
  if (b < 0n && !signed) throw new PyError("OverflowError", "can't convert negative int to unsigned");
  if (length > 2n ** 63n - 1n) throw new PyError("OverflowError", "Python int too large to convert to C ssize_t");
  const bits = BigInt(length) * 8n;
  // Compare bit lengths, not values: a huge length must not build a huge power of two.
  const need = BigInt(b < 0n ? bitLength(-b - 1n) + 1 : bitLength(b) + (signed ? 1 : 0));
  // CPython quirk: -1 also "fits" in zero bytes ((-1).to_bytes(0, 'big', signed=True) == b'').
  const fits = b === 0n || b === -1n || need <= bits;
  if (!fits) throw new PyError("OverflowError", "int too big to convert");
  if (length > 2 ** 30) throw new PyError("MemoryError", "");
  const n = Number(length);
  const out = new Uint8Array(n);
  // Two's complement of a negative b: the bytes of -b-1, inverted, over a field of 0xff.
  const neg = b < 0n;
  if (neg) out.fill(0xff);
  let hex = (neg ? -b - 1n : b).toString(16);
  if (hex.length & 1) hex = "0" + hex;
  const k = b === 0n || (neg && b === -1n) ? 0 : hex.length >> 1;
  for (let i = 0; i < k; i++) {
    const byte = parseInt(hex.substr(2 * i, 2), 16);
    out[little ? k - 1 - i : n - k + i] = neg ? 255 - byte : byte;
  }
  return out;
}

/** int.from_bytes(bytes, byteorder, *, signed=False). */
export function intFromBytesValue(bytes: Uint8Array, byteorder: string, signed = false): IntValue {
  const little = checkByteorder(byteorder);
  const n = bytes.length;
  if (n === 0) return 0;
  if (n <= 6) {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + bytes[little ? n - 1 - i : i];
    if (signed && bytes[little ? n - 1 : 0] >= 0x80) v -= 2 ** (8 * n);
    return v;
  }
  let hex = "";
  for (let i = 0; i < n; i++) {
    const byte = bytes[little ? n - 1 - i : i];
    hex += (byte < 16 ? "0" : "") + byte.toString(16);
  }
  let b = BigInt("0x" + hex);
  if (signed && bytes[little ? n - 1 : 0] >= 0x80) b -= 1n << BigInt(8 * n);
  return normInt(b);
}
