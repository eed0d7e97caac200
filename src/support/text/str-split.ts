// str.split/rsplit/splitlines/partition/rpartition and strip/lstrip/rstrip (Objects/stringlib/
// split.h, unicodeobject.c's do_strip/do_argstrip). Whitespace is Py_UNICODE_ISSPACE, which
// includes \x1c-\x1f and \x85 but no surrogate, so whitespace scans run on UTF-16 units directly.
import { PyError } from "../py-error.ts";
import { isSpace } from "../unicode.ts";
import { codePointAt } from "./codepoints.ts";

const isHigh = (c: number) => c >= 0xd800 && c < 0xdc00;
const isLow = (c: number) => c >= 0xdc00 && c < 0xe000;
const ws = (c: number) => (c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) : isSpace(c));

const emptySep = () => new PyError("ValueError", "empty separator");

/** Offset of sep in s at or after `from`, not splitting a surrogate pair. */
function indexOfSep(s: string, sep: string, from: number): number {
  let u = s.indexOf(sep, from);
  const check = isLow(sep.charCodeAt(0)) || isHigh(sep.charCodeAt(sep.length - 1));
  while (check && u >= 0 && !whole(s, u, sep.length)) u = s.indexOf(sep, u + 1);
  return u;
}
function lastIndexOfSep(s: string, sep: string, from: number): number {
  let u = s.lastIndexOf(sep, from);
  const check = isLow(sep.charCodeAt(0)) || isHigh(sep.charCodeAt(sep.length - 1));
  while (check && u >= 0 && !whole(s, u, sep.length)) u = u === 0 ? -1 : s.lastIndexOf(sep, u - 1);
  return u;
}
function whole(s: string, u: number, n: number): boolean {
  if (u > 0 && isLow(s.charCodeAt(u)) && isHigh(s.charCodeAt(u - 1))) return false;
  const v = u + n;
  return !(v < s.length && isLow(s.charCodeAt(v)) && isHigh(s.charCodeAt(v - 1)));
}

/** str.split(sep=None, maxsplit=-1). */
export function strSplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  let max = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
  const out: string[] = [];
  const n = s.length;
  if (sep === null) {
    let i = 0;
    while (max-- > 0) {
      while (i < n && ws(s.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i++;
      while (i < n && !ws(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    if (i < n) {
      while (i < n && ws(s.charCodeAt(i))) i++;
      if (i !== n) out.push(s.slice(i));
    }
    return out;
  }
  if (sep.length === 0) throw emptySep();
  let pos = 0;
  while (max-- > 0) {
    const u = indexOfSep(s, sep, pos);
    if (u < 0) break;
    out.push(s.slice(pos, u));
    pos = u + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}

/** str.rsplit(sep=None, maxsplit=-1). */
export function strRSplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  let max = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
  const out: string[] = [];
  if (sep === null) {
    let i = s.length - 1;
    while (max-- > 0) {
      while (i >= 0 && ws(s.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i--;
      while (i >= 0 && !ws(s.charCodeAt(i))) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && ws(s.charCodeAt(i))) i--;
      if (i >= 0) out.push(s.slice(0, i + 1));
    }
    return out.reverse();
  }
  if (sep.length === 0) throw emptySep();
  let end = s.length;
  while (max-- > 0 && end >= sep.length) {
    const u = lastIndexOfSep(s, sep, end - sep.length);
    if (u < 0) break;
    out.push(s.slice(u + sep.length, end));
    end = u;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** Py_UNICODE_ISLINEBREAK for a UTF-16 unit (all line breaks are BMP). */
const isLineBreak = (c: number) => (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;

/** str.splitlines(keepends=False). */
export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** str.partition(sep). */
export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw emptySep();
  const u = indexOfSep(s, sep, 0);
  if (u < 0) return [s, "", ""];
  return [s.slice(0, u), sep, s.slice(u + sep.length)];
}

/** str.rpartition(sep). */
export function strRPartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw emptySep();
  const u = s.length >= sep.length ? lastIndexOfSep(s, sep, s.length - sep.length) : -1;
  if (u < 0) return ["", "", s];
  return [s.slice(0, u), sep, s.slice(u + sep.length)];
}

/** str.strip/lstrip/rstrip: `chars` null strips whitespace. `which`: 0 both, 1 left, 2 right. */
export function strStrip(s: string, chars: string | null = null, which: 0 | 1 | 2 = 0): string {
  let a = 0;
  let b = s.length;
  if (chars === null) {
    if (which !== 2) while (a < b && ws(s.charCodeAt(a))) a++;
    if (which !== 1) while (b > a && ws(s.charCodeAt(b - 1))) b--;
    return a === 0 && b === s.length ? s : s.slice(a, b);
  }
  if (chars.length === 0) return s;
  // The set of code points in chars; strip whole code points.
  const set = new Set<number>();
  for (let i = 0; i < chars.length; i++) {
    const cp = codePointAt(chars, i);
    set.add(cp);
    if (cp > 0xffff) i++;
  }
  if (which !== 2) {
    while (a < b) {
      const cp = codePointAt(s, a);
      if (!set.has(cp)) break;
      a += cp > 0xffff ? 2 : 1;
    }
  }
  if (which !== 1) {
    while (b > a) {
      let cp = s.charCodeAt(b - 1);
      let w = 1;
      if (isLow(cp) && b - 2 >= a && isHigh(s.charCodeAt(b - 2))) {
        cp = codePointAt(s, b - 2);
        w = 2;
      }
      if (!set.has(cp)) break;
      b -= w;
    }
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
