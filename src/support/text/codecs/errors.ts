// Unicode errors and the built-in error handlers (Python/codecs.c: strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass), as the codecs
// call them: with the error's range, getting back a replacement and the position to resume at.
// A UnicodeEncodeError/UnicodeDecodeError is thrown as PyUnicodeError, a PyError that also carries
// the exception's attributes (encoding, object, start, end, reason) for the VM to build it.
import { PyError } from "../../py-error.ts";
import { chr, codePointAt } from "../codepoints.ts";
import { charName } from "../../unicode-names.ts";
import { textCodePoints, type Text } from "../split-str.ts";

export interface UnicodeErrorDetails {
  encoding: string;
  /** The str being encoded, or the bytes being decoded. */
  object: Text | Uint8Array;
  /** Code point index (encode) or byte offset (decode). */
  start: number;
  end: number;
  reason: string;
}

const hex2 = (n: number) => n.toString(16).padStart(2, "0");

/** str(UnicodeEncodeError) / str(UnicodeDecodeError) / str(UnicodeTranslateError) from its attributes. */
export function unicodeErrorMessage(kind: "UnicodeEncodeError" | "UnicodeDecodeError" | "UnicodeTranslateError", d: UnicodeErrorDetails): string {
  if (kind === "UnicodeDecodeError") {
    const b = d.object as Uint8Array;
    if (d.start < b.length && d.end === d.start + 1) return `'${d.encoding}' codec can't decode byte 0x${hex2(b[d.start])} in position ${d.start}: ${d.reason}`;
    return `'${d.encoding}' codec can't decode bytes in position ${d.start}-${d.end - 1}: ${d.reason}`;
  }
  const str = d.object as Text;
  const [prefix, verb] = kind === "UnicodeEncodeError" ? [`'${d.encoding}' codec `, "encode"] : ["", "translate"];
  if (d.end === d.start + 1 && d.start < cpLengthOf(str)) {
    const cp = cpAt(str, d.start);
    const esc = cp < 0x100 ? "\\x" + hex2(cp) : cp < 0x10000 ? "\\u" + cp.toString(16).padStart(4, "0") : "\\U" + cp.toString(16).padStart(8, "0");
    return `${prefix}can't ${verb} character '${esc}' in position ${d.start}: ${d.reason}`;
  }
  return `${prefix}can't ${verb} characters in position ${d.start}-${d.end - 1}: ${d.reason}`;
}

/** The code point at code point index i of s. */
function cpAt(s: Text, i: number): number {
  if (typeof s !== "string") return textCodePoints(s)[i];
  let u = 0;
  for (let k = 0; k < i; k++) u += codePointAt(s, u) > 0xffff ? 2 : 1;
  return codePointAt(s, u);
}

/** A UnicodeEncodeError or UnicodeDecodeError with its attributes. */
export class PyUnicodeError extends PyError {
  constructor(kind: "UnicodeEncodeError" | "UnicodeDecodeError", readonly details: UnicodeErrorDetails) {
    super(kind, unicodeErrorMessage(kind, details));
  }
}

/**
 * An error handler the VM registered with codecs.register_error: given the exception's details,
 * returns (replacement, new position) as the Python callable would (a negative position counts
 * from the end), and for a decoding error the bytes the exception's `object` was replaced with,
 * if the handler replaced them. `kind` says which exception it was called for.
 */
export type CustomErrorHandler = (kind: "UnicodeEncodeError" | "UnicodeDecodeError", d: UnicodeErrorDetails) => [string | Uint8Array, number, Uint8Array?];

/** Looks up a handler not built in (codecs.lookup_error); null if unknown. */
export type ErrorHandlerLookup = (name: string) => CustomErrorHandler | null;

/** Context shared by one encode or decode call. */
export interface CodecContext {
  errors: string;
  lookup?: ErrorHandlerLookup;
}

const lookupError = (name: string) => new PyError("LookupError", `unknown error handler name '${name}'`);
const wrongKind = (kind: string) => new PyError("TypeError", `don't know how to handle ${kind} in error callback`);

