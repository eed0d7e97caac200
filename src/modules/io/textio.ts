// io.TextIOWrapper (Modules/_io/textio.c): text over a buffered binary stream. Decoded text is kept
// as one string with a cursor; tell() builds CPython's opaque cookie (start position, decoder
// flags, bytes to feed, need-EOF flag, characters to skip) by re-feeding the current chunk as
// textio.c does, so seek(tell()) restores the position under any codec. Writes are encoded at
// once and handed to the buffer when the pending bytes exceed the chunk size, on a newline when
// line buffering, or every time with write_through. The standard streams are TextIOWrappers whose
// text goes straight to the host (see stdio.ts): `console` marks them.
import {
  type PyObj, PyObject, PyType, PyBytesObj, PyList, None, Ellipsis, defMethods, defGetters, bindArgs, getattr, getattrOpt, callMethod, asStr, asInt,
  typeOf, argTypeName, typeError, valueError, newExc, OSError, StopIteration, repr, truthy, exceptionTypes, PyBaseException, asText, byArity,
} from "../../objects/index.ts";
import { cString } from "../../objects/str.ts";
import { textCodePoints, type Text } from "../../support/text/split-str.ts";
import { cpLength, unitOffset, hasSurrogates, codecModule } from "../../support/text/index.ts";
import { PyIOBase, TextIOBaseType, ioType, unsupported, closedError, optSize, bytesOf, flushThenClose } from "./iobase.ts";
import { NewlineState, findLineEnding } from "./newlines.ts";
import { TextDecoderState, makeDecoder, makeEncoder, type CodecEncoder } from "./textcodec.ts";
import { interp } from "../../vm/interp.ts";
import { PyFileIO, FileIOType } from "./fileio.ts";
import { trackWriter, untrackWriter, flushAllWriters } from "./pending.ts";
import { PyBuffered, BufferedWriterType, BufferedReaderType, BufferedRandomType, bufferedWrite, flushWrites } from "./buffered.ts";

export class PyTextIO extends PyIOBase {
  buffer: PyObj = None;
  ready = false;
  detached = false;
  encoding = "utf-8";
  errors = "strict";
  decoder: TextDecoderState | null = null;
  encoder: CodecEncoder | null = null;
  readuniversal = false;
  readtranslate = false;
  readnl: string | null = null;
  writetranslate = true;
  writenl: string | null = null;
  lineBuffering = false;
  writeThrough = false;
  chunkSize = 8192;
  /** Decoded text and how many UTF-16 units of it have been returned. */
  decoded = "";
  decodedUsed = 0;
  /** (decoder flags, bytes) before the current chunk was decoded, for tell(); null when unknown. */
  snapshot: [number, Uint8Array] | null = null;
  seekable = false;
  telling = false;
  hasRead1 = false;
  pending: Uint8Array[] = [];
  pendingCount = 0;
  /** The host fd for sys.stdout/stderr: text is written to the host directly. */
  console = 0;
  /** Bytes per character of the last chunk read (tell()'s first guess). */
  b2cratio = 0;
  /** Writes encode as UTF-8 (so text without surrogates needs no encoding step on the console). */
  utf8 = false;
}

export const TextIOWrapperType = ioType("TextIOWrapper", TextIOBaseType, (cls) => new PyTextIO(cls));

function T(x: PyObj): PyTextIO {
  const t = x as PyTextIO;
  if (!t.ready) {
    if (t.detached) throw valueError("underlying buffer has been detached");
    throw valueError("I/O operation on uninitialized object");
  }
  return t;
}

function checkClosed(t: PyTextIO): void {
  const b = t.buffer;
  // The usual stack (a native buffered stream over a native FileIO) is checked without lookups.
  if (b instanceof PyBuffered && b.ready && !b.detached && b.raw instanceof PyFileIO && b.raw.cls === FileIOType && b.cls.solid === b.cls) {
    if (b.raw.fd < 0) throw closedError();
    return;
  }
  if (truthy(getattr(b, "closed"))) throw closedError();
}

