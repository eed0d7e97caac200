// str.encode / bytes.decode for the codecs dislab implements natively, found by name as
// codecs.lookup finds them: the name normalized (_Py_normalize_encoding: lower case, runs of
// other characters as '_'), then Lib/encodings/aliases.py's aliases.
import { PyError } from "../../py-error.ts";
import type { Text } from "../split-str.ts";
import { PyUnicodeError, type CodecContext, type ErrorHandlerLookup } from "./errors.ts";
import {
  decodeAscii, decodeCp1252, decodeLatin1, decodeUtf16, decodeUtf32, decodeUtf8, encodeCp1252, encodeUcs1, encodeUtf8, encodeUtfWide,
} from "./unicode-codecs.ts";

export * from "./errors.ts";
export { charName } from "../../unicode-names.ts";
export { decodeUtf8, encodeUtf8 } from "./unicode-codecs.ts";
export { decodePartial, decodePartialExact } from "./stateful.ts";
export { utf8Incomplete } from "./unicode-codecs.ts";

/**
 * What the runtime's codec registry (src/modules/codecs.ts) adds once it is installed: error
 * handlers registered from Python, and codecs that are not native (found through the encodings
 * package). Without hooks, only the native codecs and the standard handlers exist.
 */
export interface CodecHooks {
  lookup: ErrorHandlerLookup;
  encode(s: Text, encoding: string, errors: string): Uint8Array;
  decode(b: Uint8Array, encoding: string, errors: string): Text;
}
let hooks: CodecHooks | null = null;
export const setCodecHooks = (h: CodecHooks | null): void => {
  hooks = h;
};

/** encodings module names of the native codecs, with the CodecInfo.name each reports. */
const CODECS: Record<string, string> = {
  utf_8: "utf-8", utf_8_sig: "utf-8-sig", ascii: "ascii", latin_1: "iso8859-1", cp1252: "cp1252",
  utf_16: "utf-16", utf_16_le: "utf-16-le", utf_16_be: "utf-16-be", utf_32: "utf-32", utf_32_le: "utf-32-le", utf_32_be: "utf-32-be",
};

/** Lib/encodings/aliases.py, for the native codecs. */
const ALIASES: Record<string, string> = {
  "646": "ascii", "ansi_x3.4_1968": "ascii", ansi_x3_4_1968: "ascii", "ansi_x3.4_1986": "ascii", cp367: "ascii", csascii: "ascii",
  ibm367: "ascii", iso646_us: "ascii", "iso_646.irv_1991": "ascii", iso_ir_6: "ascii", us: "ascii", us_ascii: "ascii",
  "8859": "latin_1", cp819: "latin_1", csisolatin1: "latin_1", ibm819: "latin_1", iso8859: "latin_1", iso8859_1: "latin_1",
  iso_8859_1: "latin_1", iso_8859_1_1987: "latin_1", iso_ir_100: "latin_1", l1: "latin_1", latin: "latin_1", latin1: "latin_1",
  u8: "utf_8", utf: "utf_8", utf8: "utf_8", utf8_ucs2: "utf_8", utf8_ucs4: "utf_8", cp65001: "utf_8",
  u16: "utf_16", utf16: "utf_16", unicodebigunmarked: "utf_16_be", utf_16be: "utf_16_be", unicodelittleunmarked: "utf_16_le", utf_16le: "utf_16_le",
  u32: "utf_32", utf32: "utf_32", utf_32be: "utf_32_be", utf_32le: "utf_32_le",
  "1252": "cp1252", windows_1252: "cp1252",
};

/** _Py_normalize_encoding. */
export function normalizeEncoding(name: string): string {
  let out = "";
  let punct = false;
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    const alnum = ch.length === 1 && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
    if (alnum || ch === ".") {
      if (punct && out) out += "_";
      punct = false;
      out += ch.toLowerCase();
    } else punct = true;
  }
  return out;
}

const moduleCache = new Map<string, string | null>();

/** The encodings module of a codec name ('utf_8', 'latin_1', ...), or null if not native. */
export function codecModule(encoding: string): string | null {
  let m = moduleCache.get(encoding);
  if (m === undefined) {
    m = findModule(encoding);
    if (moduleCache.size < 256) moduleCache.set(encoding, m);
  }
  return m;
}

function findModule(encoding: string): string | null {
  const norm = normalizeEncoding(encoding);
  const mod = ALIASES[norm] ?? ALIASES[norm.replace(/\./g, "_")] ?? norm;
  // (CODECS' own key, an internalized string: encodeWith's switch compares it by identity, where a
  // name built by normalizeEncoding is compared character by character with each case)
  return codecKeys.get(mod) ?? null;
}
let codecKeysMade: Map<string, string> | null = null;
const codecKeys = { get: (mod: string): string | undefined => (codecKeysMade ??= new Map(Object.keys(CODECS).map((k) => [k, k]))).get(mod) };

/** codecs.lookup(encoding).name for a native codec, or null. */
export function codecName(encoding: string): string | null {
  const m = codecModule(encoding);
  return m === null ? null : CODECS[m];
}

const unknown = (encoding: string) => new PyError("LookupError", `unknown encoding: ${encoding}`);