/**
 * Which standard encoding (for surrogatepass) an encoding name is, as get_standard_encoding reads
 * it: "utf", an optional "-" or "_", then "8", or "16"/"32" alone (little-endian here) or followed
 * by an optional separator and "be" or "le"; or exactly "CP_UTF8".
 */
export function standardEncoding(name: string): { kind: "utf-8" | "utf-16-le" | "utf-16-be" | "utf-32-le" | "utf-32-be"; bytes: number } | null {
  if (name === "CP_UTF8") return { kind: "utf-8", bytes: 3 };
  const n = name.toLowerCase();
  if (!n.startsWith("utf")) return null;
  let rest = n.slice(3);
  if (rest[0] === "-" || rest[0] === "_") rest = rest.slice(1);
  if (rest === "8") return { kind: "utf-8", bytes: 3 };
  for (const [w, bytes] of [["16", 2], ["32", 4]] as const) {
    if (!rest.startsWith(w)) continue;
    let tail = rest.slice(2);
    if (tail === "") return { kind: `utf-${w}-le`, bytes };
    if (tail[0] === "-" || tail[0] === "_") tail = tail.slice(1);
    if (tail === "be") return { kind: `utf-${w}-be`, bytes };
    if (tail === "le") return { kind: `utf-${w}-le`, bytes };
    return null;
  }
  return null;
}

/**
 * Calls the error handler for a decoding error at bytes [start, end): returns the replacement text
 * and the offset to resume at, or throws. A handler that replaced the exception's `object` has the
 * decoder go on in those bytes (unicode_decode_call_errorhandler): they come third, and the offset
 * is theirs.
 */
export function decodeError(ctx: CodecContext, encoding: string, input: Uint8Array, start: number, end: number, reason: string): [string, number, Uint8Array?] {
  const d: UnicodeErrorDetails = { encoding, object: input, start, end, reason };
  const fail = () => new PyUnicodeError("UnicodeDecodeError", d);
  switch (ctx.errors) {
    case "strict":
      throw fail();
    case "ignore":
      return ["", end];
    case "replace":
      return ["\ufffd", end];
    case "backslashreplace": {
      let r = "";
      for (let i = start; i < end; i++) r += "\\x" + hex2(input[i]);
      return [r, end];
    }
    case "surrogateescape": {
      // PyCodec_SurrogateEscapeErrors escapes at most 4 bytes a call (a decoder calls again for the rest)
      let r = "";
      let i = start;
      for (const stop = Math.min(end, start + 4); i < stop && input[i] >= 128; i++) r += String.fromCharCode(0xdc00 + input[i]);
      if (i === start) throw fail();
      return [r, i];
    }
    case "surrogatepass": {
      const std = standardEncoding(encoding);
      let ch = 0;
      if (std && input.length - start >= std.bytes) {
        const p = input.subarray(start);
        switch (std.kind) {
          case "utf-8":
            if ((p[0] & 0xf0) === 0xe0 && (p[1] & 0xc0) === 0x80 && (p[2] & 0xc0) === 0x80) ch = ((p[0] & 0x0f) << 12) + ((p[1] & 0x3f) << 6) + (p[2] & 0x3f);
            break;
          case "utf-16-le": ch = (p[1] << 8) | p[0]; break;
          case "utf-16-be": ch = (p[0] << 8) | p[1]; break;
          case "utf-32-le": ch = ((p[3] << 24) | (p[2] << 16) | (p[1] << 8) | p[0]) >>> 0; break;
          case "utf-32-be": ch = ((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]) >>> 0; break;
        }
      }
      if (!(ch >= 0xd800 && ch < 0xe000)) throw fail();
      return [String.fromCharCode(ch), start + std!.bytes];
    }
    case "xmlcharrefreplace":
    case "namereplace":
      throw wrongKind("UnicodeDecodeError");
    default: {
      const h = ctx.lookup?.(ctx.errors);
      if (!h) throw lookupError(ctx.errors);
      const [rep, pos, replaced] = h("UnicodeDecodeError", d);
      if (typeof rep !== "string") throw new PyError("TypeError", "decoding error handler must return (str, int) tuple");
      const now = replaced ?? input;
      const newPos = pos < 0 ? now.length + pos : pos;
      if (newPos < 0 || newPos > now.length) throw new PyError("IndexError", `position ${newPos} from error handler out of bounds`);
      return replaced === undefined ? [rep, newPos] : [rep, newPos, replaced];
    }
  }
}

