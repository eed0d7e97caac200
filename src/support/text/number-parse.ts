// Text to numbers: int(str|bytes, base), float(str|bytes) and complex(str), with CPython 3.10's
// grammar and messages (PyLong_FromString in Objects/longobject.c, float_from_string_inner in
// Objects/floatobject.c, complex_from_string_inner in Objects/complexobject.c,
// _Py_string_to_number_with_underscores in Python/pystrtod.c). A str is first mapped to ASCII as
// _PyUnicode_TransformDecimalAndSpaceToASCII does: Unicode spaces become ' ', Unicode decimal
// digits their ASCII digit, and the first other non-ASCII character ends the text with '?'.
// 3.10.2 predates the int max-str-digits limit (3.10.7), so no limit applies here.
import { PyError } from "../py-error.ts";
import { bytesRepr, strRepr } from "../repr.ts";
import { decimalValue, isSpace } from "../unicode.ts";
import { codePointAt } from "./codepoints.ts";
import { latin1 } from "./bytes-methods.ts";
import type { IntValue } from "./int-format.ts";

/** A bigint as the runtime's canonical int: a number when it is a safe integer. */
export function normInt(b: bigint): IntValue {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** _PyUnicode_TransformDecimalAndSpaceToASCII. */
export function transformDecimalAndSpace(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 127) { ascii = false; break; }
  if (ascii) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAt(s, i);
    if (cp > 0xffff) i++;
    if (cp < 127) out += String.fromCharCode(cp);
    else if (isSpace(cp)) out += " ";
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + "?";
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

/** Py_ISSPACE: the ASCII whitespace of C's isspace. */
const isAsciiSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** _PyLong_DigitValue: 0-35 for [0-9a-zA-Z], 37 otherwise. */
function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x7a) return l - 0x61 + 10;
  return 37;
}

const invalidBase = () => new PyError("ValueError", "int() base must be >= 2 and <= 36, or 0");

/** PyLong_FromString over ASCII text that must be consumed whole: the value, or null if invalid. */
export function parseIntAscii(s: string, base: number): IntValue | null {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let neg = false;
  if (s.charCodeAt(i) === 0x2b) i++;
  else if (s.charCodeAt(i) === 0x2d) { neg = true; i++; }
  let errorIfNonzero = false;
  const c1 = s.charCodeAt(i + 1) | 0x20;
  if (base === 0) {
    if (s.charCodeAt(i) !== 0x30) base = 10;
    else if (c1 === 0x78) base = 16;
    else if (c1 === 0x6f) base = 8;
    else if (c1 === 0x62) base = 2;
    else { errorIfNonzero = true; base = 10; } // "old" octal like 010: only zero is valid
  }
  if (s.charCodeAt(i) === 0x30 && ((base === 16 && c1 === 0x78) || (base === 8 && c1 === 0x6f) || (base === 2 && c1 === 0x62))) {
    i += 2;
    if (s.charCodeAt(i) === 0x5f) i++; // one underscore may follow the prefix
  }
  if (s.charCodeAt(i) === 0x5f) return null;
  const start = i;
  let prevUnderscore = false;
  let underscores = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      if (prevUnderscore) return null;
      prevUnderscore = underscores = true;
    } else if (digitValue(c) < base) prevUnderscore = false;
    else break;
  }
  if (prevUnderscore) return null;
  const end = i;
  if (end === start) return null;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return null;
  if (!underscores && end - start <= 10) {
    // at most ten digits of base 36 stay below 2**53: the value as a number, no BigInt made
    let acc = 0;
    for (let k = start; k < end; k++) acc = acc * base + digitValue(s.charCodeAt(k));
    if (errorIfNonzero && acc !== 0) return null;
    return neg && acc !== 0 ? -acc : acc;
  }
  let digits = s.slice(start, end);
  if (underscores) digits = digits.replace(/_/g, "");
  let v = digitsToBigInt(digits, base);
  if (errorIfNonzero && v !== 0n) return null;
  if (neg) v = -v;
  return normInt(v);
}

