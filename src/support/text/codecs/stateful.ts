// Incremental decoding for the native codecs, as _codecs.utf_8_decode(data, errors, final) and the
// stateful decoders behind TextIOWrapper need it: when `final` is false, a trailing sequence that
// is incomplete but still valid so far is left unconsumed (CPython's decoders stop there instead
// of reporting "unexpected end of data"). The UTF-8, UTF-16 and UTF-32 decoders find that tail as
// they go, as CPython's do (what follows an invalid byte, or where an error handler resumes,
// decides it), with error ranges and handlers as bytes.decode's.
import type { CodecContext } from "./errors.ts";
import type { Text } from "../split-str.ts";
import { decodeAscii, decodeCp1252, decodeLatin1, decodeUtf16, decodeUtf32, decodeUtf8 } from "./unicode-codecs.ts";

/**
 * Decodes what can be decoded of b with codec `mod` (an encodings module name as codecModule
 * gives): returns the text and the number of bytes consumed. `byteorder` is the UTF-16/32 byte
 * order known so far (0: not yet, from a BOM); the result says which one was used.
 */
/** decodePartialExact with any false pair merged into one character (for text I/O). */
export function decodePartial(mod: string, b: Uint8Array, ctx: CodecContext, final: boolean, byteorder: -1 | 0 | 1 = 0): { text: string; consumed: number; byteorder: -1 | 0 | 1 } {
  const r = decodePartialExact(mod, b, ctx, final, byteorder);
  return { text: typeof r.text === "string" ? r.text : r.text.units, consumed: r.consumed, byteorder: r.byteorder };
}

export function decodePartialExact(mod: string, b: Uint8Array, ctx: CodecContext, final: boolean, byteorder: -1 | 0 | 1 = 0): { text: Text; consumed: number; byteorder: -1 | 0 | 1 } {
  switch (mod) {
    case "utf_8":
    case "utf_8_sig": {
      let start = 0;
      if (mod === "utf_8_sig" && byteorder === 0) {
        // The BOM is skipped once; until 3 bytes are known it may still be one.
        if (!final && b.length < 3 && [0xef, 0xbb, 0xbf].slice(0, b.length).every((x, i) => b[i] === x)) return { text: "", consumed: 0, byteorder: 0 };
        if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) start = 3;
        byteorder = 1;
      }
      const body = b.subarray(start);
      const partial = final ? undefined : { consumed: 0 };
      const text = decodeUtf8(body, ctx, "utf-8", partial);
      return { text, consumed: start + (partial?.consumed ?? body.length), byteorder };
    }
    case "ascii": return { text: decodeAscii(b, ctx), consumed: b.length, byteorder };
    case "latin_1": return { text: decodeLatin1(b), consumed: b.length, byteorder };
    case "cp1252": return { text: decodeCp1252(b, ctx), consumed: b.length, byteorder };
    case "utf_16":
    case "utf_16_le":
    case "utf_16_be": {
      let bo: -1 | 0 | 1 = mod === "utf_16_le" ? -1 : mod === "utf_16_be" ? 1 : byteorder;
      let start = 0;
      if (bo === 0) {
        if (b.length < 2) {
          if (final && b.length > 0) return { text: decodeUtf16(b, ctx, 0), consumed: b.length, byteorder: 0 };
          return { text: "", consumed: 0, byteorder: 0 };
        }
        if (b[0] === 0xff && b[1] === 0xfe) { bo = -1; start = 2; }
        else if (b[0] === 0xfe && b[1] === 0xff) { bo = 1; start = 2; }
      }
      // Without a BOM the data is read in the native (little-endian) order, but the byte order
      // stays unknown (0): Lib/encodings' stateful decoders then refuse the stream.
      const order = bo === 0 ? -1 : bo;
      const partial = final ? undefined : { consumed: 0 };
      const text = decodeUtf16(b, ctx, order, partial, start);
      return { text, consumed: partial?.consumed ?? b.length, byteorder: bo };
    }
    default: {
      // utf_32, utf_32_le, utf_32_be
      let bo: -1 | 0 | 1 = mod === "utf_32_le" ? -1 : mod === "utf_32_be" ? 1 : byteorder;
      let start = 0;
      if (bo === 0) {
        if (b.length < 4) {
          if (final && b.length > 0) return { text: decodeUtf32(b, ctx, 0), consumed: b.length, byteorder: 0 };
          return { text: "", consumed: 0, byteorder: 0 };
        }
        if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) { bo = -1; start = 4; }
        else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) { bo = 1; start = 4; }
      }
      const partial = final ? undefined : { consumed: 0 };
      const text = decodeUtf32(b, ctx, bo === 0 ? -1 : bo, partial, start);
      return { text, consumed: partial?.consumed ?? b.length, byteorder: bo };
    }
  }
}
