// str.find/rfind/index/rindex/count/startswith/endswith/__contains__ and replace, by code point
// (Objects/unicodeobject.c with Objects/stringlib/). Indices in and out are code point indices;
// the search itself runs on UTF-16 with indexOf. A match must not split a surrogate pair, which
// only a needle starting with a low surrogate or ending with a high one could do, so only such
// needles take the checked path.
import { PyError } from "../py-error.ts";
import { adjustIndices, cpIndex, cpLength, hasSurrogates, unitOffset } from "./codepoints.ts";
import { MAX_STR_LENGTH, memoryError } from "./format-spec.ts";

const isHigh = (c: number) => c >= 0xd800 && c < 0xdc00;
const isLow = (c: number) => c >= 0xdc00 && c < 0xe000;

/** Can a match of `sub` at some offset split a surrogate pair of the haystack? */
function needsCheck(sub: string): boolean {
  return sub.length > 0 && (isLow(sub.charCodeAt(0)) || isHigh(sub.charCodeAt(sub.length - 1)));
}

/** Is sub at unit offset u of s a whole-code-point match? */
function validAt(s: string, u: number, n: number): boolean {
  if (u > 0 && isLow(s.charCodeAt(u)) && isHigh(s.charCodeAt(u - 1))) return false;
  const v = u + n;
  return !(v < s.length && isLow(s.charCodeAt(v)) && isHigh(s.charCodeAt(v - 1)));
}

/** The haystack window [start, end) as unit offsets, or null when sub cannot fit. */
function window(s: string, sub: string, start: number | null, end: number | null): { a: number; b: number; surr: boolean } | null {
  const surr = hasSurrogates(s);
  const len = surr ? cpLength(s) : s.length;
  const [st, en] = adjustIndices(start, end, len);
  const subLen = surr || hasSurrogates(sub) ? cpLength(sub) : sub.length;
  if (en - st < subLen) return null;
  if (!surr) return { a: st, b: en, surr };
  return { a: unitOffset(s, st), b: unitOffset(s, en), surr };
}

function findUnit(s: string, sub: string, a: number, b: number): number {
  let u = s.indexOf(sub, a);
  if (!needsCheck(sub)) return u >= 0 && u + sub.length <= b ? u : -1;
  while (u >= 0 && u + sub.length <= b) {
    if (validAt(s, u, sub.length)) return u;
    u = s.indexOf(sub, u + 1);
  }
  return -1;
}

function rfindUnit(s: string, sub: string, a: number, b: number): number {
  let u = s.lastIndexOf(sub, b - sub.length);
  const check = needsCheck(sub);
  while (u >= a) {
    if (!check || validAt(s, u, sub.length)) return u;
    if (u === 0) break;
    u = s.lastIndexOf(sub, u - 1);
  }
  return -1;
}

/** str.find(sub[, start[, end]]). */
export function strFind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const w = window(s, sub, start, end);
  if (!w) return -1;
  const u = findUnit(s, sub, w.a, w.b);
  return u < 0 ? -1 : w.surr ? cpIndex(s, u) : u;
}

/** str.rfind(sub[, start[, end]]). */
export function strRFind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const w = window(s, sub, start, end);
  if (!w) return -1;
  const u = rfindUnit(s, sub, w.a, w.b);
  return u < 0 ? -1 : w.surr ? cpIndex(s, u) : u;
}

/** str.index: find or ValueError. */
export function strIndex(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) throw new PyError("ValueError", "substring not found");
  return i;
}

/** str.rindex: rfind or ValueError. */
export function strRIndex(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const i = strRFind(s, sub, start, end);
  if (i < 0) throw new PyError("ValueError", "substring not found");
  return i;
}

/** str.count(sub[, start[, end]]): non-overlapping occurrences. */
export function strCount(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const w = window(s, sub, start, end);
  if (!w) return 0;
  if (sub.length === 0) return (w.surr ? cpLength(s.slice(w.a, w.b)) : w.b - w.a) + 1;
  let n = 0;
  let u = findUnit(s, sub, w.a, w.b);
  while (u >= 0) {
    n++;
    u = findUnit(s, sub, u + sub.length, w.b);
  }
  return n;
}

/** sub in s. */
export function strContains(s: string, sub: string): boolean {
  return findUnit(s, sub, 0, s.length) >= 0;
}

/** tailmatch: does s[start:end] start (or end) with sub? */
function tailMatch(s: string, sub: string, start: number | null, end: number | null, atEnd: boolean): boolean {
  const surr = hasSurrogates(s) || hasSurrogates(sub);
  const len = surr ? cpLength(s) : s.length;
  let [st, en] = adjustIndices(start, end, len);
  const subLen = surr ? cpLength(sub) : sub.length;
  en -= subLen;
  if (en < st) return false;
  if (subLen === 0) return true;
  const pos = atEnd ? en : st;
  const u = surr ? unitOffset(s, pos) : pos;
  return s.startsWith(sub, u) && (!surr || validAt(s, u, sub.length));
}

/** str.startswith(prefix[, start[, end]]) for one prefix. */
export const strStartsWith = (s: string, prefix: string, start: number | null = null, end: number | null = null): boolean =>
  tailMatch(s, prefix, start, end, false);

/** str.endswith(suffix[, start[, end]]) for one suffix. */
export const strEndsWith = (s: string, suffix: string, start: number | null = null, end: number | null = null): boolean =>
  tailMatch(s, suffix, start, end, true);

/** str.replace(old, new[, count]); count < 0 means all. */
export function strReplace(s: string, old: string, rep: string, count = -1): string {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0 || old === rep) return s;
  if (old.length === 0) {
    // Between every code point, and at both ends, up to count insertions.
    if (s.length + rep.length * Math.min(count, s.length + 1) > MAX_STR_LENGTH) throw memoryError();
    let out = "";
    let n = 0;
    let i = 0;
    for (; i < s.length && n < count; n++) {
      const step = isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
      out += rep + s.slice(i, i + step);
      i += step;
    }
    if (n < count && i === s.length) return out + rep;
    return out + s.slice(i);
  }
  const parts: string[] = [];
  let pos = 0;
  let n = 0;
  let u = findUnit(s, old, 0, s.length);
  let size = s.length;
  while (u >= 0 && n < count) {
    size += rep.length - old.length;
    if (size > MAX_STR_LENGTH) throw memoryError();
    parts.push(s.slice(pos, u));
    pos = u + old.length;
    n++;
    u = findUnit(s, old, pos, s.length);
  }
  if (n === 0) return s;
  parts.push(s.slice(pos));
  return parts.join(rep);
}

/** str.removeprefix(prefix). */
export const strRemovePrefix = (s: string, prefix: string): string =>
  prefix.length && strStartsWith(s, prefix) ? s.slice(prefix.length) : s;

/** str.removesuffix(suffix). */
export const strRemoveSuffix = (s: string, suffix: string): string =>
  suffix.length && strEndsWith(s, suffix) ? s.slice(0, s.length - suffix.length) : s;
