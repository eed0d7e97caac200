// printf-style formatting, str % args (PyUnicode_Format in Objects/unicodeobject.c): the format
// string's parser and each conversion's output. What needs Python objects (str()/repr() of a
// value, int()/float() coercion, the type errors) is the VM's: the driver asks a host callback to
// convert each argument and lays out the already-converted value here.
import { PyError } from "../py-error.ts";
import { codePointAt, cpLength } from "./codepoints.ts";
import { DTSF_ALT, doubleToString } from "./float-format.ts";
import { fillString } from "./format-spec.ts";
import type { IntValue } from "./int-format.ts";

export const F_LJUST = 1;
export const F_SIGN = 2;
export const F_BLANK = 4;
export const F_ALT = 8;
export const F_ZERO = 16;

/** One parsed conversion: flags (F_*), width and precision (-1 when absent), and the conversion character ('b' only for bytes). */
export interface PercentConversion {
  flags: number;
  width: number;
  prec: number;
  ch: string;
}

/** A value converted by the host for one conversion. */
export type PercentValue =
  | { kind: "int"; value: IntValue } // d i u o x X
  | { kind: "float"; value: number } // e E f F g G
  | { kind: "char"; value: number } // c: a code point
  | { kind: "str"; value: string }; // s r a: str(), repr() or ascii() of the argument

/** What the driver needs from the VM for str % args. */
export interface PercentHost<T> {
  /** The items when args is a tuple, else null (args itself is the one argument). */
  tuple: readonly T[] | null;
  /** args itself. */
  args: T;
  /** args is a mapping (and neither a tuple nor a str): enables %(key)s. */
  mapping: boolean;
  /** args[key] for %(key)s. */
  getItem(key: string): T;
  /** The int value of a '*' width or precision argument; throws TypeError("* wants int") otherwise. */
  starArg(v: T): IntValue;
  /** Converts the argument for conversion `conv.ch` (one of "sradiuoxXeEfFgGc", and "b" for bytes), raising Python's errors. */
  convert(v: T, conv: PercentConversion): PercentValue;
}

const SSIZE_MAX = 2n ** 63n - 1n;
const INT_MAX = 2147483647;
/** The conversion characters, indexed by code. */
const CONVERSIONS = new Uint8Array(128);
for (const ch of "srauidoxXeEfFgGc") CONVERSIONS[ch.charCodeAt(0)] = 1;

/**
 * str % args. With `bytes`, the format is bytes % args (PEP 461, _PyBytes_FormatEx) as a Latin-1
 * string: 'b' is a conversion too, and the host returns every text as Latin-1.
 */
export function percentFormat<T>(fmt: string, host: PercentHost<T>, bytes = false): string {
  let arglen = host.tuple ? host.tuple.length : -1;
  let argidx = host.tuple ? 0 : -2;
  let args: T = host.args;
  let tuple = host.tuple;
  const nextArg = (): T => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? args : tuple![i];
    }
    throw new PyError("TypeError", "not enough arguments for format string");
  };
  let out = "";
  let pos = 0; // UTF-16 offset
  const n = fmt.length;
  while (pos < n) {
    const pct = fmt.indexOf("%", pos);
    if (pct < 0) { out += fmt.slice(pos); break; }
    out += fmt.slice(pos, pct);
    pos = pct + 1;
    if (pos >= n) throw new PyError("ValueError", "incomplete format");
    if (fmt.charCodeAt(pos) === 0x25) { out += "%"; pos++; continue; }
    const conv: PercentConversion = { flags: 0, width: -1, prec: -1, ch: "" };
    let c = fmt.charCodeAt(pos);
    if (c === 0x28) {
      if (!host.mapping) throw new PyError("TypeError", "format requires a mapping");
      let depth = 1;
      const keyStart = ++pos;
      while (depth > 0 && pos < n) {
        const k = fmt.charCodeAt(pos++);
        if (k === 0x29) depth--;
        else if (k === 0x28) depth++;
      }
      if (depth > 0) throw new PyError("ValueError", "incomplete format key");
      args = host.getItem(fmt.slice(keyStart, pos - 1));
      tuple = null;
      arglen = -1;
      argidx = -2;
    }
    // Flags, width, precision, length modifier; `c` ends up holding the conversion character.
    c = -1;
    while (pos < n) {
      c = fmt.charCodeAt(pos++);
      const f = c === 0x2d ? F_LJUST : c === 0x2b ? F_SIGN : c === 0x20 ? F_BLANK : c === 0x23 ? F_ALT : c === 0x30 ? F_ZERO : 0;
      if (!f) break;
      conv.flags |= f;
      c = -1;
    }
    if (c === 0x2a) {
      const w = BigInt(host.starArg(nextArg()));
      if (w > SSIZE_MAX || w < -SSIZE_MAX - 1n) throw new PyError("OverflowError", "Python int too large to convert to C ssize_t");
      conv.width = Number(w);
      if (conv.width < 0) {
        conv.flags |= F_LJUST;
        conv.width = -conv.width;
      }
      c = pos < n ? fmt.charCodeAt(pos++) : -1;
    } else if (c >= 0x30 && c <= 0x39) {
      let w = BigInt(c - 0x30);
      c = -1;
      while (pos < n) {
        c = fmt.charCodeAt(pos++);
        if (c < 0x30 || c > 0x39) break;
        w = w * 10n + BigInt(c - 0x30);
        if (w > SSIZE_MAX) throw new PyError("ValueError", "width too big");
        c = -1;
      }
      conv.width = Number(w);
    }
    if (c === 0x2e) {
      conv.prec = 0;
      c = pos < n ? fmt.charCodeAt(pos++) : -1;
      if (c === 0x2a) {
        const p = BigInt(host.starArg(nextArg()));
        if (p > BigInt(INT_MAX) || p < -BigInt(INT_MAX) - 1n) throw new PyError("OverflowError", "Python int too large to convert to C int");
        conv.prec = Math.max(0, Number(p));
        c = pos < n ? fmt.charCodeAt(pos++) : -1;
      } else if (c >= 0x30 && c <= 0x39) {
        let p = c - 0x30;
        c = -1;
        while (pos < n) {
          c = fmt.charCodeAt(pos++);
          if (c < 0x30 || c > 0x39) break;
          if (p > (INT_MAX - (c - 0x30)) / 10) throw new PyError("ValueError", "precision too big");
          p = p * 10 + (c - 0x30);
          c = -1;
        }
        conv.prec = p;
      }
    }
    if (c === 0x68 || c === 0x6c || c === 0x4c) c = pos < n ? fmt.charCodeAt(pos++) : -1;
    if (c < 0) throw new PyError("ValueError", "incomplete format");
    if (c >= 0xd800 && c < 0xdc00 && pos < n) {
      const cp = codePointAt(fmt, pos - 1);
      if (cp > 0xffff) { c = cp; pos++; }
    }
    const v = nextArg();
    if (c > 0x7f || !(CONVERSIONS[c] || (bytes && c === 0x62))) {
      // _PyBytes_FormatEx passes a negative C char to %c for bytes >= 0x80, which makes the message
      // itself fail to format: CPython 3.10 raises ValueError with an empty message.
      if (bytes && c > 0x7f) throw new PyError("ValueError", "");
      const index = cpLength(fmt.slice(0, pos)) - 1;
      throw new PyError("ValueError", `unsupported format character '${c >= 31 && c <= 126 ? String.fromCharCode(c) : "?"}' (0x${c.toString(16)}) at index ${index}`);
    }
    // _PyBytes_FormatEx treats %i as %d (its error messages say %d).
    conv.ch = bytes && c === 0x69 ? "d" : String.fromCharCode(c);
    out += formatConversion(conv, host.convert(v, conv));
  }
  if (argidx < arglen && !host.mapping) throw new PyError("TypeError", `not all arguments converted during ${bytes ? "bytes" : "string"} formatting`);
  return out;
}

