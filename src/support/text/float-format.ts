// Floats and complex numbers to text: PyOS_double_to_string (Python/pystrtod.c, format_float_short)
// and their __format__ (format_float_internal, format_complex_internal in Python/formatter_unicode.c).
// Digits come from dtoa.ts, correctly rounded; the layout (where the point goes, when an exponent
// is used, '#' keeping trailing zeros, 'g' dropping them) follows format_float_short's virtual
// digit string.
import { PyError } from "../py-error.ts";
import { fixedDigits, fixedText, precisionDigits, shortestDigits, type Digits } from "./dtoa.ts";
import { memoryError, MAX_STR_LENGTH, pad, parseFormatSpec, renderNumber, unknownPresentationType, type FormatSpec } from "./format-spec.ts";

/** PyOS_double_to_string flags. */
export const DTSF_SIGN = 1;
export const DTSF_ADD_DOT_0 = 2;
export const DTSF_ALT = 4;

const INT_MAX = 2147483647;

/**
 * PyOS_double_to_string(x, code, precision, flags): code is one of 'e', 'E', 'f', 'F', 'g', 'G'
 * or 'r' (repr: shortest digits, precision must be 0).
 */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  const upper = code === "E" || code === "F" || code === "G";
  const lc = upper ? code.toLowerCase() : code;
  const alwaysSign = (flags & DTSF_SIGN) !== 0;
  if (Number.isNaN(x)) return (alwaysSign ? "+" : "") + (upper ? "NAN" : "nan");
  const neg = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) return (neg ? "-" : alwaysSign ? "+" : "") + (upper ? "INF" : "inf");
  let d: Digits;
  switch (lc) {
    case "e":
      precision++;
      d = precisionDigits(x, precision);
      break;
    case "f": {
      if (precision > MAX_STR_LENGTH) throw memoryError();
      // (without '#' or ADD_DOT_0 the text is the digits as toFixed lays them out, when it can)
      const t = (flags & ~DTSF_SIGN) === 0 ? fixedText(Math.abs(x), precision) : null;
      if (t !== null) return (neg ? "-" : alwaysSign ? "+" : "") + (upper ? t.toUpperCase() : t);
      d = fixedDigits(x, precision);
      break;
    }
    case "g":
      if (precision === 0) precision = 1;
      d = precisionDigits(x, precision);
      break;
    case "r":
      d = shortestDigits(x);
      break;
    default:
      throw new PyError("SystemError", "bad argument to internal function");
  }
  if (precision > MAX_STR_LENGTH - 1100) throw memoryError();
  return layout(neg, d.digits, d.decpt, lc, precision, flags, upper);
}

/** format_float_short's layout of digits/decpt. */
function layout(neg: boolean, digits: string, decpt: number, code: string, precision: number, flags: number, upper: boolean): string {
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  const n = digits.length;
  let vEnd = n;
  let useExp = false;
  switch (code) {
    case "e":
      useExp = true;
      vEnd = precision;
      break;
    case "f":
      vEnd = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default: // 'r'
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  let out = neg ? "-" : (flags & DTSF_SIGN) !== 0 ? "+" : "";
  if (decpt <= 0) out += "0." + "0".repeat(-decpt) + digits + "0".repeat(vEnd - n);
  else if (decpt <= n) out += digits.slice(0, decpt) + "." + digits.slice(decpt) + "0".repeat(vEnd - n);
  else out += digits + "0".repeat(decpt - n) + "." + "0".repeat(vEnd - decpt);
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (a < 10 ? "0" : "") + a;
  }
  return out;
}

/**
 * repr(float) and str(float). Between 1e-4 and 1e16 JS's own shortest form has the same digits
 * and the same fixed-point layout, so it is used directly.
 */
export function floatToString(x: number): string {
  const a = x < 0 ? -x : x;
  if (a >= 1e-4 && a < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + ".0" : s;
  }
  return doubleToString(x, "r", 0, DTSF_ADD_DOT_0);
}

/** Splits a formatted number into sign, integer digits, decimal point and remainder (parse_number). */
function splitNumber(s: string): { neg: boolean; digits: string; decimal: boolean; remainder: string } {
  let i = 0;
  const neg = s.charCodeAt(0) === 45;
  if (neg) i = 1;
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  const decimal = s.charCodeAt(j) === 46;
  return { neg, digits: s.slice(i, j), decimal, remainder: s.slice(decimal ? j + 1 : j) };
}

/** format(float, spec). `typeName` names the type in errors (a subclass's name). */
export function formatFloat(x: number, specText: string, typeName = "float"): string {
  if (specText === "") return floatToString(x);
  const spec = parseFormatSpec(specText, 0, ">");
  switch (spec.type) {
    case 0: case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x6e: case 0x25:
      return formatFloatSpec(x, spec);
    default:
      throw unknownPresentationType(spec.type, typeName);
  }
}

/** format_float_internal, for a parsed spec whose type is a float presentation type (or none). */
export function formatFloatSpec(x: number, spec: FormatSpec): string {
  if (spec.precision > INT_MAX) throw new PyError("ValueError", "precision too big");
  let flags = spec.alternate ? DTSF_ALT : 0;
  let type = spec.type === 0 ? "" : String.fromCharCode(spec.type);
  let defaultPrecision = 6;
  let pct = false;
  if (type === "") {
    flags |= DTSF_ADD_DOT_0;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  if (type === "%") {
    type = "f";
    x *= 100;
    pct = true;
  }
  let precision = spec.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let s = doubleToString(x, type, precision, flags);
  if (pct) s += "%";
  if (spec.sign !== "+" && spec.sign !== " " && spec.width === -1 && spec.type !== 0x6e && spec.grouping === 0) return s;
  const p = splitNumber(s);
  return renderNumber(spec, p.neg, "", p.digits, p.decimal, p.remainder, false);
}

/** format(complex, spec) (format_complex_internal); '' gives str(complex). */
export function formatComplex(re: number, im: number, specText: string, typeName = "complex"): string {
  const spec = parseFormatSpec(specText, 0, ">");
  switch (spec.type) {
    case 0: case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x6e:
      break;
    default:
      throw unknownPresentationType(spec.type, typeName);
  }
  if (spec.precision > INT_MAX) throw new PyError("ValueError", "precision too big");
  if (spec.fill === "0") throw new PyError("ValueError", "Zero padding is not allowed in complex format specifier");
  if (spec.align === "=") throw new PyError("ValueError", "'=' alignment flag is not allowed in complex format specifier");
  const flags = spec.alternate ? DTSF_ALT : 0;
  let type = spec.type === 0 ? "" : String.fromCharCode(spec.type);
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === "n") type = "g";
  let precision = spec.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const r = splitNumber(doubleToString(re, type, precision, flags));
  const i = splitNumber(doubleToString(im, type, precision, flags));
  const inner: FormatSpec = { ...spec, fill: "\u0000", align: "<", width: -1 };
  const reText = skipRe ? "" : renderNumber(inner, r.neg, "", r.digits, r.decimal, r.remainder, false);
  if (!skipRe) inner.sign = "+";
  const imText = renderNumber(inner, i.neg, "", i.digits, i.decimal, i.remainder, false);
  const body = (parens ? "(" : "") + reText + imText + "j" + (parens ? ")" : "");
  return pad(body, body.length, spec.width, spec.align, spec.fill);
}