function digitsToBigInt(d: string, base: number): bigint {
  if (base === 10) {
    if (d.length <= 15) return BigInt(Number(d));
    return BigInt(d);
  }
  if (base === 16) return BigInt("0x" + d);
  if (base === 8) return BigInt("0o" + d);
  if (base === 2) return BigInt("0b" + d);
  if (d.length <= 10) return BigInt(parseInt(d, base));
  // Chunks of 10 digits (36**10 < 2**53) combined in a balanced tree: subquadratic for long inputs.
  const parts: bigint[] = [];
  const first = d.length % 10 || 10;
  parts.push(BigInt(parseInt(d.slice(0, first), base)));
  for (let i = first; i < d.length; i += 10) parts.push(BigInt(parseInt(d.slice(i, i + 10), base)));
  let scale = BigInt(base) ** 10n;
  let level = parts;
  // Combine pairs right-aligned: each element of `level` stands for a fixed number of digits except the first.
  while (level.length > 1) {
    const next: bigint[] = [];
    const odd = level.length % 2;
    if (odd) next.push(level[0]);
    for (let k = odd; k < level.length; k += 2) next.push(level[k] * scale + level[k + 1]);
    scale *= scale;
    level = next;
  }
  return level[0];
}

/** int(s, base) for a str s, or null when s is no int literal of that base (the ValueError's message: badIntLiteral). */
export function intFromString(s: string, base = 10): IntValue | null {
  if ((base !== 0 && base < 2) || base > 36) throw invalidBase();
  return parseIntAscii(transformDecimalAndSpace(s), base);
}

/** int()'s ValueError message for a str that is no int literal of base `base`. */
export const badIntLiteral = (s: string, base: number): string => `invalid literal for int() with base ${base}: ${truncateRepr(strRepr(s))}`;

/** int(b, base) for bytes or bytearray (the message shows the first 200 bytes as bytes). */
export function intFromBytes(b: Uint8Array, base = 10): IntValue {
  if ((base !== 0 && base < 2) || base > 36) throw invalidBase();
  const v = parseIntAscii(latin1(b), base);
  if (v === null) throw new PyError("ValueError", `invalid literal for int() with base ${base}: ${bytesRepr(b.subarray(0, 200))}`);
  return v;
}

/** %.200R: a repr cut to 200 code points. */
function truncateRepr(r: string): string {
  if (r.length <= 200) return r;
  let i = 0;
  for (let k = 0; k < 200 && i < r.length; k++) i += codePointAt(r, i) > 0xffff ? 2 : 1;
  return r.slice(0, i);
}


/**
 * _PyOS_ascii_strtod at s[i]: a decimal float (optional sign, digits with an optional point,
 * optional exponent) or inf/infinity/nan; no leading whitespace. Returns the value and the end
 * offset, or null when nothing parses.
 */
export function strtod(s: string, i: number): { value: number; end: number } | null {
  const start = i;
  let c = s.charCodeAt(i);
  if (c === 0x2b || c === 0x2d) c = s.charCodeAt(++i);
  const digitsStart = i;
  while (c >= 0x30 && c <= 0x39) c = s.charCodeAt(++i);
  let nDigits = i - digitsStart;
  if (c === 0x2e) {
    const f = ++i;
    c = s.charCodeAt(i);
    while (c >= 0x30 && c <= 0x39) c = s.charCodeAt(++i);
    nDigits += i - f;
  }
  if (nDigits === 0) return parseInfNan(s, start);
  if ((c | 0x20) === 0x65) {
    let j = i + 1;
    let e = s.charCodeAt(j);
    if (e === 0x2b || e === 0x2d) e = s.charCodeAt(++j);
    if (e >= 0x30 && e <= 0x39) {
      while (e >= 0x30 && e <= 0x39) e = s.charCodeAt(++j);
      i = j;
    }
  }
  return { value: Number(s.slice(start, i)), end: i };
}

// (computed, so that no constant folding turns it into a plain NaN)
const NEG_NAN = -Number("NaN");
/** _Py_parse_inf_or_nan. */
function parseInfNan(s: string, i: number): { value: number; end: number } | null {
  let neg = false;
  const c = s.charCodeAt(i);
  if (c === 0x2d) { neg = true; i++; } else if (c === 0x2b) i++;
  const rest = s.slice(i, i + 8).toLowerCase();
  if (rest.startsWith("inf")) {
    const end = rest === "infinity" ? i + 8 : i + 3;
    return { value: neg ? -Infinity : Infinity, end };
  }
  // (a sign is kept in the NaN's sign bit, as the C library's strtod keeps it)
  if (rest.startsWith("nan")) return { value: neg ? NEG_NAN : NaN, end: i + 3 };
  return null;
}

