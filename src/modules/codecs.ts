// The _codecs module (Modules/_codecsmodule.c, Python/codecs.c): the codec registry (search
// functions, the lookup cache, encode/decode through it), the error-handler registry with the
// standard handlers, and the codec functions Lib/encodings calls. UTF-8/16/32, ASCII and Latin-1
// reuse the encoders and decoders of str.encode / bytes.decode (src/support/text/codecs); the
// escape codecs and charmap are here. The registry is per interpreter (stored on interp) and is
// filled by importing `encodings` on first use, as _PyCodecRegistry_Init does. Installing the
// registry also lets str.encode / bytes.decode reach registry codecs and custom error handlers.
import {
  textObj, asText,
  type PyObj, PyObject, PyType, PyModule, PyBytesObj, PyByteArray, PyMemoryView, PyTuple, PyDict, None, TypeType, ObjectType, tuple, call, callMethod,
  asStr, asInt, typeOf, argTypeName, typeError, newExc, LookupError, isInstance, exceptionTypes, PyBaseException, defMethods, getitem, vm,
  UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, StrType, getattr, toPyExc, PyBuiltinFunction, getattrOpt, str as strOf, bindArgs, truthy, PyMethodDescr, bufferBytes,
} from "../objects/index.ts";
import {
  encode as encodeText, encodeNative, decode as decodeText, decodePartialExact, textCodePoints, codecModule, encodeError, decodeError, normalizeEncoding, setCodecHooks,
  type CodecContext, type CustomErrorHandler, type UnicodeErrorDetails, type Text, cpLength, toCodePoints, fromCodePoints,
} from "../support/text/index.ts";
import { lookupUnicodeName } from "../parser/unicode-names.ts";
import { cString } from "../objects/str.ts";
import { interp } from "../vm/interp.ts";
import { makeModule, inModule, posFn, type Fn } from "./util.ts";
import { utf7Encode, utf7Decode } from "./codecs-utf7.ts";
import { escapeDecode, escapeEncode, unicodeEscapeDecode, unicodeEscapeEncode, rawUnicodeEscapeDecode, rawUnicodeEscapeEncode } from "./codecs-escape.ts";

// ---- registries ------------------------------------------------------------------------------------

interface Registry {
  search: PyObj[];
  cache: Map<string, PyObj>;
  errors: Map<string, PyObj>;
  initialised: boolean;
}
const registries = new WeakMap<object, Registry>();

function registry(): Registry {
  let r = registries.get(interp);
  if (r === undefined) {
    r = { search: [], cache: new Map(), errors: new Map(), initialised: false };
    registries.set(interp, r);
  }
  return r;
}

/** The encoding name as _PyCodec_Lookup normalises it (_Py_normalize_encoding). */
const normalizeForLookup = (s: string): string => normalizeEncoding(s);

/** codecs.lookup: the CodecInfo of an encoding, found by the search functions. */
export function codecLookup(encoding: string): PyObj {
  const r = registry();
  if (!r.initialised) {
    r.initialised = true;
    vm.importModule("encodings");
  }
  const key = normalizeForLookup(encoding);
  const hit = r.cache.get(key);
  if (hit !== undefined) return hit;
  for (const f of r.search) {
    const res = call(f, [key]);
    if (res === None) continue;
    if (!(res instanceof PyTuple) || res.items.length !== 4) throw typeError("codec search functions must return 4-tuples");
    r.cache.set(key, res);
    return res;
  }
  throw newExc(LookupError, `unknown encoding: ${encoding}`);
}

const STANDARD_ERRORS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"];

/** The standard handlers as Python callables (codecs.lookup_error('strict') etc.). */
const standardHandlers = new Map<string, PyObj>();
function standardHandler(name: string): PyObj {
  let h = standardHandlers.get(name);
  if (h === undefined) {
    // Python/codecs.c names them strict_errors, ..., but surrogateescape and surrogatepass plainly.
    const fname = name.startsWith("surrogate") ? name : `${name}_errors`;
    h = new PyBuiltinFunction(fname, posFn(fname, 1, 1, (args) => applyStandardHandler(name, args[0])));
    standardHandlers.set(name, h);
  }
  return h;
}

