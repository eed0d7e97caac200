// Bytes to text for the parser, as expat decodes its input: the encoding given to ParserCreate,
// or else the one detected from the first bytes (a UTF-16 or UTF-8 byte order mark, "<" as UTF-16)
// and then the one the XML declaration names. Until the declaration is read, only its text is
// decoded, so the rest is decoded with the encoding it names. Built-in: UTF-8, UTF-16 (BE/LE),
// ISO-8859-1 and US-ASCII; other one-byte encodings come as a table of 256 code points (-1 for a
// byte they do not map), which pyexpat builds with Python's codecs. Bytes that do not decode
// become U+FFFF, which the tokenizer refuses as it refuses invalid bytes.
import { ByteWidth } from "./engine.ts";
import { E } from "./errors.ts";

type Kind = "utf-8" | "utf-16be" | "utf-16le" | "single";
const BAD = "\uffff";
/** Stands for bytes that end the input inside a character: the tokenizer sees a partial one. */
const CUT = "\ud800";

export class Decoder {
  private kind: Kind | null = null;
  private table: Int32Array | null = null;
  private raw: Uint8Array = new Uint8Array(0);
  /** Waiting for the end of the XML declaration before choosing the encoding. */
  private inDecl = false;
  private fixed: boolean;

  constructor(protocol: string | null, private unknown: (name: string) => Int32Array | null) {
    this.fixed = protocol !== null;
    this.protocol = protocol;
    this.protocolUtf16 = protocol !== null && protocol.toUpperCase() === "UTF-16";
  }
  /** The encoding given to ParserCreate, looked up when the first bytes arrive (as expat does). */
  private protocol: string | null;
  /** An error found while choosing the encoding. */
  failed = 0;
  /** The input ended inside a UTF-8 character (a token reaching the end is a partial character). */
  truncated = false;

  /** Bytes of an incomplete character wait for the next call (the tokenizer sees a partial character). */
  get pending(): boolean {
    return this.raw.length > 0 && !this.inDecl && !this.detectPending;
  }

  /** Is the text reaching the parser UTF-8 as it was (expat's isUtf8: UTF-8 and US-ASCII)? */
  get isUtf8(): boolean {
    return this.kind === null || this.kind === "utf-8" || this.ascii;
  }
  private ascii = false;

  get width(): ByteWidth {
    return this.kind === "utf-16be" || this.kind === "utf-16le" ? ByteWidth.UTF16 : this.kind === "single" ? ByteWidth.SINGLE : ByteWidth.UTF8;
  }

  /** Uses the named encoding; false when it is unknown. */
  private choose(name: string): boolean {
    const n = name.toUpperCase();
    if (n === "UTF-8") this.kind = "utf-8";
    else if (n === "UTF-16BE") this.kind = "utf-16be";
    else if (n === "UTF-16LE") this.kind = "utf-16le";
    else if (n === "UTF-16") this.kind = this.kind === "utf-16le" ? "utf-16le" : "utf-16be";
    else if (n === "ISO-8859-1" || n === "US-ASCII") {
      this.ascii = n === "US-ASCII";
      this.kind = "single";
      this.table = new Int32Array(256);
      for (let i = 0; i < 256; i++) this.table[i] = n === "US-ASCII" && i >= 0x80 ? -1 : i;
    } else {
      const t = this.unknown(name);
      if (t === null) return false;
      this.kind = "single";
      this.table = t;
    }
    return true;
  }

  /** The encoding named by the XML declaration (null: none): an error code or 0. */
  declared(name: string | null): number {
    if (this.fixed || !this.inDecl) {
      this.inDecl = false;
      return 0;
    }
    this.inDecl = false;
    if (name === null) return 0;
    const n = name.toUpperCase();
    const sixteen = this.kind === "utf-16be" || this.kind === "utf-16le";
    if (n === "UTF-16" || n === "UTF-16BE" || n === "UTF-16LE") {
      if (!sixteen) return E.INCORRECT_ENCODING;
      if (n !== "UTF-16" && (n === "UTF-16BE") !== (this.kind === "utf-16be")) return E.INCORRECT_ENCODING;
      return 0;
    }
    if (sixteen) return E.INCORRECT_ENCODING;
    if (!this.choose(name)) return E.UNKNOWN_ENCODING;
    return 0;
  }

  /** Adds bytes; the text that can be decoded now. */
  push(bytes: Uint8Array, final: boolean): string {
    if (this.raw.length === 0) this.raw = bytes;
    else {
      const r = new Uint8Array(this.raw.length + bytes.length);
      r.set(this.raw);
      r.set(bytes, this.raw.length);
      this.raw = r;
    }
    return this.take(final);
  }

  /** Decodes what is buffered (after an encoding switch, the rest). */
  take(final = true): string {
    let raw = this.raw;
    const prefix = "";
    if (this.detectPending) {
      // expat needs two bytes to tell UTF-16 from UTF-8 (three after EF BB)
      if (!final && (raw.length < 2 || (raw.length < 3 && raw[0] === 0xef && raw[1] === 0xbb))) return "";
      this.detect();
      this.detectPending = false;
      if (!this.fixed) this.inDecl = true;
    }
    if (this.lone) {
      this.raw = raw.subarray(1);
      return CUT;
    }
    if (this.inDecl) {
      // only the declaration until its encoding is known
      // (a byte order mark stays in the text: the parser skips it, counting its column)
      const head = this.decodeAll(raw.length > 4096 ? raw.subarray(0, 4096) : raw, false);
      const bom = head.text.startsWith("\ufeff") ? 1 : 0;
      const t = bom ? head.text.slice(1) : head.text;
      if (!t.startsWith("<?xml")) {
        if (t.length >= 5 || final || !"<?xml".startsWith(t)) {
          this.inDecl = false;
          return prefix + this.decodeRest(final);
        }
        return "";
      }
      const end = head.text.indexOf("?>");
      if (end < 0 && raw.length > 4096) {
        this.inDecl = false;
        return this.decodeRest(final);
      }
      if (end < 0) return final ? (this.inDecl = false, this.decodeRest(final)) : "";
      const declText = head.text.slice(0, end + 2);
      const used = this.kind === "utf-16be" || this.kind === "utf-16le" ? declText.length * 2 : declText.length + (bom && this.kind === "utf-8" ? 2 : 0);
      this.raw = raw.subarray(used);
      return declText;
    }
    return prefix + this.decodeRest(final);
  }
  private detectPending = true;
  /** The whole input is one byte that could start a byte order mark or UTF-16 text. */
  private lone = false;

