// _multibytecodec (Modules/cjkcodecs/multibytecodec.c): the driver of the CJK codecs and the types
// Lib/encodings/gbk.py and its siblings build their codec classes from: MultibyteCodec (what
// _codecs_cn.getcodec returns), MultibyteIncrementalEncoder/Decoder and MultibyteStreamReader/
// Writer, which subclasses combine with codecs.IncrementalEncoder etc. and find their codec in
// the class attribute `codec`. Errors: one illegal sequence or unencodable character at a time,
// reason "illegal multibyte sequence" (or "incomplete multibyte sequence" at the end of input); a
// str replacement from an error handler is encoded by the codec itself, strictly.
import {
  asText, textObj, type PyObj, PyObject, PyType, PyModule, PyBytesObj, PyByteArray, PyMemoryView, PyTuple, None, TypeType, ObjectType, tuple,
  asStr, asInt, typeOf, argTypeName, typeError, newExc, LookupError, defMethods, defGetters, bindArgs, truthy, bufferBytes, getattr, callMethod, PyList,
  ownNew, valueError, str as strOf, PyBaseException, exceptionTypes,
} from "../../objects/index.ts";
import { decodeUtf8, decodeError, encodeError, textCodePoints, fromCodePoints, PyUnicodeError, type CodecContext, type Text } from "../../support/text/index.ts";
import { errorLookup } from "../codecs.ts";
import { makeModule, inModule } from "../util.ts";
import { cjkCodec, MODULE_CODECS, type CjkCodec } from "./codec.ts";

const ILLEGAL = "illegal multibyte sequence", INCOMPLETE = "incomplete multibyte sequence";

// ---- the driver ------------------------------------------------------------------------------------

/** Encodes code points from a state; returns the bytes and the index where unconsumed input starts. */
function encodeWith(c: CjkCodec, st: Uint8Array, cps: number[], text: Text, errors: string, flush: boolean): [number[], number] {
  const out: number[] = [];
  const ctx: CodecContext = { errors, lookup: errorLookup };
  let i = 0;
  while (i < cps.length) {
    const r = c.encodeStep(st, cps, i, flush, out);
    if (r > 0) {
      i += r;
      continue;
    }
    if (r === 0) break;
    const end = i - r;
    if (errors === "ignore") {
      i = end;
      continue;
    }
    const [rep, pos] = errors === "replace" ? ["?".repeat(end - i), end] as [string, number] : callEncodeError(ctx, c.name, text, i, end);
    if (typeof rep === "string") {
      const rcps = toCps(rep);
      let k = 0;
      while (k < rcps.length) {
        const rr = c.encodeStep(st, rcps, k, true, out);
        if (rr <= 0) throw new PyUnicodeError("UnicodeEncodeError", { encoding: c.name, object: rep, start: k, end: k + Math.max(1, -rr), reason: ILLEGAL });
        k += rr;
      }
    } else for (const x of rep) out.push(x);
    i = pos;
  }
  if (flush && i >= cps.length) c.encodeReset(st, out);
  return [out, i];
}

/** The error handler for an encoding error; CPython's multibyte codecs name only str replacements in the TypeError. */
function callEncodeError(ctx: CodecContext, name: string, text: Text, start: number, end: number): [string | Uint8Array, number] {
  try {
    return encodeError(ctx, name, text, start, end, ILLEGAL);
  } catch (e) {
    const msg = "encoding error handler must return (str/bytes, int) tuple";
    if (e instanceof PyBaseException && e.cls.name === "TypeError" && strOf(e) === msg) throw typeError("encoding error handler must return (str, int) tuple");
    throw e;
  }
}

/** Decodes bytes from a state; returns the text and the offset where unconsumed (incomplete) input starts. */
function decodeWith(c: CjkCodec, st: Uint8Array, b: Uint8Array, errors: string, final: boolean): [string, number] {
  const out: string[] = [];
  const ctx: CodecContext = { errors, lookup: errorLookup };
  let i = 0;
  const n = b.length;
  while (i < n) {
    const r = c.decodeStep(st, b, i, n, out);
    if (r > 0) {
      i += r;
      continue;
    }
    if (r === 0 && !final) break;
    const [end, reason] = r === 0 ? [n, INCOMPLETE] : [i - r, ILLEGAL];
    const [rep, pos] = decodeError(ctx, c.name, b, i, end, reason);
    out.push(rep);
    i = pos;
  }
  return [out.join(""), i];
}

const toCps = (s: Text): number[] => textCodePoints(s);

// ---- argument helpers ----------------------------------------------------------------------------

function errorsArg(x: PyObj | undefined): string {
  if (x === undefined || x === None) return "strict";
  const s = asStr(x);
  if (s === null) throw typeError(`argument 'errors' must be str or None, not ${typeOf(x).name}`);
  return s;
}