type UnicodeErrorKind = "UnicodeEncodeError" | "UnicodeDecodeError" | "UnicodeTranslateError";

/**
 * The fields a handler reads, as PyUnicode{Encode,Decode,Translate}Error_GetObject/GetStart/GetEnd
 * give them: the object must be a str (bytes for a decoding error), start is clamped to
 * [0, len - 1] and end to [1, len] (in that order, so an empty object gives start -1).
 */
function unicodeErrorFields(exc: PyBaseException, kind: UnicodeErrorKind): { obj: Text | Uint8Array; start: number; end: number } {
  if (!exc.has("object")) throw typeError("object attribute not set");
  const raw = exc.get("object");
  let obj: Text | Uint8Array;
  let size: number;
  if (kind === "UnicodeDecodeError") {
    if (!(raw instanceof PyBytesObj)) throw typeError("object attribute must be bytes");
    obj = raw.bytes;
    size = obj.length;
  } else {
    const t = typeOf(raw).isSubtype(StrType) ? asText(raw) : null;
    if (t === null) throw typeError("object attribute must be unicode");
    obj = t;
    size = typeof t === "string" ? cpLength(t) : textCodePoints(t).length;
  }
  let start = Number(asInt(exc.get("start")) ?? 0);
  if (start < 0) start = 0;
  if (start >= size) start = size - 1;
  let end = Number(asInt(exc.get("end")) ?? 0);
  if (end < 1) end = 1;
  if (end > size) end = size;
  return { obj, start, end };
}

/** Which standard handlers take which errors (Python/codecs.c); the others are wrong_exception_type. */
const HANDLES: Record<string, readonly UnicodeErrorKind[]> = {
  ignore: ["UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError"],
  replace: ["UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError"],
  backslashreplace: ["UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError"],
  xmlcharrefreplace: ["UnicodeEncodeError"],
  namereplace: ["UnicodeEncodeError"],
  surrogateescape: ["UnicodeEncodeError", "UnicodeDecodeError"],
  surrogatepass: ["UnicodeEncodeError", "UnicodeDecodeError"],
};

/** Calls a standard handler on a UnicodeError object, as the Python-visible handler does. */
function applyStandardHandler(name: string, exc: PyObj): PyObj {
  if (!(exc instanceof PyBaseException)) throw typeError(`don't know how to handle ${typeOf(exc).name} in error callback`);
  const kind: UnicodeErrorKind | null = exc.cls.isSubtype(UnicodeEncodeError) ? "UnicodeEncodeError" : exc.cls.isSubtype(UnicodeDecodeError) ? "UnicodeDecodeError" : exc.cls.isSubtype(UnicodeTranslateError) ? "UnicodeTranslateError" : null;
  if (name === "strict") throw exc;
  if (kind === null || !HANDLES[name].includes(kind)) throw typeError(`don't know how to handle ${typeOf(exc).name} in error callback`);
  const { obj, start, end } = unicodeErrorFields(exc, kind);
  if (name === "ignore") return tuple(["", end]);
  let encoding = "";
  if (name === "surrogatepass") {
    const e = exc.get("encoding");
    encoding = asStr(e) ?? "";
    if (!typeOf(e).isSubtype(StrType)) throw typeError("encoding attribute must be unicode");
  }
  const ctx: CodecContext = { errors: name };
  const reason = asStr(exc.get("reason")) ?? "";
  if (name === "replace") {
    const n = Math.max(0, end - start);
    return tuple([kind === "UnicodeEncodeError" ? "?".repeat(n) : "\ufffd".repeat(kind === "UnicodeDecodeError" ? 1 : n), end]);
  }
  // (an empty object leaves start at -1, where CPython's handlers would read before the object:
  // here they read nothing)
  const from = Math.max(start, 0);
  try {
    if (kind === "UnicodeDecodeError") {
      const [rep, pos] = decodeError(ctx, encoding, obj as Uint8Array, from, end, reason);
      return tuple([rep, pos]);
    }
    const [rep, pos] = encodeError(ctx, encoding, obj as Text, from, end, reason);
    return tuple([typeof rep === "string" ? rep : new PyBytesObj(rep), pos]);
  } catch (e) {
    // A handler that cannot handle the error re-raises the original exception.
    if (e instanceof Error && (e as { type?: string }).type === kind) throw exc;
    throw e;
  }
}

