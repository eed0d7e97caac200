// repr() of the primitive values that both compile time (dis, ast dumps) and run time (the VM)
// print: float, complex, str and bytes, exactly as CPython 3.10 spells them.
// Python's repr of a float is the shortest string that round-trips (David Gay's algorithm); V8's
// Number#toExponential() with no argument yields the same shortest digits, so only the layout
// differs, and that follows format_float_short() with format code 'r' in Python/pystrtod.c.
import { isPrintable } from "./unicode.ts";

/** Shortest round-trip digits and decimal-point position of a finite, non-zero |x|: x = 0.DIGITS * 10**decpt. */
export function shortestDigits(x: number): { digits: string; decpt: number } {
  const [mant, exp] = Math.abs(x).toExponential().split("e");
  return { digits: mant.replace(".", ""), decpt: Number(exp) + 1 };
}

/** repr(float): '1.0', '0.1', '1e+16', '1e-05', 'inf', 'nan', '-0.0'. */
export function floatRepr(x: number): string {
  return formatShortest(x, true);
}

/**
 * Shortest round-trip layout: fixed notation while -4 < decpt <= 16, exponent notation outside it.
 * `addDot0` appends '.0' to integral values (float repr does; complex repr doesn't).
 */
export function formatShortest(x: number, addDot0: boolean): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + (addDot0 ? "0.0" : "0");
  const ax = Math.abs(x);
  if (ax >= 1e-4 && ax < 1e16) {
    const short = fewDecimals(x);
    if (short !== null) return short !== "" ? short : addDot0 ? String(x) + ".0" : String(x);
    // Fixed notation in Python, and in Number#toString too (which turns to exponents only below
    // 1e-6 and from 1e21), with the same shortest digits: only '.0' may be missing.
    const text = String(x);
    return addDot0 && !text.includes(".") ? text + ".0" : text;
  }
  const { digits, decpt } = shortestDigits(x);
  if (decpt <= -4 || decpt > 16) {
    const e = decpt - 1;
    const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    return `${sign}${mant}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  let body: string;
  if (decpt <= 0) body = "0." + "0".repeat(-decpt) + digits;
  else if (decpt >= digits.length) body = digits + "0".repeat(decpt - digits.length) + (addDot0 ? ".0" : "");
  else body = digits.slice(0, decpt) + "." + digits.slice(decpt);
  return sign + body;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
/** 2**50: below it a float's spacing is at most 1/8, so one integer at most lies among the decimals that round to it. */
const FEW_DIGITS_MAX = 1125899906842624;

/**
 * The shortest round-trip text of x when it has at most 6 decimals ("" when x is integral, for
 * the caller's '.0'), else null; an integer and its digits cost a fraction of Number#toString's
 * shortest-digits search (most floats a program prints are sums and products of short decimals).
 * m = x * 10**k, when an integer that divides back to x, is the one integer whose decimal
 * m * 10**-k reads back as x (a parse rounds the exact quotient as the division does), and so the
 * shortest digits once trailing zeros go (a shorter decimal would be m too, scaled).
 */
function fewDecimals(x: number): string | null {
  for (let k = 0; k < POW10.length; k++) {
    const m = x * POW10[k]!;
    if (m >= FEW_DIGITS_MAX || m <= -FEW_DIGITS_MAX) return null;
    if (!Number.isInteger(m)) continue;
    if (k === 0) return "";
    if (m / POW10[k]! !== x) return null;
    let digits = String(m < 0 ? -m : m);
    let frac = k;
    while (digits.charCodeAt(digits.length - 1) === 0x30) {
      digits = digits.slice(0, -1);
      frac--;
    }
    if (digits.length <= frac) digits = "0".repeat(frac - digits.length + 1) + digits;
    const point = digits.length - frac;
    return (m < 0 ? "-" : "") + digits.slice(0, point) + "." + digits.slice(point);
  }
  return null;
}

/** repr(complex): '1j', '(1+2j)', '(-0-1j)', '(nan+infj)'. */
export function complexRepr(real: number, imag: number): string {
  const im = formatShortest(imag, false);
  if (real === 0 && !Object.is(real, -0)) return im + "j";
  const re = formatShortest(real, false);
  const imSigned = im.startsWith("-") ? im : "+" + im;
  return `(${re}${imSigned}j)`;
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

/** repr(str), with CPython's choice of quotes and escapes. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    // A well-formed surrogate pair is one astral code point; a lone surrogate stays alone.
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    out += reprChar(cp, quote);
  }
  return out + quote;
}

/** repr of a str given as code points (one holding false pairs, see text/split-str.ts). */
export function codePointsRepr(cps: readonly number[]): string {
  const quote = cps.includes(0x27) && !cps.includes(0x22) ? '"' : "'";
  let out = quote;
  for (const cp of cps) out += reprChar(cp, quote);
  return out + quote;
}

function reprChar(cp: number, quote: string): string {
  if (cp === 0x5c || cp === quote.charCodeAt(0)) return "\\" + String.fromCharCode(cp);
  if (cp === 0x09) return "\\t";
  if (cp === 0x0a) return "\\n";
  if (cp === 0x0d) return "\\r";
  if (cp < 0x20 || cp === 0x7f) return "\\x" + hex(cp, 2);
  if (cp < 0x7f || isPrintable(cp)) return String.fromCodePoint(cp);
  if (cp <= 0xff) return "\\x" + hex(cp, 2);
  if (cp <= 0xffff) return "\\u" + hex(cp, 4);
  return "\\U" + hex(cp, 8);
}

/** repr(bytes): b'...' with the same quote choice as str. */
export function bytesRepr(b: Uint8Array, prefix = "b"): string {
  return bytesLikeRepr(b, prefix, false);
}

/**
 * The b'...' part of repr(bytearray): bytearray_repr chooses its quote as bytes_repr does but
 * escapes every single quote, also inside double quotes (bytearray(b"%&\'")).
 */
export function bytearrayInnerRepr(b: Uint8Array): string {
  return bytesLikeRepr(b, "b", true);
}

function bytesLikeRepr(b: Uint8Array, prefix: string, escapeSingle: boolean): string {
  const hasSingle = b.includes(0x27);
  const quote = hasSingle && !b.includes(0x22) ? 0x22 : 0x27;
  let out = prefix + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c || (c === 0x27 && escapeSingle)) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}