/**
 * TextIOWrapper.write for print(): the text of one print call, written as one piece when the
 * stream is a native TextIOWrapper (print's separate writes would give the same bytes).
 */
export function writeForPrint(t: PyTextIO, text: Text): void {
  const w = T(t);
  checkClosed(w);
  if (w.console !== 0) consoleWrite(w, text);
  else textWrite(w, text);
}

// ---- construction --------------------------------------------------------------------------------------

export interface TextOptions {
  encoding: string;
  errors: string;
  newline: string | null;
  lineBuffering: boolean;
  writeThrough: boolean;
}

function validateNewline(v: PyObj | undefined): string | null {
  if (v === undefined || v === None) return null;
  const s = asStr(v);
  if (s === null) throw typeError(`TextIOWrapper() argument 'newline' must be str or None, not ${argTypeName(v)}`);
  if (s !== "" && s !== "\n" && s !== "\r" && s !== "\r\n") throw valueError(`illegal newline value: ${s}`);
  return s;
}

function setNewline(t: PyTextIO, newline: string | null): void {
  t.readuniversal = newline === null || newline === "";
  t.readtranslate = newline === null;
  t.readnl = newline;
  t.writetranslate = newline === null || newline !== "";
  t.writenl = !t.readuniversal && newline !== null && newline !== "\n" ? newline : null;
}

function setupCodecs(t: PyTextIO): void {
  const readable = truthy(callMethod(t.buffer, "readable", []));
  const writable = truthy(callMethod(t.buffer, "writable", []));
  t.decoder = readable ? new TextDecoderState(makeDecoder(t.encoding, t.errors), t.readuniversal ? new NewlineState(t.readtranslate) : null) : null;
  t.encoder = writable ? makeEncoder(t.encoding, t.errors) : null;
  t.utf8 = t.encoder !== null && codecModule(t.encoding) === "utf_8";
  if (t.encoder !== null && t.seekable) {
    // Appending to a file that already has data: no second BOM.
    const pos = callMethod(t.buffer, "tell", []);
    if (asInt(pos) !== 0) t.encoder.reset(true);
  }
}

export function initTextIO(t: PyTextIO, buffer: PyObj, o: TextOptions): void {
  t.ready = false;
  t.buffer = buffer;
  t.encoding = o.encoding;
  t.errors = o.errors;
  setNewline(t, o.newline);
  t.lineBuffering = o.lineBuffering;
  t.writeThrough = o.writeThrough;
  t.decoded = "";
  t.decodedUsed = 0;
  t.snapshot = null;
  t.pending = [];
  t.pendingCount = 0;
  t.seekable = truthy(callMethod(buffer, "seekable", []));
  t.telling = t.seekable;
  t.hasRead1 = getattrOpt(buffer, "read1") !== undefined;
  t.detached = false;
  setupCodecs(t);
  t.ready = true;
  if (t.encoder !== null && buffer instanceof PyBuffered && buffer.raw instanceof PyFileIO && buffer.raw.console === null) {
    trackWriter(t, () => {
      if (!t.ready || buffer.raw !== (t.buffer as PyBuffered).raw || (buffer.raw as PyFileIO).fd < 0) return;
      flushPending(t);
      flushWrites(buffer);
    });
  }
}

/** The locale's encoding as TextIOWrapper and open() default to it (a UTF-8 locale). */
export const LOCALE_ENCODING = "UTF-8";

