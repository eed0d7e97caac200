// The format-spec mini-language shared by format(int/float/complex/str): the parser and the number
// layout, as CPython 3.10's Python/formatter_unicode.c does them (parse_internal_render_format_spec,
// calc_number_widths + fill_number, _PyUnicode_InsertThousandsGrouping). Widths count code points;
// the fill may be any code point. The type is kept as a code point number, 0 meaning "none", because
// CPython cannot tell an explicit NUL type character from a missing one either.
import { PyError } from "../py-error.ts";
import { decimalValue } from "../unicode.ts";
import { chr, codePointAt, cpLength } from "./codepoints.ts";

export const enum Grouping { None = 0, Comma = 1, Underscore = 2, UnderscoreFour = 3 }

export interface FormatSpec {
  /** One code point. */
  fill: string;
  /** '<', '>', '^' or '='. */
  align: string;
  alternate: boolean;
  /** '', '+', '-' or ' '. */
  sign: string;
  /** -1 when absent. */
  width: number;
  grouping: Grouping;
  /** -1 when absent. */
  precision: number;
  /** The presentation type as a code point; 0 when absent. */
  type: number;
}

/** Longest string dislab builds; CPython would raise MemoryError well before its own limit. */
export const MAX_STR_LENGTH = 2 ** 29 - 24;
export const memoryError = (): PyError => new PyError("MemoryError", "");

const SSIZE_MAX = 2n ** 63n - 1n;

const isAlign = (c: number) => c === 0x3c || c === 0x3e || c === 0x3d || c === 0x5e;

/**
 * Specs parsed lately, by their text and defaults: a loop formats with the same few specs
 * (`f"{x:.3f}"`), and parsing one made a few hundred bytes of garbage each time. The parsed specs
 * are shared, and frozen: no caller may change one.
 */
const parsedSpecs = new Map<number, Map<string, FormatSpec>>();

/** parse_internal_render_format_spec. */
export function parseFormatSpec(spec: string, defaultType: number, defaultAlign: string): FormatSpec {
  // (by the defaults first, of which callers use three: no key string made per call)
  const defaults = defaultType * 4 + "<>=^".indexOf(defaultAlign);
  let specs = parsedSpecs.get(defaults);
  if (specs === undefined) parsedSpecs.set(defaults, (specs = new Map()));
  let f = specs.get(spec);
  if (f === undefined) {
    if (specs.size >= 256) specs.clear();
    specs.set(spec, (f = Object.freeze(parseSpec(spec, defaultType, defaultAlign))));
  }
  return f;
}

function parseSpec(spec: string, defaultType: number, defaultAlign: string): FormatSpec {
  const cps: number[] = [];
  for (let i = 0; i < spec.length; i++) {
    const c = codePointAt(spec, i);
    cps.push(c);
    if (c > 0xffff) i++;
  }
  const end = cps.length;
  let pos = 0;
  const f: FormatSpec = { fill: " ", align: defaultAlign, alternate: false, sign: "", width: -1, grouping: Grouping.None, precision: -1, type: defaultType };
  let fillSpecified = false;
  let alignSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.align = chr(cps[pos + 1]);
    f.fill = chr(cps[pos]);
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = chr(cps[pos]);
    alignSpecified = true;
    pos++;
  }
  if (pos < end && (cps[pos] === 0x20 || cps[pos] === 0x2b || cps[pos] === 0x2d)) f.sign = chr(cps[pos++]);
  if (pos < end && cps[pos] === 0x23) { f.alternate = true; pos++; }
  if (!fillSpecified && pos < end && cps[pos] === 0x30) {
    f.fill = "0";
    // 3.10: the '0' flag implies '=' alignment only for types that align right by default (not str).
    if (!alignSpecified && defaultAlign === ">") f.align = "=";
    pos++;
  }
  let [n, consumed] = getInteger(cps, pos);
  pos += consumed;
  if (consumed) f.width = n;
  if (pos < end && cps[pos] === 0x2c) { f.grouping = Grouping.Comma; pos++; }
  if (pos < end && cps[pos] === 0x5f) {
    if (f.grouping !== Grouping.None) throw new PyError("ValueError", "Cannot specify both ',' and '_'.");
    f.grouping = Grouping.Underscore;
    pos++;
  }
  if (pos < end && cps[pos] === 0x2c && f.grouping === Grouping.Underscore) throw new PyError("ValueError", "Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] === 0x2e) {
    pos++;
    [n, consumed] = getInteger(cps, pos);
    pos += consumed;
    if (!consumed) throw new PyError("ValueError", "Format specifier missing precision");
    f.precision = n;
  }
  if (end - pos > 1) throw new PyError("ValueError", "Invalid format specifier");
  if (end - pos === 1) f.type = cps[pos];
  if (f.grouping !== Grouping.None) {
    const t = f.type;
    const allowed = t === 0x64 || t === 0x65 || t === 0x66 || t === 0x67 || t === 0x45 || t === 0x47 || t === 0x25 || t === 0x46 || t === 0;
    // PEP 515: '_' also groups bin/oct/hex, by four digits.
    const binary = t === 0x62 || t === 0x6f || t === 0x78 || t === 0x58;
    if (binary && f.grouping === Grouping.Underscore) f.grouping = Grouping.UnderscoreFour;
    else if (!allowed) throw new PyError("ValueError", `Cannot specify '${f.grouping === Grouping.Comma ? "," : "_"}' with ${codeRepr(t)}.`);
  }
  return f;
}

/** How CPython's messages quote a type character: 'x' for printable ASCII, else '\x..'. */
export const codeRepr = (c: number): string => (c > 32 && c < 128 ? `'${String.fromCharCode(c)}'` : `'\\x${c.toString(16)}'`);