/** codecs.lookup_error. */
export function lookupErrorHandler(name: string): PyObj {
  const r = registry();
  const h = r.errors.get(name);
  if (h !== undefined) return h;
  if (STANDARD_ERRORS.includes(name)) return standardHandler(name);
  throw newExc(LookupError, `unknown error handler name '${name}'`);
}

/** A handler registered from Python, adapted to the support codecs' callback (null if unknown). */
export const errorLookup = (name: string): CustomErrorHandler | null => {
  const h = registry().errors.get(name);
  if (h === undefined) return null;
  return (kind, d) => callErrorHandler(h, kind, d);
};

function unicodeErrorObject(kind: "UnicodeEncodeError" | "UnicodeDecodeError", d: UnicodeErrorDetails): PyBaseException {
  const t = kind === "UnicodeEncodeError" ? UnicodeEncodeError : UnicodeDecodeError;
  const obj: PyObj = d.object instanceof Uint8Array ? new PyBytesObj(d.object) : textObj(d.object);
  const e = newExc(t);
  e.args = [d.encoding, obj, d.start, d.end, d.reason];
  ["encoding", "object", "start", "end", "reason"].forEach((n, i) => e.set(n, e.args[i]));
  return e;
}

function callErrorHandler(h: PyObj, kind: "UnicodeEncodeError" | "UnicodeDecodeError", d: UnicodeErrorDetails): [string | Uint8Array, number, Uint8Array?] {
  const exc = unicodeErrorObject(kind, d);
  const given = exc.get("object");
  const r = call(h, [exc]);
  const bad = () => typeError(`${kind === "UnicodeEncodeError" ? "encoding" : "decoding"} error handler must return (${kind === "UnicodeEncodeError" ? "str/bytes" : "str"}, int) tuple`);
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw bad();
  const [rep, pos] = r.items;
  const p = asInt(pos);
  if (p === null) throw bad();
  const s = asStr(rep);
  if (s !== null) {
    // a decoding handler may have replaced the bytes being decoded (exc.object = ...)
    const now = kind === "UnicodeDecodeError" ? exc.get("object") : given;
    if (now === given) return [s, Number(p)];
    if (!(now instanceof PyBytesObj)) throw typeError("object attribute must be bytes");
    return [s, Number(p), now.bytes.slice()];
  }
  if (kind === "UnicodeEncodeError" && rep instanceof PyBytesObj) return [rep.bytes, Number(p)];
  throw bad();
}

// ---- str.encode / bytes.decode through the registry ------------------------------------------------

/** A codec that is not native: CodecInfo.encode / decode, checked to be a text codec. */
function registryCodec(op: "encode" | "decode", value: PyObj, encoding: string, errors: string): PyObj {
  const info = codecLookup(encoding);
  const isText = getattrOpt(info, "_is_text_encoding");
  if (isText === false) throw newExc(LookupError, `'${encoding}' is not a text encoding; use codecs.${op}() to handle arbitrary codecs`);
  const f = (info as PyTuple).items[op === "encode" ? 0 : 1];
  let r: PyObj;
  try {
    r = call(f, [value, errors]);
  } catch (e) {
    throw wrapCodecError(e, op, encoding);
  }
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw typeError(`${op === "encode" ? "encoder" : "decoder"} must return a tuple (object, integer)`);
  return r.items[0];
}

/** The builtin exceptions with extra state (a larger C layout), which _PyErr_TrySetFromCause leaves alone. */
const EXTRA_STATE = ["UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError", "OSError", "SyntaxError", "ImportError", "StopIteration", "SystemExit", "AttributeError", "NameError"];

