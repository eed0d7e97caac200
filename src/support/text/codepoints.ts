// Python str semantics over JS strings: a str is a sequence of code points, and a JS string holds
// them as UTF-16, where a well-formed surrogate pair is one code point (the design's known gap: two
// adjacent lone surrogates read as one astral character). Every helper has a fast path for strings
// without surrogates, where code point offsets and UTF-16 offsets coincide.

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Does s contain any surrogate code unit (so code point and UTF-16 offsets may differ)? A short
 * string is scanned in a loop: a regular expression's call costs more than reading a few dozen
 * units (len() of short strs spent most of its time there).
 */
export function hasSurrogates(s: string): boolean {
  const n = s.length;
  if (n > 32) {
    // the answer for the last long string asked about is kept: a loop indexing one str (s[i],
    // len(s) each time) would otherwise scan all of it at every step
    if (s !== lastLong) {
      lastLongHas = SURROGATE.test(s);
      lastLong = s;
    }
    return lastLongHas;
  }
  for (let i = 0; i < n; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
}
let lastLong = "";
let lastLongHas = false;

/** s[i] for an int index (negative from the end) of a str without surrogates; undefined otherwise or out of range. */
export function bmpCharAt(s: string, i: number): string | undefined {
  return hasSurrogates(s) ? undefined : s[i < 0 ? i + s.length : i];
}

/** len(s). */
export function cpLength(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
  }
  return n;
}

/** The code point starting at UTF-16 offset i (a lone surrogate is its own code point). */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
}

/** The code points of s. */
export function toCodePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAt(s, i);
    out.push(cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

/** A str from code points (any value 0..0x10FFFF, lone surrogates included). */
export function fromCodePoints(cps: ArrayLike<number>, start = 0, end = cps.length): string {
  let out = "";
  const CHUNK = 4096;
  for (let i = start; i < end; i += CHUNK) {
    const stop = Math.min(end, i + CHUNK);
    let simple = true;
    for (let k = i; k < stop; k++) if (cps[k] > 0xffff) { simple = false; break; }
    if (simple) out += String.fromCharCode.apply(null, Array.prototype.slice.call(cps, i, stop) as number[]);
    else for (let k = i; k < stop; k++) out += chr(cps[k]);
  }
  return out;
}

/** chr(cp). */
export function chr(cp: number): string {
  if (cp <= 0xffff) return String.fromCharCode(cp);
  cp -= 0x10000;
  return String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
}

/** UTF-16 offset of code point index `index` (0 <= index <= len(s)). */
export function unitOffset(s: string, index: number): number {
  if (!hasSurrogates(s)) return index;
  let i = 0;
  for (let n = 0; n < index && i < s.length; n++) i += codePointAt(s, i) > 0xffff ? 2 : 1;
  return i;
}

/** Code point index of UTF-16 offset `unit` (which must not split a pair). */
export function cpIndex(s: string, unit: number): number {
  if (!hasSurrogates(s)) return unit;
  let n = 0;
  for (let i = 0; i < unit; n++) i += codePointAt(s, i) > 0xffff ? 2 : 1;
  return n;
}

/**
 * A code-point view of s for repeated indexing: the string itself when it has no surrogates,
 * otherwise the code point array. Index with cpAtIndex.
 */
export type CpView = string | number[];
export const cpView = (s: string): CpView => (hasSurrogates(s) ? toCodePoints(s) : s);
export const viewLength = (v: CpView): number => v.length;
export const viewAt = (v: CpView, i: number): number => (typeof v === "string" ? v.charCodeAt(i) : v[i]);
export const viewSlice = (v: CpView, start: number, end: number): string =>
  typeof v === "string" ? v.slice(start, end) : fromCodePoints(v, start, end);

/** s[start:stop] in code points, for already-clamped 0 <= start <= stop <= len(s). */
export function cpSlice(s: string, start: number, stop: number): string {
  if (!hasSurrogates(s)) return s.slice(start, stop);
  const a = unitOffset(s, start);
  let b = a;
  for (let n = start; n < stop && b < s.length; n++) b += codePointAt(s, b) > 0xffff ? 2 : 1;
  return s.slice(a, b);
}

/** s[i] for 0 <= i < len(s). */
export function cpCharAt(s: string, i: number): string {
  if (!hasSurrogates(s)) return s[i];
  const u = unitOffset(s, i);
  return codePointAt(s, u) > 0xffff ? s.slice(u, u + 2) : s[u];
}

/** Python's slice index adjustment (ADJUST_INDICES): clamps start/end (null = default) to [0, len]. */
export function adjustIndices(start: number | null, end: number | null, len: number): [number, number] {
  let e = end === null ? len : end;
  let s = start === null ? 0 : start;
  if (e > len) e = len;
  else if (e < 0) { e += len; if (e < 0) e = 0; }
  if (s < 0) { s += len; if (s < 0) s = 0; }
  return [s, e];
}

/** s[start:stop:step] with CPython's slice semantics (PySlice_AdjustIndices); step != 0. */
export function cpSliceStep(s: string, start: number | null, stop: number | null, step: number): string {
  const v = cpView(s);
  const len = v.length;
  let a: number;
  let b: number;
  if (step > 0) {
    a = start === null ? 0 : start < 0 ? Math.max(start + len, 0) : Math.min(start, len);
    b = stop === null ? len : stop < 0 ? Math.max(stop + len, 0) : Math.min(stop, len);
    if (step === 1) return a < b ? viewSlice(v, a, b) : "";
  } else {
    a = start === null ? len - 1 : start < 0 ? Math.max(start + len, -1) : Math.min(start, len - 1);
    b = stop === null ? -1 : stop < 0 ? Math.max(stop + len, -1) : Math.min(stop, len - 1);
  }
  const out: number[] = [];
  if (step > 0) for (let i = a; i < b; i += step) out.push(viewAt(v, i));
  else for (let i = a; i > b; i += step) out.push(viewAt(v, i));
  return fromCodePoints(out);
}
