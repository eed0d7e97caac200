// UTF-8 as CPython's codec does it, with the error handlers marshal needs: 'surrogatepass' (marshal
// stores str as UTF-8 that may encode lone surrogates), 'replace' (how PyUnicode_FromFormat shows
// C strings in messages) and 'strict'. Errors carry CPython's exact UnicodeDecodeError text: the
// decoder's reason and byte range (Objects/stringlib/codecs.h) and UnicodeDecodeError.__str__.
// Decoding yields a JS string in which an astral code point is a surrogate pair.
import { PyError } from "../support/py-error.ts";
import { PyUnicodeError } from "../support/text/codecs/errors.ts";
import { TextBuilder, textCodePoints, type Text } from "../support/text/split-str.ts";

/** str.encode('utf-8', 'surrogatepass'): a lone surrogate becomes its 3-byte form. */
export function encodeUtf8SurrogatePass(s: Text): Uint8Array {
  const out: number[] = [];
  for (const cp of typeof s === "string" ? Array.from(s, (ch) => ch.codePointAt(0)!) : textCodePoints(s)) {
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/** Is every character ASCII (what PyUnicode_IS_ASCII tests)? */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

const isCont = (b: number) => (b & 0xc0) === 0x80;

type Step =
  | { cp: number; len: number }
  | { error: "invalid start byte" | "invalid continuation byte" | "unexpected end of data"; end: number };

/** Decodes the sequence at b[i], or says why it is not valid UTF-8 and where the bad range ends. */
function step(b: Uint8Array, i: number): Step {
  const n = b.length;
  const c = b[i];
  if (c < 0x80) return { cp: c, len: 1 };
  const invalidAt = (k: number): Step => ({ error: "invalid continuation byte", end: i + k });
  const truncated: Step = { error: "unexpected end of data", end: n };
  if (c < 0xc2) return { error: "invalid start byte", end: i + 1 };
  if (c < 0xe0) {
    if (n - i < 2) return truncated;
    if (!isCont(b[i + 1])) return invalidAt(1);
    return { cp: ((c & 0x1f) << 6) | (b[i + 1] & 0x3f), len: 2 };
  }
  if (c < 0xf0) {
    // E0 needs a second byte >= A0 (no overlong forms); ED needs one < A0 (no surrogates).
    const badSecond = (x: number) => !isCont(x) || (x < 0xa0 ? c === 0xe0 : c === 0xed);
    if (n - i < 3) {
      if (n - i >= 2 && badSecond(b[i + 1])) return invalidAt(1);
      return truncated;
    }
    if (badSecond(b[i + 1])) return invalidAt(1);
    if (!isCont(b[i + 2])) return invalidAt(2);
    return { cp: ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f), len: 3 };
  }
  if (c < 0xf5) {
    // F0 needs a second byte >= 90 (no overlong forms); F4 one < 90 (nothing above U+10FFFF).
    const badSecond = (x: number) => !isCont(x) || (x < 0x90 ? c === 0xf0 : c === 0xf4);
    if (n - i < 4) {
      if (n - i >= 2 && badSecond(b[i + 1])) return invalidAt(1);
      if (n - i >= 3 && !isCont(b[i + 2])) return invalidAt(2);
      return truncated;
    }
    if (badSecond(b[i + 1])) return invalidAt(1);
    if (!isCont(b[i + 2])) return invalidAt(2);
    if (!isCont(b[i + 3])) return invalidAt(3);
    return { cp: ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f), len: 4 };
  }
  return { error: "invalid start byte", end: i + 1 };
}

/** The UnicodeDecodeError, with the fields (and so the str()) CPython's has. */
export function unicodeDecodeError(encoding: string, b: Uint8Array, start: number, end: number, reason: string): PyError {
  return new PyUnicodeError("UnicodeDecodeError", { encoding, object: b, start, end, reason });
}

/** bytes.decode('utf-8', errors) for errors 'strict', 'surrogatepass' or 'replace'. */
export function decodeUtf8(b: Uint8Array, errors: "strict" | "replace" = "strict"): string {
  return decodeUtf8Text(b, errors) as string;
}

/** decodeUtf8, where 'surrogatepass' may give a str holding a false pair (support/text/split-str.ts). */
export function decodeUtf8Text(b: Uint8Array, errors: "strict" | "surrogatepass" | "replace" = "strict"): Text {
  let pass: TextBuilder | null = null;
  const parts: string[] = [];
  let chunk: number[] = [];
  const flush = () => {
    if (chunk.length) parts.push(String.fromCodePoint(...chunk));
    chunk = [];
  };
  let i = 0;
  while (i < b.length) {
    const r = step(b, i);
    if ("cp" in r) {
      chunk.push(r.cp);
      i += r.len;
      if (chunk.length >= 4096) flush();
      continue;
    }
    if (errors === "replace") {
      chunk.push(0xfffd);
      i = r.end;
      continue;
    }
    // The surrogatepass handler accepts exactly one 3-byte encoded surrogate at the error position.
    if (errors === "surrogatepass" && b.length - i >= 3 && (b[i] & 0xf0) === 0xe0 && isCont(b[i + 1]) && isCont(b[i + 2])) {
      const cp = ((b[i] & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      if (cp >= 0xd800 && cp <= 0xdfff) {
        // A lone high then a lone low surrogate must stay two code points: build exactly from here.
        if (pass === null) {
          flush();
          pass = new TextBuilder();
          pass.add(parts.join(""));
          parts.length = 0;
        }
        flush();
        pass.add(parts.join(""));
        parts.length = 0;
        pass.addCodePoint(cp);
        i += 3;
        continue;
      }
    }
    throw unicodeDecodeError("utf-8", b, i, r.end, r.error);
  }
  flush();
  if (pass === null) return parts.join("");
  pass.add(parts.join(""));
  return pass.result();
}
