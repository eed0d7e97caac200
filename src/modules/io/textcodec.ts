// The encoder and decoder a TextIOWrapper uses. Codecs dislab implements natively (UTF-8/16/32,
// ASCII, Latin-1, cp1252) run in TypeScript with the state CPython's incremental codecs keep (the
// undecoded tail, the UTF-16/32 byte order, whether a BOM was written); any other encoding goes
// through the codec registry (codecs.getincrementaldecoder / getincrementalencoder, so the
// encodings package). A universal-newline layer (IncrementalNewlineDecoder's logic) sits on top of
// the decoder when TextIOWrapper reads with newline=None or ''.
import {
  type PyObj, PyBytesObj, PyTuple, None, tuple, callMethod, call, asStr, asInt, typeOf, typeError, vm, getattr, getattrOpt, newExc, LookupError, UnicodeError, textObj,
} from "../../objects/index.ts";
import type { Text } from "../../support/text/split-str.ts";
import { codecModule, decodePartial, encode as encodeText, normalizeEncoding, type CodecContext } from "../../support/text/index.ts";
import { NewlineState } from "./newlines.ts";
import { errorLookup } from "../codecs.ts";

export interface CodecDecoder {
  decode(input: Uint8Array, final: boolean): string;
  /** (undecoded bytes, flags) as an incremental decoder's getstate(). */
  getstate(): [Uint8Array, number];
  setstate(buffer: Uint8Array, flags: number): void;
  reset(): void;
}

export interface CodecEncoder {
  encode(text: Text): Uint8Array;
  /** Forget that output has started (a BOM is written again), or with `started` say it has. */
  reset(started?: boolean): void;
}

const EMPTY = new Uint8Array(0);

class NativeDecoder implements CodecDecoder {
  pending: Uint8Array = EMPTY;
  byteorder: -1 | 0 | 1 = 0;
  readonly ctx: CodecContext;
  constructor(readonly mod: string, errors: string) {
    this.ctx = { errors, lookup: errorLookup };
  }
  decode(input: Uint8Array, final: boolean): string {
    let b = input;
    if (this.pending.length) {
      b = new Uint8Array(this.pending.length + input.length);
      b.set(this.pending);
      b.set(input, this.pending.length);
    }
    const r = decodePartial(this.mod, b, this.ctx, final, this.byteorder);
    // Lib/encodings' utf-16/utf-32 decoders refuse data that does not start with a BOM.
    if (r.byteorder === 0 && (this.mod === "utf_16" || this.mod === "utf_32") && r.consumed >= (this.mod === "utf_16" ? 2 : 4)) {
      throw newExc(UnicodeError, `${this.mod === "utf_16" ? "UTF-16" : "UTF-32"} stream does not start with BOM`);
    }
    this.byteorder = r.byteorder;
    this.pending = r.consumed === b.length ? EMPTY : b.slice(r.consumed);
    return r.text;
  }
  // The flags as Lib/encodings' decoders report them: utf-16/32 give 2 while the byte order is
  // unknown, then 0 for the native (little-endian) order and 1 for the other; utf-8-sig gives 1
  // until it has looked for its BOM; the others have no state beyond their pending bytes.
  getstate(): [Uint8Array, number] {
    let flags = 0;
    if (this.mod === "utf_16" || this.mod === "utf_32") flags = this.byteorder === 0 ? 2 : this.byteorder < 0 ? 0 : 1;
    else if (this.mod === "utf_8_sig") flags = this.byteorder === 0 ? 1 : 0;
    return [this.pending, flags];
  }
  setstate(buffer: Uint8Array, flags: number): void {
    this.pending = buffer.slice();
    if (this.mod === "utf_16" || this.mod === "utf_32") this.byteorder = flags === 0 ? -1 : flags === 1 ? 1 : 0;
    else if (this.mod === "utf_8_sig") this.byteorder = flags === 0 ? 1 : 0;
  }
  reset(): void {
    this.pending = EMPTY;
    this.byteorder = 0;
  }
}

