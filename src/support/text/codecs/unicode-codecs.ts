// The UTF codecs, ASCII, Latin-1 and cp1252 (Objects/unicodeobject.c, Objects/stringlib/codecs.h,
// Lib/encodings/cp1252.py through the charmap codec), with CPython's error ranges: UTF-8 reports
// "invalid start byte" / "invalid continuation byte" / "unexpected end of data" over exactly the
// bytes CPython blames, encoders group runs of unencodable characters where CPython does (UTF-8,
// ASCII, Latin-1, charmap) and not where it does not (UTF-16, UTF-32). Well-formed input takes
// TextDecoder/TextEncoder.
import { PyUnicodeError, decodeError, encodeError, type CodecContext } from "./errors.ts";
import { SplitStr, textCodePoints, type Text } from "../split-str.ts";
import { latin1 } from "../bytes-methods.ts";
import { MAX_STR_LENGTH, memoryError } from "../format-spec.ts";

/**
 * Accumulates UTF-16 output without a per-character string allocation. A lone high surrogate
 * followed by a lone low one (an error handler's output, surrogatepass) is recorded as a false
 * pair, so done() gives the exact str (support/text/split-str.ts).
 */
class TextBuilder {
  private parts: string[] = [];
  private buf: number[] = [];
  private n = 0;
  private last = 0;
  private cuts: number[] | null = null;
  unit(c: number): void {
    if ((c & 0xfc00) === 0xdc00 && (this.last & 0xfc00) === 0xd800) (this.cuts ??= []).push(this.n - 1);
    this.buf.push(c);
    this.n++;
    this.last = c;
    if (this.buf.length >= 8192) this.flush();
  }
  /** A well-formed surrogate pair: one astral character. */
  pair(hi: number, lo: number): void {
    this.buf.push(hi, lo);
    this.n += 2;
    this.last = lo;
    if (this.buf.length >= 8192) this.flush();
  }
  cp(c: number): void {
    if (c > 0xffff) {
      c -= 0x10000;
      this.pair(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
    } else this.unit(c);
  }
  /**
   * An error handler's replacement. Short ones join the buffer rather than the parts, and the text
   * is bounded: a handler that keeps resuming where it was (a custom one returning its own start)
   * makes output without end, which CPython stops with MemoryError once memory runs out and which
   * would otherwise end in V8's fatal error over the parts' array.
   */
  str(s: string): void {
    if (!s) return;
    if ((s.charCodeAt(0) & 0xfc00) === 0xdc00 && (this.last & 0xfc00) === 0xd800) (this.cuts ??= []).push(this.n - 1);
    if (this.n + s.length > MAX_STR_LENGTH) throw memoryError();
    if (s.length <= 16) {
      for (let k = 0; k < s.length; k++) this.buf.push(s.charCodeAt(k));
      if (this.buf.length >= 8192) this.flush();
    } else {
      this.flush();
      this.parts.push(s);
    }
    this.n += s.length;
    this.last = s.charCodeAt(s.length - 1);
  }
  private flush(): void {
    if (this.buf.length) {
      this.parts.push(String.fromCharCode.apply(null, this.buf));
      this.buf = [];
    }
  }
  done(): Text {
    this.flush();
    const units = this.parts.join("");
    return this.cuts === null ? units : new SplitStr(units, this.cuts);
  }
}

/** Accumulates bytes. */
class ByteBuilder {
  private buf = new Uint8Array(64);
  length = 0;
  private grow(n: number): void {
    if (this.length + n <= this.buf.length) return;
    // (an encoding error handler resuming where it was grows the output without end: see TextBuilder.str)
    if (this.length + n > MAX_STR_LENGTH) throw memoryError();
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
  }
  byte(b: number): void {
    this.grow(1);
    this.buf[this.length++] = b;
  }
  bytes(b: Uint8Array): void {
    this.grow(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  done(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** The code points of s (a well-formed pair is one, a false pair two). */
function codePoints(s: Text): Uint32Array {
  if (typeof s !== "string") return Uint32Array.from(textCodePoints(s));
  const out = new Uint32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isSurrogate = (c: number) => c >= 0xd800 && c < 0xe000;
const isCont = (b: number) => (b & 0xc0) === 0x80;

let fatalUtf8: InstanceType<typeof TextDecoder> | null = null;
let utf8Encoder: InstanceType<typeof TextEncoder> | null = null;

// ---------------------------------------------------------------- UTF-8

/** Bytes at the end of b that start a UTF-8 sequence not yet complete (0 when none). */
export function utf8Incomplete(b: Uint8Array): number {
  const n = b.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const c = b[n - back];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (need <= back) return 0;
    // The continuation bytes present must be acceptable, or the decoder reports them now.
    if (back >= 2) {
      const c2 = b[n - back + 1];
      // (ED A0..BF, a surrogate's first two bytes, is held too: surrogatepass may accept it.)
      if (c === 0xe0 && c2 < 0xa0) return 0;
      if (c === 0xf0 && c2 < 0x90) return 0;
      if (c === 0xf4 && c2 >= 0x90) return 0;
    }
    return back;
  }
  return 0;
}

/**
 * bytes.decode('utf-8', errors). Given `partial` (a decoder that is not final), it stops before an
 * incomplete sequence at the end, or the first two bytes of a surrogate's (which surrogatepass
 * may accept once complete), as CPython's does; an error handler sees the whole of b.
 */
export function decodeUtf8(b: Uint8Array, ctx: CodecContext, encoding = "utf-8", partial?: Partial): Text {
  // the fast path, for valid text (all of it but an incomplete tail when not final)
  const hold = partial ? utf8Incomplete(b) : 0;
  try {
    fatalUtf8 ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    const text = fatalUtf8.decode(hold === 0 ? b : b.subarray(0, b.length - hold));
    if (partial) partial.consumed = b.length - hold;
    return text;
  } catch {
    // fall through to the checked decoder for CPython's error ranges
  }
  const out = new TextBuilder();
  let n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) { out.unit(c); i++; continue; }
    let err = 0; // 1 invalid start, 2..4 invalid continuation (bytes blamed + 1), 5 unexpected end
    let cp = 0;
    let len = 0;
    if (c < 0xc2 || c > 0xf4) err = 1;
    else if (c < 0xe0) {
      if (n - i < 2) err = 5;
      else if (!isCont(b[i + 1])) err = 2;
      else { cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f); len = 2; }
    } else if (c < 0xf0) {
      const c2 = b[i + 1];
      const bad2 = (x: number) => !isCont(x) || (c === 0xe0 && x < 0xa0) || (c === 0xed && x >= 0xa0);
      if (n - i < 3) err = n - i < 2 ? 5 : bad2(c2) ? 2 : 5;
      else if (bad2(c2)) err = 2;
      else if (!isCont(b[i + 2])) err = 3;
      else { cp = ((c & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (b[i + 2] & 0x3f); len = 3; }
    } else {
      const c2 = b[i + 1];
      const bad2 = (x: number) => !isCont(x) || (c === 0xf0 && x < 0x90) || (c === 0xf4 && x >= 0x90);
      if (n - i < 4) err = n - i < 2 ? 5 : bad2(c2) ? 2 : n - i < 3 ? 5 : !isCont(b[i + 2]) ? 3 : 5;
      else if (bad2(c2)) err = 2;
      else if (!isCont(b[i + 2])) err = 3;
      else if (!isCont(b[i + 3])) err = 4;
      else { cp = ((c & 0x07) << 18) | ((c2 & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f); len = 4; }
    }
    if (!err) { out.cp(cp); i += len; continue; }
    if (partial && (err === 5 || (err === 2 && c === 0xed && n - i === 2 && b[i + 1] >= 0xa0 && b[i + 1] <= 0xbf))) break;
    const [start, end, reason] =
      err === 1 ? [i, i + 1, "invalid start byte"] : err === 5 ? [i, n, "unexpected end of data"] : [i, i + err - 1, "invalid continuation byte"];
    const [rep, pos, replaced] = decodeError(ctx, encoding, b, start, end, reason);
    if (replaced !== undefined) n = (b = replaced).length;
    out.str(rep);
    i = pos;
  }
  if (partial) partial.consumed = i;
  return out.done();
}

/** str.encode('utf-8', errors). */
export function encodeUtf8(t: Text, ctx: CodecContext, encoding = "utf-8"): Uint8Array {
  const s = typeof t === "string" ? t : t.units;
  if (s.length < 64) {
    // Short ASCII text: a plain copy beats TextEncoder's call overhead.
    const out = new Uint8Array(s.length);
    let i = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) break;
      out[i] = c;
    }
    if (i === s.length) return out;
  }
  if (t === s && !LONE_SURROGATE.test(s)) return (utf8Encoder ??= new TextEncoder()).encode(s);
  const cps = codePoints(t);
  const out = new ByteBuilder();
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    if (c < 0x80) out.byte(c);
    else if (c < 0x800) { out.byte(0xc0 | (c >> 6)); out.byte(0x80 | (c & 0x3f)); }
    else if (isSurrogate(c)) {
      let start = i;
      let end = i + 1;
      while (end < cps.length && isSurrogate(cps[end])) end++;
      if (ctx.errors === "surrogateescape") {
        // Escape what can be escaped; the first other surrogate goes to the handler (and fails).
        while (start < end && cps[start] >= 0xdc80 && cps[start] <= 0xdcff) out.byte(cps[start++] & 0xff);
        if (start === end) { i = end; continue; }
      }
      const [rep, pos] = encodeError(ctx, encoding, t, start, end, "surrogates not allowed");
      if (typeof rep === "string") {
        for (let k = 0; k < rep.length; k++) {
          const r = rep.charCodeAt(k);
          if (r >= 0x80) throw new PyUnicodeError("UnicodeEncodeError", { encoding, object: t, start, end, reason: "surrogates not allowed" });
          out.byte(r);
        }
      } else out.bytes(rep);
      i = pos;
      continue;
    } else if (c < 0x10000) { out.byte(0xe0 | (c >> 12)); out.byte(0x80 | ((c >> 6) & 0x3f)); out.byte(0x80 | (c & 0x3f)); }
    else { out.byte(0xf0 | (c >> 18)); out.byte(0x80 | ((c >> 12) & 0x3f)); out.byte(0x80 | ((c >> 6) & 0x3f)); out.byte(0x80 | (c & 0x3f)); }
    i++;
  }
  return out.done();
}

/** Bytes known to be ASCII as a string (TextDecoder is the fastest way for all but tiny inputs). */
function asciiString(b: Uint8Array): string {
  if (b.length < 16) return String.fromCharCode.apply(null, b as unknown as number[]);
  return (fatalUtf8 ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })).decode(b);
}