/** _PyErr_TrySetFromCause's test: BaseException's layout, __init__ and __new__, an empty __dict__, and args () or (str,). */
function simpleException(x: PyBaseException): boolean {
  const t = x.cls;
  if (EXTRA_STATE.some((n) => t.isSubtype(exceptionTypes.get(n)!))) return false;
  const base = exceptionTypes.get("BaseException")!;
  // (the builtin exceptions' own __new__ and __init__ are BaseException's functions: CPython
  // compares tp_new and tp_init)
  const sameAs = (k: PyType, name: string): boolean => {
    const own = k.ns.get(name);
    return own === undefined || (own instanceof PyMethodDescr && own.fn === (base.ns.get(name) as PyMethodDescr).fn);
  };
  for (const k of t.mro) {
    if (k === base) break;
    if (!sameAs(k, "__init__") || !sameAs(k, "__new__")) return false;
  }
  if (x.dict !== null && x.dict.size !== 0) return false;
  // only an exception without arguments or with one str is rewritten (its message stays readable)
  return x.args.length === 0 || (x.args.length === 1 && asText(x.args[0]) !== null);
}

/** wrap_codec_error: "encoding with 'x' codec failed (TypeError: ...)" for plain exception types. */
function wrapCodecError(e: unknown, op: string, encoding: string): unknown {
  const x = toPyExc(e);
  const t = x.cls;
  if (!simpleException(x)) return x;
  const msg = strOf(x);
  const w = newExc(t, `${op === "encode" ? "encoding" : "decoding"} with '${encoding}' codec failed (${t.name}: ${msg})`);
  w.cause = x;
  w.suppressContext = true;
  return w;
}

