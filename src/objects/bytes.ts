// bytes and bytearray (Objects/bytesobject.c, bytearrayobject.c): one method table shared by both
// (results keep the receiver's kind), text work delegated to src/support/text's bytes functions.
import type { PyObj } from "./object.ts";
import { BytesType, ByteArrayType, IntType, ListType, None, NotImplemented, StrType, iterTypes } from "./builtin-types.ts";
import { newExc, typeError, valueError, IndexError, MemoryError, OverflowError, PyBaseException, TypeError } from "./exceptions.ts";
import type { Int } from "./number.ts";
import { Cmp, cmpResult, asInt, asStr, call, callDescr, getattrOpt, getitem, isNumber, isTypeError, iter, len, lengthHint, next, toArray, typeOf, argTypeName, warnEx } from "./protocols.ts";
import { typeSizes } from "./type-sizes.ts";
import { vm } from "./hooks.ts";
import { PyError } from "../support/py-error.ts";
import type { PyType } from "./type.ts";
import { PyByteArray, PyBytesObj, textObj } from "./boxes.ts";
import { bindArgs, defClassMethods, defMethods, markVarargs, noKwargs, PyBuiltinFunction, byArity, byArity2 } from "./function.ts";
import { PyTuple, tuple, isIndexable, repeatCount } from "./tuple.ts";
import { PyList, splitResult } from "./list.ts";
import { PySlice, asCInt, asClinicSize, asIndex, seqIndex, sliceIndices } from "./slice.ts";
import * as X from "../support/text/index.ts";
import { hashBytes } from "../support/hash.ts";
import { bytesRepr, bytearrayInnerRepr } from "../support/repr.ts";
import { argStr, cString, findsArgs, FINDS_METHODS, percentConvert } from "./str.ts";
import { checkResizable, exportsError } from "./buffer-exports.ts";
import { PyBytesIter } from "./seq-iters.ts";

BytesType.factory = (cls) => new PyBytesObj(new Uint8Array(0), cls);
ByteArrayType.factory = (cls) => new PyByteArray(new Uint8Array(0), cls);

type B = PyBytesObj | PyByteArray;
const D = (x: PyObj): Uint8Array => (x as B).bytes;
export const isBytesLike = (x: PyObj): x is B => x instanceof PyBytesObj || x instanceof PyByteArray;
function buf(x: PyObj, what = "a bytes-like object is required"): Uint8Array {
  if (isBytesLike(x)) return x.bytes;
  const mv = memoryviewBytes(x);
  if (mv) return mv;
  throw typeError(`${what}, not '${typeOf(x).name}'`);
}
/** The bytes a simple buffer request gets from x (bytes, bytearray, a contiguous memoryview, an array.array), or null. */
export function bufferBytes(x: PyObj): Uint8Array | null {
  return isBytesLike(x) ? x.bytes : memoryviewBytes(x);
}
/** A buffer's bytes (memoryview.ts): a simple request, or with `strided` any view's items in C order. */
let memoryviewBytes: (x: PyObj, strided?: boolean) => Uint8Array | null = () => null;
export const setMemoryviewBytes = (f: typeof memoryviewBytes) => (memoryviewBytes = f);

/**
 * The `sep` of bytes.hex, bytearray.hex and memoryview.hex as _Py_strhex_with_sep reads it: its
 * len() first (so an int fails there), then a str or a bytes (not a bytearray) of one character;
 * bytesHex checks the length and ASCII.
 */
export function hexSep(sep: PyObj | undefined): string | null {
  if (sep === undefined) return null;
  const n = len(sep);
  const s = asStr(sep);
  if (s !== null) return s;
  if (!(sep instanceof PyBytesObj)) {
    if (n !== 1) throw valueError("sep must be length 1.");
    throw typeError("sep must be str or bytes.");
  }
  return X.latin1(sep.bytes);
}

const make = (self: PyObj, b: Uint8Array): PyObj => (self instanceof PyByteArray ? new PyByteArray(b) : new PyBytesObj(b));
/** strip/lstrip/rstrip (do_xstrip): an exact bytes with nothing to strip is returned itself. */
function stripped(s: PyObj, chars: PyObj | undefined, which: 0 | 1 | 2): PyObj {
  const d = D(s);
  const r = X.bytesStrip(d, chars === undefined || chars === None ? null : buf(chars), which);
  return r.length === d.length && s instanceof PyBytesObj && s.cls === BytesType ? s : make(s, r);
}
/**
 * partition/rpartition as stringlib's: bytes (immutable) give back the separator object itself when
 * found, whatever buffer it is, and themselves as the whole part when not; a bytearray copies both.
 */