function bufferArg(x: PyObj): Uint8Array {
  if (x instanceof PyBytesObj || x instanceof PyByteArray) return x.bytes;
  if (x instanceof PyMemoryView) return x.bytes();
  const b = bufferBytes(x);
  if (b !== null) return b;
  throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
}

/** The str an encoder is given: a str, or what __str__ of a str subclass... CPython accepts only str. */
function textArg(x: PyObj): Text {
  const t = asText(x);
  if (t !== null) return t;
  // MultibyteCodec.encode takes str() of anything else
  return asText(strOf(x))!;
}

// ---- MultibyteCodec --------------------------------------------------------------------------------

export const MultibyteCodecType = inModule(new PyType(TypeType, "_multibytecodec.MultibyteCodec", [ObjectType]), "_multibytecodec");
MultibyteCodecType.qualname = "MultibyteCodec";
MultibyteCodecType.solid = MultibyteCodecType;
MultibyteCodecType.baseAllowed = false;
MultibyteCodecType.hasDict = false;

class PyMultibyteCodec extends PyObject {
  constructor(readonly codec: CjkCodec) {
    super(MultibyteCodecType);
  }
}

defMethods(MultibyteCodecType, [
  ["encode", (s, args, kw) => {
    const [input, errors] = bindArgs("encode", args, kw, ["input", "errors"], 1);
    const c = (s as PyMultibyteCodec).codec;
    const text = textArg(input!);
    const cps = toCps(text);
    const st = new Uint8Array(8);
    c.encInit(st);
    const [out] = encodeWith(c, st, cps, text, errorsArg(errors), true);
    return tuple([new PyBytesObj(Uint8Array.from(out)), cps.length]);
  }],
  ["decode", (s, args, kw) => {
    const [input, errors] = bindArgs("decode", args, kw, ["input", "errors"], 1);
    const c = (s as PyMultibyteCodec).codec;
    const b = bufferArg(input!);
    const st = new Uint8Array(8);
    c.decInit(st);
    const [text] = decodeWith(c, st, b, errorsArg(errors), true);
    return tuple([text, b.length]);
  }],
]);

/** getcodec(name) of the _codecs_XX modules. */
function getcodecFn(module: string) {
  return (args: PyObj[]): PyObj => {
    if (args.length !== 1) throw typeError(`getcodec() takes exactly one argument (${args.length} given)`);
    const name = asStr(args[0]);
    if (name === null) throw typeError("encoding name must be a string.");
    if (!MODULE_CODECS[module].includes(name)) throw newExc(LookupError, "no such codec is supported.");
    return new PyMultibyteCodec(cjkCodec(name));
  };
}

export function makeCjkModule(module: string): () => PyModule {
  return () => makeModule(module, [["getcodec", getcodecFn(module)]]);
}

// ---- the incremental and stream types ----------------------------------------------------------

/** The codec a subclass names in its `codec` attribute. */
function classCodec(cls: PyType): CjkCodec {
  const c = getattr(cls, "codec");
  if (!(c instanceof PyMultibyteCodec)) throw typeError("codec is unexpected type");
  return c.codec;
}

class PyMbState extends PyObject {
  codec: CjkCodec | null = null;
  errors = "strict";
  state = new Uint8Array(8);
  /** Encoders: code points not yet encoded; decoders and readers: bytes not yet decoded. */
  pendingCps: number[] = [];
  pendingBytes = new Uint8Array(0);
  stream: PyObj = None;
}
const S = (x: PyObj): PyMbState & { codec: CjkCodec } => {
  const s = x as PyMbState;
  if (s.codec === null) throw valueError("the codec object is not initialised");
  return s as PyMbState & { codec: CjkCodec };
};

function mbType(name: string): PyType {
  const t = inModule(new PyType(TypeType, `_multibytecodec.${name}`, [ObjectType]), "_multibytecodec");
  t.qualname = name;
  t.solid = t;
  t.factory = (cls) => new PyMbState(cls);
  ownNew(t);
  return t;
}

/** __new__(cls, [stream,] errors=None): the codec from the class, the errors checked. */
function defNew(t: PyType, withStream: boolean, init: (s: PyMbState) => void): void {
  defMethods(t, [
    ["__new__", (cls, args, kw) => {
      const names = withStream ? ["stream", "errors"] : ["errors"];
      const sub = cls as PyType;
      const bound = bindArgs(sub.qualname, args, kw, names, withStream ? 1 : 0);
      const s = sub.solid.factory!(sub) as PyMbState;
      s.codec = classCodec(sub);
      if (withStream) s.stream = bound[0]!;
      const e = bound[withStream ? 1 : 0];
      if (e !== undefined && asStr(e) === null) throw typeError(`${sub.qualname}() argument ${withStream ? 2 : 1} must be str, not ${argTypeName(e)}`);
      s.errors = e === undefined ? "strict" : asStr(e)!;
      init(s);
      return s;
    }],
    ["__init__", () => None],
  ]);
}

