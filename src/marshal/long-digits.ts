// Ints in marshal's TYPE_LONG are little-endian base-2**15 digits. These conversions go through
// bytes and hex text so that they stay linear in the number's size (shifting a bigint digit by
// digit would be quadratic, and a hostile input can declare millions of digits).

/** |v| as base-2**15 digits, least significant first; [] for 0. */
export function digits15(v: bigint): number[] {
  let hex = (v < 0n ? -v : v).toString(16);
  if (hex === "0") return [];
  if (hex.length % 2) hex = "0" + hex;
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (let i = hex.length - 2; i >= 0; i -= 2) {
    acc |= parseInt(hex.slice(i, i + 2), 16) << bits;
    bits += 8;
    if (bits >= 15) {
      out.push(acc & 0x7fff);
      acc >>>= 15;
      bits -= 15;
    }
  }
  if (acc) out.push(acc);
  while (out.length && out[out.length - 1] === 0) out.pop();
  return out;
}

/** The non-negative int whose base-2**15 digits (least significant first) are `ds`. */
export function fromDigits15(ds: readonly number[]): bigint {
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const d of ds) {
    acc |= d << bits;
    bits += 15;
    while (bits >= 8) {
      bytes.push(acc & 0xff);
      acc >>>= 8;
      bits -= 8;
    }
  }
  if (bits > 0) bytes.push(acc & 0xff);
  if (bytes.length === 0) return 0n;
  let hex = "";
  for (let i = bytes.length - 1; i >= 0; i--) hex += bytes[i].toString(16).padStart(2, "0");
  return BigInt("0x" + hex);
}