/**
 * _Py_string_to_number_with_underscores: drops underscores that sit between two digits; null
 * if any other underscore is present. Works on the C string, so only text before a NUL is looked
 * at for underscores, and a NUL after one is an error.
 */
function removeUnderscores(s: string): string | null {
  const nul = s.indexOf("\0");
  const head = nul < 0 ? s : s.slice(0, nul);
  if (!head.includes("_")) return s;
  let out = "";
  let prev = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0x5f) {
      if (!(prev >= 0x30 && prev <= 0x39)) return null;
    } else {
      if (prev === 0x5f && !(c >= 0x30 && c <= 0x39)) return null;
      out += head[i];
    }
    prev = c;
  }
  return prev === 0x5f || nul >= 0 ? null : out;
}

/**
 * float_from_string_inner over ASCII: the value, null (invalid), or "" when nothing is left after
 * stripping whitespace: 3.10.2 then reports PyOS_string_to_double's own error, which quotes the
 * (empty) rest of the C string instead of the argument's repr.
 */
function parseFloatAscii(text: string): number | null | "" {
  const s = removeUnderscores(text);
  if (s === null) return null;
  let a = 0;
  let b = s.length;
  while (a < b && isAsciiSpace(s.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(s.charCodeAt(b - 1))) b--;
  if (a === b) return "";
  const r = strtod(s, a);
  return r && r.end === b ? r.value : null;
}

/** float(s) for a str s. `repr` is the argument's repr, for a subclass whose repr differs. */
export function floatFromString(s: string, repr?: string): number {
  const v = parseFloatAscii(transformDecimalAndSpace(s));
  if (typeof v === "number") return v;
  throw new PyError("ValueError", `could not convert string to float: ${v === "" ? "''" : repr ?? strRepr(s)}`);
}

/** float(b) for bytes-like b; `repr` gives the argument's repr for the error (bytearray(b'..'), a memoryview's). */
export function floatFromBytes(b: Uint8Array, repr?: () => string): number {
  const v = parseFloatAscii(latin1(b));
  if (typeof v === "number") return v;
  throw new PyError("ValueError", `could not convert string to float: ${v === "" ? "''" : repr ? repr() : bytesRepr(b)}`);
}

const malformed = () => new PyError("ValueError", "complex() arg is a malformed string");

/** complex(s) for a str s: [real, imag]. */
export function complexFromString(s: string, repr?: string): [number, number] {
  const t = removeUnderscores(transformDecimalAndSpace(s));
  if (t === null) throw new PyError("ValueError", `could not convert string to complex: ${repr ?? strRepr(s)}`);
  const n = t.length;
  let i = 0;
  let x = 0;
  let y = 0;
  while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  let bracket = false;
  if (t.charCodeAt(i) === 0x28) {
    bracket = true;
    i++;
    while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  }
  const isJ = (k: number) => (t.charCodeAt(k) | 0x20) === 0x6a;
  const first = strtod(t, i);
  if (first) {
    i = first.end;
    const c = t.charCodeAt(i);
    if (c === 0x2b || c === 0x2d) {
      // <float><signed-float>j or <float><sign>j
      x = first.value;
      const second = strtod(t, i);
      if (second) {
        y = second.value;
        i = second.end;
      } else {
        y = c === 0x2b ? 1 : -1;
        i++;
      }
      if (!isJ(i)) throw malformed();
      i++;
    } else if (isJ(i)) {
      i++;
      y = first.value;
    } else x = first.value;
  } else {
    const c = t.charCodeAt(i);
    if (c === 0x2b || c === 0x2d) {
      y = c === 0x2b ? 1 : -1;
      i++;
    } else y = 1;
    if (!isJ(i)) throw malformed();
    i++;
  }
  while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  if (bracket) {
    if (t.charCodeAt(i) !== 0x29) throw malformed();
    i++;
    while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  }
  if (i !== n) throw malformed();
  return [x, y];
}