function partitionOf(s: PyObj, sep: PyObj, reverse: boolean): PyObj {
  const parts = X.bytesPartition(D(s), buf(sep), reverse);
  if (s instanceof PyByteArray) return tuple(parts.map((b) => make(s, b)));
  const found = parts[1].length !== 0;
  const whole = reverse ? 2 : 0;
  return tuple(parts.map((b, i) => (found && i === 1 ? sep : !found && i === whole ? s : make(s, b))));
}
/** bytes * n: an exact bytes repeated to its own length (n == 1, or empty) is itself, as in CPython. */
function repeatBytes(s: PyObj, n: PyObj): PyObj {
  const d = D(s);
  const count = repeatCount(n, d.length);
  if (s instanceof PyBytesObj && s.cls === BytesType && (count === 1 || d.length === 0)) return s;
  return make(s, repeat(d, count));
}

/** bytes(x) / bytearray(x): from int count, bytes-like, str+encoding, or iterable of ints. */
/**
 * The contents of bytes(...) and bytearray(...), in the order bytes_new and bytearray___init__ try
 * things: an encoding needs a str and a str needs an encoding; bytes() then asks __bytes__ (looked up
 * on the type: `__bytes__ = None` blocks it), an integer is a count of zero bytes, then a buffer,
 * then the items of a list (read afresh at each step: an __index__ may shrink it) or any iterable.
 */
export function bytesFromArgs(fname: "bytes" | "bytearray", args: PyObj[], kw: readonly string[] | null): Uint8Array {
  const [src, enc, errs] = bindArgs(fname, args, kw, ["source", "encoding", "errors"], 0);
  const noStrError = () => typeError(enc !== undefined ? "encoding without a string argument" : "errors without a string argument");
  if (enc !== undefined && asStr(enc) === null) throw typeError(`${fname}() argument 'encoding' must be str, not ${argTypeName(enc)}`);
  if (errs !== undefined && asStr(errs) === null) throw typeError(`${fname}() argument 'errors' must be str, not ${argTypeName(errs)}`);
  if (src === undefined) {
    if (enc !== undefined || errs !== undefined) throw noStrError();
    return new Uint8Array(0);
  }
  const s = asStr(src);
  if (fname === "bytearray" || enc !== undefined || errs !== undefined) {
    if (s !== null) {
      if (enc === undefined) throw typeError("string argument without an encoding");
      return X.encode(s, asStr(enc) ?? "utf-8", errs === undefined ? "strict" : asStr(errs) ?? "strict");
    }
    if (enc !== undefined || errs !== undefined) throw noStrError();
  }
  const t = typeOf(src);
  if (fname === "bytes") {
    const bf = t.lookup("__bytes__");
    if (bf !== undefined) {
      const r = callDescr(bf, src, []);
      if (!(r instanceof PyBytesObj)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
      return r.bytes.slice();
    }
    if (s !== null) throw typeError("string argument without an encoding");
  }
  if (isBytesLike(src)) return src.bytes.slice();
  let i: Int | null = asInt(src);
  if (i === null && t.lookup("__index__") !== undefined) {
    try {
      i = asIndex(src);
    } catch (e) {
      // (a TypeError from __index__ falls through to the other ways)
      if (!(e instanceof PyBaseException && e.cls.isSubtype(TypeError))) throw e;
    }
  }
  if (i !== null) {
    // (PyNumber_AsSsize_t first: -2**64 is OverflowError, not a negative count)
    if (i > 9223372036854775807n || i < -9223372036854775808n) throw newExc(OverflowError, `cannot fit '${t.name}' into an index-sized integer`);
    if (i < 0) throw valueError("negative count");
    const n = Number(i);
    if (fname === "bytes" && n >= 2 ** 63 - 33) throw newExc(OverflowError, "byte string is too large");
    try {
      return new Uint8Array(n);
    } catch (e) {
      if (e instanceof RangeError) throw newExc(MemoryError);
      throw e;
    }
  }
  const mv = memoryviewBytes(src, true); // PyBytes_FromObject takes a strided buffer too
  if (mv) return mv.slice();
  if (src instanceof PyList && src.cls === ListType) {
    const out: number[] = [];
    for (let k = 0; k < src.items.length; k++) out.push(byteValue(src.items[k], fname === "bytes" ? "bytes must be in range(0, 256)" : undefined));
    return Uint8Array.from(out);
  }
  // any TypeError of iter() (no __iter__, None for it, a non-iterator returned) reads as this one
  let it: PyObj;
  try {
    it = iter(src);
  } catch (e) {
    if (isTypeError(e)) throw typeError(`cannot convert '${t.name}' object to ${fname}`);
    throw e;
  }
  return Uint8Array.from(toArray(it).map((v) => byteValue(v, fname === "bytes" ? "bytes must be in range(0, 256)" : undefined)));
}
/** Argument clinic's `char` converter: a bytes or bytearray of length 1. */
function fillByte(fname: string, v: PyObj): number {
  if ((v instanceof PyBytesObj || v instanceof PyByteArray) && v.bytes.length === 1) return v.bytes[0];
  throw typeError(`${fname}() argument 2 must be a byte string of length 1, not ${argTypeName(v)}`);
}
export function byteValue(v: PyObj, rangeMsg = "byte must be in range(0, 256)"): number {
  const i = asInt(v) ?? (typeOf(v).lookup("__index__") ? asIndex(v) : null);
  if (i === null) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (i < 0 || i > 255) throw valueError(rangeMsg);
  return Number(i);
}

const cmp = (op: Cmp) => (s: PyObj, [o]: PyObj[]) => {
  if (!isBytesLike(o)) {
    if ((op === Cmp.EQ || op === Cmp.NE) && vm.bytesWarning()) warnComparison(s, o);
    return NotImplemented;
  }
  const a = D(s);
  const b = o.bytes;
  let c = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n && c === 0; i++) c = a[i] - b[i];
  if (c === 0) c = a.length - b.length;
  return cmpResult(c, op);
};

