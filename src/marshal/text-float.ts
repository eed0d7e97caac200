// The text form of floats in marshal versions 0 and 1 (TYPE_FLOAT, TYPE_COMPLEX): written as
// PyOS_double_to_string(x, 'g', 17, 0) prints, read back with PyOS_string_to_double, which takes
// the C string up to its first NUL and accepts exactly what _Py_dg_strtod or
// _Py_parse_inf_or_nan accept: no whitespace, no underscores, no hex.
import { decodeUtf8 } from "./utf8.ts";
import { floatConversion } from "./messages.ts";

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INF_OR_NAN = /^([+-]?)(?:(inf(?:inity)?)|nan)$/i;

/** Parses the bytes of a TYPE_FLOAT payload; raises ValueError as CPython does. */
export function parseTextFloat(payload: Uint8Array): number {
  const nul = payload.indexOf(0);
  const cstr = nul < 0 ? payload : payload.subarray(0, nul);
  const text = String.fromCharCode(...cstr);
  if (DECIMAL.test(text)) return Number(text);
  const m = INF_OR_NAN.exec(text);
  if (m) return m[2] ? (m[1] === "-" ? -Infinity : Infinity) : NaN;
  throw floatConversion(decodeUtf8(cstr.subarray(0, 200), "replace"));
}

/** '%.17g' as PyOS_double_to_string formats it: 17 significant digits, trailing zeros dropped. */
export function formatTextFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + "0";
  const [mant, expText] = Math.abs(x).toExponential(16).split("e");
  const digits = mant.replace(".", "").replace(/0+$/, "");
  const exp = Number(expText);
  if (exp < -4 || exp >= 17) {
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const decpt = exp + 1;
  if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
  if (decpt >= digits.length) return sign + digits + "0".repeat(decpt - digits.length);
  return sign + digits.slice(0, decpt) + "." + digits.slice(decpt);
}