function init(self: PyObj, args: PyObj[], kw: readonly string[] | null): PyObj {
  const [buffer, enc, errs, nl, lb, wt] = bindArgs("TextIOWrapper", args, kw, ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1);
  let encoding = LOCALE_ENCODING;
  if (enc !== undefined && enc !== None) {
    const s = asStr(enc);
    if (s === null) throw typeError(`TextIOWrapper() argument 'encoding' must be str or None, not ${argTypeName(enc)}`);
    cString(s);
    encoding = s === "locale" ? LOCALE_ENCODING : s;
  }
  if (nl !== undefined && nl !== None && asStr(nl) === null) throw typeError(`TextIOWrapper() argument 'newline' must be str or None, not ${argTypeName(nl)}`);
  // from here on a failure leaves the object uninitialized (the argument parsing above does not)
  const t = self as PyTextIO;
  t.ready = false;
  t.detached = false;
  let errors = "strict";
  if (errs !== undefined && errs !== None) {
    const s = asStr(errs);
    if (s === null) throw typeError(`TextIOWrapper() argument 'errors' must be str or None, not ${argTypeName(errs)}`);
    errors = s;
  }
  initTextIO(self as PyTextIO, buffer!, {
    encoding, errors, newline: validateNewline(nl), lineBuffering: lb !== undefined && truthy(lb), writeThrough: wt !== undefined && truthy(wt),
  });
  return None;
}

// ---- writing ----------------------------------------------------------------------------------------

function flushPending(t: PyTextIO): void {
  if (t.pendingCount === 0) return;
  const parts = t.pending;
  const total = t.pendingCount;
  t.pending = [];
  t.pendingCount = 0;
  let data: Uint8Array;
  if (parts.length === 1) data = parts[0];
  else {
    data = new Uint8Array(total);
    let o = 0;
    for (const p of parts) {
      data.set(p, o);
      o += p.length;
    }
  }
  const b = t.buffer;
  if (b instanceof PyBuffered && (b.cls === BufferedWriterType || b.cls === BufferedRandomType) && b.ready && !b.detached) bufferedWrite(b, data);
  else callMethod(b, "write", [new PyBytesObj(data)]);
}

export function textWrite(t: PyTextIO, text: Text): number {
  if (t.encoder === null) throw unsupported("not writable");
  // A str holding a false pair (support/text/split-str.ts) is encoded exactly, unless newlines
  // must be translated, which works on its units.
  const units = typeof text === "string" ? text : text.units;
  const n = typeof text !== "string" ? textCodePoints(text).length : text.length === 0 ? 0 : hasSurrogates(text) ? cpLength(text) : text.length;
  let s: Text = text;
  const haslf = (t.writetranslate || t.lineBuffering) && units.indexOf("\n") >= 0;
  if (haslf && t.writetranslate && t.writenl !== null) s = units.split("\n").join(t.writenl);
  const needflush = t.lineBuffering && (haslf || units.indexOf("\r") >= 0);
  const bytes = t.encoder.encode(s);
  // what is pending never grows past the chunk size: it is written out first
  if (t.pendingCount + bytes.length > t.chunkSize) flushPending(t);
  t.pending.push(bytes);
  t.pendingCount += bytes.length;
  if (t.pendingCount >= t.chunkSize || needflush || t.writeThrough) flushPending(t);
  if (needflush) callMethod(t.buffer, "flush", []);
  if (t.decoder !== null && (t.decoded.length > 0 || t.snapshot !== null)) {
    t.decoded = "";
    t.decodedUsed = 0;
    t.snapshot = null;
    t.decoder.reset();
  }
  return n;
}

/**
 * write() on sys.stdout/stderr: straight to the host when nothing is pending in the buffers, else
 * through them, flushed at once so that the order is kept.
 */
function consoleWrite(t: PyTextIO, text: Text): number {
  const b = t.buffer;
  if (typeof text === "string" && t.pendingCount === 0 && b instanceof PyBuffered && b.wlen === 0 && !hasSurrogates(text) && t.utf8) {
    if (text.length > 0) interp.host.write(t.console as 1 | 2, text);
    return text.length;
  }
  const n = textWrite(t, text);
  flushPending(t);
  callMethod(b, "flush", []);
  return n;
}