/** get_integer: decimal digits (any Unicode Nd) at pos; [value, count]. */
function getInteger(cps: number[], pos: number): [number, number] {
  let acc = 0;
  let big: bigint | null = null;
  let count = 0;
  for (; pos < cps.length; pos++, count++) {
    const d = decimalValue(cps[pos]);
    if (d < 0) break;
    if (big === null && acc < 1e14) acc = acc * 10 + d;
    else {
      big = (big ?? BigInt(acc)) * 10n + BigInt(d);
      if (big > SSIZE_MAX) throw new PyError("ValueError", "Too many decimal digits in format string");
      acc = Number(big);
    }
  }
  return [acc, count];
}

/** "Unknown format code 'x' for object of type 'float'". */
export function unknownPresentationType(type: number, typeName: string): PyError {
  return new PyError("ValueError", `Unknown format code ${codeRepr(type)} for object of type '${typeName}'`);
}

/** fill.repeat(n), refusing lengths no string can have. */
export function fillString(fill: string, n: number): string {
  if (n <= 0) return "";
  if (n * fill.length > MAX_STR_LENGTH) throw memoryError();
  return fill.repeat(n);
}

/** Left/right padding of `nchars` code points to the spec's width (calc_padding). */
export function pad(body: string, nchars: number, width: number, align: string, fill: string): string {
  if (width <= nchars) return body;
  const total = width - nchars;
  const left = align === ">" ? total : align === "^" ? Math.floor(total / 2) : 0;
  return fillString(fill, left) + body + fillString(fill, total - left);
}

/**
 * _PyUnicode_InsertThousandsGrouping: `digits` grouped by `group` (0: no grouping) with `sep`,
 * left-padded with '0' digits (and separators) to at least minWidth characters.
 */
export function groupDigits(digits: string, minWidth: number, group: number, sep: string): string {
  let remaining = digits.length;
  if (group === 0) {
    const l = Math.max(remaining, minWidth, 1);
    return fillString("0", l - remaining) + digits;
  }
  if (minWidth > MAX_STR_LENGTH) throw memoryError();
  const pieces: string[] = [];
  let useSep = false;
  for (;;) {
    const l = Math.min(group, Math.max(remaining, minWidth, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    pieces.push("0".repeat(nZeros) + digits.slice(remaining - nChars, remaining) + (useSep ? sep : ""));
    useSep = true;
    remaining -= nChars;
    minWidth -= group;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return pieces.reverse().join("");
}

/**
 * calc_number_widths + fill_number: lays out [sign][prefix][digits][.remainder] in the spec's
 * width. `digits` are the integer digits (grouped), `remainder` what follows the decimal point (or
 * all non-digits, for 'c' and inf/nan); `decimal` says whether a '.' separates them. 'n' uses the
 * C locale: no grouping, '.' as decimal point.
 */
export function renderNumber(spec: FormatSpec, negative: boolean, prefix: string, digits: string, decimal: boolean, remainder: string, toUpper: boolean): string {
  let sign = "";
  if (spec.sign === "+") sign = negative ? "-" : "+";
  else if (spec.sign === " ") sign = negative ? "-" : " ";
  else if (negative) sign = "-";
  const grouping = spec.type === 0x6e ? Grouping.None : spec.grouping;
  const group = grouping === Grouping.None ? 0 : grouping === Grouping.UnderscoreFour ? 4 : 3;
  const sep = grouping === Grouping.Comma ? "," : "_";
  const nonDigits = sign.length + prefix.length + (decimal ? 1 : 0) + cpLength(remainder);
  const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - nonDigits : 0;
  let grouped = digits.length === 0 ? "" : group === 0 && minWidth <= digits.length ? digits : groupDigits(digits, minWidth, group, sep);
  let pre = prefix;
  if (toUpper) {
    grouped = grouped.toUpperCase();
    pre = pre.toUpperCase();
  }
  const tail = grouped + (decimal ? "." : "") + remainder;
  const padding = spec.width - (nonDigits + grouped.length);
  if (padding <= 0) return sign + pre + tail;
  const fill = spec.fill;
  switch (spec.align) {
    case "<": return sign + pre + tail + fillString(fill, padding);
    case "^": {
      const left = Math.floor(padding / 2);
      return fillString(fill, left) + sign + pre + tail + fillString(fill, padding - left);
    }
    case "=": return sign + pre + fillString(fill, padding) + tail;
    default: return fillString(fill, padding) + sign + pre + tail;
  }
}

/** format(str, spec) (format_string_internal); `typeName` names the type in errors. */
export function formatStr(value: string, specText: string, typeName = "str"): string {
  if (specText === "") return value;
  const spec = parseFormatSpec(specText, 0x73, "<");
  if (spec.type !== 0x73) throw unknownPresentationType(spec.type, typeName);
  if (spec.sign === " ") throw new PyError("ValueError", "Space not allowed in string format specifier");
  if (spec.sign !== "") throw new PyError("ValueError", "Sign not allowed in string format specifier");
  if (spec.alternate) throw new PyError("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (spec.align === "=") throw new PyError("ValueError", "'=' alignment not allowed in string format specifier");
  let len = cpLength(value);
  let s = value;
  if (spec.precision >= 0 && len > spec.precision) {
    s = truncateCp(value, spec.precision);
    len = spec.precision;
  }
  return pad(s, len, spec.width, spec.align, spec.fill);
}

/** The first n code points of s (n < len(s)). */
function truncateCp(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n; k++) i += codePointAt(s, i) > 0xffff ? 2 : 1;
  return s.slice(0, i);
}