const errorsGetSet: [string, (self: PyObj) => PyObj, (self: PyObj, v: PyObj | undefined) => void] = ["errors", (s) => (s as PyMbState).errors, (s, v) => {
  if (v === undefined) throw newExc(exceptionType("AttributeError"), "cannot delete attribute");
  const e = asStr(v);
  if (e === null) throw typeError("errors must be a string");
  (s as PyMbState).errors = e;
}];

/** The state as CPython's getstate() packs it: an int of the bytes, little-endian. */
function packInt(bytes: number[]): bigint {
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
  return v;
}
function unpackInt(v: bigint, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    out.push(Number(v & 0xffn));
    v >>= 8n;
  }
  return out;
}

export const IncrementalEncoderType = mbType("MultibyteIncrementalEncoder");
defNew(IncrementalEncoderType, false, (s) => s.codec!.encInit(s.state));
defMethods(IncrementalEncoderType, [
  ["encode", (self, args, kw) => {
    const [input, final] = bindArgs("encode", args, kw, ["input", "final"], 1);
    const s = S(self);
    const text = textArg(input!);
    const cps = s.pendingCps.length > 0 ? [...s.pendingCps, ...toCps(text)] : toCps(text);
    const full = s.pendingCps.length > 0 ? fromCodePoints(cps) : text;
    const fin = final !== undefined && truthy(final);
    const [out, used] = encodeWith(s.codec, s.state, cps, full, s.errors, fin);
    s.pendingCps = cps.slice(used);
    return new PyBytesObj(Uint8Array.from(out));
  }],
  ["getstate", (self) => {
    const s = S(self);
    const pending = new TextEncoder().encode(fromCodePoints(s.pendingCps));
    return packInt([pending.length, ...pending, ...s.state]);
  }, 0, 0],
  ["setstate", (self, [state]) => {
    const s = S(self);
    const v0 = asInt(state);
    if (v0 === null) throw typeError(`setstate() argument must be int, not ${argTypeName(state)}`);
    const v = BigInt(v0);
    const n = Number(v & 0xffn);
    const bytes = unpackInt(v, 1 + n + 8);
    if (n > 8) throw newExc(exceptionType("UnicodeError"), "pending buffer too large");
    s.pendingCps = toCps(decodeUtf8(Uint8Array.from(bytes.slice(1, 1 + n)), { errors: "strict" }));
    s.state.set(bytes.slice(1 + n, 9 + n));
    return None;
  }, 1, 1],
  ["reset", (self) => {
    const s = S(self);
    s.codec.encInit(s.state);
    s.pendingCps = [];
    return None;
  }, 0, 0],
]);
defGetters(IncrementalEncoderType, [errorsGetSet]);

export const IncrementalDecoderType = mbType("MultibyteIncrementalDecoder");
defNew(IncrementalDecoderType, false, (s) => s.codec!.decInit(s.state));

function decodeMore(s: PyMbState & { codec: CjkCodec }, data: Uint8Array, final: boolean): string {
  const b = s.pendingBytes.length > 0 ? concat(s.pendingBytes, data) : data;
  const [text, used] = decodeWith(s.codec, s.state, b, s.errors, final);
  s.pendingBytes = b.slice(used);
  return text;
}
const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
};

defMethods(IncrementalDecoderType, [
  ["decode", (self, args, kw) => {
    const [input, final] = bindArgs("decode", args, kw, ["input", "final"], 1);
    return decodeMore(S(self), bufferArg(input!), final !== undefined && truthy(final));
  }],
  ["getstate", (self) => {
    const s = S(self);
    return tuple([new PyBytesObj(s.pendingBytes.slice()), packInt([...s.state])]);
  }, 0, 0],
  ["setstate", (self, [state]) => {
    const s = S(self);
    if (!(state instanceof PyTuple)) throw typeError(`setstate() argument must be tuple, not ${argTypeName(state)}`);
    const [buf, st] = state.items;
    if (state.items.length !== 2 || !(buf instanceof PyBytesObj) || asInt(st) === null) throw typeError("setstate(): illegal state");
    if (buf.bytes.length > 8) throw newExc(exceptionType("UnicodeError"), "pending buffer too large");
    s.pendingBytes = buf.bytes.slice();
    s.state.set(unpackInt(BigInt(asInt(st)!), 8));
    return None;
  }, 1, 1],
  ["reset", (self) => {
    const s = S(self);
    if (s.codec.decReset !== undefined) s.codec.decReset(s.state);
    else s.codec.decInit(s.state);
    s.pendingBytes = new Uint8Array(0);
    return None;
  }, 0, 0],
]);
defGetters(IncrementalDecoderType, [errorsGetSet]);

