// str.format / format_map and the _string module's parser (Objects/stringlib/unicode_format.h:
// MarkupIterator, parse_field, field_name_split, FieldNameIterator, build_string): literal text,
// field names with .attr and [key] parts, conversions, nested format specs, automatic numbering,
// with CPython's ValueError messages. Object access (args, getattr, getitem, repr/str/ascii,
// format()) is the VM's, through FormatHost.
import { PyError } from "../py-error.ts";
import { decimalValue } from "../unicode.ts";
import { codePointAt } from "./codepoints.ts";

/** One step of MarkupIterator: literal text, then (if present) a replacement field. */
export interface Markup {
  literal: string;
  /** null when no field follows the literal. */
  field: { name: string; spec: string; conversion: string | null; specNeedsExpanding: boolean } | null;
}

const err = (msg: string) => new PyError("ValueError", msg);
const SSIZE_MAX = 2n ** 63n - 1n;

/** The markup pieces of a format string, lazily (errors surface where CPython's do). */
export function* markupIterator(s: string): Generator<Markup> {
  for (let pos = 0; pos < s.length; ) {
    const r = nextMarkup(s, pos);
    pos = r.next;
    yield r.markup;
  }
}

/** MarkupIterator_next: the piece starting at pos (< s.length) and where the next one starts. */
export function nextMarkup(s: string, pos: number): { markup: Markup; next: number } {
  const end = s.length;
  const start = pos;
  let c = 0;
  let markup = false;
  while (pos < end) {
    c = s.charCodeAt(pos++);
    if (c === 0x7b || c === 0x7d) { markup = true; break; }
  }
  const atEnd = pos >= end;
  let len = pos - start;
  if (c === 0x7d && markup && (atEnd || s.charCodeAt(pos) !== 0x7d)) throw err("Single '}' encountered in format string");
  if (atEnd && c === 0x7b && markup) throw err("Single '{' encountered in format string");
  if (!atEnd) {
    if (markup && c === s.charCodeAt(pos)) { pos++; markup = false; } // '{{' or '}}'
    else if (markup) len--;
  }
  const literal = s.slice(start, start + len);
  if (!markup) return { markup: { literal, field: null }, next: pos };
  // parse_field
  const nameStart = pos;
  c = 0;
  while (pos < end) {
    c = s.charCodeAt(pos++);
    if (c === 0x7b) throw err("unexpected '{' in field name");
    if (c === 0x5b) {
      while (pos < end && s.charCodeAt(pos) !== 0x5d) pos++;
      continue;
    }
    if (c === 0x7d || c === 0x3a || c === 0x21) break;
  }
  const name = s.slice(nameStart, pos - 1);
  let conversion: string | null = null;
  let spec = "";
  let needs = false;
  if (c === 0x21 || c === 0x3a) {
    let done = false;
    if (c === 0x21) {
      if (pos >= end) throw err("end of string while looking for conversion specifier");
      const cp = codePointAt(s, pos);
      conversion = String.fromCodePoint(cp);
      pos += cp > 0xffff ? 2 : 1;
      if (pos < end) {
        const d = s.charCodeAt(pos++);
        if (d === 0x7d) done = true;
        else if (d !== 0x3a) throw err("expected ':' after conversion specifier");
      }
    }
    if (!done) {
      const specStart = pos;
      let count = 1;
      let closed = false;
      while (pos < end) {
        const d = s.charCodeAt(pos++);
        if (d === 0x7b) { needs = true; count++; }
        else if (d === 0x7d && --count === 0) { spec = s.slice(specStart, pos - 1); closed = true; break; }
      }
      if (!closed) throw err("unmatched '{' in format spec");
    }
  } else if (c !== 0x7d) throw err("expected '}' before end of string");
  return { markup: { literal, field: { name, spec, conversion, specNeedsExpanding: needs } }, next: pos };
}

/** _string.formatter_parser(s): (literal, field_name, format_spec, conversion) tuples, lazily. */
export function* formatterParser(s: string): Generator<[string, string | null, string | null, string | null]> {
  for (const m of markupIterator(s)) {
    if (m.field) yield [m.literal, m.field.name, m.field.spec, m.field.conversion];
    else yield [m.literal, null, null, null];
  }
}

/** get_integer over a field-name part: its value if all decimal digits, else -1. */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0;
  let big: bigint | null = null;
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAt(s, i);
    if (cp > 0xffff) i++;
    const d = decimalValue(cp);
    if (d < 0) return -1;
    if (big === null && acc < 1e14) acc = acc * 10 + d;
    else {
      big = (big ?? BigInt(acc)) * 10n + BigInt(d);
      if (big > SSIZE_MAX) throw err("Too many decimal digits in format string");
    }
  }
  return big === null ? acc : Number(big);
}

