// UTF-7 (RFC 2152) as Objects/unicodeobject.c implements it for _codecs.utf_7_encode/decode:
// Set D, Set O and whitespace are written directly, '+' as "+-", everything else in modified
// base64 shift sequences of UTF-16 units; decoding is stateful (an unfinished shift sequence is
// left unconsumed unless final) and reports CPython's reasons under the codec name 'utf7'.
import { decodeError, type CodecContext, chr } from "../support/text/index.ts";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const isBase64 = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
const fromBase64 = (c: number) => (c >= 0x61 ? c - 71 : c >= 0x41 ? c - 65 : c >= 0x30 ? c + 4 : c === 0x2b ? 62 : 63);

/** RFC 2152's classes for ASCII: 0 Set D, 1 Set O, 2 whitespace, 3 must be encoded. */
function category(c: number): number {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || "'(),-./:?".includes(String.fromCharCode(c))) return 0;
  if ('!"#$%&*;<=>@[]^_`{|}'.includes(String.fromCharCode(c))) return 1;
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) return 2;
  return 3;
}
/** What utf_7_encode writes directly (Set O and whitespace included, as CPython's encoder does). */
const encodeDirect = (c: number) => c > 0 && c < 128 && category(c) !== 3;

export function utf7Encode(s: string): Uint8Array {
  const out: number[] = [];
  let inShift = false;
  let bits = 0;
  let buffer = 0;
  const push16 = (u: number) => {
    bits += 16;
    buffer = ((buffer << 16) | u) >>> 0;
    while (bits >= 6) {
      out.push(B64.charCodeAt((buffer >>> (bits - 6)) & 0x3f));
      bits -= 6;
    }
    buffer &= (1 << bits) - 1;
  };
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (inShift) {
      if (encodeDirect(u)) {
        if (bits) {
          out.push(B64.charCodeAt((buffer << (6 - bits)) & 0x3f));
          buffer = 0;
          bits = 0;
        }
        inShift = false;
        if (isBase64(u) || u === 0x2d) out.push(0x2d);
        out.push(u);
        continue;
      }
    } else if (u === 0x2b) {
      out.push(0x2b, 0x2d);
      continue;
    } else if (encodeDirect(u)) {
      out.push(u);
      continue;
    } else {
      out.push(0x2b);
      inShift = true;
    }
    push16(u);
  }
  if (bits) out.push(B64.charCodeAt((buffer << (6 - bits)) & 0x3f));
  if (inShift) out.push(0x2d);
  return Uint8Array.from(out);
}

export function utf7Decode(b: Uint8Array, ctx: CodecContext, final: boolean): { text: string; consumed: number } {
  let out = "";
  let inShift = false;
  let bits = 0;
  let buffer = 0;
  let surrogate = 0;
  let startinpos = 0;
  let shiftOutStart = 0;
  let s = 0;
  let e = b.length;
  const fail = (start: number, end: number, reason: string) => {
    const [rep, pos, replaced] = decodeError(ctx, "utf7", b, start, end, reason);
    if (replaced !== undefined) e = (b = replaced).length;
    out += rep;
    s = pos;
  };
  // (a handler called for an unterminated shift at the end may resume earlier: decoding restarts
  // there, out of the shift, as CPython's `goto restart`)
  for (;;) {
    while (s < e) {
      const ch = b[s];
      if (inShift) {
        if (isBase64(ch)) {
          buffer = ((buffer << 6) | fromBase64(ch)) >>> 0;
          bits += 6;
          s++;
          if (bits >= 16) {
            const u = (buffer >>> (bits - 16)) & 0xffff;
            bits -= 16;
            buffer &= (1 << bits) - 1;
            if (surrogate) {
              if (u >= 0xdc00 && u <= 0xdfff) {
                out += String.fromCharCode(surrogate, u);
                surrogate = 0;
                continue;
              }
              out += String.fromCharCode(surrogate);
              surrogate = 0;
            }
            if (u >= 0xd800 && u <= 0xdbff) surrogate = u;
            else out += String.fromCharCode(u);
          }
          continue;
        }
        // leaving a base-64 section
        inShift = false;
        if (bits > 0) {
          if (bits >= 6) {
            s++;
            fail(startinpos, s, "partial character in shift sequence");
            continue;
          }
          if (buffer !== 0) {
            s++;
            fail(startinpos, s, "non-zero padding bits in shift sequence");
            continue;
          }
        }
        if (surrogate && ch <= 127 && ch !== 0x2b) out += String.fromCharCode(surrogate);
        surrogate = 0;
        if (ch === 0x2d) s++;
        continue;
      }
      if (ch === 0x2b) {
        startinpos = s;
        s++;
        if (s < e && b[s] === 0x2d) {
          s++;
          out += "+";
        } else if (s < e && !isBase64(b[s])) {
          s++;
          fail(startinpos, s, "ill-formed sequence");
        } else {
          inShift = true;
          surrogate = 0;
          shiftOutStart = out.length;
          bits = 0;
          buffer = 0;
        }
        continue;
      }
      if (ch <= 127) {
        out += String.fromCharCode(ch);
        s++;
        continue;
      }
      startinpos = s;
      s++;
      fail(startinpos, s, "unexpected special character");
    }
    if (inShift && final) {
      inShift = false;
      if (surrogate || bits >= 6 || (bits > 0 && buffer !== 0)) {
        fail(startinpos, e, "unterminated shift sequence");
        if (s < e) continue;
      }
    }
    break;
  }
  if (!final && inShift) return { text: out.slice(0, shiftOutStart), consumed: startinpos };
  return { text: out, consumed: s };
}
export { chr };