setCodecHooks({
  lookup: errorLookup,
  encode: (s, encoding, errors) => {
    const r = registryCodec("encode", textObj(s), encoding, errors);
    if (r instanceof PyBytesObj) return r.bytes;
    throw typeError(`'${encoding}' encoder returned '${typeOf(r).name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
  },
  decode: (b, encoding, errors) => {
    const r = registryCodec("decode", new PyBytesObj(b), encoding, errors);
    const s = asText(r);
    if (s !== null) return s;
    throw typeError(`'${encoding}' decoder returned '${typeOf(r).name}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
  },
});

// ---- argument helpers --------------------------------------------------------------------------------

function bufferArg(x: PyObj, fname: string): Uint8Array {
  if (x instanceof PyBytesObj || x instanceof PyByteArray) return x.bytes;
  if (x instanceof PyMemoryView) return x.bytes();
  // any other buffer exporter (array.array, ...) is read as its raw bytes
  const other = bufferBytes(x);
  if (other !== null) return other;
  if (fname === "escape_decode" || fname === "unicode_escape_decode" || fname === "raw_unicode_escape_decode" || fname === "charmap_decode" || fname === "latin_1_decode" || fname === "ascii_decode") {
    const s = asStr(x);
    if (s !== null && fname !== "charmap_decode" && fname !== "latin_1_decode" && fname !== "ascii_decode") return encodeText(s, "utf-8");
  }
  throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
}

/** A str argument; pos 0 for a function's only argument (clinic says just "argument"). */
/** The arguments of a _codecs function, all positional-only as its clinic declares them. */
function codecArgs(name: string, args: PyObj[], kw: readonly string[] | null, names: string[]): (PyObj | undefined)[] {
  return bindArgs(`_codecs.${name}`, args, kw, names, 1, names.length);
}

function strArg(x: PyObj, fname: string, pos: number): string {
  const s = asStr(x);
  if (s === null) throw typeError(`${fname}() argument ${pos === 0 ? "" : pos + " "}must be str, not ${argTypeName(x)}`);
  return s;
}
/** A codec or error handler name: a str argument read as a C string. */
const nameArg = (x: PyObj, fname: string, pos: number): string => cString(strArg(x, fname, pos));

/** The DeprecationWarning for the first unknown escape, attributed to the caller as CPython's is. */
function warnInvalidEscape(c: number): void {
  const warnings = vm.importModule("warnings");
  call(getattr(warnings, "warn"), [`invalid escape sequence '\\${String.fromCharCode(c)}'`, exceptionTypes.get("DeprecationWarning")!, 1]);
}

function errorsArg(x: PyObj | undefined, fname: string): string {
  if (x === undefined || x === None) return "strict";
  const s = asStr(x);
  if (s === null) throw typeError(`${fname}() argument 2 must be str or None, not ${argTypeName(x)}`);
  return s;
}

const ctxOf = (errors: string): CodecContext => ({ errors, lookup: errorLookup });
const bytesTuple = (b: Uint8Array, n: number): PyObj => tuple([new PyBytesObj(b), n]);

/** args: (str, errors=None) → (bytes, len(str)) through a native codec. */
function encoderFn(name: string, encoding: string): Fn {
  return (args, kw) => {
    const [s, errors] = codecArgs(name, args, kw, ["str", "errors"]);
    strArg(s!, name, 1);
    const text = asText(s!)!;
    return bytesTuple(encodeNative(text, encoding, errorsArg(errors, name), errorLookup), textCodePoints(text).length);
  };
}

/** args: (data, errors=None, final=False) → (str, consumed). */
function decoderFn(name: string, mod: string, stateful = true): Fn {
  return (args, kw) => {
    const [data, errors, final] = codecArgs(name, args, kw, stateful ? ["data", "errors", "final"] : ["data", "errors"]);
    const b = bufferArg(data!, name);
    const fin = !stateful || (final !== undefined && truthy(final));
    const r = decodePartialExact(mod, b, ctxOf(errorsArg(errors, name)), fin);
    return tuple([textObj(r.text), r.consumed]);
  };
}

function exDecoderFn(name: string, mod: "utf_16" | "utf_32"): Fn {
  return (args, kw) => {
    const [data, errors, byteorder, final] = codecArgs(name, args, kw, ["data", "errors", "byteorder", "final"]);
    const b = bufferArg(data!, name);
    const bo = byteorder === undefined ? 0 : Math.sign(Number(asInt(byteorder) ?? 0)) as -1 | 0 | 1;
    const r = decodePartialExact(bo === 0 ? mod : `${mod}_${bo < 0 ? "le" : "be"}`, b, ctxOf(errorsArg(errors, name)), final !== undefined && truthy(final), bo);
    return tuple([textObj(r.text), r.consumed, r.byteorder]);
  };
}

function wideEncoderFn(name: string, width: 16 | 32): Fn {
  return (args, kw) => {
    const [s, errors, byteorder] = codecArgs(name, args, kw, ["str", "errors", "byteorder"]);
    strArg(s!, name, 1);
    const text = asText(s!)!;
    const bo = byteorder === undefined ? 0 : Math.sign(Number(asInt(byteorder) ?? 0));
    const enc = `utf-${width}${bo < 0 ? "-le" : bo > 0 ? "-be" : ""}`;
    return bytesTuple(encodeNative(text, enc, errorsArg(errors, name), errorLookup), textCodePoints(text).length);
  };
}

// ---- charmap ---------------------------------------------------------------------------------------------

export const EncodingMapType = inModule(new PyType(TypeType, "EncodingMap", [ObjectType]), "builtins");
EncodingMapType.solid = EncodingMapType;
EncodingMapType.baseAllowed = false;
class PyEncodingMap extends PyObject {
  constructor(readonly map: Map<number, number>) {
    super(EncodingMapType);
  }
}
/** EncodingMap.size(): the C structure's size in bytes (64, less one, plus its level-2 and level-3 blocks). */
defMethods(EncodingMapType, [["size", (s) => {
  const keys = [...(s as PyEncodingMap).map.keys()];
  const l2 = new Set(keys.map((c) => c >> 11)).size;
  const l3 = new Set(keys.map((c) => c >> 7)).size;
  return 63 + 16 * l2 + 128 * l3;
}, 0, 0]]);

/** charmap_build (PyUnicode_BuildEncodingMap): an EncodingMap, or a dict when the table is irregular. */
function charmapBuild(table: string): PyObj {
  const cps = toCodePoints(table).slice(0, 256);
  let needDict = cps[0] !== 0;
  for (let i = 1; i < cps.length && !needDict; i++) if (cps[i] === 0 || cps[i] > 0xffff) needDict = true;
  if (needDict) {
    const d = new PyDict();
    cps.forEach((c, i) => d.set(c, i));
    return d;
  }
  const m = new Map<number, number>();
  cps.forEach((c, i) => {
    if (c !== 0xfffe) m.set(c, i);
  });
  return new PyEncodingMap(m);
}

/** One mapping lookup for charmap encoding: a byte string, or null when unmapped. */
function charmapEncodeOne(mapping: PyObj, cp: number): Uint8Array | null {
  if (mapping instanceof PyEncodingMap) {
    const b = mapping.map.get(cp);
    return b === undefined ? null : Uint8Array.of(b);
  }
  let v: PyObj;
  try {
    v = getitem(mapping, cp);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(LookupError)) return null;
    throw e;
  }
  if (v === None) return null;
  const i = asInt(v);
  if (i !== null) {
    if (i < 0 || i > 255) throw typeError("character mapping must be in range(256)");
    return Uint8Array.of(Number(i));
  }
  if (v instanceof PyBytesObj) return v.bytes;
  throw typeError("character mapping must return integer, bytes or None, not " + typeOf(v).name);
}

