// Decoding source bytes as compile() does (Parser/tokenizer.c's decode_str and check_coding_spec):
// a UTF-8 BOM, else a PEP 263 coding cookie on line 1, or on line 2 when line 1 is blank or only a
// comment; without either, UTF-8. CPython does not validate UTF-8 up front for bytes given to
// compile(), so an invalid byte is kept as a lone surrogate (U+DC80 + byte) and reported where the
// tokenizer or the string parser meets it.
import { PyError } from "../support/py-error.ts";
import { latin1 } from "../support/text/bytes-methods.ts";
import { codecModule, decode as decodeText } from "../support/text/codecs/index.ts";
import { M } from "./messages.ts";

export interface Decoded {
  text: string;
  /** tok->encoding is set (BOM or cookie): SyntaxError offsets are then counted in characters. */
  encodingKnown: boolean;
  /** Decoded as UTF-8, so the text holds U+0000 exactly where the bytes hold 0 (see parse). */
  utf8: boolean;
  /** For another codec: the bytes as given (after a BOM), which CPython keeps as tok->str. */
  raw?: Uint8Array;
}

/** get_normal_name: "utf-8" and "iso-8859-1" spellings CPython folds. */
function normalName(s: string): string {
  const l = s.slice(0, 12).toLowerCase().replace(/_/g, "-");
  if (l === "utf-8" || l.startsWith("utf-8-")) return "utf-8";
  if (l === "latin-1" || l === "iso-8859-1" || l === "iso-latin-1" || l.startsWith("latin-1-") || l.startsWith("iso-8859-1-") || l.startsWith("iso-latin-1-")) return "iso-8859-1";
  return s;
}

/** get_coding_spec on one line (given as latin-1 text of its bytes). */
function codingSpec(line: string): string | null {
  let i = 0;
  const n = line.length;
  for (; i < n - 6; i++) {
    const c = line[i];
    if (c === "#") break;
    if (c !== " " && c !== "\t" && c !== "\f") return null;
  }
  for (; i < n - 6; i++) {
    if (!line.startsWith("coding", i)) continue;
    let t = i + 6;
    if (line[t] !== ":" && line[t] !== "=") continue;
    do t++;
    while (line[t] === " " || line[t] === "\t");
    const begin = t;
    while (t < n && /[A-Za-z0-9\-_.]/.test(line[t])) t++;
    if (begin < t) return normalName(line.slice(begin, t));
  }
  return null;
}

const onlyCommentOrBlank = (line: string) => /^[ \t\f]*([#\r\n]|$)/.test(line);

/**
 * Decodes source bytes with a codec the compiler does not have natively (the encodings package's:
 * latin9, cp437, ...), as the tokenizer's PyUnicode_Decode does; throws a PyError whose message is
 * the codec's exception's (LookupError "unknown encoding: X", a UnicodeDecodeError's text).
 */
export type SourceDecoder = (bytes: Uint8Array, encoding: string) => string;

export function decodeSource(bytes: Uint8Array, filename: string, decoder?: SourceDecoder): Decoded {
  let start = 0;
  let encoding: string | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    encoding = "utf-8";
  }
  // The first two lines, as raw bytes (latin-1 keeps one character per byte).
  const lines: string[] = [];
  let ls = start;
  for (let i = start; i < bytes.length && lines.length < 2; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      lines.push(latin1(bytes.subarray(ls, i + 1)));
      ls = i + 1;
    }
  }
  let cookie = lines.length > 0 ? codingSpec(lines[0]) : null;
  if (!cookie && lines.length > 1 && onlyCommentOrBlank(lines[0])) cookie = codingSpec(lines[1]);
  if (cookie) {
    if (encoding !== null && cookie !== encoding) throw syntaxError(M.encodingProblemBom(cookie), filename);
    encoding = cookie;
  }
  const body = bytes.subarray(start);
  if (encoding === null || encoding === "utf-8") return { text: decodeUtf8Lenient(body), encodingKnown: encoding !== null, utf8: true };
  return { text: decodeWith(body, encoding, filename, decoder), encodingKnown: true, utf8: false, raw: body };
}

function syntaxError(msg: string, filename: string): PyError {
  return PyError.syntax("SyntaxError", msg, { filename, lineno: 0, offset: -1, end_lineno: null, end_offset: null, text: null });
}

/** UTF-8, with each byte of an invalid sequence kept as U+DC80+byte (surrogateescape). */
export function decodeUtf8Lenient(b: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    let out = "";
    let i = 0;
    while (i < b.length) {
      const c = b[i];
      const len = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
      if (len === 1) {
        out += String.fromCharCode(c);
        i++;
        continue;
      }
      if (len > 0 && i + len <= b.length) {
        try {
          out += new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b.subarray(i, i + len));
          i += len;
          continue;
        } catch {
          // fall through: an invalid sequence
        }
      }
      out += String.fromCharCode(0xdc00 + c);
      i++;
    }
    return out;
  }
}

/**
 * The text of a source in `encoding`: dislab's own codecs (support/text/codecs), else `decoder` (the
 * VM's codec registry), else, for the compiler used alone, the platform's TextDecoder by the name's
 * WHATWG label. A codec's error becomes the SyntaxError's message, as in CPython.
 */
function decodeWith(b: Uint8Array, encoding: string, filename: string, decoder?: SourceDecoder): string {
  const native = codecModule(encoding) !== null;
  if (native || decoder !== undefined) {
    try {
      return native ? decodeText(b, encoding, "strict") : decoder!(b, encoding);
    } catch (e) {
      if (e instanceof PyError) throw syntaxError(e.pyMessage, filename);
      throw e;
    }
  }
  const lower = encoding.toLowerCase().replace(/_/g, "-");
  let dec: { decode(b: Uint8Array): string };
  try {
    dec = new TextDecoder(lower, { fatal: true });
  } catch {
    throw syntaxError(M.unknownEncoding(encoding), filename);
  }
  try {
    return dec.decode(b);
  } catch {
    throw syntaxError(M.encodingProblem(encoding), filename);
  }
}
