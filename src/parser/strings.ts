// String literals: prefixes, escapes and implicit concatenation (Parser/string_parser.c's
// _PyPegen_parsestr and pegen.c's _PyPegen_concatenate_strings). f-strings are split into literal
// text and expressions by fstrings.ts, which 3.10 does in this separate pass after tokenizing, so
// an f-string is one STRING token here. Escape errors report at the last token fetched, as pegen's
// raise_decode_error does.
import type * as A from "./ast-nodes.ts";
import * as B from "./ast-build.ts";
import { PyBytes } from "../bytecode/constants.ts";
import type { Parser } from "./parser.ts";
import type { Token } from "./tokens.ts";
import { M } from "./messages.ts";
import { FstringParser } from "./fstrings.ts";
import { lookupUnicodeName } from "./unicode-names.ts";
import { hasEscapedBytes, isEscapedByte, rawBytes, utf8Error } from "./utf8.ts";
import { TextBuilder, type Text } from "../support/text/split-str.ts";

/** A literal's prefix flags and body (the text between the quotes). */
export interface StrParts { bytes: boolean; raw: boolean; fmode: boolean; body: string; bodyStart: number }

/** Splits a STRING token's text into prefix flags and the body between its quotes. */
export function splitString(s: string): StrParts {
  let i = 0;
  let bytes = false, raw = false, fmode = false;
  for (;; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c === 0x62) bytes = true;
    else if (c === 0x72) raw = true;
    else if (c === 0x66) fmode = true;
    else if (c !== 0x75) break;
  }
  const q = s[i];
  const triple = s.length - i >= 6 && s[i + 1] === q && s[i + 2] === q;
  const qlen = triple ? 3 : 1;
  return { bytes, raw, fmode, body: s.slice(i + qlen, s.length - qlen), bodyStart: i + qlen };
}

/** _PyPegen_concatenate_strings: STRING+ as one Constant or JoinedStr spanning all the tokens. */
export function concatenateStrings(p: Parser, toks: Token[]): A.expr {
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (toks.length === 1) {
    // Most literals are one plain str token: its value is the node, with no concatenation state.
    const parts = splitString(first.string);
    if (!parts.fmode && !parts.bytes) {
      const value = parsePlain(p, parts, first);
      if (typeof value === "string") return B.Constant(value, first.string.charCodeAt(0) === 0x75 ? "u" : null, first);
      const state = new FstringParser(p);
      state.concat(value as Text);
      return state.finish(first, last);
    }
  }
  let bytesmode = false;
  const byteParts: Uint8Array[] = [];
  const state = new FstringParser(p);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const parts = splitString(t.string);
    if (parts.fmode && p.opts.featureVersion < 6) p.raise("Format strings are only supported in Python 3.6 and greater");
    let value: Text | Uint8Array | null = null;
    if (!parts.fmode) value = parsePlain(p, parts, t);
    if (i !== 0 && bytesmode !== parts.bytes) p.raise(M.mixBytes);
    bytesmode = parts.bytes;
    if (parts.fmode) state.concatFstring(parts.body, parts.raw, 0, first, t, last, { i: 0 });
    else if (bytesmode) byteParts.push(value as Uint8Array);
    else state.concat(value as Text);
  }
  if (bytesmode) {
    const l = { lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
    let n = 0;
    for (const b of byteParts) n += b.length;
    const all = new Uint8Array(n);
    n = 0;
    for (const b of byteParts) {
      all.set(b, n);
      n += b.length;
    }
    return B.Constant(new PyBytes(all), null, l);
  }
  return state.finish(first, last);
}