function charmapEncode(text: Text, errors: string, mapping: PyObj): Uint8Array {
  if (mapping === None) return encodeText(text, "latin-1", errors, errorLookup);
  const cps = textCodePoints(text);
  const out: number[] = [];
  const ctx = ctxOf(errors);
  let i = 0;
  while (i < cps.length) {
    const b = charmapEncodeOne(mapping, cps[i]);
    if (b !== null) {
      for (const x of b) out.push(x);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && charmapEncodeOne(mapping, cps[end]) === null) end++;
    const [rep, pos] = encodeError(ctx, "charmap", text, i, end, "character maps to <undefined>");
    if (typeof rep === "string") {
      for (const cp of toCodePoints(rep)) {
        const rb = charmapEncodeOne(mapping, cp);
        if (rb === null) throw encodeFailure(text, i, end);
        for (const x of rb) out.push(x);
      }
    } else for (const x of rep) out.push(x);
    i = pos;
  }
  return Uint8Array.from(out);
}
function encodeFailure(text: Text, start: number, end: number): PyBaseException {
  return unicodeErrorObject("UnicodeEncodeError", { encoding: "charmap", object: text, start, end, reason: "character maps to <undefined>" });
}

function charmapDecode(b: Uint8Array, errors: string, mapping: PyObj): string {
  if (mapping === None) return decodeText(b, "latin-1");
  const table = asStr(mapping);
  const ctx = ctxOf(errors);
  const parts: string[] = [];
  let i = 0;
  const cps = table !== null ? toCodePoints(table) : null;
  while (i < b.length) {
    let ch: string | null = null;
    if (cps !== null) {
      const c = b[i] < cps.length ? cps[b[i]] : 0xfffe;
      if (c !== 0xfffe) ch = fromCodePoints([c]);
    } else {
      let v: PyObj | undefined;
      try {
        v = getitem(mapping, b[i]);
      } catch (e) {
        if (!(e instanceof PyBaseException && e.cls.isSubtype(LookupError))) throw e;
      }
      if (v !== undefined && v !== None) {
        const n = asInt(v);
        if (n !== null) {
          if (n < 0 || n > 0x10ffff) throw typeError("character mapping must be in range(0x110000)");
          if (n !== 0xfffe) ch = fromCodePoints([Number(n)]);
        } else {
          const s = asStr(v);
          if (s === null) throw typeError("character mapping must return integer, None or str");
          if (s !== "\ufffe") ch = s;
        }
      }
    }
    if (ch !== null) {
      parts.push(ch);
      i++;
      continue;
    }
    const [rep, pos] = decodeError(ctx, "charmap", b, i, i + 1, "character maps to <undefined>");
    parts.push(rep);
    i = pos;
  }
  return parts.join("");
}

// ---- escape codecs -----------------------------------------------------------------------------------------

// (escapeDecode and friends: codecs-escape.ts; utf7Encode/utf7Decode: codecs-utf7.ts)

// ---- the module ------------------------------------------------------------------------------------------

function codecsEncodeDecode(op: "encode" | "decode"): Fn {
  return (args, kw) => {
    const [obj, enc, errs] = bindArgs(op, args, kw, ["obj", "encoding", "errors"], 1);
    const encoding = enc === undefined ? "utf-8" : nameArg(enc, op, 2);
    const errors = errs === undefined ? "strict" : nameArg(errs, op, 3);
    const info = codecLookup(encoding) as PyTuple;
    let r: PyObj;
    try {
      r = call(info.items[op === "encode" ? 0 : 1], [obj!, errors]);
    } catch (e) {
      throw wrapCodecError(e, op, encoding);
    }
    if (!(r instanceof PyTuple) || r.items.length !== 2) throw typeError(`${op === "encode" ? "encoder" : "decoder"} must return a tuple (object, integer)`);
    return r.items[0];
  };
}

