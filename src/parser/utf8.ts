// Invalid UTF-8 in bytes given to compile(): decode.ts keeps each undecodable byte as the lone
// surrogate U+DC80+byte, and CPython's reports are rebuilt from the original bytes here: the
// codec's error text where 3.10 decodes (identifiers, string literals) and the "replace" decoding
// it shows as SyntaxError.text.

import { unicodeErrorMessage, type UnicodeErrorDetails } from "../support/text/codecs/errors.ts";

export const isEscapedByte = (c: number) => c >= 0xdc80 && c <= 0xdcff;

/** Any UTF-16 unit in the escaped bytes' range, the low half of a surrogate pair included. */
const ESCAPED_BYTE_UNIT = /[\udc80-\udcff]/;

/** Does s hold an undecodable byte? (The low half of a surrogate pair is an astral character's.) */
export function hasEscapedBytes(s: string): boolean {
  // Every string literal's body is checked: a regular expression rules most out faster than a loop.
  if (!ESCAPED_BYTE_UNIT.test(s)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else if (isEscapedByte(c)) return true;
  }
  return false;
}

/** The original bytes of s (UTF-8, with escaped bytes restored). */
export function rawBytes(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (isEscapedByte(c)) out.push(c - 0xdc00);
    else if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else {
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
        out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      } else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return Uint8Array.from(out);
}

/** s as CPython shows undecodable text: each invalid sequence becomes U+FFFD. */
export function replaceDecode(s: string): string {
  return hasEscapedBytes(s) ? new TextDecoder("utf-8").decode(rawBytes(s)) : s;
}

/** The first UTF-8 error in b, in the words of CPython's codec, or null. */
export function utf8Error(b: Uint8Array): string | null {
  const d = utf8ErrorDetails(b);
  return d && unicodeErrorMessage("UnicodeDecodeError", d);
}

/** The UnicodeDecodeError CPython's UTF-8 codec raises for b, or null. */
export function utf8ErrorDetails(b: Uint8Array): UnicodeErrorDetails | null {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return message(b, i, i + 1, "invalid start byte");
    let k = 1;
    for (; k <= need; k++) {
      if (i + k >= b.length) return message(b, i, i + k, "unexpected end of data");
      const d = b[i + k];
      const l = k === 1 ? lo : 0x80;
      const h = k === 1 ? hi : 0xbf;
      if (d < l || d > h) return message(b, i, i + k, "invalid continuation byte");
    }
    i += need + 1;
  }
  return null;
}

function message(b: Uint8Array, start: number, end: number, reason: string): UnicodeErrorDetails {
  return { encoding: "utf-8", object: b, start, end, reason };
}