  /**
   * Chooses the encoding from the first bytes, as expat's initScan does whatever encoding was
   * given: a UTF-16 byte order mark or a zero byte first/second means UTF-16 (BE/LE), a UTF-8 mark
   * UTF-8; otherwise the given encoding (UTF-16 without an order: big-endian), or UTF-8.
   */
  private detect(): void {
    const r = this.raw;
    if (this.fixed && this.kind === null && !this.choose(this.protocol!)) this.failed = E.UNKNOWN_ENCODING;
    if (r.length < 2) {
      if (!this.fixed) this.kind = "utf-8";
      // one byte that may begin a byte order mark or UTF-16 text is an unclosed token at the end
      if (r.length === 1 && (r[0] === 0x00 || r[0] === 0xfe || r[0] === 0xff || r[0] === 0xef)) this.lone = true;
      return;
    }
    if ((r[0] === 0xfe && r[1] === 0xff) || (r[0] === 0x00 && r[1] !== 0x00)) this.kind = "utf-16be";
    else if ((r[0] === 0xff && r[1] === 0xfe) || (r[0] !== 0x00 && r[1] === 0x00)) this.kind = "utf-16le";
    else if (r[0] === 0xef && r[1] === 0xbb && r[2] === 0xbf) this.kind = "utf-8";
    else if (!this.fixed) this.kind = "utf-8";
    else if (this.failed !== 0) return;
    else if (this.protocolUtf16) this.kind = "utf-16be";
    if (this.kind === "utf-8") this.ascii = false;
  }
  private protocolUtf16 = false;

  private decodeRest(final: boolean): string {
    const { text, used } = this.decodeAll(this.raw, final);
    this.raw = this.raw.subarray(used);
    return text;
  }

  /** Decodes as much as forms whole characters (all of it when final). */
  private decodeAll(r: Uint8Array, final: boolean): { text: string; used: number } {
    if (this.kind === "single") return { text: fromCodes(r, this.table!), used: r.length };
    if (this.kind === "utf-16be" || this.kind === "utf-16le") {
      const n = r.length & ~1;
      const units = new Uint16Array(n >> 1);
      const be = this.kind === "utf-16be";
      for (let i = 0, j = 0; i < n; i += 2, j++) units[j] = be ? (r[i] << 8) | r[i + 1] : r[i] | (r[i + 1] << 8);
      let text = fromUnits(units);
      // an odd last byte: the token it is in is never complete
      if (final && n < r.length) text += CUT;
      return { text, used: final ? r.length : n };
    }
    // UTF-8: whole characters only; at the end of the input, the start of a cut character is a
    // partial character (expat's XML_ERROR_PARTIAL_CHAR)
    let end = r.length;
    let k = end - 1;
    while (k >= 0 && k >= end - 3 && (r[k] & 0xc0) === 0x80) k--;
    if (k >= 0 && r[k] >= 0xc2 && r[k] <= 0xf4) {
      const need = r[k] >= 0xf0 ? 4 : r[k] >= 0xe0 ? 3 : 2;
      if (end - k < need) end = k;
    }
    const part = end === r.length ? r : r.subarray(0, end);
    let text: string;
    try {
      text = UTF8.decode(part);
    } catch {
      text = decodeUtf8Slowly(part);
    }
    if (final && end < r.length) {
      this.truncated = true;
      return { text: text + CUT, used: r.length };
    }
    return { text, used: end };
  }
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** UTF-8 with each byte that does not start a valid sequence decoded as U+FFFF. */
function decodeUtf8Slowly(r: Uint8Array): string {
  const units: number[] = [];
  let i = 0;
  const n = r.length;
  while (i < n) {
    const b = r[i];
    if (b < 0x80) {
      units.push(b);
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let cp = b & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
    let ok = len > 0 && i + len <= n;
    for (let j = 1; ok && j < len; j++) {
      const c = r[i + j];
      if ((c & 0xc0) !== 0x80) ok = false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && ((len === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff)))) ok = false;
    if (!ok) {
      units.push(0xffff);
      i++;
    } else if (cp >= 0x10000) {
      units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
      i += len;
    } else {
      units.push(cp);
      i += len;
    }
  }
  return fromUnits(Uint16Array.from(units));
}

/** A string of UTF-16 units, in chunks (fromCharCode's argument count is limited). */
function fromUnits(u: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < u.length; i += 8192) parts.push(String.fromCharCode.apply(null, u.subarray(i, i + 8192) as unknown as number[]));
  return parts.join("");
}

/** One-byte text through a table of code points (-1: a byte the encoding does not map). */
function fromCodes(r: Uint8Array, table: Int32Array): string {
  const u = new Uint16Array(r.length);
  for (let i = 0; i < r.length; i++) {
    const v = table[r[i]];
    u[i] = v < 0 ? 0xffff : v;
  }
  return fromUnits(u);
}