/** FieldNameIterator: the .attr and [key] parts after the first name, lazily. */
export function* fieldNameRest(s: string, pos: number): Generator<[boolean, string | number]> {
  const end = s.length;
  while (pos < end) {
    const c = s.charCodeAt(pos++);
    let name: string;
    let isAttr: boolean;
    let key: string | number;
    if (c === 0x2e) {
      isAttr = true;
      const a = pos;
      while (pos < end && s.charCodeAt(pos) !== 0x5b && s.charCodeAt(pos) !== 0x2e) pos++;
      name = s.slice(a, pos);
      key = name;
    } else if (c === 0x5b) {
      isAttr = false;
      const a = pos;
      while (pos < end && s.charCodeAt(pos) !== 0x5d) pos++;
      if (pos >= end) throw err("Missing ']' in format string");
      name = s.slice(a, pos++);
      const idx = getInteger(name);
      key = idx === -1 ? name : idx;
    } else throw err("Only '.' or '[' may follow ']' in format field specifier");
    if (name.length === 0) throw err("Empty attribute in format string");
    yield [isAttr, key];
  }
}

/** Splits a field name into its first part (an int index when all digits) and the offset of the rest. */
function splitFirst(s: string): { first: string; index: number; rest: number } {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) !== 0x2e && s.charCodeAt(i) !== 0x5b) i++;
  const first = s.slice(0, i);
  return { first, index: getInteger(first), rest: i };
}

/** _string.formatter_field_name_split(name): (first, iterator of (is_attr, key)). */
export function formatterFieldNameSplit(name: string): [string | number, Generator<[boolean, string | number]>] {
  const { first, index, rest } = splitFirst(name);
  return [index === -1 ? first : index, fieldNameRest(name, rest)];
}

/** What str.format needs from the VM; T is the VM's object type. */
export interface FormatHost<T> {
  /** args[index], or undefined when index is out of range. */
  positional(index: number): T | undefined;
  /** Whether positional args exist at all (false for format_map). */
  hasPositional: boolean;
  /** kwargs[key] (or mapping[key] for format_map), raising KeyError itself. */
  keyword(key: string): T;
  getAttr(obj: T, name: string): T;
  /** obj[key]: an int key for all-digit keys, a str otherwise. */
  getItem(obj: T, key: string | number): T;
  /** repr/str/ascii of obj for conversion 'r'/'s'/'a'. */
  convert(obj: T, conversion: "r" | "s" | "a"): T;
  /** format(obj, spec). */
  format(obj: T, spec: string): string;
}

/** str.format(*args, **kwargs) / str.format_map(mapping). */
export function strFormat<T>(fmt: string, host: FormatHost<T>): string {
  const auto = { state: 0 as 0 | 1 | 2, next: 0 }; // 0 init, 1 automatic, 2 manual
  return buildString(fmt, host, 2, auto);
}

function buildString<T>(fmt: string, host: FormatHost<T>, depth: number, auto: { state: 0 | 1 | 2; next: number }): string {
  if (depth <= 0) throw err("Max string recursion exceeded");
  let out = "";
  for (let pos = 0; pos < fmt.length; ) {
    const r = nextMarkup(fmt, pos);
    pos = r.next;
    const m = r.markup;
    out += m.literal;
    if (!m.field) continue;
    const f = m.field;
    let obj = fieldObject(f.name, host, auto);
    if (f.conversion !== null) {
      const c = f.conversion;
      if (c !== "r" && c !== "s" && c !== "a") {
        const cp = c.codePointAt(0)!;
        throw err(cp > 32 && cp < 127 ? `Unknown conversion specifier ${c}` : `Unknown conversion specifier \\x${cp.toString(16)}`);
      }
      obj = host.convert(obj, c);
    }
    const spec = f.specNeedsExpanding ? buildString(f.spec, host, depth - 1, auto) : f.spec;
    out += host.format(obj, spec);
  }
  return out;
}

function fieldObject<T>(name: string, host: FormatHost<T>, auto: { state: 0 | 1 | 2; next: number }): T {
  let { first, index, rest } = splitFirst(name);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (auto.state === 0 && numeric) auto.state = empty ? 1 : 2;
  if (numeric) {
    if (auto.state === 2 && empty) throw err("cannot switch from manual field specification to automatic field numbering");
    if (auto.state === 1 && !empty) throw err("cannot switch from automatic field numbering to manual field specification");
  }
  if (empty) index = auto.next++;
  let obj: T;
  if (index === -1) obj = host.keyword(first);
  else {
    if (!host.hasPositional) throw err("Format string contains positional fields");
    const v = host.positional(index);
    if (v === undefined) throw new PyError("IndexError", `Replacement index ${index} out of range for positional args tuple`);
    obj = v;
  }
  if (rest < name.length) for (const [isAttr, key] of fieldNameRest(name, rest)) obj = isAttr ? host.getAttr(obj, key as string) : host.getItem(obj, key);
  return obj;
}