/** The text of one conversion for an already-converted value (unicode_format_arg_format + _output). */
export function formatConversion(conv: PercentConversion, value: PercentValue): string {
  let s: string;
  let sign = false;
  switch (value.kind) {
    case "str":
      s = value.value;
      break;
    case "char":
      s = String.fromCodePoint(value.value);
      break;
    case "int":
      s = formatLong(value.value, (conv.flags & F_ALT) !== 0, conv.prec, conv.ch);
      sign = true;
      break;
    case "float":
      s = doubleToString(value.value, conv.ch, conv.prec < 0 ? 6 : conv.prec, conv.flags & F_ALT ? DTSF_ALT : 0);
      sign = true;
      break;
  }
  return output(conv, s, sign);
}

/** %c of an int: the code point, or OverflowError. */
export function percentCharFromInt(v: IntValue): number {
  if (v < 0 || v > 0x10ffff) throw new PyError("OverflowError", "%c arg not in range(0x110000)");
  return Number(v);
}

/** _PyUnicode_FormatLong: [-][0x]digits, zero-filled to `prec` digits. */
export function formatLong(v: IntValue, alt: boolean, prec: number, type: string): string {
  if (prec > INT_MAX - 3) throw new PyError("OverflowError", "precision too large");
  const neg = v < 0;
  const base = type === "o" ? 8 : type === "x" || type === "X" ? 16 : 10;
  let digits = (neg ? -v : v).toString(base);
  if (prec > digits.length) digits = fillString("0", prec - digits.length) + digits;
  const prefix = alt && base !== 10 ? (base === 8 ? "0o" : "0x") : "";
  const s = (neg ? "-" : "") + prefix + digits;
  return type === "X" ? s.toUpperCase() : s;
}

/** unicode_format_arg_output. */
function output(conv: PercentConversion, str: string, signed: boolean): string {
  const flags = conv.flags;
  let width = conv.width;
  const prec = conv.prec;
  const fill = signed && flags & F_ZERO ? "0" : " ";
  let len = cpLength(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) return str;
  const ch = conv.ch;
  let body = str;
  if ((ch === "s" || ch === "r" || ch === "a" || ch === "b") && prec >= 0 && len > prec) {
    body = takeCodePoints(str, prec);
    len = prec;
  }
  let signChar = "";
  let sign = signed;
  if (sign) {
    const c = body[0];
    if (c === "-" || c === "+") {
      signChar = c;
      body = body.slice(1);
      len--;
    } else if (flags & F_SIGN) signChar = "+";
    else if (flags & F_BLANK) signChar = " ";
    else sign = false;
  }
  if (width < len) width = len;
  let out = "";
  if (sign) {
    if (fill !== " ") out += signChar;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (ch === "x" || ch === "X" || ch === "o");
  let prefix = "";
  if (altPrefix) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    if (fill !== " ") out += prefix;
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fillString(fill, width - len);
    width = len;
  }
  if (fill === " ") {
    if (sign) out += signChar;
    if (altPrefix) out += prefix;
  }
  out += body;
  if (width > len) out += fillString(" ", width - len);
  return out;
}

function takeCodePoints(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) i += codePointAt(s, i) > 0xffff ? 2 : 1;
  return s.slice(0, i);
}