export function makeCodecs(): PyModule {
  const fns: [string, Fn][] = [
    ["register", posFn("_codecs.register", 1, 1, (args) => {
      if (typeOf(args[0]).lookup("__call__") === undefined) throw typeError("argument must be callable");
      registry().search.push(args[0]);
      return None;
    })],
    ["unregister", posFn("_codecs.unregister", 1, 1, (args) => {
      const r = registry();
      const i = r.search.indexOf(args[0]);
      if (i >= 0) {
        r.search.splice(i, 1);
        r.cache.clear();
      }
      return None;
    })],
    ["lookup", posFn("_codecs.lookup", 1, 1, ([e]) => codecLookup(nameArg(e, "lookup", 0)))],
    ["_forget_codec", (args) => {
      registry().cache.delete(normalizeForLookup(nameArg(args[0], "_forget_codec", 0)));
      return None;
    }],
    ["encode", codecsEncodeDecode("encode")],
    ["decode", codecsEncodeDecode("decode")],
    ["lookup_error", posFn("_codecs.lookup_error", 1, 1, (args) => lookupErrorHandler(nameArg(args[0], "lookup_error", 0)))],
    ["register_error", posFn("_codecs.register_error", 2, 2, (args) => {
      const name = nameArg(args[0], "register_error", 1);
      if (typeOf(args[1]).lookup("__call__") === undefined) throw typeError("handler must be callable");
      registry().errors.set(name, args[1]);
      return None;
    })],
    ["utf_8_encode", encoderFn("utf_8_encode", "utf-8")],
    ["utf_8_decode", decoderFn("utf_8_decode", "utf_8")],
    ["utf_16_encode", wideEncoderFn("utf_16_encode", 16)],
    ["utf_16_le_encode", encoderFn("utf_16_le_encode", "utf-16-le")],
    ["utf_16_be_encode", encoderFn("utf_16_be_encode", "utf-16-be")],
    ["utf_16_decode", decoderFn("utf_16_decode", "utf_16")],
    ["utf_16_le_decode", decoderFn("utf_16_le_decode", "utf_16_le")],
    ["utf_16_be_decode", decoderFn("utf_16_be_decode", "utf_16_be")],
    ["utf_16_ex_decode", exDecoderFn("utf_16_ex_decode", "utf_16")],
    ["utf_32_encode", wideEncoderFn("utf_32_encode", 32)],
    ["utf_32_le_encode", encoderFn("utf_32_le_encode", "utf-32-le")],
    ["utf_32_be_encode", encoderFn("utf_32_be_encode", "utf-32-be")],
    ["utf_32_decode", decoderFn("utf_32_decode", "utf_32")],
    ["utf_32_le_decode", decoderFn("utf_32_le_decode", "utf_32_le")],
    ["utf_32_be_decode", decoderFn("utf_32_be_decode", "utf_32_be")],
    ["utf_32_ex_decode", exDecoderFn("utf_32_ex_decode", "utf_32")],
    ["latin_1_encode", encoderFn("latin_1_encode", "latin-1")],
    ["latin_1_decode", decoderFn("latin_1_decode", "latin_1", false)],
    ["ascii_encode", encoderFn("ascii_encode", "ascii")],
    ["ascii_decode", decoderFn("ascii_decode", "ascii", false)],
    ["charmap_encode", (args, kw) => {
      const [s, errors, mapping] = codecArgs("charmap_encode", args, kw, ["str", "errors", "mapping"]);
      strArg(s!, "charmap_encode", 1);
      const text = asText(s!)!;
      return bytesTuple(charmapEncode(text, errorsArg(errors, "charmap_encode"), mapping ?? None), textCodePoints(text).length);
    }],
    ["charmap_decode", (args, kw) => {
      const [data, errors, mapping] = codecArgs("charmap_decode", args, kw, ["data", "errors", "mapping"]);
      const b = bufferArg(data!, "charmap_decode");
      return tuple([charmapDecode(b, errorsArg(errors, "charmap_decode"), mapping ?? None), b.length]);
    }],
    ["charmap_build", posFn("_codecs.charmap_build", 1, 1, (args) => {
      const table = strArg(args[0], "charmap_build", 0);
      if (table.length === 0) throw typeError("bad argument type for built-in operation");
      return charmapBuild(table);
    })],
    ["utf_7_encode", (args, kw) => {
      const [s, errors] = codecArgs("utf_7_encode", args, kw, ["str", "errors"]);
      errorsArg(errors, "utf_7_encode");
      const text = strArg(s!, "utf_7_encode", 1);
      return bytesTuple(utf7Encode(text), cpLength(text));
    }],
    ["utf_7_decode", (args, kw) => {
      const [data, errors, final] = codecArgs("utf_7_decode", args, kw, ["data", "errors", "final"]);
      const b = bufferArg(data!, "utf_7_decode");
      const r = utf7Decode(b, ctxOf(errorsArg(errors, "utf_7_decode")), final !== undefined && truthy(final));
      return tuple([r.text, r.consumed]);
    }],
    ["escape_encode", (args, kw) => {
      const [data, errors] = codecArgs("escape_encode", args, kw, ["data", "errors"]);
      if (!(data instanceof PyBytesObj)) throw typeError(`escape_encode() argument 1 must be bytes, not ${argTypeName(data!)}`);
      errorsArg(errors, "escape_encode");
      return bytesTuple(escapeEncode(data.bytes), data.bytes.length);
    }],
    ["escape_decode", (args, kw) => {
      const [data, errors] = codecArgs("escape_decode", args, kw, ["data", "errors"]);
      const b = bufferArg(data!, "escape_decode");
      const r = escapeDecode(b, errorsArg(errors, "escape_decode"));
      if (r.firstInvalid >= 0) warnInvalidEscape(r.firstInvalid);
      return bytesTuple(r.bytes, b.length);
    }],
    ["unicode_escape_encode", (args, kw) => {
      const [s, errors] = codecArgs("unicode_escape_encode", args, kw, ["str", "errors"]);
      errorsArg(errors, "unicode_escape_encode");
      strArg(s!, "unicode_escape_encode", 1);
      const text = asText(s!)!;
      return bytesTuple(unicodeEscapeEncode(text), textCodePoints(text).length);
    }],
    ["unicode_escape_decode", (args, kw) => {
      const [data, errors, final] = codecArgs("unicode_escape_decode", args, kw, ["data", "errors", "final"]);
      const b = bufferArg(data!, "unicode_escape_decode");
      const r = unicodeEscapeDecode(b, ctxOf(errorsArg(errors, "unicode_escape_decode")), final === undefined || truthy(final), lookupUnicodeName);
      if (r.firstInvalid !== undefined && r.firstInvalid >= 0) warnInvalidEscape(r.firstInvalid);
      return tuple([textObj(r.text), r.consumed]);
    }],
    ["raw_unicode_escape_encode", (args, kw) => {
      const [s, errors] = codecArgs("raw_unicode_escape_encode", args, kw, ["str", "errors"]);
      errorsArg(errors, "raw_unicode_escape_encode");
      strArg(s!, "raw_unicode_escape_encode", 1);
      const text = asText(s!)!;
      return bytesTuple(rawUnicodeEscapeEncode(text), textCodePoints(text).length);
    }],
    ["raw_unicode_escape_decode", (args, kw) => {
      const [data, errors, final] = codecArgs("raw_unicode_escape_decode", args, kw, ["data", "errors", "final"]);
      const b = bufferArg(data!, "raw_unicode_escape_decode");
      const r = rawUnicodeEscapeDecode(b, ctxOf(errorsArg(errors, "raw_unicode_escape_decode")), final === undefined || truthy(final));
      return tuple([textObj(r.text), r.consumed]);
    }],
    ["readbuffer_encode", (args, kw) => {
      const [data, errors] = codecArgs("readbuffer_encode", args, kw, ["data", "errors"]);
      errorsArg(errors, "readbuffer_encode");
      const s = asStr(data!);
      const b = s !== null ? encodeText(s, "utf-8") : bufferArg(data!, "readbuffer_encode");
      return bytesTuple(b.slice(), b.length);
    }],
  ];
  return makeModule("_codecs", fns);
}

export { isInstance, PyDict, getattr, callMethod, codecModule, normalizeEncoding };