// ---------------------------------------------------------------- UTF-16 / UTF-32

/**
 * Where a decoder that is not final stopped: bytes [0, consumed) were decoded. Given to the UTF-16
 * and UTF-32 decoders, it makes them stop at an incomplete tail instead of reporting it, as
 * CPython's do when asked for `consumed` (the tail is judged where the decoding got to, which an
 * error handler's new position can move off the unit boundaries).
 */
export interface Partial {
  consumed: number;
}

/**
 * bytes.decode for utf-16 (byteorder 0: BOM or little-endian), utf-16-le (-1), utf-16-be (1),
 * from byte `from` (past a BOM already read: error positions still count from b's start).
 */
export function decodeUtf16(b: Uint8Array, ctx: CodecContext, byteorder: -1 | 0 | 1, partial?: Partial, from = 0): Text {
  let i = from;
  let bo = byteorder;
  if (bo === 0 && b.length >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) { bo = -1; i = 2; }
    else if (b[0] === 0xfe && b[1] === 0xff) { bo = 1; i = 2; }
  }
  const le = bo <= 0;
  const encoding = le ? "utf-16-le" : "utf-16-be";
  let n = b.length;
  const unit = (k: number) => (le ? b[k] | (b[k + 1] << 8) : (b[k] << 8) | b[k + 1]);
  const out = new TextBuilder();
  while (i < n) {
    if (n - i < 2) {
      if (partial) break;
      const [rep, pos, replaced] = decodeError(ctx, encoding, b, i, n, "truncated data");
      if (replaced !== undefined) n = (b = replaced).length;
      out.str(rep);
      i = pos;
      continue;
    }
    const u = unit(i);
    if (!isSurrogate(u)) { out.unit(u); i += 2; continue; }
    let err: [number, number, string] | null = null;
    if (u >= 0xdc00) err = [i, i + 2, "illegal encoding"];
    else if (n - i < 4) {
      if (partial) break;
      err = [i, n, "unexpected end of data"];
    } else {
      const v = unit(i + 2);
      if (v < 0xdc00 || v >= 0xe000) err = [i, i + 2, "illegal UTF-16 surrogate"];
      else { out.pair(u, v); i += 4; continue; }
    }
    const [rep, pos, replaced] = decodeError(ctx, encoding, b, err[0], err[1], err[2]);
    if (replaced !== undefined) n = (b = replaced).length;
    out.str(rep);
    i = pos;
  }
  if (partial) partial.consumed = i;
  return out.done();
}