/** Code points [start, end) of s. */
function cpsOf(s: Text, start: number, end: number): number[] {
  if (typeof s !== "string") return textCodePoints(s).slice(start, end);
  const out: number[] = [];
  let u = 0;
  for (let k = 0; k < start; k++) u += codePointAt(s, u) > 0xffff ? 2 : 1;
  for (let k = start; k < end; k++) {
    const cp = codePointAt(s, u);
    out.push(cp);
    u += cp > 0xffff ? 2 : 1;
  }
  return out;
}

function backslashEscape(cp: number): string {
  if (cp < 0x100) return "\\x" + hex2(cp);
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/**
 * Calls the error handler for an encoding error at code points [start, end) of s: returns the
 * replacement (text the codec must still encode, or raw bytes) and the code point to resume at.
 */
export function encodeError(ctx: CodecContext, encoding: string, s: Text, start: number, end: number, reason: string): [string | Uint8Array, number] {
  const d: UnicodeErrorDetails = { encoding, object: s, start, end, reason };
  const fail = () => new PyUnicodeError("UnicodeEncodeError", d);
  switch (ctx.errors) {
    case "strict":
      throw fail();
    case "ignore":
      return ["", end];
    case "replace":
      return ["?".repeat(end - start), end];
    case "backslashreplace":
      return [cpsOf(s, start, end).map(backslashEscape).join(""), end];
    case "xmlcharrefreplace":
      return [cpsOf(s, start, end).map((cp) => `&#${cp};`).join(""), end];
    case "namereplace":
      return [cpsOf(s, start, end).map((cp) => { const n = charName(cp); return n === null ? backslashEscape(cp) : `\\N{${n}}`; }).join(""), end];
    case "surrogateescape": {
      const cps = cpsOf(s, start, end);
      const out = new Uint8Array(cps.length);
      for (let i = 0; i < cps.length; i++) {
        if (cps[i] < 0xdc80 || cps[i] > 0xdcff) throw fail();
        out[i] = cps[i] - 0xdc00;
      }
      return [out, end];
    }
    case "surrogatepass": {
      const std = standardEncoding(encoding);
      if (!std) throw fail();
      const cps = cpsOf(s, start, end);
      const out = new Uint8Array(cps.length * std.bytes);
      cps.forEach((ch, i) => {
        if (ch < 0xd800 || ch >= 0xe000) throw fail();
        const o = i * std.bytes;
        switch (std.kind) {
          case "utf-8": out[o] = 0xe0 | (ch >> 12); out[o + 1] = 0x80 | ((ch >> 6) & 0x3f); out[o + 2] = 0x80 | (ch & 0x3f); break;
          case "utf-16-le": out[o] = ch & 0xff; out[o + 1] = ch >> 8; break;
          case "utf-16-be": out[o] = ch >> 8; out[o + 1] = ch & 0xff; break;
          case "utf-32-le": out[o] = ch & 0xff; out[o + 1] = ch >> 8; break;
          case "utf-32-be": out[o + 2] = ch >> 8; out[o + 3] = ch & 0xff; break;
        }
      });
      return [out, end];
    }
    default: {
      const h = ctx.lookup?.(ctx.errors);
      if (!h) throw lookupError(ctx.errors);
      const [rep, pos] = h("UnicodeEncodeError", d);
      const len = cpLengthOf(s);
      const newPos = pos < 0 ? len + pos : pos;
      if (newPos < 0 || newPos > len) throw new PyError("IndexError", `position ${newPos} from error handler out of bounds`);
      return [rep, newPos];
    }
  }
}

function cpLengthOf(s: Text): number {
  if (typeof s !== "string") return textCodePoints(s).length;
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) if (codePointAt(s, i) > 0xffff) i++;
  return n;
}

/** The character a replacement string holds, for codecs that re-encode it: its code points. */
export const replacementCodePoints = (rep: string): number[] => cpsOf(rep, 0, cpLengthOf(rep));
export { chr };