function textFlush(t: PyTextIO): void {
  checkClosed(t);
  if (t.console === 1) flushAllWriters();
  t.telling = t.seekable;
  flushPending(t);
  const b = t.buffer;
  if (b instanceof PyBuffered && b.cls === BufferedWriterType && b.ready && !b.detached) flushWrites(b);
  else callMethod(b, "flush", []);
}

// ---- reading ----------------------------------------------------------------------------------------

function requireReadable(t: PyTextIO): TextDecoderState {
  if (t.decoder === null) throw unsupported("not readable");
  return t.decoder;
}

/** Reads and decodes one chunk; false at end of file. */
function readChunk(t: PyTextIO, dec: TextDecoderState, sizeHint: number): boolean {
  let snap: [Uint8Array, number] | null = null;
  if (t.telling) snap = dec.getstate();
  // The hint counts characters; the last chunk's bytes-per-character ratio scales it (as textio.c).
  if (sizeHint > 0) sizeHint = Math.trunc(Math.max(t.b2cratio, 1) * sizeHint);
  const size = Math.max(t.chunkSize, sizeHint);
  const r = t.hasRead1 ? callMethod(t.buffer, "read1", [size]) : callMethod(t.buffer, "read", [size]);
  const input = bytesOf(r);
  if (input === null) {
    if (r === None) return true;
    throw typeError(`underlying ${t.hasRead1 ? "read1" : "read"}() should have returned a bytes-like object, not '${typeOf(r).name}'`);
  }
  const eof = input.length === 0;
  const text = dec.decode(input, eof);
  t.decoded = text;
  t.decodedUsed = 0;
  const nchars = text.length === 0 ? 0 : hasSurrogates(text) ? cpLength(text) : text.length;
  t.b2cratio = nchars > 0 ? input.length / nchars : 0;
  if (snap !== null) {
    const [buf, flags] = snap;
    const all = new Uint8Array(buf.length + input.length);
    all.set(buf);
    all.set(input, buf.length);
    t.snapshot = [flags, all];
  }
  return !eof || text.length > 0;
}

/** Up to n code points of the decoded text (all of it when n < 0). */
function takeDecoded(t: PyTextIO, n: number): string {
  const avail = t.decoded.length - t.decodedUsed;
  if (avail === 0) return "";
  let k = n < 0 || n >= avail ? avail : n;
  const rest = t.decodedUsed === 0 && k === t.decoded.length ? t.decoded : null;
  if (rest === null && n >= 0 && hasSurrogates(t.decoded)) {
    k = unitOffset(t.decoded.slice(t.decodedUsed), n);
  }
  const out = rest ?? t.decoded.slice(t.decodedUsed, t.decodedUsed + k);
  t.decodedUsed += out.length;
  return out;
}

function textRead(t: PyTextIO, n: number): string {
  const dec = requireReadable(t);
  flushPending(t);
  if (n < 0) {
    const r = callMethod(t.buffer, "read", []);
    const input = r === None ? new Uint8Array(0) : bytesOf(r);
    if (input === null) throw typeError(`underlying read() should have returned a bytes object, not '${typeOf(r).name}'`);
    const result = takeDecoded(t, -1) + dec.decode(input, true);
    t.decoded = "";
    t.decodedUsed = 0;
    t.snapshot = null;
    return result;
  }
  let result = takeDecoded(t, n);
  let got = hasSurrogates(result) ? cpLength(result) : result.length;
  while (got < n) {
    if (!readChunk(t, dec, n - got)) break;
    const more = takeDecoded(t, n - got);
    result += more;
    got += hasSurrogates(more) ? cpLength(more) : more.length;
  }
  return result;
}