/** A non-f-string literal's value: str, or the bytes of a bytes literal. */
function parsePlain(p: Parser, parts: StrParts, t: Token): Text | Uint8Array {
  const { body } = parts;
  const raw = parts.raw || !body.includes("\\");
  if (!parts.bytes && hasEscapedBytes(body)) undecodable(p, body, raw);
  if (parts.bytes) {
    for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) >= 0x80) p.raise(M.bytesNonAscii);
    if (raw) {
      const out = new Uint8Array(body.length);
      for (let i = 0; i < body.length; i++) out[i] = body.charCodeAt(i);
      return out;
    }
    return decodeBytesEscapes(p, body, t);
  }
  return raw ? body : decodeUnicodeEscapes(p, body, t);
}

const SIMPLE: Record<string, string> = { "\n": "", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };
const isOct = (c: string) => c >= "0" && c <= "7";
const isHex = (c: string) => /^[0-9a-fA-F]$/.test(c);

/**
 * decode_unicode_with_escapes: the unicode_escape codec on the literal's text. Error positions are
 * counted in the codec's input, where every non-ASCII character was first spelled \UXXXXXXXX.
 */
export function decodeUnicodeEscapes(p: Parser, s: string, t: Token): Text {
  let out = "";
  // A \u escape of a lone low surrogate right after one of a lone high surrogate makes a false
  // pair (two code points a JS string cannot keep apart): its offset is recorded.
  let cuts: number[] | null = null;
  let firstInvalid: string | null = null;
  let pos = 0; // position in the codec's input
  const n = s.length;
  for (let i = 0; i < n; ) {
    if (s.charCodeAt(i) !== 0x5c) {
      // A run of text up to the next backslash is copied whole.
      let j = s.indexOf("\\", i);
      if (j < 0) j = n;
      out += s.slice(i, j);
      pos += codecWidth(s, i, j);
      i = j;
      continue;
    }
    const start = pos;
    // "\é", or a backslash ending the text (an f-string's literal part before a brace: f'\{x}'):
    // the backslash is kept (spelled \u005c for the codec)
    if (i + 1 >= n || s.charCodeAt(i + 1) >= 0x80) {
      out += "\\";
      pos += 6;
      i += 1;
      continue;
    }
    const c = s[i + 1];
    i += 2;
    pos += 2;
    const simple = SIMPLE[c];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    if (isOct(c)) {
      let v = c.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && i < n && isOct(s[i]); k++, i++, pos++) v = v * 8 + s.charCodeAt(i) - 48;
      out += String.fromCodePoint(v);
      continue;
    }
    if (c === "x" || c === "u" || c === "U") {
      const digits = c === "x" ? 2 : c === "u" ? 4 : 8;
      let v = 0;
      let k = 0;
      for (; k < digits && i < n && isHex(s[i]); k++, i++, pos++) v = v * 16 + parseInt(s[i], 16);
      if (k < digits) {
        const name = c === "x" ? "\\xXX" : c === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
        codecError(p, "unicodeescape", start, pos + (i < n ? 0 : 0) - 1 + 1, `truncated ${name} escape`);
      }
      if (v > 0x10ffff) codecError(p, "unicodeescape", start, pos, "illegal Unicode character");
      if (v >= 0xdc00 && v < 0xe000 && (out.charCodeAt(out.length - 1) & 0xfc00) === 0xd800) (cuts ??= []).push(out.length - 1);
      out += String.fromCodePoint(v);
      continue;
    }
    if (c === "N") {
      if (s[i] === "{") {
        const close = s.indexOf("}", i + 1);
        if (close === i + 1) codecError(p, "unicodeescape", start, pos + 1, "malformed \\N character escape");
        if (close > i + 1) {
          const name = s.slice(i + 1, close);
          const cp = lookupUnicodeName(name);
          const len = codecWidth(s, i + 1, close);
          if (cp !== null) {
            out += String.fromCodePoint(cp);
            pos += 2 + len;
            i = close + 1;
            continue;
          }
          codecError(p, "unicodeescape", start, pos + 2 + len, "unknown Unicode character name");
        }
      }
      codecError(p, "unicodeescape", start, s[i] === "{" ? codecWidth(s, i, n) + pos : pos, "malformed \\N character escape");
    }
    firstInvalid ??= c;
    out += "\\" + c;
  }
  if (firstInvalid !== null) p.warnEscape(firstInvalid, t);
  if (cuts === null) return out;
  const b = new TextBuilder();
  b.units = out;
  b.cuts = cuts;
  return b.result();
}