/** bytes.decode for utf-32 (byteorder 0: BOM or little-endian), utf-32-le (-1), utf-32-be (1), from byte `from`. */
export function decodeUtf32(b: Uint8Array, ctx: CodecContext, byteorder: -1 | 0 | 1, partial?: Partial, from = 0): Text {
  let i = from;
  let bo = byteorder;
  if (bo === 0 && b.length >= 4) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) { bo = -1; i = 4; }
    else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) { bo = 1; i = 4; }
  }
  const le = bo <= 0;
  const encoding = le ? "utf-32-le" : "utf-32-be";
  let n = b.length;
  const out = new TextBuilder();
  while (i < n) {
    let err: [number, number, string] | null = null;
    if (n - i < 4) {
      if (partial) break;
      err = [i, n, "truncated data"];
    } else {
      const cp = (le ? (b[i + 3] << 24) | (b[i + 2] << 16) | (b[i + 1] << 8) | b[i] : (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
      if (cp >= 0x110000) err = [i, i + 4, "code point not in range(0x110000)"];
      else if (isSurrogate(cp)) err = [i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)"];
      else { out.cp(cp); i += 4; continue; }
    }
    const [rep, pos, replaced] = decodeError(ctx, encoding, b, err[0], err[1], err[2]);
    if (replaced !== undefined) n = (b = replaced).length;
    out.str(rep);
    i = pos;
  }
  if (partial) partial.consumed = i;
  return out.done();
}

/** str.encode for utf-16/utf-32: width 2 or 4 bytes, byteorder 0 writes a BOM then little-endian. */
export function encodeUtfWide(s: Text, ctx: CodecContext, width: 2 | 4, byteorder: -1 | 0 | 1): Uint8Array {
  const le = byteorder <= 0;
  const encoding = `utf-${width * 8}${byteorder < 0 ? "-le" : byteorder > 0 ? "-be" : ""}`;
  const cps = codePoints(s);
  const out = new ByteBuilder();
  const put = (u: number) => {
    if (width === 2) {
      if (le) { out.byte(u & 0xff); out.byte(u >> 8); } else { out.byte(u >> 8); out.byte(u & 0xff); }
    } else if (le) { out.byte(u & 0xff); out.byte((u >> 8) & 0xff); out.byte(u >> 16); out.byte(0); }
    else { out.byte(0); out.byte(u >> 16); out.byte((u >> 8) & 0xff); out.byte(u & 0xff); }
  };
  if (byteorder === 0) put(0xfeff);
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    if (!isSurrogate(c)) {
      if (width === 2 && c > 0xffff) { put(0xd800 + ((c - 0x10000) >> 10)); put(0xdc00 + ((c - 0x10000) & 0x3ff)); }
      else put(c);
      i++;
      continue;
    }
    const [rep, pos] = encodeError(ctx, encoding, s, i, i + 1, "surrogates not allowed");
    const fail = () => new PyUnicodeError("UnicodeEncodeError", { encoding, object: s, start: pos - 1, end: pos, reason: "surrogates not allowed" });
    if (typeof rep === "string") {
      for (let k = 0; k < rep.length; k++) {
        if (rep.charCodeAt(k) >= 0x80) throw fail();
      }
      for (let k = 0; k < rep.length; k++) put(rep.charCodeAt(k));
    } else {
      if (rep.length % width) throw fail();
      out.bytes(rep);
    }
    i = pos;
  }
  return out.done();
}

