// The rest of str's text methods: center/ljust/rjust/zfill, expandtabs, translate's core,
// maketrans's string form, and ascii() escaping (Objects/unicodeobject.c). Widths count code points.
import { PyError } from "../py-error.ts";
import { chr, codePointAt, cpLength } from "./codepoints.ts";
import { fillString, MAX_STR_LENGTH, memoryError } from "./format-spec.ts";

/** pad(): `left` and `right` copies of fill around s. */
const pad = (s: string, left: number, right: number, fill: string) => fillString(fill, left) + s + fillString(fill, right);

/** str.ljust(width, fillchar=' '); fillchar is one code point. */
export function strLjust(s: string, width: number, fill = " "): string {
  const n = cpLength(s);
  return width <= n ? s : pad(s, 0, width - n, fill);
}

/** str.rjust(width, fillchar=' '). */
export function strRjust(s: string, width: number, fill = " "): string {
  const n = cpLength(s);
  return width <= n ? s : pad(s, width - n, 0, fill);
}

/** str.center(width, fillchar=' '): the odd extra column goes left when width is odd (CPython's rule). */
export function strCenter(s: string, width: number, fill = " "): string {
  const n = cpLength(s);
  if (width <= n) return s;
  const marg = width - n;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(s, left, marg - left, fill);
}

/** str.zfill(width): zeros after a leading sign. */
export function strZfill(s: string, width: number): string {
  const n = cpLength(s);
  if (width <= n) return s;
  const fill = width - n;
  const out = fillString("0", fill) + s;
  const c = s[0];
  if (c === "+" || c === "-") return c + "0" + out.slice(1, fill) + out.slice(fill + 1);
  return out;
}

/** str.expandtabs(tabsize=8). */
export function strExpandtabs(s: string, tabsize = 8): string {
  if (!s.includes("\t")) return s;
  let out = "";
  let col = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x09) {
      out += s.slice(from, i);
      from = i + 1;
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        if (col + incr > 2 ** 62) throw new PyError("OverflowError", "new string is too long");
        if (out.length + incr + (i - from) > MAX_STR_LENGTH) throw memoryError();
        out += fillString(" ", incr);
        col += incr;
      }
    } else if (c === 0x0a || c === 0x0d) col = 0;
    else if (!(c >= 0xdc00 && c < 0xe000 && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) < 0xdc00)) col++;
  }
  return out + s.slice(from);
}

/**
 * str.translate's core. `lookup(cp)` returns the mapped code point, a replacement string,
 * null to delete, or undefined when the table has no entry (the character stays).
 */
export function strTranslate(s: string, lookup: (cp: number) => number | string | null | undefined): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAt(s, i);
    if (cp > 0xffff) i++;
    const m = lookup(cp);
    if (m === undefined) out += chr(cp);
    else if (m === null) continue;
    else if (typeof m === "string") out += m;
    else {
      if (m < 0 || m > 0x10ffff) throw new PyError("ValueError", "character mapping must be in range(0x110000)");
      out += chr(m);
    }
  }
  return out;
}

/** str.maketrans(x, y[, z]) with strings: code point -> code point (or null for z's). */
export function strMaketrans(x: string, y: string, z = ""): Map<number, number | null> {
  const xs = [...x];
  const ys = [...y];
  if (xs.length !== ys.length) throw new PyError("ValueError", "the first two maketrans arguments must have equal length");
  const m = new Map<number, number | null>();
  for (let i = 0; i < xs.length; i++) m.set(xs[i].codePointAt(0)!, ys[i].codePointAt(0)!);
  for (const c of z) m.set(c.codePointAt(0)!, null);
  return m;
}

/** ascii(): escapes the non-ASCII characters of a repr as \xhh, \uhhhh or \Uhhhhhhhh. */
export function asciiEscape(repr: string): string {
  if (!/[^\x00-\x7f]/.test(repr)) return repr;
  let out = "";
  for (let i = 0; i < repr.length; i++) {
    const cp = codePointAt(repr, i);
    if (cp > 0xffff) i++;
    if (cp < 0x80) out += String.fromCharCode(cp);
    else if (cp <= 0xff) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp <= 0xffff) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out;
}

/** str * n (n <= 0 gives ''), refusing results no string can hold. */
export function strRepeat(s: string, n: number): string {
  if (n <= 0 || s.length === 0) return "";
  return fillString(s, n);
}
