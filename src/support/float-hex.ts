// float.hex() and float.fromhex() for finite doubles: exact, so they carry floats through JSON and
// text without rounding. Follows the layout of CPython's float_hex (Objects/floatobject.c):
// normal numbers print as 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<...>p-1022, zero as 0x0.0p+0.

const view = new DataView(new ArrayBuffer(8));

export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  view.setFloat64(0, x);
  const sign = view.getUint32(0) >>> 31 ? "-" : "";
  if (x === 0) return sign + "0x0.0p+0";
  const biased = (view.getUint32(0) >>> 20) & 0x7ff;
  const mant = (BigInt(view.getUint32(0) & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  const digits = mant.toString(16).padStart(13, "0");
  const lead = biased === 0 ? "0" : "1";
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${lead}.${digits}p${exp < 0 ? "-" : "+"}${Math.abs(exp)}`;
}

/** Parses what floatHex() prints (and 'nan', 'inf', '-inf'). Not the full float.fromhex() grammar. */
export function parseFloatHex(s: string): number {
  if (s === "nan") return NaN;
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(s);
  if (!m) throw new SyntaxError("not a float.hex() string: " + s);
  const mant = BigInt("0x" + m[2] + m[3]);
  const scale = Number(m[4]) - 4 * m[3].length;
  // mant < 2**53 and the scale keeps the result representable, so this is exact: split the power
  // of two so neither factor overflows or underflows.
  const half = Math.trunc(scale / 2);
  const v = Number(mant) * 2 ** half * 2 ** (scale - half);
  return m[1] ? -v : v;
}
