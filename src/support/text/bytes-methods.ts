// bytes/bytearray methods where they differ from str's (Objects/bytes_methods.c, bytesobject.c,
// stringlib): ASCII-only case rules and classes, ASCII whitespace (no \x1c-\x1f), only \n and \r
// as line breaks, hex()/fromhex(). The searching methods work on a Latin-1 view of the bytes (one
// UTF-16 unit per byte, never a surrogate) and reuse str's code.
import { PyError } from "../py-error.ts";
import { adjustIndices } from "./codepoints.ts";
import { MAX_STR_LENGTH, memoryError } from "./format-spec.ts";
import { strCount, strEndsWith, strFind, strReplace, strRFind, strStartsWith } from "./str-search.ts";

/** The bytes as a Latin-1 string (one unit per byte). */
export function latin1(b: Uint8Array): string {
  if (b.length < 4096) return String.fromCharCode.apply(null, b as unknown as number[]);
  let s = "";
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode.apply(null, b.subarray(i, i + 4096) as unknown as number[]);
  return s;
}
/** A Latin-1 string (all units < 256) back to bytes. */
export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Py_ISSPACE. */
export const isByteSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isUpperB = (c: number) => c >= 0x41 && c <= 0x5a;
const isLowerB = (c: number) => c >= 0x61 && c <= 0x7a;
const isAlphaB = (c: number) => isUpperB(c) || isLowerB(c);
const isDigitB = (c: number) => c >= 0x30 && c <= 0x39;

export const bytesFind = (b: Uint8Array, sub: Uint8Array, start: number | null = null, end: number | null = null) => strFind(latin1(b), latin1(sub), start, end);
export const bytesRFind = (b: Uint8Array, sub: Uint8Array, start: number | null = null, end: number | null = null) => strRFind(latin1(b), latin1(sub), start, end);
export const bytesCount = (b: Uint8Array, sub: Uint8Array, start: number | null = null, end: number | null = null) => strCount(latin1(b), latin1(sub), start, end);
export const bytesStartsWith = (b: Uint8Array, p: Uint8Array, start: number | null = null, end: number | null = null) => strStartsWith(latin1(b), latin1(p), start, end);
export const bytesEndsWith = (b: Uint8Array, p: Uint8Array, start: number | null = null, end: number | null = null) => strEndsWith(latin1(b), latin1(p), start, end);
export const bytesReplace = (b: Uint8Array, old: Uint8Array, rep: Uint8Array, count = -1) => fromLatin1(strReplace(latin1(b), latin1(old), latin1(rep), count));

/** bytes.index/rindex: find or ValueError "subsection not found". */
export function bytesIndex(b: Uint8Array, sub: Uint8Array, start: number | null = null, end: number | null = null, reverse = false): number {
  const i = reverse ? bytesRFind(b, sub, start, end) : bytesFind(b, sub, start, end);
  if (i < 0) throw new PyError("ValueError", "subsection not found");
  return i;
}

/** b.find(int): the single-byte form. */
export function bytesFindByte(b: Uint8Array, byte: number, start: number | null = null, end: number | null = null, reverse = false): number {
  const [s, e] = adjustIndices(start, end, b.length);
  if (reverse) { for (let i = e - 1; i >= s; i--) if (b[i] === byte) return i; }
  else for (let i = s; i < e; i++) if (b[i] === byte) return i;
  return -1;
}

/** bytes.split(sep=None, maxsplit=-1). */
export function bytesSplit(b: Uint8Array, sep: Uint8Array | null = null, maxsplit = -1): Uint8Array[] {
  let max = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
  const out: Uint8Array[] = [];
  const n = b.length;
  if (sep === null) {
    let i = 0;
    while (max-- > 0) {
      while (i < n && isByteSpace(b[i])) i++;
      if (i === n) break;
      const j = i++;
      while (i < n && !isByteSpace(b[i])) i++;
      out.push(b.slice(j, i));
    }
    if (i < n) {
      while (i < n && isByteSpace(b[i])) i++;
      if (i !== n) out.push(b.slice(i));
    }
    return out;
  }
  if (sep.length === 0) throw new PyError("ValueError", "empty separator");
  const s = latin1(b);
  const p = latin1(sep);
  let pos = 0;
  while (max-- > 0) {
    const u = s.indexOf(p, pos);
    if (u < 0) break;
    out.push(b.slice(pos, u));
    pos = u + p.length;
  }
  out.push(b.slice(pos));
  return out;
}

/** bytes.rsplit(sep=None, maxsplit=-1). */
export function bytesRSplit(b: Uint8Array, sep: Uint8Array | null = null, maxsplit = -1): Uint8Array[] {
  let max = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
  const out: Uint8Array[] = [];
  if (sep === null) {
    let i = b.length - 1;
    while (max-- > 0) {
      while (i >= 0 && isByteSpace(b[i])) i--;
      if (i < 0) break;
      const j = i--;
      while (i >= 0 && !isByteSpace(b[i])) i--;
      out.push(b.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isByteSpace(b[i])) i--;
      if (i >= 0) out.push(b.slice(0, i + 1));
    }
    return out.reverse();
  }
  if (sep.length === 0) throw new PyError("ValueError", "empty separator");
  const s = latin1(b);
  const p = latin1(sep);
  let end = s.length;
  while (max-- > 0 && end >= p.length) {
    const u = s.lastIndexOf(p, end - p.length);
    if (u < 0) break;
    out.push(b.slice(u + p.length, end));
    end = u;
  }
  out.push(b.slice(0, end));
  return out.reverse();
}