// -b / -bb (sys.flags.bytes_warning) ---------------------------------------------------------------

/** PyErr_WarnEx(PyExc_BytesWarning, message, 1): -bb's filter makes it an error. */
const warnBytes = (message: string): void => warnEx("BytesWarning", message);

/** What bytes_richcompare and bytearray_richcompare warn about when == or != meets a str (bytes: or an int). */
function warnComparison(s: PyObj, o: PyObj): void {
  const t = typeOf(o);
  if (s instanceof PyByteArray) {
    if (t.isSubtype(StrType)) warnBytes("Comparison between bytearray and string");
  } else if (t.isSubtype(StrType)) warnBytes("Comparison between bytes and string");
  else if (t.isSubtype(IntType)) warnBytes("Comparison between bytes and int");
}

/** bytes_repr and bytearray_repr: a subclass's own __repr__ is not theirs. */
const ownRepr = (s: PyObj) => (s instanceof PyByteArray ? `${typeOf(s).name}(${bytearrayInnerRepr(D(s))})` : bytesRepr(D(s)));

// (the start and end of find, count, startswith...: _PyEval_SliceIndex, so a huge int saturates)
/** startswith/endswith of `s`: any of a tuple's prefixes, or the one bytes-like argument. */
const affix = (name: string, f: (b: Uint8Array, p: Uint8Array, a: number | null, e: number | null) => boolean) => (s: PyObj, args: PyObj[], kw: readonly string[] | null) => {
  const [a, e] = findsArgs(name, args, kw);
  const x = args[0];
  if (x instanceof PyTuple) return x.items.some((p) => f(D(s), buf(p), a, e));
  if (!isBytesLike(x) && bufferBytes(x) === null) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeOf(x).name}`);
  return f(D(s), buf(x), a, e);
};
const subArg = (x: PyObj): Uint8Array => {
  if (isBytesLike(x)) return x.bytes;
  const i = asInt(x);
  if (i !== null) return Uint8Array.of(byteValue(i));
  return buf(x, "argument should be integer or bytes-like object");
};
const search = (name: string, f: (b: Uint8Array, sub: Uint8Array, a: number | null, e: number | null) => PyObj) => (s: PyObj, args: PyObj[], kw: readonly string[] | null) => {
  const [a, e] = findsArgs(name, args, kw);
  return f(D(s), subArg(args[0]), a, e);
};

function bytesPercentHost(args: PyObj): X.PercentHost<PyObj> {
  const isTuple = args instanceof PyTuple;
  return {
    tuple: isTuple ? (args as PyTuple).items : null,
    args,
    mapping: !isTuple && !isBytesLike(args) && typeof args !== "string" && typeOf(args).lookup("__getitem__") !== undefined,
    getItem: (k) => getitem(args, new PyBytesObj(X.fromLatin1(k))),
    starArg: (v) => {
      const i = asInt(v);
      if (i === null) throw typeError("* wants int");
      return i;
    },
    convert: (v, conv) => {
      if (conv.ch === "b" || conv.ch === "s") {
        if (isBytesLike(v)) return { kind: "str", value: X.latin1(v.bytes) };
        const bf = typeOf(v).lookup("__bytes__");
        if (bf !== undefined) {
          const r = callDescr(bf, v, []);
          if (!(r instanceof PyBytesObj) || r instanceof PyByteArray) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
          return { kind: "str", value: X.latin1(r.bytes) };
        }
        const mb = memoryviewBytes(v, true); // any other buffer, in C order
        if (mb !== null) return { kind: "str", value: X.latin1(mb) };
        throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
      }
      if (conv.ch === "c") {
        // byte_converter: a bytes or bytearray of one byte, else PyLong_AsLongAndOverflow (__index__),
        // a TypeError of which reads as the wrong type
        if (isBytesLike(v) && v.bytes.length === 1) return { kind: "char", value: v.bytes[0] };
        let i: number | bigint;
        try {
          i = asIndex(v);
        } catch (e) {
          if (isTypeError(e)) throw typeError("%c requires an integer in range(256) or a single byte");
          throw e;
        }
        if (i < 0 || i > 255) throw newExc(overflow(), "%c arg not in range(256)");
        return { kind: "char", value: Number(i) };
      }
      if (!"eEfFgG".includes(conv.ch)) return percentConvert(v, conv.ch === "r" ? "a" : conv.ch);
      // (bytes' formatfloat turns any error of PyFloat_AsDouble into this TypeError)
      try {
        return percentConvert(v, conv.ch);
      } catch (e) {
        if (e instanceof PyError || e instanceof PyBaseException) throw typeError(`float argument required, not ${typeOf(v).name}`);
        throw e;
      }
    },
  };
}
const overflow = () => OverflowError;

function getItem(s: PyObj, k: PyObj): PyObj {
  const b = D(s);
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, b.length);
    const out = new Uint8Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j];
    return make(s, out);
  }
  const ba = s instanceof PyByteArray;
  if (!isIndexable(k)) throw typeError(`${ba ? "bytearray" : "byte"} indices must be integers or slices, not ${typeOf(k).name}`);
  return b[seqIndex(k, b.length, ba ? "bytearray index out of range" : "index out of range", "")];
}

for (const T of [BytesType, ByteArrayType]) {
  const kind = T === BytesType ? "bytes" : "bytearray";
  defMethods(T, [
    ["__repr__", ownRepr, 0, 0],
    // bytes_str and bytearray_str: the type's own repr (not a subclass's __repr__), warning under -b
    ["__str__", (s) => {
      if (vm.bytesWarning()) warnBytes(`str() on a ${kind} instance`);
      return ownRepr(s);
    }, 0, 0],
    ["__len__", (s) => D(s).length, 0, 0],
    ["__getitem__", (s, [k]) => getItem(s, k), 1, 1],
    ["__iter__", (s) => new PyBytesIter(T === BytesType ? iterTypes.bytes : iterTypes.bytearray, s as PyBytesObj), 0, 0],
    ["__contains__", (s, [x]) => {
      const i = asInt(x);
      if (i !== null) return D(s).includes(byteValue(i));
      return X.bytesFind(D(s), buf(x)) >= 0;
    }, 1, 1],
    ["__add__", (s, [o]) => {
      const b = isBytesLike(o) ? o.bytes : memoryviewBytes(o);
      if (!b) throw typeError(`can't concat ${typeOf(o).name} to ${typeOf(s).name}`);
      const out = new Uint8Array(D(s).length + b.length);
      out.set(D(s));
      out.set(b, D(s).length);
      return make(s, out);
    }, 1, 1],
    ["__mul__", (s, [n]) => repeatBytes(s, n), 1, 1],
    ["__rmul__", (s, [n]) => repeatBytes(s, n), 1, 1],
    ["__mod__", (s, [a]) => make(s, X.fromLatin1(X.percentFormat(X.latin1(D(s)), bytesPercentHost(a), true))), 1, 1],
    // bytes_mod(v, w) as the reflected slot: only a left operand of this type formats
    ["__rmod__", (s, [o]) => (isBytesLike(o) && typeOf(o).isSubtype(T) ? make(o, X.fromLatin1(X.percentFormat(X.latin1(D(o)), bytesPercentHost(s), true))) : NotImplemented), 1, 1],
    ["__lt__", cmp(Cmp.LT), 1, 1],
    ["__le__", cmp(Cmp.LE), 1, 1],
    ["__eq__", cmp(Cmp.EQ), 1, 1],
    ["__ne__", cmp(Cmp.NE), 1, 1],
    ["__gt__", cmp(Cmp.GT), 1, 1],
    ["__ge__", cmp(Cmp.GE), 1, 1],
    ["decode", (s, args, kw) => {
      const [enc, errs] = bindArgs("decode", args, kw, ["encoding", "errors"], 0);
      const encoding = enc === undefined ? "utf-8" : cString(argStr(enc, "decode", "encoding"));
      return textObj(X.decodeExact(D(s), encoding, errs === undefined ? "strict" : cString(argStr(errs, "decode", "errors"))));
    }],
    ["hex", (s, args, kw) => {
      const [sep, per] = bindArgs("hex", args, kw, ["sep", "bytes_per_sep"], 0);
      // (bytes_per_sep is converted before sep is looked at)
      const n = per === undefined ? 1 : asCInt(per);
      return X.bytesHex(D(s), hexSep(sep), n);
    }],
    byArity("join", (s, it) => {
      const parts = toArray(it, "can only join an iterable").map((p, i) => {
        const b = isBytesLike(p) ? p.bytes : memoryviewBytes(p);
        if (b === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(p).name} found`);
        return b;
      });
      const sep = D(s);
      let size = parts.length > 0 ? sep.length * (parts.length - 1) : 0;
      for (const p of parts) size += p.length;
      const out = new Uint8Array(size);
      let at = 0;
      parts.forEach((p, i) => {
        if (i) {
          out.set(sep, at);
          at += sep.length;
        }
        out.set(p, at);
        at += p.length;
      });
      return make(s, out);
    }),
    ["split", (s, args, kw) => {
      const [sep, m] = bindArgs("split", args, kw, ["sep", "maxsplit"], 0);
      const n = m === undefined ? -1 : asClinicSize(m); // (the clinic wrapper converts maxsplit; sep is the body's)
      return splitResult(X.bytesSplit(D(s), sep === undefined || sep === None ? null : buf(sep), n).map((b) => make(s, b)), n);
    }],
    ["rsplit", (s, args, kw) => {
      const [sep, m] = bindArgs("rsplit", args, kw, ["sep", "maxsplit"], 0);
      const n = m === undefined ? -1 : asClinicSize(m); // (the clinic wrapper converts maxsplit; sep is the body's)
      return splitResult(X.bytesRSplit(D(s), sep === undefined || sep === None ? null : buf(sep), n).map((b) => make(s, b)), n);
    }],
    ["splitlines", (s, args, kw) => {
      const [k] = bindArgs("splitlines", args, kw, ["keepends"], 0);
      return new PyList(X.bytesSplitlines(D(s), k !== undefined && asCInt(k) !== 0).map((b) => make(s, b)));
    }],
    ["strip", (s, args) => stripped(s, args[0], 0), 0, 1],
    ["lstrip", (s, args) => stripped(s, args[0], 1), 0, 1],
    ["rstrip", (s, args) => stripped(s, args[0], 2), 0, 1],
    ["find", search("find", X.bytesFind)],
    ["rfind", search("rfind", X.bytesRFind)],
    ["index", search("index", (b, sub, a, e) => X.bytesIndex(b, sub, a, e))],
    ["rindex", search("rindex", (b, sub, a, e) => X.bytesIndex(b, sub, a, e, true))],
    ["count", search("count", X.bytesCount)],
    ["startswith", affix("startswith", X.bytesStartsWith)],
    ["endswith", affix("endswith", X.bytesEndsWith)],
    ["replace", (s, args) => make(s, X.bytesReplace(D(s), buf(args[0]), buf(args[1]), args.length > 2 ? asClinicSize(args[2]) : -1)), 2, 3],
    byArity("partition", (s, sep) => partitionOf(s, sep, false)),
    byArity("rpartition", (s, sep) => partitionOf(s, sep, true)),
    ["upper", (s) => make(s, X.bytesUpper(D(s))), 0, 0],
    ["lower", (s) => make(s, X.bytesLower(D(s))), 0, 0],
    ["swapcase", (s) => make(s, X.bytesSwapcase(D(s))), 0, 0],
    ["capitalize", (s) => make(s, X.bytesCapitalize(D(s))), 0, 0],
    ["title", (s) => make(s, X.bytesTitle(D(s))), 0, 0],
    ["isalpha", (s) => X.bytesIsAlpha(D(s)), 0, 0],
    ["isalnum", (s) => X.bytesIsAlnum(D(s)), 0, 0],
    ["isdigit", (s) => X.bytesIsDigit(D(s)), 0, 0],
    ["isspace", (s) => X.bytesIsSpace(D(s)), 0, 0],
    ["isascii", (s) => X.bytesIsAscii(D(s)), 0, 0],
    ["islower", (s) => X.bytesIsLower(D(s)), 0, 0],
    ["isupper", (s) => X.bytesIsUpper(D(s)), 0, 0],
    ["istitle", (s) => X.bytesIsTitle(D(s)), 0, 0],
    ["center", (s, args) => make(s, X.bytesCenter(D(s), asClinicSize(args[0]), args.length > 1 ? fillByte("center", args[1]) : 0x20)), 1, 2],
    ["ljust", (s, args) => make(s, X.bytesLjust(D(s), asClinicSize(args[0]), args.length > 1 ? fillByte("ljust", args[1]) : 0x20)), 1, 2],
    ["rjust", (s, args) => make(s, X.bytesRjust(D(s), asClinicSize(args[0]), args.length > 1 ? fillByte("rjust", args[1]) : 0x20)), 1, 2],
    byArity("zfill", (s, w) => make(s, X.bytesZfill(D(s), asClinicSize(w)))),
    ["expandtabs", (s, args, kw) => {
      const [n] = bindArgs("expandtabs", args, kw, ["tabsize"], 0);
      return make(s, X.bytesExpandtabs(D(s), n === undefined ? 8 : asCInt(n)));
    }],
    byArity("removeprefix", (s, p) => make(s, X.bytesRemoveAffix(D(s), buf(p)))),
    byArity("removesuffix", (s, p) => make(s, X.bytesRemoveAffix(D(s), buf(p), true))),
    ["translate", (s, args, kw) => {
      const [table, del] = bindArgs("translate", args, kw, ["table", "delete"], 1, 1);
      const data = D(s);
      const t = table === None ? null : buf(table!);
      // (the table's length is checked before the delete argument is read)
      if (t !== null && t.length !== 256) throw valueError("translation table must be 256 characters long");
      const r = X.bytesTranslate(data, t, del === undefined ? new Uint8Array(0) : buf(del));
      // an exact bytes that nothing changed is returned itself, as CPython's
      if (r === data) return s instanceof PyBytesObj && s.cls === BytesType ? s : make(s, data.slice());
      return make(s, r);
    }],
  ]);
  markVarargs(T, FINDS_METHODS);
  // bytes.fromhex(string): a subclass is called with the exact result (its __new__/__init__ run)
  defClassMethods(T, [["fromhex", (cls, args, kw) => {
    if (kw && kw.length) throw typeError(`${kind}.fromhex() takes no keyword arguments`);
    if (args.length !== 1) throw typeError(`${kind}.fromhex() takes exactly one argument (${args.length} given)`);
    const s = args[0];
    const str = asStr(s);
    if (str === null) throw typeError(`fromhex() argument must be str, not ${argTypeName(s)}`);
    const b = X.bytesFromHex(str);
    const r = T === BytesType ? new PyBytesObj(b) : new PyByteArray(b);
    return cls === T ? r : call(cls, [r]);
  }]]);
  const maketrans = new PyBuiltinFunction("maketrans", (args, kw) => {
    noKwargs(`${kind}.maketrans`, kw);
    if (args.length !== 2) throw typeError(`maketrans expected 2 arguments, got ${args.length}`);
    return new PyBytesObj(X.bytesMaketrans(buf(args[0]), buf(args[1])));
  }, T, `${kind}.maketrans`);
  maketrans.isStatic = true;
  T.ns.set("maketrans", maketrans);
  void kind;
}
function repeat(b: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(b.length * n);
  for (let i = 0; i < n; i++) out.set(b, i * b.length);
  return out;
}
defMethods(BytesType, [
  ["__new__", (cls, args, kw) => {
    if (cls === BytesType && args.length === 1 && !kw && args[0] instanceof PyBytesObj && args[0].cls === BytesType) return args[0];
    if (cls === BytesType && args.length === 1 && !kw) {
      // bytes(x) is what x.__bytes__() returns, a bytes subclass instance included
      const bf = typeOf(args[0]).lookup("__bytes__");
      if (bf !== undefined) {
        const r = callDescr(bf, args[0], []);
        if (!(r instanceof PyBytesObj)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
        return r;
      }
    }
    return new PyBytesObj(bytesFromArgs("bytes", args, kw), cls as PyType);
  }],
  ["__hash__", (s) => X.normInt(hashBytes(D(s))), 0, 0],
  ["__getnewargs__", (s) => tuple([new PyBytesObj(D(s))]), 0, 0],
]);
ByteArrayType.ns.set("__hash__", None);
/** del ba[start:stop:step] (n items). */
function deleteSlice(s: PyObj, start: number, stop: number, step: number, n: number): PyObj {
  const b = D(s);
  if (n === 0) return None;
  if (step === 1) {
    if (start === 0) delFront(s, stop);
    else resize(s, spliced(b, start, stop, EMPTY));
    return None;
  }
  // an extended slice: keep every byte not on the slice's positions
  const drop = new Uint8Array(b.length);
  for (let i = 0, j = start; i < n; i++, j += step) drop[j] = 1;
  const out = new Uint8Array(b.length - n);
  for (let i = 0, o = 0; i < b.length; i++) if (!drop[i]) out[o++] = b[i];
  resize(s, out);
  return None;
}
function bytearrayReduce(s: PyObj, proto: number): PyObj {
  const dict = getattrOpt(s, "__dict__") ?? None;
  const b = D(s);
  let args: PyObj;
  if (proto < 3) args = tuple([X.latin1(b), "latin-1"]);
  else args = b.length ? tuple([new PyBytesObj(b.slice())]) : tuple([]);
  return tuple([typeOf(s), args, dict]);
}
/**
 * PyByteArray_Resize's bookkeeping for a bytearray going to `requested` bytes after `front` bytes
 * were dropped from its start (which only advances the start). Room enough: kept, unless the
 * contents would fill less than half of it (then cut to fit). Too little: the request plus an
 * eighth plus 3 (under 9 bytes) or 6 while that is at most an eighth more than there was, else
 * exactly the request. Either reallocation moves the contents to the start. (Growth made elsewhere
 * without a note is caught up with as one resize to the length it reached.)
 */
function noteResize(ba: PyByteArray, requested: number, front = 0): void {
  const size = ba.bytes.length;
  if (size + ba.start + 1 > ba.alloc && size !== 0) {
    ba.alloc = size + 1;
    ba.start = 0;
  }
  ba.start += front;
  if (requested === size - front && front === 0) return;
  if (requested + ba.start + 1 <= ba.alloc) {
    if (requested >= Math.floor(ba.alloc / 2)) return;
    ba.alloc = requested + 1;
  } else if (requested <= ba.alloc * 1.125) ba.alloc = requested + (requested >> 3) + (requested < 9 ? 3 : 6);
  else ba.alloc = requested + 1;
  ba.start = 0;
}
/** ob_alloc now (bytearray.__alloc__). */
function allocOf(ba: PyByteArray): number {
  if (ba.bytes.length !== 0 && ba.bytes.length + ba.start + 1 > ba.alloc) noteResize(ba, ba.bytes.length);
  return ba.alloc;
}
/** Replaces a bytearray's contents: a change of size is refused while a view of it is alive (PyByteArray_Resize). */
function resize(s: PyObj, b: Uint8Array, front = 0): void {
  const ba = s as PyByteArray;
  if (b.length !== ba.bytes.length) checkResizable(ba);
  noteResize(ba, b.length, front);
  ba.bytes = b;
}
const BAT = (x: PyObj) => x as PyByteArray;
const EMPTY = new Uint8Array(0);
/** b with bytes [start, stop) replaced by `vals` (a new array; `vals` may alias b). */
function spliced(b: Uint8Array, start: number, stop: number, vals: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(b.length - (stop - start) + vals.length);
  out.set(b.subarray(0, start));
  out.set(vals, start);
  out.set(b.subarray(stop), start + vals.length);
  return out;
}
/** The bytes a slice assignment stores (bytearray_setslice): a buffer's bytes, or an iterable of ints. */
function sliceValues(v: PyObj): ArrayLike<number> {
  if (isBytesLike(v)) return v.bytes;
  const mv = memoryviewBytes(v);
  if (mv !== null) return mv;
  // PyNumber_Check or a str: refused before iterating
  if (typeof v === "string" || isNumber(v)) {
    throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  // PyByteArray_FromObject: what bytearray(v) makes of it, with its errors
  return bytesFromArgs("bytearray", [v], null);
}
/** The storage bytes.ts gave a bytearray with room to grow; only that may be grown into in place. */
const ownStorage = new WeakMap<PyByteArray, ArrayBufferLike>();
/**
 * Appends to a bytearray in amortised constant time per byte: the contents become a longer view of
 * the same storage while it has room, else of new storage half as large again (PyByteArray_Resize
 * over-allocates too). Earlier views of the contents keep their length, so nothing they see changes.
 */
function appendBytes(s: PyObj, src: ArrayLike<number>): void {
  if (src.length === 0) return;
  const ba = s as PyByteArray;
  checkResizable(ba);
  const b = ba.bytes;
  const n = b.length + src.length;
  let out: Uint8Array;
  // the contents may start past the storage's start after a deletion at the front (delFront)
  if (ownStorage.get(ba) === b.buffer && b.byteOffset + n <= b.buffer.byteLength) out = new Uint8Array(b.buffer, b.byteOffset, n);
  else {
    const storage = new ArrayBuffer(n + (n >> 1) + 16);
    out = new Uint8Array(storage, 0, n);
    out.set(b);
    ownStorage.set(ba, storage);
  }
  out.set(src, b.length);
  noteResize(ba, n);
  ba.bytes = out;
}
/**
 * Deletes the first n bytes without moving the rest (bytearray_setslice_linear advances ob_start):
 * the contents become a later view of the same storage, so consuming a buffer from the front
 * (del ba[:n] after each parsed record) costs O(1) per deletion; appends grow into the storage's
 * room after the contents and compact the contents into new storage when it runs out.
 */
function delFront(s: PyObj, n: number): void {
  checkResizable(s);
  const ba = s as PyByteArray;
  noteResize(ba, ba.bytes.length - n, n);
  ba.bytes = ba.bytes.subarray(n);
}
defMethods(ByteArrayType, [
  ["__init__", (s, args, kw) => {
    // bytearray_init empties a non-empty bytearray first, which a live view refuses
    if (D(s).length !== 0) checkResizable(s, args[0]);
    const b = bytesFromArgs("bytearray", args, kw);
    if (D(s).length !== 0) resize(s, EMPTY);
    // an iterable of ints is appended one by one; a size, a buffer or an encoded str in one resize
    const x = args[0];
    const appended = x !== undefined && asStr(x) === null && !isIndexable(x) && !isBytesLike(x) && memoryviewBytes(x) === null;
    if (appended) for (let i = 1; i <= b.length; i++) noteResize(BAT(s), i), (BAT(s).bytes = b.subarray(0, i));
    resize(s, b);
    return None;
  }],
  ["__setitem__", (s, [k, v]) => {
    if (k instanceof PySlice) {
      // bytearray_ass_subscript: the slice is unpacked (its errors first), then the value made a
      // bytearray, which may run code, then the slice is taken again against the length then
      sliceIndices(k, D(s).length);
      const given = sliceValues(v);
      const b = D(s);
      const vals = given === b ? b.slice() : given; // ba[::-1] = ba reads a copy
      const [start, stop, step, n] = sliceIndices(k, b.length);
      if (step === 1) {
        // (a slice at the front that shrinks advances the start)
        const growth = vals.length - (Math.max(start, stop) - start);
        if (growth !== 0) checkResizable(s, v);
        resize(s, spliced(b, start, Math.max(start, stop), vals), start === 0 && growth < 0 ? -growth : 0);
        return None;
      }
      // (an empty value deletes the extended slice, as del would)
      if (vals.length === 0 && n !== 0) {
        checkResizable(s, v);
        return deleteSlice(s, start, stop, step, n);
      }
      if (vals.length !== n) throw valueError(`attempt to assign bytes of size ${vals.length} to extended slice of size ${n}`);
      for (let i = 0, j = start; i < n; i++, j += step) b[j] = vals[i];
      return None;
    }
    if (!isIndexable(k)) throw typeError(`bytearray indices must be integers or slices, not ${typeOf(k).name}`);
    // the index first, then the value, as 3.10.2's bytearray_ass_subscript (3.10.5 swapped them,
    // GH-91153); a value whose __index__ shrank the bytearray meanwhile, which 3.10.2 writes past
    // the end for, is an IndexError here
    const i = seqIndex(k, D(s).length, "bytearray index out of range", "");
    const x = byteValue(v);
    if (i >= D(s).length) throw newExc(IndexError, "bytearray index out of range");
    D(s)[i] = x;
    return None;
  }, 2, 2],
  ["__delitem__", (s, [k]) => {
    const b = D(s);
    if (k instanceof PySlice) {
      const [start, stop, step, n] = sliceIndices(k, b.length);
      return deleteSlice(s, start, stop, step, n);
    }
    if (!isIndexable(k)) throw typeError(`bytearray indices must be integers or slices, not ${typeOf(k).name}`);
    const i = seqIndex(k, b.length, "bytearray index out of range", "");
    if (i === 0) delFront(s, 1);
    else resize(s, spliced(b, i, i + 1, EMPTY));
    return None;
  }, 1, 1],
  // bytearray's _common_reduce: (type, (latin-1 str, 'latin-1') below protocol 3, else (bytes,)
  // or () when empty, and the instance __dict__ or None); __reduce__ is protocol 2's
  ["__reduce__", (s) => bytearrayReduce(s, 2), 0, 0],
  ["__reduce_ex__", (s, [p]) => bytearrayReduce(s, p === undefined ? 0 : asCInt(p)), 0, 1],
  ["__iadd__", (s, [o]) => {
    // bytearray_iconcat holds a buffer of its operand while resizing: ba += ba is refused
    if (o === s && D(s).length > 0) throw exportsError();
    const b = bufferBytes(o);
    if (b === null) throw typeError(`can't concat ${typeOf(o).name} to ${typeOf(s).name}`);
    if (b.length > 0) checkResizable(s, o);
    appendBytes(s, b);
    return s;
  }, 1, 1],
  ["__imul__", (s, [n]) => {
    resize(s, repeat(D(s), repeatCount(n, D(s).length)));
    return s;
  }, 1, 1],
  byArity("append", (s, v) => {
    appendBytes(s, [byteValue(v)]);
    return None;
  }),
  byArity("extend", (s, v) => {
    // a buffer extends by its bytes (bytearray_extend's PyObject_CheckBuffer), anything else by
    // iteration: the iterator first, then the iterable's length hint (whose __len__ or
    // __length_hint__ may raise), then each item converted as it comes
    const buffer = bufferBytes(v);
    if (buffer !== null) {
      if (buffer.length > 0) checkResizable(s, v);
      appendBytes(s, buffer);
      return None;
    }
    let it: PyObj;
    try {
      it = iter(v);
    } catch (e) {
      throw isTypeError(e) ? typeError(`can't extend bytearray with ${typeOf(v).name}`) : e;
    }
    lengthHint(v, 64);
    const out: number[] = [];
    for (let x = next(it); x !== undefined; x = next(it)) out.push(byteValue(x));
    appendBytes(s, out);
    return None;
  }),
  byArity2("insert", (s, i, v) => {
    const b = D(s);
    let k = asClinicSize(i);
    if (k < 0) k = Math.max(0, k + b.length);
    k = Math.min(k, b.length);
    resize(s, spliced(b, k, k, [byteValue(v)]));
    return None;
  }),
  ["pop", (s, args) => {
    const b = D(s);
    let k = args.length ? asClinicSize(args[0]) : -1;
    if (b.length === 0) throw newExc(IndexError, "pop from empty bytearray");
    if (k < 0) k += b.length;
    if (k < 0 || k >= b.length) throw newExc(IndexError, "pop index out of range");
    const v = b[k];
    checkResizable(s);
    noteResize(BAT(s), b.length - 1);
    if (k === b.length - 1) {
      // popping the end keeps the storage, so appends after it reuse the capacity
      BAT(s).bytes = b.subarray(0, k);
      return v;
    }
    const out = new Uint8Array(b.length - 1);
    out.set(b.subarray(0, k));
    out.set(b.subarray(k + 1), k);
    BAT(s).bytes = out;
    return v;
  }, 0, 1],
  byArity("remove", (s, v) => {
    const b = D(s);
    const i = b.indexOf(byteValue(v));
    if (i < 0) throw valueError("value not found in bytearray");
    resize(s, spliced(b, i, i + 1, EMPTY));
    return None;
  }),
  ["reverse", (s) => {
    D(s).reverse();
    return None;
  }, 0, 0],
  ["clear", (s) => {
    resize(s, new Uint8Array(0));
    return None;
  }, 0, 0],
  ["copy", (s) => new PyByteArray(D(s).slice()), 0, 0],
  ["__alloc__", (s) => allocOf(BAT(s)), 0, 0],
  ["__sizeof__", (s) => typeSizes(BAT(s).cls)[0] + allocOf(BAT(s)), 0, 0],
]);
