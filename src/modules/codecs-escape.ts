// The escape codecs of _codecs (Objects/unicodeobject.c's unicode_escape and raw_unicode_escape,
// Objects/bytesobject.c's escape_decode/escape_encode): Python literal escapes between str or
// bytes and bytes, with CPython's error reasons and ranges.
import { decodeError, type CodecContext, TextBuilder, textCodePoints, type Text } from "../support/text/index.ts";
import { PyError } from "../support/py-error.ts";

const hex = (n: number, w: number) => n.toString(16).padStart(w, "0");
const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const hexVal = (c: number) => (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57);

/** The single-character escapes shared by both decoders (\n, \t, ...), or -1. */
function simpleEscape(c: number): number {
  switch (c) {
    case 0x5c: return 0x5c; // \\
    case 0x27: return 0x27; // \'
    case 0x22: return 0x22; // \"
    case 0x62: return 0x08; // \b
    case 0x66: return 0x0c; // \f
    case 0x74: return 0x09; // \t
    case 0x6e: return 0x0a; // \n
    case 0x72: return 0x0d; // \r
    case 0x76: return 0x0b; // \v
    case 0x61: return 0x07; // \a
    default: return -1;
  }
}

/** codecs.escape_decode: bytes with bytes-literal escapes to bytes, and the first unknown escape's character (-1 if none). */
export function escapeDecode(b: Uint8Array, errors: string): { bytes: Uint8Array; firstInvalid: number } {
  const out: number[] = [];
  let firstInvalid = -1;
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c !== 0x5c) {
      out.push(c);
      i++;
      continue;
    }
    i++;
    if (i >= b.length) throw new PyError("ValueError", "Trailing \\ in string");
    const e = b[i++];
    if (e === 0x0a) continue;
    const s = simpleEscape(e);
    if (s >= 0) {
      out.push(s);
      continue;
    }
    if (e >= 0x30 && e <= 0x37) {
      let v = e - 0x30;
      for (let k = 0; k < 2 && i < b.length && b[i] >= 0x30 && b[i] <= 0x37; k++) v = v * 8 + (b[i++] - 0x30);
      out.push(v & 0xff);
      continue;
    }
    if (e === 0x78) {
      if (i + 1 < b.length && isHex(b[i]) && isHex(b[i + 1])) {
        out.push(hexVal(b[i]) * 16 + hexVal(b[i + 1]));
        i += 2;
        continue;
      }
      if (errors === "strict") throw new PyError("ValueError", `invalid \\x escape at position ${i - 2}`);
      if (errors === "replace") out.push(0x3f);
      else if (errors !== "ignore") throw new PyError("ValueError", `decoding error; unknown error handling code: ${errors}`);
      while (i < b.length && isHex(b[i]) && i < b.length) i++;
      continue;
    }
    if (firstInvalid < 0) firstInvalid = e;
    out.push(0x5c, e);
  }
  return { bytes: Uint8Array.from(out), firstInvalid };
}

/** codecs.escape_encode: bytes as the inside of their repr (quotes ' escaped, " not). */
export function escapeEncode(b: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (const c of b) {
    if (c === 0x27 || c === 0x5c) out.push(0x5c, c);
    else if (c === 0x09) out.push(0x5c, 0x74);
    else if (c === 0x0a) out.push(0x5c, 0x6e);
    else if (c === 0x0d) out.push(0x5c, 0x72);
    else if (c < 0x20 || c >= 0x7f) for (const ch of "\\x" + hex(c, 2)) out.push(ch.charCodeAt(0));
    else out.push(c);
  }
  return Uint8Array.from(out);
}

interface Decoded {
  text: Text;
  consumed: number;
  /** The character of the first unknown escape (unicode_escape warns about it), or -1. */
  firstInvalid?: number;
}