/** bytes.splitlines(keepends=False): only \n, \r and \r\n. */
export function bytesSplitlines(b: Uint8Array, keepends = false): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = b.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && b[i] !== 0x0a && b[i] !== 0x0d) i++;
    let eol = i;
    if (i < n) {
      i += b[i] === 0x0d && i + 1 < n && b[i + 1] === 0x0a ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(b.slice(j, eol));
  }
  return out;
}

/** bytes.partition/rpartition. */
export function bytesPartition(b: Uint8Array, sep: Uint8Array, reverse = false): [Uint8Array, Uint8Array, Uint8Array] {
  if (sep.length === 0) throw new PyError("ValueError", "empty separator");
  const s = latin1(b);
  const p = latin1(sep);
  const u = reverse ? (s.length >= p.length ? s.lastIndexOf(p) : -1) : s.indexOf(p);
  if (u < 0) return reverse ? [new Uint8Array(0), new Uint8Array(0), b.slice()] : [b.slice(), new Uint8Array(0), new Uint8Array(0)];
  return [b.slice(0, u), sep.slice(), b.slice(u + p.length)];
}

/** bytes.strip/lstrip/rstrip(chars=None); which: 0 both, 1 left, 2 right. */
export function bytesStrip(b: Uint8Array, chars: Uint8Array | null = null, which: 0 | 1 | 2 = 0): Uint8Array {
  let a = 0;
  let e = b.length;
  const strip = chars === null ? isByteSpace : (c: number) => chars.includes(c);
  if (which !== 2) while (a < e && strip(b[a])) a++;
  if (which !== 1) while (e > a && strip(b[e - 1])) e--;
  return b.slice(a, e);
}

function mapBytes(b: Uint8Array, f: (c: number, i: number) => number): Uint8Array {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = f(b[i], i);
  return out;
}
export const bytesLower = (b: Uint8Array) => mapBytes(b, (c) => (isUpperB(c) ? c + 32 : c));
export const bytesUpper = (b: Uint8Array) => mapBytes(b, (c) => (isLowerB(c) ? c - 32 : c));
export const bytesSwapcase = (b: Uint8Array) => mapBytes(b, (c) => (isUpperB(c) ? c + 32 : isLowerB(c) ? c - 32 : c));
export const bytesCapitalize = (b: Uint8Array) => mapBytes(b, (c, i) => (i === 0 ? (isLowerB(c) ? c - 32 : c) : isUpperB(c) ? c + 32 : c));

/** bytes.title(). */
export function bytesTitle(b: Uint8Array): Uint8Array {
  let prevCased = false;
  return mapBytes(b, (c) => {
    let r = c;
    if (isLowerB(c)) { if (!prevCased) r = c - 32; prevCased = true; }
    else if (isUpperB(c)) { if (prevCased) r = c + 32; prevCased = true; }
    else prevCased = false;
    return r;
  });
}

function allBytes(b: Uint8Array, f: (c: number) => boolean): boolean {
  if (b.length === 0) return false;
  for (const c of b) if (!f(c)) return false;
  return true;
}
export const bytesIsAlpha = (b: Uint8Array) => allBytes(b, isAlphaB);
export const bytesIsAlnum = (b: Uint8Array) => allBytes(b, (c) => isAlphaB(c) || isDigitB(c));
export const bytesIsDigit = (b: Uint8Array) => allBytes(b, isDigitB);
export const bytesIsSpace = (b: Uint8Array) => allBytes(b, isByteSpace);
export const bytesIsAscii = (b: Uint8Array) => b.every((c) => c < 0x80);
export function bytesIsLower(b: Uint8Array): boolean {
  let cased = false;
  for (const c of b) { if (isUpperB(c)) return false; if (isLowerB(c)) cased = true; }
  return cased;
}
export function bytesIsUpper(b: Uint8Array): boolean {
  let cased = false;
  for (const c of b) { if (isLowerB(c)) return false; if (isUpperB(c)) cased = true; }
  return cased;
}
export function bytesIsTitle(b: Uint8Array): boolean {
  let cased = false;
  let prev = false;
  for (const c of b) {
    if (isUpperB(c)) { if (prev) return false; prev = cased = true; }
    else if (isLowerB(c)) { if (!prev) return false; prev = cased = true; }
    else prev = false;
  }
  return cased;
}