// ---------------------------------------------------------------- ASCII, Latin-1, charmap

/** bytes.decode('ascii'). */
export function decodeAscii(b: Uint8Array, ctx: CodecContext): Text {
  let i = 0;
  while (i < b.length && b[i] < 0x80) i++;
  if (i === b.length) return asciiString(b);
  const out = new TextBuilder();
  out.str(latin1(b.subarray(0, i)));
  while (i < b.length) {
    if (b[i] < 0x80) { out.unit(b[i++]); continue; }
    const [rep, pos, replaced] = decodeError(ctx, "ascii", b, i, i + 1, "ordinal not in range(128)");
    if (replaced !== undefined) b = replaced;
    out.str(rep);
    i = pos;
  }
  return out.done();
}

/** bytes.decode('latin-1'): every byte is its code point. */
export const decodeLatin1 = (b: Uint8Array): string => latin1(b);

/** str.encode for 'ascii' (limit 128) and 'latin-1' (limit 256). */
export function encodeUcs1(t: Text, ctx: CodecContext, limit: 128 | 256): Uint8Array {
  if (typeof t === "string") {
    const s = t;
    let simple = true;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= limit) { simple = false; break; }
    if (simple) {
      const out = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
      return out;
    }
  }
  const encoding = limit === 128 ? "ascii" : "latin-1";
  return encodeTable(t, ctx, encoding, `ordinal not in range(${limit})`, (c) => (c < limit ? c : -1), true);
}