/** unicode_escape decoding; with final false an incomplete escape at the end is left unconsumed. */
export function unicodeEscapeDecode(b: Uint8Array, ctx: CodecContext, final: boolean, nameLookup: (name: string) => number | null): Decoded {
  let firstInvalid = -1;
  const out = new TextBuilder();
  let i = 0;
  const enc = "unicodeescape";
  // (an escape cut off by the end of the data is left unconsumed when not final; one that is
  // complete but invalid is an error either way, as in CPython)
  const fail = (start: number, end: number, reason: string): void => {
    const [rep, pos, replaced] = decodeError(ctx, enc, b, start, end, reason);
    if (replaced !== undefined) b = replaced;
    out.add(rep);
    i = pos;
  };
  while (i < b.length) {
    const c = b[i];
    if (c !== 0x5c) {
      out.add(String.fromCharCode(c));
      i++;
      continue;
    }
    const start = i;
    if (i + 1 >= b.length) {
      if (!final) break;
      fail(start, b.length, "\\ at end of string");
      continue;
    }
    const e = b[i + 1];
    i += 2;
    if (e === 0x0a) continue;
    const s = simpleEscape(e);
    if (s >= 0) {
      out.add(String.fromCharCode(s));
      continue;
    }
    if (e >= 0x30 && e <= 0x37) {
      let v = e - 0x30;
      for (let k = 0; k < 2 && i < b.length && b[i] >= 0x30 && b[i] <= 0x37; k++) v = v * 8 + (b[i++] - 0x30);
      out.addCodePoint(v);
      continue;
    }
    const width = e === 0x78 ? 2 : e === 0x75 ? 4 : e === 0x55 ? 8 : 0;
    if (width) {
      let v = 0;
      let k = 0;
      for (; k < width && i + k < b.length && isHex(b[i + k]); k++) v = v * 16 + hexVal(b[i + k]);
      if (k < width) {
        const what = width === 2 ? "\\xXX" : width === 4 ? "\\uXXXX" : "\\UXXXXXXXX";
        if (!final && i + k >= b.length) { i = start; break; }
        fail(start, i + k, `truncated ${what} escape`);
        continue;
      }
      i += width;
      if (v > 0x10ffff) {
        fail(start, i, "illegal Unicode character");
        continue;
      }
      out.addCodePoint(v);
      continue;
    }
    if (e === 0x4e) {
      // \N{name}
      if (i < b.length && b[i] === 0x7b) {
        const close = b.indexOf(0x7d, i + 1);
        if (close > i + 1) {
          const name = String.fromCharCode(...b.subarray(i + 1, close));
          const cp = nameLookup(name);
          if (cp !== null) {
            out.addCodePoint(cp);
            i = close + 1;
            continue;
          }
          fail(start, close + 1, "unknown Unicode character name");
          continue;
        }
        if (close < 0 && !final) { i = start; break; }
      } else if (i >= b.length && !final) {
        i = start;
        break;
      }
      fail(start, Math.min(b.length, i + (close1(b, i) || 0)), "malformed \\N character escape");
      continue;
    }
    if (firstInvalid < 0) firstInvalid = e;
    out.add("\\" + String.fromCharCode(e));
  }
  return { text: out.result(), consumed: i, firstInvalid };
}
// CPython blames the bytes up to the closing brace it did find (or the rest) for a malformed \N.
function close1(b: Uint8Array, i: number): number {
  if (i < b.length && b[i] === 0x7b) {
    const close = b.indexOf(0x7d, i);
    return close < 0 ? b.length - i : close - i + 1;
  }
  return 0;
}

/** unicode_escape encoding: printable ASCII as is, everything else escaped. */
export function unicodeEscapeEncode(s: Text): Uint8Array {
  let out = "";
  for (const c of textCodePoints(s)) {
    if (c === 0x5c) out += "\\\\";
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else if (c < 0x100) out += "\\x" + hex(c, 2);
    else if (c < 0x10000) out += "\\u" + hex(c, 4);
    else out += "\\U" + hex(c, 8);
  }
  const r = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) r[i] = out.charCodeAt(i);
  return r;
}

/** raw_unicode_escape decoding: only \uXXXX and \UXXXXXXXX (after an odd run of backslashes). */
export function rawUnicodeEscapeDecode(b: Uint8Array, ctx: CodecContext, final: boolean): Decoded {
  const out = new TextBuilder();
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c !== 0x5c) {
      out.add(String.fromCharCode(c));
      i++;
      continue;
    }
    // Count the backslashes: an even run is literal.
    let j = i;
    while (j < b.length && b[j] === 0x5c) j++;
    const n = j - i;
    if (n % 2 === 0 || j >= b.length || (b[j] !== 0x75 && b[j] !== 0x55)) {
      if (j >= b.length && n % 2 === 1 && !final) {
        out.add("\\".repeat(n - 1));
        i = j - 1;
        break;
      }
      out.add("\\".repeat(n));
      i = j;
      continue;
    }
    out.add("\\".repeat(n - 1));
    const start = j - 1;
    const width = b[j] === 0x75 ? 4 : 8;
    let v = 0;
    let k = 0;
    for (; k < width && j + 1 + k < b.length && isHex(b[j + 1 + k]); k++) v = v * 16 + hexVal(b[j + 1 + k]);
    if (k < width) {
      if (!final && j + 1 + k >= b.length) { i = start; break; }
      const [rep, pos, replaced] = decodeError(ctx, "rawunicodeescape", b, start, j + 1 + k, `truncated ${width === 4 ? "\\uXXXX" : "\\UXXXXXXXX"} escape`);
      if (replaced !== undefined) b = replaced;
      out.add(rep);
      i = pos;
      continue;
    }
    i = j + 1 + width;
    if (v > 0x10ffff) {
      const [rep, pos, replaced] = decodeError(ctx, "rawunicodeescape", b, start, i, "\\Uxxxxxxxx out of range");
      if (replaced !== undefined) b = replaced;
      out.add(rep);
      i = pos;
      continue;
    }
    out.addCodePoint(v);
  }
  return { text: out.result(), consumed: i };
}

/** raw_unicode_escape encoding: Latin-1 as is, other characters as \uXXXX / \UXXXXXXXX. */
export function rawUnicodeEscapeEncode(s: Text): Uint8Array {
  const out: number[] = [];
  for (const c of textCodePoints(s)) {
    if (c < 0x100) out.push(c);
    else for (const x of (c < 0x10000 ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8))) out.push(x.charCodeAt(0));
  }
  return Uint8Array.from(out);
}