/** A decoder object from the codec registry, called through its Python methods. */
class RegistryDecoder implements CodecDecoder {
  constructor(readonly obj: PyObj) {}
  decode(input: Uint8Array, final: boolean): string {
    const r = final ? callMethod(this.obj, "decode", [new PyBytesObj(input), true]) : callMethod(this.obj, "decode", [new PyBytesObj(input)]);
    const s = asStr(r);
    if (s === null) throw typeError(`decoder should return a string result, not '${typeOf(r).name}'`);
    return s;
  }
  getstate(): [Uint8Array, number] {
    const st = callMethod(this.obj, "getstate", []);
    if (!(st instanceof PyTuple) || st.items.length !== 2 || !(st.items[0] instanceof PyBytesObj)) throw typeError("illegal decoder state");
    const f = asInt(st.items[1]);
    if (f === null) throw typeError("illegal decoder state");
    return [st.items[0].bytes, Number(f)];
  }
  setstate(buffer: Uint8Array, flags: number): void {
    callMethod(this.obj, "setstate", [tuple([new PyBytesObj(buffer), flags])]);
  }
  reset(): void {
    callMethod(this.obj, "reset", []);
  }
}

class NativeEncoder implements CodecEncoder {
  started = false;
  readonly ctx: CodecContext;
  /** The codec without its BOM, once the BOM has been written. */
  readonly bodyEncoding: string;
  constructor(readonly encoding: string, readonly mod: string, errors: string) {
    this.ctx = { errors, lookup: errorLookup };
    this.bodyEncoding = mod === "utf_16" ? "utf-16-le" : mod === "utf_32" ? "utf-32-le" : mod === "utf_8_sig" ? "utf-8" : encoding;
  }
  encode(text: Text): Uint8Array {
    const enc = this.started ? this.bodyEncoding : this.encoding;
    this.started = true;
    return encodeText(text, enc, this.ctx.errors, errorLookup);
  }
  reset(started = false): void {
    this.started = started;
  }
}

class RegistryEncoder implements CodecEncoder {
  constructor(readonly obj: PyObj) {}
  encode(text: Text): Uint8Array {
    const r = callMethod(this.obj, "encode", [textObj(text)]);
    if (!(r instanceof PyBytesObj)) throw typeError(`encoder should return a bytes object, not '${typeOf(r).name}'`);
    return r.bytes;
  }
  reset(started = false): void {
    if (started) callMethod(this.obj, "setstate", [0]);
    else callMethod(this.obj, "reset", []);
  }
}

/** The codec registry's CodecInfo for an encoding (codecs.lookup), checked to be a text encoding. */
export function lookupTextCodec(encoding: string, alternate: string): PyObj {
  const codecs = vm.importModule("codecs");
  const info = call(getattr(codecs, "lookup"), [encoding]);
  const isText = getattrOpt(info, "_is_text_encoding");
  if (isText === false) throw lookupError(`'${encoding}' is not a text encoding; use ${alternate} to handle arbitrary codecs`);
  return info;
}
const lookupError = (msg: string) => newExc(LookupError, msg);

/** Whether an encoding has a native codec (no registry lookup needed). */
export const isNative = (encoding: string): boolean => codecModule(encoding) !== null;

export function makeDecoder(encoding: string, errors: string): CodecDecoder {
  const mod = codecModule(encoding);
  if (mod !== null) return new NativeDecoder(mod, errors);
  const info = lookupTextCodec(encoding, "codecs.open()");
  return new RegistryDecoder(call(getattr(info, "incrementaldecoder"), [errors]));
}

export function makeEncoder(encoding: string, errors: string): CodecEncoder {
  const mod = codecModule(encoding);
  if (mod !== null) return new NativeEncoder(encoding, mod, errors);
  const info = lookupTextCodec(encoding, "codecs.open()");
  return new RegistryEncoder(call(getattr(info, "incrementalencoder"), [errors]));
}

/** A codec decoder with the universal-newline layer (None when reading keeps newlines as they are). */
export class TextDecoderState {
  constructor(readonly codec: CodecDecoder, readonly nl: NewlineState | null) {}
  decode(input: Uint8Array, final: boolean): string {
    const s = this.codec.decode(input, final);
    return this.nl === null ? s : this.nl.feed(s, final);
  }
  getstate(): [Uint8Array, number] {
    const [buf, flags] = this.codec.getstate();
    if (this.nl === null) return [buf, flags];
    return [buf, flags * 2 + (this.nl.pendingCR ? 1 : 0)];
  }
  setstate(buffer: Uint8Array, flags: number): void {
    if (this.nl === null) return this.codec.setstate(buffer, flags);
    this.nl.pendingCR = (flags & 1) === 1;
    this.codec.setstate(buffer, Math.floor(flags / 2));
  }
  reset(): void {
    if (this.nl !== null) {
      this.nl.seen = 0;
      this.nl.pendingCR = false;
    }
    this.codec.reset();
  }
  get newlines(): PyObj {
    return this.nl === null ? None : this.nl.newlines;
  }
}

export { normalizeEncoding };