/** Names PyUnicode_Decode/AsEncodedString handle without the codec registry (after normalizing). */
/** Is `encoding` one of FAST_PATH's once normalized (remembered by name, as codecModule remembers its module)? */
const fastPathCache = new Map<string, boolean>();
function isFastPath(encoding: string): boolean {
  let f = fastPathCache.get(encoding);
  if (f === undefined) {
    f = FAST_PATH.has(normalizeEncoding(encoding));
    if (fastPathCache.size < 256) fastPathCache.set(encoding, f);
  }
  return f;
}
const FAST_PATH = new Set(["utf8", "utf_8", "utf16", "utf_16", "utf32", "utf_32", "ascii", "us_ascii", "latin1", "latin_1", "iso_8859_1", "iso8859_1"]);

/**
 * Runs a codec; errors from a codec reached through the registry are re-raised as CPython's
 * wrap_codec_error does ("decoding with 'X' codec failed (TypeError: ...)"), except the Unicode
 * errors, whose type has its own constructor.
 */
function run<T>(op: "encoding" | "decoding", encoding: string, f: () => T): T {
  if (encoding === "utf-8" || isFastPath(encoding)) return f();
  try {
    return f();
  } catch (e) {
    if (e instanceof PyError && !(e instanceof PyUnicodeError) && e.type !== "MemoryError") {
      throw new PyError(e.type, `${op} with '${encoding}' codec failed (${e.type}: ${e.pyMessage})`);
    }
    throw e;
  }
}

/** str.encode(encoding, errors). `lookup` resolves error handlers registered from Python. */
export function encode(s: Text, encoding = "utf-8", errors = "strict", lookup: ErrorHandlerLookup | undefined = hooks?.lookup): Uint8Array {
  if (encoding === "utf-8") return encodeUtf8(s, { errors, lookup });
  const mod = codecModule(encoding);
  if (mod === null) {
    if (hooks !== null) return hooks.encode(s, encoding, errors);
    throw unknown(encoding);
  }
  return run("encoding", encoding, () => encodeWith(mod, s, { errors, lookup }));
}

/**
 * A native codec's encoder as the _codecs functions call it (utf_16_le_encode...): errors as the
 * codec raises them, which codecs.encode and str.encode then wrap once.
 */
export function encodeNative(s: Text, encoding: string, errors: string, lookup: ErrorHandlerLookup | undefined = hooks?.lookup): Uint8Array {
  const mod = codecModule(encoding);
  if (mod === null) throw unknown(encoding);
  return encodeWith(mod, s, { errors, lookup });
}

function encodeWith(mod: string, s: Text, ctx: CodecContext): Uint8Array {
  switch (mod) {
    case "utf_8": return encodeUtf8(s, ctx);
    case "utf_8_sig": {
      const body = encodeUtf8(s, ctx);
      const out = new Uint8Array(body.length + 3);
      out.set([0xef, 0xbb, 0xbf]);
      out.set(body, 3);
      return out;
    }
    case "ascii": return encodeUcs1(s, ctx, 128);
    case "latin_1": return encodeUcs1(s, ctx, 256);
    case "cp1252": return encodeCp1252(s, ctx);
    case "utf_16": return encodeUtfWide(s, ctx, 2, 0);
    case "utf_16_le": return encodeUtfWide(s, ctx, 2, -1);
    case "utf_16_be": return encodeUtfWide(s, ctx, 2, 1);
    case "utf_32": return encodeUtfWide(s, ctx, 4, 0);
    case "utf_32_le": return encodeUtfWide(s, ctx, 4, -1);
    default: return encodeUtfWide(s, ctx, 4, 1);
  }
}

/** bytes.decode(encoding, errors), with any false pair merged (see decodeExact). */
export function decode(b: Uint8Array, encoding = "utf-8", errors = "strict", lookup: ErrorHandlerLookup | undefined = hooks?.lookup): string {
  const t = decodeExact(b, encoding, errors, lookup);
  return typeof t === "string" ? t : t.units;
}

/** bytes.decode(encoding, errors): a SplitStr when the result holds a false pair. */
export function decodeExact(b: Uint8Array, encoding = "utf-8", errors = "strict", lookup: ErrorHandlerLookup | undefined = hooks?.lookup): Text {
  // PyUnicode_FromEncodedObject: an empty buffer decodes to '' without looking the codec up.
  if (b.length === 0) return "";
  if (encoding === "utf-8") return decodeUtf8(b, { errors, lookup });
  const mod = codecModule(encoding);
  if (mod === null) {
    if (hooks !== null) return hooks.decode(b, encoding, errors);
    throw unknown(encoding);
  }
  return run("decoding", encoding, () => decodeWith(mod, b, { errors, lookup }));
}

function decodeWith(mod: string, b: Uint8Array, ctx: CodecContext): Text {
  switch (mod) {
    case "utf_8": return decodeUtf8(b, ctx);
    case "utf_8_sig":
      // encodings.utf_8_sig decodes what follows the BOM: positions in errors count from there.
      return decodeUtf8(b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.slice(3) : b, ctx);
    case "ascii": return decodeAscii(b, ctx);
    case "latin_1": return decodeLatin1(b);
    case "cp1252": return decodeCp1252(b, ctx);
    case "utf_16": return decodeUtf16(b, ctx, 0);
    case "utf_16_le": return decodeUtf16(b, ctx, -1);
    case "utf_16_be": return decodeUtf16(b, ctx, 1);
    case "utf_32": return decodeUtf32(b, ctx, 0);
    case "utf_32_le": return decodeUtf32(b, ctx, -1);
    default: return decodeUtf32(b, ctx, 1);
  }
}