export function textReadline(t: PyTextIO, limit: number): string {
  const dec = requireReadable(t);
  flushPending(t);
  let line = "";
  let chunks: string[] | null = null;
  for (;;) {
    // Look for a line ending in what has been decoded.
    const text = t.decoded;
    const start = t.decodedUsed;
    let end = findLineEnding(text, start, t.readtranslate, t.readuniversal, t.readnl);
    // A two-character terminator ("\r\n") may straddle two chunks.
    const nl = t.readnl;
    if (!t.readuniversal && nl !== null && nl.length === 2 && line.length > 0 && line.charCodeAt(line.length - 1) === nl.charCodeAt(0) && text.charCodeAt(start) === nl.charCodeAt(1)) {
      end = start + 1;
    }
    if (end < -1) {
      // '\r' at the end of the chunk in universal mode: a '\n' may follow in the next one
      // (unless the limit ends the line here anyway).
      t.decodedUsed = text.length;
      line += text.slice(start);
      if (limit >= 0 && cpLength(line) >= limit) break;
      if (!readChunk(t, dec, 0)) break;
      if (t.decoded.charCodeAt(0) === 10) {
        line += "\n";
        t.decodedUsed = 1;
      }
      break;
    }
    if (end >= 0) {
      line += text.slice(start, end);
      t.decodedUsed = end;
      break;
    }
    // No ending yet: keep the rest and read more, unless the limit is reached.
    const piece = text.slice(start);
    t.decodedUsed = text.length;
    if (chunks === null) chunks = [];
    line += piece;
    if (limit >= 0 && cpLength(line) >= limit) break;
    if (!readChunk(t, dec, 0)) break;
  }
  if (limit >= 0) {
    const n = hasSurrogates(line) ? cpLength(line) : line.length;
    if (n > limit) {
      const cut = hasSurrogates(line) ? unitOffset(line, limit) : limit;
      // Give back what goes past the limit: it was taken from the current chunk, since the
      // loop stops reading once the limit is reached.
      t.decodedUsed -= line.length - cut;
      line = line.slice(0, cut);
    }
  }
  return line;
}

// ---- tell and seek ----------------------------------------------------------------------------------

// The cookie is textio.c's cookie_type read as a little-endian integer: start_pos (64 bits),
// dec_flags, bytes_to_feed, chars_to_skip (32 bits each) and need_eof (8 bits).
function buildCookie(start: number, decFlags: number, bytesToFeed: number, needEof: boolean, charsToSkip: number): PyObj {
  if (decFlags === 0 && bytesToFeed === 0 && !needEof && charsToSkip === 0) return start;
  let c = BigInt(start) | (BigInt(decFlags) << 64n) | (BigInt(bytesToFeed) << 96n) | (BigInt(charsToSkip) << 128n);
  if (needEof) c |= 1n << 160n;
  return c <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(c) : c;
}

function parseCookie(cookie: bigint): [number, number, number, boolean, number] {
  const m32 = 0xffffffffn;
  return [
    Number(cookie & 0xffffffffffffffffn), Number((cookie >> 64n) & m32), Number((cookie >> 96n) & m32),
    ((cookie >> 160n) & 0xffn) !== 0n, Number((cookie >> 128n) & m32),
  ];
}

/**
 * _textiowrapper_decoder_setstate: at the start of the stream the decoder is reset instead (a
 * utf-16 decoder's initial state is not (b"", 0)); that also forgets the newlines seen.
 */
function decoderSetstate(dec: TextDecoderState, startPos: number, flags: number): void {
  if (startPos === 0 && flags === 0) dec.reset();
  else dec.setstate(new Uint8Array(0), flags);
}

