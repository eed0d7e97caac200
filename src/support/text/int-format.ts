// Ints to text: str(int) and bin/oct/hex (_PyLong_Format), and format(int, spec)
// (format_long_internal in Python/formatter_unicode.c). An int value is a JS number (a safe integer)
// or a bigint, as the runtime keeps them; both print through toString(base).
import { PyError } from "../py-error.ts";
import { chr } from "./codepoints.ts";
import { formatFloatSpec } from "./float-format.ts";
import { parseFormatSpec, renderNumber, unknownPresentationType } from "./format-spec.ts";

export type IntValue = number | bigint;

const LONG_MAX = 2n ** 63n - 1n;

/** int -> float as float(int) does: correctly rounded, OverflowError past the largest double. */
export function intToFloat(v: IntValue): number {
  if (typeof v === "number") return v;
  const f = Number(v);
  if (!Number.isFinite(f)) throw new PyError("OverflowError", "int too large to convert to float");
  return f;
}

/** _PyLong_Format: the int in base 2, 8, 10 or 16 with '-' and, unless base 10, the 0b/0o/0x prefix (if `prefix`). */
export function intToBase(v: IntValue, base: 2 | 8 | 10 | 16, prefix = true): string {
  const neg = v < 0;
  const digits = (neg ? -v : v).toString(base);
  const p = !prefix || base === 10 ? "" : base === 2 ? "0b" : base === 8 ? "0o" : "0x";
  return (neg ? "-" : "") + p + digits;
}

/** format(int, spec); `typeName` names the type in errors ('bool', a subclass). */
export function formatInt(v: IntValue, specText: string, typeName = "int"): string {
  if (specText === "") return v.toString();
  const spec = parseFormatSpec(specText, 0x64, ">");
  switch (spec.type) {
    case 0x62: case 0x63: case 0x64: case 0x6f: case 0x78: case 0x58: case 0x6e:
      break;
    case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x25:
      return formatFloatSpec(intToFloat(v), spec);
    default:
      throw unknownPresentationType(spec.type, typeName);
  }
  if (spec.precision !== -1) throw new PyError("ValueError", "Precision not allowed in integer format specifier");
  if (spec.type === 0x63) {
    if (spec.sign !== "") throw new PyError("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) throw new PyError("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
    const big = BigInt(v);
    if (big > LONG_MAX || big < -LONG_MAX - 1n) throw new PyError("OverflowError", "Python int too large to convert to C long");
    if (big < 0n || big > 0x10ffffn) throw new PyError("OverflowError", "%c arg not in range(0x110000)");
    return renderNumber(spec, false, "", "", false, chr(Number(big)), false);
  }
  const type = spec.type;
  const base = type === 0x62 ? 2 : type === 0x6f ? 8 : type === 0x78 || type === 0x58 ? 16 : 10;
  const neg = v < 0;
  const digits = (neg ? -v : v).toString(base);
  const prefix = spec.alternate && base !== 10 ? (base === 2 ? "0b" : base === 8 ? "0o" : "0x") : "";
  if (spec.sign !== "+" && spec.sign !== " " && spec.width === -1 && type !== 0x58 && type !== 0x6e && spec.grouping === 0) {
    return (neg ? "-" : "") + prefix + digits;
  }
  return renderNumber(spec, neg, prefix, digits, false, "", type === 0x58);
}