function padBytes(b: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  if (left + right + b.length > MAX_STR_LENGTH) throw memoryError();
  const out = new Uint8Array(left + b.length + right);
  out.fill(fill, 0, left);
  out.set(b, left);
  out.fill(fill, left + b.length);
  return out;
}
export const bytesLjust = (b: Uint8Array, width: number, fill = 0x20) => (width <= b.length ? b.slice() : padBytes(b, 0, width - b.length, fill));
export const bytesRjust = (b: Uint8Array, width: number, fill = 0x20) => (width <= b.length ? b.slice() : padBytes(b, width - b.length, 0, fill));
export function bytesCenter(b: Uint8Array, width: number, fill = 0x20): Uint8Array {
  if (width <= b.length) return b.slice();
  const marg = width - b.length;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return padBytes(b, left, marg - left, fill);
}
export function bytesZfill(b: Uint8Array, width: number): Uint8Array {
  if (width <= b.length) return b.slice();
  const fill = width - b.length;
  const out = padBytes(b, fill, 0, 0x30);
  if (b[0] === 0x2b || b[0] === 0x2d) { out[0] = b[0]; out[fill] = 0x30; }
  return out;
}
export function bytesExpandtabs(b: Uint8Array, tabsize = 8): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (const c of b) {
    if (c === 0x09) {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        if (out.length + incr > MAX_STR_LENGTH) throw memoryError();
        for (let k = 0; k < incr; k++) out.push(0x20);
        col += incr;
      }
    } else {
      out.push(c);
      col = c === 0x0a || c === 0x0d ? 0 : col + 1;
    }
  }
  return Uint8Array.from(out);
}

/** bytes.translate(table, delete=b''): table is 256 bytes or null. */
export function bytesTranslate(b: Uint8Array, table: Uint8Array | null, del: Uint8Array = new Uint8Array(0)): Uint8Array {
  if (table !== null && table.length !== 256) throw new PyError("ValueError", "translation table must be 256 characters long");
  // one lookup per byte in a 256-entry map: the table (or identity) with deleted bytes marked -1
  const map = new Int16Array(256);
  for (let c = 0; c < 256; c++) map[c] = table === null ? c : table[c];
  for (let i = 0; i < del.length; i++) map[del[i]] = -1;
  const n = b.length;
  const out = new Uint8Array(n);
  let k = 0;
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    const m = map[c];
    if (m < 0) {
      changed = true;
      continue;
    }
    if (m !== c) changed = true;
    out[k++] = m;
  }
  // nothing translated or deleted: the input itself (bytes.translate then returns the same object)
  if (!changed) return b;
  return k === n ? out : out.slice(0, k);
}

/** bytes.maketrans(from, to). */
export function bytesMaketrans(from: Uint8Array, to: Uint8Array): Uint8Array {
  if (from.length !== to.length) throw new PyError("ValueError", "maketrans arguments must have same length");
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  for (let i = 0; i < from.length; i++) t[from[i]] = to[i];
  return t;
}

const HEX = "0123456789abcdef";

/**
 * bytes.hex(sep, bytes_per_sep=1): `sep` is the separator's single ASCII character (or null);
 * groups of |bytes_per_sep| bytes count from the right when positive, from the left when negative.
 */
export function bytesHex(b: Uint8Array, sep: string | null = null, bytesPerSep = 1): string {
  if (sep !== null) {
    if ([...sep].length !== 1) throw new PyError("ValueError", "sep must be length 1.");
    if (sep.charCodeAt(0) > 0x7f) throw new PyError("ValueError", "sep must be ASCII.");
  }
  let out = "";
  const n = b.length;
  const group = Math.abs(bytesPerSep);
  for (let i = 0; i < n; i++) {
    if (sep !== null && i > 0 && group > 0) {
      const k = bytesPerSep > 0 ? n - i : i;
      if (k % group === 0) out += sep;
    }
    out += HEX[b[i] >> 4] + HEX[b[i] & 15];
  }
  return out;
}

/** bytes.fromhex(s). */
export function bytesFromHex(s: string): Uint8Array {
  const bad = (pos: number) => new PyError("ValueError", `non-hexadecimal number found in fromhex() arg at position ${pos}`);
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) throw bad([...s.slice(0, i)].length);
  const out: number[] = [];
  const n = s.length;
  const hv = (i: number) => {
    const c = i < n ? s.charCodeAt(i) : 0;
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    const l = c | 0x20;
    return c >= 0x41 && l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1;
  };
  let i = 0;
  while (i < n) {
    if (isByteSpace(s.charCodeAt(i))) {
      while (i < n && isByteSpace(s.charCodeAt(i))) i++;
      if (i >= n) break;
    }
    const top = hv(i);
    if (top < 0) throw bad(i);
    i++;
    const bot = hv(i);
    if (bot < 0) throw bad(i);
    i++;
    out.push(top * 16 + bot);
  }
  return Uint8Array.from(out);
}

/** bytes.removeprefix/removesuffix. */
export function bytesRemoveAffix(b: Uint8Array, affix: Uint8Array, suffix = false): Uint8Array {
  if (affix.length === 0 || affix.length > b.length) return b.slice();
  const at = suffix ? b.length - affix.length : 0;
  for (let i = 0; i < affix.length; i++) if (b[at + i] !== affix[i]) return b.slice();
  return suffix ? b.slice(0, at) : b.slice(affix.length);
}