function textTell(t: PyTextIO): PyObj {
  checkClosed(t);
  if (!t.seekable) throw unsupported("underlying stream is not seekable");
  if (!t.telling) throw newExc(OSError, "telling position disabled by next() call");
  textFlush(t);
  let position = Number(asInt(callMethod(t.buffer, "tell", [])) ?? 0);
  const dec = t.decoder;
  if (dec === null || t.snapshot === null) return position;
  const [decFlags, nextInput] = t.snapshot;
  position -= nextInput.length;
  // Characters of the chunk already returned, in code points.
  const used = t.decoded.slice(0, t.decodedUsed);
  let charsToSkip = hasSurrogates(used) ? cpLength(used) : used.length;
  if (charsToSkip === 0) return buildCookie(position, decFlags, 0, false, 0);
  const saved = dec.getstate();
  try {
    // Fast search for a start point close to the current position (textio.c's heuristic: the
    // chunk's bytes-per-character ratio, backing off until the decoder holds no bytes there).
    let startFlags = decFlags;
    let skipBytes = Math.trunc(t.b2cratio * charsToSkip);
    let skipBack = 1;
    while (skipBytes > 0) {
      decoderSetstate(dec, position, decFlags);
      const n = cpLength(dec.decode(nextInput.subarray(0, skipBytes), false));
      if (n <= charsToSkip) {
        const [decBuffer, flags] = dec.getstate();
        if (decBuffer.length === 0) {
          startFlags = flags;
          charsToSkip -= n;
          break;
        }
        skipBytes -= decBuffer.length;
        skipBack = 1;
      } else {
        skipBytes -= skipBack;
        skipBack *= 2;
      }
    }
    if (skipBytes <= 0) {
      skipBytes = 0;
      decoderSetstate(dec, position, decFlags);
    }
    let startPos = position + skipBytes;
    if (charsToSkip === 0) return buildCookie(startPos, startFlags, 0, false, 0);
    // Then one byte at a time, noting the last point where the decoder holds nothing.
    let bytesFed = 0;
    let charsDecoded = 0;
    let needEof = false;
    let i = skipBytes;
    for (; i < nextInput.length; i++) {
      bytesFed++;
      charsDecoded += cpLength(dec.decode(nextInput.subarray(i, i + 1), false));
      const [decBuffer, flags] = dec.getstate();
      if (decBuffer.length === 0 && charsDecoded <= charsToSkip) {
        startPos += bytesFed;
        charsToSkip -= charsDecoded;
        startFlags = flags;
        bytesFed = 0;
        charsDecoded = 0;
      }
      if (charsDecoded >= charsToSkip) break;
    }
    if (i === nextInput.length) {
      charsDecoded += cpLength(dec.decode(new Uint8Array(0), true));
      needEof = true;
      if (charsDecoded < charsToSkip) throw newExc(OSError, "can't reconstruct logical file position");
    }
    return buildCookie(startPos, startFlags, bytesFed, needEof, charsToSkip);
  } finally {
    dec.setstate(saved[0], saved[1]);
  }
}

function textSeek(t: PyTextIO, cookieObj: PyObj, whence: number): PyObj {
  checkClosed(t);
  if (!t.seekable) throw unsupported("underlying stream is not seekable");
  const ci = asInt(cookieObj);
  if (ci === null) throw typeError(`an integer is required (got type ${typeOf(cookieObj).name})`);
  if (whence === 1) {
    if (ci !== 0) throw unsupported("can't do nonzero cur-relative seeks");
    return textTell(t);
  }
  if (whence === 2) {
    if (ci !== 0) throw unsupported("can't do nonzero end-relative seeks");
    textFlush(t);
    t.decoded = "";
    t.decodedUsed = 0;
    t.snapshot = null;
    t.decoder?.reset();
    const r = callMethod(t.buffer, "seek", [0, 2]);
    t.encoder?.reset(asInt(r) !== 0);
    return r;
  }
  if (whence !== 0) throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
  const cookie = BigInt(ci);
  if (cookie < 0n) throw valueError(`negative seek position ${ci}`);
  textFlush(t);
  const [start, decFlags, bytesToFeed, needEof, charsToSkip] = parseCookie(cookie);
  callMethod(t.buffer, "seek", [start]);
  t.decoded = "";
  t.decodedUsed = 0;
  t.snapshot = null;
  const dec = t.decoder;
  if (dec !== null) {
    decoderSetstate(dec, start, decFlags);
    t.snapshot = [decFlags, new Uint8Array(0)];
  }
  if (charsToSkip > 0 && dec !== null) {
    const r = callMethod(t.buffer, "read", [bytesToFeed]);
    const input = bytesOf(r) ?? new Uint8Array(0);
    t.decoded = dec.decode(input, needEof);
    t.snapshot = [decFlags, input.slice()];
    if (cpLength(t.decoded) < charsToSkip) throw newExc(OSError, "can't restore logical file position");
    t.decodedUsed = hasSurrogates(t.decoded) ? unitOffset(t.decoded, charsToSkip) : charsToSkip;
  }
  t.encoder?.reset(cookie !== 0n);
  return cookieObj;
}