/**
 * The encoder loop shared by ASCII, Latin-1 and charmap: `map` gives a byte or -1. The UCS1
 * encoders (not charmap) escape a run's leading surrogateescape characters before calling the handler.
 */
function encodeTable(s: Text, ctx: CodecContext, encoding: string, reason: string, map: (c: number) => number, ucs1 = false): Uint8Array {
  const cps = codePoints(s);
  const out = new ByteBuilder();
  let i = 0;
  while (i < cps.length) {
    const b = map(cps[i]);
    if (b >= 0) { out.byte(b); i++; continue; }
    let start = i;
    let end = i + 1;
    while (end < cps.length && map(cps[end]) < 0) end++;
    if (ucs1 && ctx.errors === "surrogateescape") {
      while (start < end && cps[start] >= 0xdc80 && cps[start] <= 0xdcff) out.byte(cps[start++] & 0xff);
      if (start === end) { i = end; continue; }
    }
    const [rep, pos] = encodeError(ctx, encoding, s, start, end, reason);
    if (typeof rep === "string") {
      for (const ch of codePoints(rep)) {
        const r = map(ch);
        if (r < 0) throw new PyUnicodeError("UnicodeEncodeError", { encoding, object: s, start, end, reason });
        out.byte(r);
      }
    } else out.bytes(rep);
    i = pos;
  }
  return out.done();
}

/** cp1252 bytes 0x80-0x9F (0 where undefined); 0xA0-0xFF are Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
let cp1252Encode: Map<number, number> | null = null;

/** bytes.decode('cp1252') (the charmap codec: errors name 'charmap'). */
export function decodeCp1252(b: Uint8Array, ctx: CodecContext): Text {
  const out = new TextBuilder();
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const u = c < 0x80 || c >= 0xa0 ? c : CP1252_HIGH[c - 0x80];
    if (u) { out.unit(u); i++; continue; }
    if (c === 0) { out.unit(0); i++; continue; }
    const [rep, pos, replaced] = decodeError(ctx, "charmap", b, i, i + 1, "character maps to <undefined>");
    if (replaced !== undefined) b = replaced;
    out.str(rep);
    i = pos;
  }
  return out.done();
}

/** str.encode('cp1252'). */
export function encodeCp1252(s: Text, ctx: CodecContext): Uint8Array {
  if (!cp1252Encode) {
    cp1252Encode = new Map();
    CP1252_HIGH.forEach((u, k) => { if (u) cp1252Encode!.set(u, 0x80 + k); });
  }
  const table = cp1252Encode;
  return encodeTable(s, ctx, "charmap", "character maps to <undefined>", (c) => (c < 0x80 || (c >= 0xa0 && c < 0x100) ? c : table.get(c) ?? -1));
}