// ---- stream reader and writer --------------------------------------------------------------------

export const StreamReaderType = mbType("MultibyteStreamReader");
defNew(StreamReaderType, true, (s) => s.codec!.decInit(s.state));

function sizeArg(x: PyObj | undefined, what: string): number {
  if (x === undefined || x === None) return -1;
  const v = asInt(x);
  if (v === null) throw typeError(`arg 1 must be an integer`);
  void what;
  return Number(v);
}

/** Reads from the stream with `method` and decodes until some text comes (or the stream ends). */
function streamRead(self: PyObj, method: "read" | "readline", size: number): string {
  const s = S(self);
  if (size === 0) return "";
  let result = "";
  for (;;) {
    const chunk = size < 0 ? callMethod(s.stream, method, []) : callMethod(s.stream, method, [size]);
    if (!(chunk instanceof PyBytesObj)) throw typeError("stream function returned a non-bytes object (" + typeOf(chunk).name + ")");
    const eof = chunk.bytes.length === 0;
    // a read to the end (or the end reached) decodes what it has as final
    result += decodeMore(s, chunk.bytes, eof || size < 0);
    if (eof || size < 0 || result.length > 0) break;
    size = 1;
  }
  return result;
}

defMethods(StreamReaderType, [
  ["read", (self, args) => textObj(streamRead(self, "read", sizeArg(args[0], "read"))), 0, 1],
  ["readline", (self, args) => textObj(streamRead(self, "readline", sizeArg(args[0], "readline"))), 0, 1],
  ["readlines", (self, args) => {
    const hint = sizeArg(args[0], "readlines");
    const text = streamRead(self, "read", hint);
    const lines = callMethod(text, "splitlines", [true]);
    return lines instanceof PyList ? lines : lines;
  }, 0, 1],
  ["reset", (self) => {
    const s = S(self);
    s.codec.decInit(s.state);
    s.pendingBytes = new Uint8Array(0);
    return None;
  }, 0, 0],
]);
defGetters(StreamReaderType, [errorsGetSet, ["stream", (s) => (s as PyMbState).stream]]);

export const StreamWriterType = mbType("MultibyteStreamWriter");
defNew(StreamWriterType, true, (s) => s.codec!.encInit(s.state));

function streamWrite(self: PyObj, x: PyObj): void {
  const s = S(self);
  const text = textArg(x);
  const cps = s.pendingCps.length > 0 ? [...s.pendingCps, ...toCps(text)] : toCps(text);
  const [out, used] = encodeWith(s.codec, s.state, cps, s.pendingCps.length > 0 ? fromCodePoints(cps) : text, s.errors, false);
  s.pendingCps = cps.slice(used);
  callMethod(s.stream, "write", [new PyBytesObj(Uint8Array.from(out))]);
}

defMethods(StreamWriterType, [
  ["write", (self, [x]) => {
    streamWrite(self, x);
    return None;
  }, 1, 1],
  ["writelines", (self, [lines]) => {
    const it = callMethod(lines, "__iter__", []);
    for (;;) {
      let line: PyObj;
      try {
        line = callMethod(it, "__next__", []);
      } catch (e) {
        if ((e as { cls?: PyType }).cls?.name === "StopIteration") break;
        throw e;
      }
      streamWrite(self, line);
    }
    return None;
  }, 1, 1],
  ["reset", (self) => {
    const s = S(self);
    // CPython 3.10 writes out the pending characters but neither the reset sequence nor resets the state
    const out: number[] = [];
    const cps = s.pendingCps;
    for (let i = 0; i < cps.length;) {
      const r = s.codec.encodeStep(s.state, cps, i, true, out);
      if (r <= 0) throw new PyUnicodeError("UnicodeEncodeError", { encoding: s.codec.name, object: fromCodePoints(cps), start: i, end: i + 1, reason: ILLEGAL });
      i += r;
    }
    s.pendingCps = [];
    if (out.length > 0) callMethod(s.stream, "write", [new PyBytesObj(Uint8Array.from(out))]);
    return None;
  }, 0, 0],
]);
defGetters(StreamWriterType, [errorsGetSet, ["stream", (s) => (s as PyMbState).stream]]);

const exceptionType = (n: string) => exceptionTypes.get(n)!;

export function makeMultibytecodec(): PyModule {
  return makeModule("_multibytecodec", [
    ["__create_codec", () => {
      throw typeError("argument type invalid.");
    }],
  ], [
    ["MultibyteIncrementalEncoder", IncrementalEncoderType],
    ["MultibyteIncrementalDecoder", IncrementalDecoderType],
    ["MultibyteStreamReader", StreamReaderType],
    ["MultibyteStreamWriter", StreamWriterType],
  ]);
}