// ---- the type ------------------------------------------------------------------------------------------

const typeName = (x: PyObj): string => typeOf(x).name;

function attrOrNone(obj: PyObj, name: string): PyObj | undefined {
  try {
    return getattr(obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls.isSubtype(exceptionTypes.get("AttributeError")!) || e.cls.isSubtype(exceptionTypes.get("ValueError")!))) return undefined;
    throw e;
  }
}

defMethods(TextIOWrapperType, [
  ["__init__", init],
  byArity("write", (s, v) => {
    const t = T(s);
    checkClosed(t);
    const text = asText(v);
    if (text === null) throw typeError(`write() argument must be str, not ${argTypeName(v)}`);
    return t.console !== 0 ? consoleWrite(t, text) : textWrite(t, text);
  }),
  ["read", (s, args) => {
    const t = T(s);
    checkClosed(t);
    return textRead(t, optSize(args[0]));
  }, 0, 1],
  ["readline", (s, args) => {
    const t = T(s);
    checkClosed(t);
    const a = args[0];
    if (a !== undefined && a !== None && asInt(a) === null && typeOf(a).lookup("__index__") === undefined) throw typeError(`'${typeOf(a).name}' object cannot be interpreted as an integer`);
    return textReadline(t, optSize(a));
  }, 0, 1],
  ["__next__", (s) => {
    const t = T(s);
    checkClosed(t);
    t.telling = false;
    const line = textReadline(t, -1);
    if (line.length === 0) {
      t.snapshot = null;
      t.telling = t.seekable;
      throw newExc(StopIteration);
    }
    return line;
  }, 0, 0],
  ["flush", (s) => {
    textFlush(T(s));
    return None;
  }, 0, 0],
  ["close", (s) => {
    const t = T(s);
    if (truthy(getattr(t.buffer, "closed"))) return None;
    return flushThenClose(s, t.buffer, () => untrackWriter(t));
  }, 0, 0],
  ["detach", (s) => {
    const t = T(s);
    callMethod(s, "flush", []);
    const b = t.buffer;
    t.buffer = None;
    t.ready = false;
    t.detached = true;
    return b;
  }, 0, 0],
  ["tell", (s) => textTell(T(s)), 0, 0],
  ["seek", (s, args) => {
    const t = T(s);
    const whence = args.length > 1 ? Number(asInt(args[1]) ?? 0) : 0;
    return textSeek(t, args[0], whence);
  }, 1, 2],
  ["truncate", (s, args) => {
    const t = T(s);
    callMethod(s, "flush", []);
    const pos = args.length === 0 || args[0] === None ? callMethod(s, "tell", []) : args[0];
    return callMethod(t.buffer, "truncate", [pos]);
  }, 0, 1],
  ["fileno", (s) => callMethod(T(s).buffer, "fileno", []), 0, 0],
  ["isatty", (s) => callMethod(T(s).buffer, "isatty", []), 0, 0],
  ["seekable", (s) => callMethod(T(s).buffer, "seekable", []), 0, 0],
  ["readable", (s) => callMethod(T(s).buffer, "readable", []), 0, 0],
  ["writable", (s) => callMethod(T(s).buffer, "writable", []), 0, 0],
  ["reconfigure", (s, args, kw) => {
    const t = T(s);
    if (args.length - (kw ? kw.length : 0) > 0) throw typeError("reconfigure() takes no positional arguments");
    const [enc, errs, nl, lb, wt] = bindArgs("reconfigure", args, kw, ["encoding", "errors", "newline", "line_buffering", "write_through"], 0);
    let newline: string | null | undefined;
    if (nl !== undefined && nl !== Ellipsis) newline = validateNewline(nl);
    const encoding = enc === undefined || enc === None ? undefined : asStr(enc) ?? undefined;
    const errors = errs === undefined || errs === None ? undefined : asStr(errs) ?? undefined;
    if ((encoding !== undefined || (errs !== undefined && errs !== None) || newline !== undefined) && t.decoder !== null && (t.decoded.length > t.decodedUsed || t.snapshot !== null && t.snapshot[1].length > 0)) {
      throw unsupported("It is not possible to set the encoding or newline of stream after the first read");
    }
    callMethod(s, "flush", []);
    if (encoding !== undefined) {
      t.encoding = encoding;
      t.errors = errors ?? "strict";
    } else if (errors !== undefined) t.errors = errors;
    if (newline !== undefined) setNewline(t, newline);
    if (encoding !== undefined || errors !== undefined || newline !== undefined) setupCodecs(t);
    if (lb !== undefined && lb !== None) t.lineBuffering = truthy(lb);
    if (wt !== undefined && wt !== None) t.writeThrough = truthy(wt);
    return None;
  }],
  ["__repr__", (s) => {
    const t = s as PyTextIO;
    if (!t.ready && !t.detached) throw valueError("I/O operation on uninitialized object");
    let out = `<${typeName(s)}`;
    if (t.ready) {
      const name = attrOrNone(s, "name");
      if (name !== undefined) out += ` name=${repr(name)}`;
      const mode = attrOrNone(s, "mode");
      if (mode !== undefined) out += ` mode=${repr(mode)}`;
    }
    return `${out} encoding=${repr(t.encoding)}>`;
  }, 0, 0],
  ["__getstate__", (s) => {
    throw typeError(`cannot pickle '${typeName(s)}' object`);
  }, 0, 0],
  ["readlines", (s, args) => {
    const t = T(s);
    checkClosed(t);
    const hint = optSize(args[0]);
    const out: PyObj[] = [];
    let total = 0;
    for (let line = textReadline(t, -1); line.length > 0; line = textReadline(t, -1)) {
      out.push(line);
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(out);
  }, 0, 1],
]);
defGetters(TextIOWrapperType, [
  // Members in CPython: readable after detach() too.
  ["encoding", (s) => (s as PyTextIO).encoding],
  ["errors", (s) => (s as PyTextIO).errors],
  ["buffer", (s) => (s as PyTextIO).buffer],
  ["line_buffering", (s) => (s as PyTextIO).lineBuffering],
  ["write_through", (s) => (s as PyTextIO).writeThrough],
  ["closed", (s) => getattr(T(s).buffer, "closed")],
  ["name", (s) => getattr(T(s).buffer, "name")],
  ["newlines", (s) => {
    const t = T(s);
    return t.decoder === null ? None : t.decoder.newlines;
  }],
  ["_CHUNK_SIZE", (s) => T(s).chunkSize, (s, v) => {
    const t = T(s);
    if (v === undefined) throw newExc(exceptionTypes.get("AttributeError")!, "cannot delete attribute");
    const n = asInt(v);
    if (n === null) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    if (n <= 0) throw valueError("a strictly positive integer is required");
    t.chunkSize = Number(n);
  }],
]);

export { PyObject, PyType, BufferedReaderType };