/**
 * Characters in s[from, to) as the codec's input counts them: non-ASCII ones as \\UXXXXXXXX, and a
 * backslash before one (or ending the text) as \\u005c; a backslash takes an ASCII character after
 * it along (`\\\\` is a pair, whose second backslash ends nothing).
 */
function codecWidth(s: string, from: number, to: number): number {
  let w = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x5c) {
      if (k + 1 >= s.length || s.charCodeAt(k + 1) >= 0x80) w += 6;
      else {
        w += k + 1 < to ? 2 : 1;
        k++;
      }
    } else if (c < 0x80) w += 1;
    else {
      w += 10;
      if (c >= 0xd800 && c < 0xdc00 && k + 1 < to) {
        const d = s.charCodeAt(k + 1);
        if (d >= 0xdc00 && d < 0xe000) k++;
      }
    }
  }
  return w;
}


/** _PyBytes_DecodeEscape: escapes of a bytes literal (no \u, \U or \N). */
function decodeBytesEscapes(p: Parser, s: string, t: Token): Uint8Array {
  const out: number[] = [];
  let firstInvalid: string | null = null;
  const n = s.length;
  for (let i = 0; i < n; ) {
    const ch = s[i];
    if (ch !== "\\") {
      out.push(s.charCodeAt(i++));
      continue;
    }
    if (i + 1 >= n) p.raise(M.valueError("Trailing \\ in string"));
    const c = s[i + 1];
    const at = i;
    i += 2;
    const simple = SIMPLE[c];
    if (simple !== undefined) {
      if (simple) out.push(simple.charCodeAt(0));
      continue;
    }
    if (isOct(c)) {
      let v = c.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && i < n && isOct(s[i]); k++, i++) v = v * 8 + s.charCodeAt(i) - 48;
      out.push(v & 0xff);
      continue;
    }
    if (c === "x") {
      if (i + 1 < n + 0 && isHex(s[i]) && isHex(s[i + 1])) {
        out.push(parseInt(s.slice(i, i + 2), 16));
        i += 2;
        continue;
      }
      p.raise(M.valueError(`invalid \\x escape at position ${at}`));
    }
    firstInvalid ??= c;
    out.push(0x5c, c.charCodeAt(0));
  }
  if (firstInvalid !== null) p.warnEscape(firstInvalid, t);
  return Uint8Array.from(out);
}

/**
 * Undecodable bytes in a str literal: a raw literal is decoded whole, an escaped one run by run
 * of non-ASCII bytes (decode_unicode_with_escapes), so the position is counted from there.
 */
export function undecodable(p: Parser, body: string, raw: boolean): never {
  let from = 0;
  if (!raw) {
    const bad = [...body].findIndex((ch) => isEscapedByte(ch.charCodeAt(0)));
    let k = 0;
    let units = 0;
    for (const ch of body) {
      if (k === bad) break;
      units += ch.length;
      k++;
    }
    from = units;
    while (from > 0 && body.charCodeAt(from - 1) >= 0x80) from--;
    let to = from;
    while (to < body.length && body.charCodeAt(to) >= 0x80) to++;
    body = body.slice(from, to);
  }
  return p.raise(M.unicodeError(utf8Error(rawBytes(body)) ?? ""));
}

/** A UnicodeDecodeError from the escape codec, reported as pegen's "(unicode error) ..." SyntaxError. */
function codecError(p: Parser, codec: string, start: number, end: number, reason: string): never {
  const where = end - start <= 1 ? `byte 0x5c in position ${start}` : `bytes in position ${start}-${end - 1}`;
  return p.raise(M.unicodeError(`'${codec}' codec can't decode ${where}: ${reason}`));
}
