// The _struct module (Modules/_struct.c): Struct, pack/unpack/pack_into/unpack_from/iter_unpack/
// calcsize and struct.error, over the format layouts and item codecs of struct-format.ts.
// Compiled formats are cached by format string, as CPython's cache does.
import {
  type PyObj, asText, PyObject, PyType, PyBytesObj, PyByteArray, PyMemoryView, PyFloat, PyIter, TypeType, ObjectType, None, typeOf, asInt, asStr,
  callDescr, typeError, newExc, toPyExc, PyBaseException, truthy, tuple, bindArgs, defMethods, defGetters, exceptionTypes, Exception as ExceptionT,
  PyModule, asSize, asIndex, StopIteration, bufferBytes, writableBufferBytes, hash,
  indexResult, byArity, OverflowError, isInstance, ownNew,
} from "../objects/index.ts";
import { PyError } from "../support/py-error.ts";
import { normInt, encode as encodeText } from "../support/text/index.ts";
import { makeModule, inModule, asDouble, type Fn } from "./util.ts";
import { parseFormat, checkInt, writeInt, readInt, packHalf, unpackHalf, checkFloat32, StructFail, type Layout } from "./struct-format.ts";

/** struct.error (PyErr_NewException("struct.error", NULL, NULL)). */
export const StructError = new PyType(TypeType, "error", [ExceptionT], null);
StructError.staticModule = "struct";
StructError.isException = true;
StructError.hasDict = true;

const fail = (msg: string) => newExc(StructError, msg);
/** Bytes as a string of the same char codes (format strings are parsed as text). */
const latin1 = (b: Uint8Array): string => {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
};

function rethrow(e: unknown): never {
  if (e instanceof StructFail) throw fail(e.message);
  if (e instanceof PyError) throw toPyExc(e);
  throw e;
}

const cache = new Map<string, Layout>();
function layoutOf(fmt: string): Layout {
  let l = cache.get(fmt);
  if (l === undefined) {
    try {
      l = parseFormat(fmt);
    } catch (e) {
      rethrow(e);
    }
    if (cache.size >= 100) cache.clear();
    cache.set(fmt, l);
  }
  return l;
}

// ---- packing --------------------------------------------------------------------------------------

/** get_pylong: an int, or __index__; struct.error otherwise. */
function intArg(v: PyObj): bigint {
  const i = asInt(v);
  if (i !== null) return BigInt(i);
  const f = typeOf(v).lookup("__index__");
  if (f === undefined) throw fail("required argument is not an integer");
  return BigInt(indexResult(callDescr(f, v, [])));
}

function floatArg(v: PyObj): number {
  if (v instanceof PyFloat) return v.value;
  try {
    return asDouble(v);
  } catch (e) {
    // (np_double and its kin replace whatever PyFloat_AsDouble raised)
    if (e instanceof PyBaseException || e instanceof PyError) throw fail("required argument is not a float");
    throw e;
  }
}

function packItems(l: Layout, args: PyObj[], out: Uint8Array, base: number): void {
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let k = 0; k < l.items.length; k++) {
    const it = l.items[k];
    const v = args[k];
    const at = base + it.offset;
    try {
      switch (it.code) {
        case "c": {
          if (!(v instanceof PyBytesObj) || v.bytes.length !== 1) throw fail("char format requires a bytes object of length 1");
          out[at] = v.bytes[0];
          break;
        }
        case "s":
        case "p": {
          if (!(v instanceof PyBytesObj || v instanceof PyByteArray)) throw fail(`argument for '${it.code}' must be a bytes object`);
          const b = v.bytes;
          if (it.code === "s") out.set(b.subarray(0, it.size), at);
          else if (it.size > 0) {
            // up to size - 1 bytes are stored; the length byte saturates at 255
            const n = Math.min(b.length, it.size - 1);
            out.set(b.subarray(0, n), at + 1);
            out[at] = Math.min(n, 255);
          }
          break;
        }
        case "?":
          out[at] = truthy(v) ? 1 : 0;
          break;
        case "e": {
          const h = packHalf(floatArg(v));
          writeInt(out, at, 2, l.little, BigInt(h));
          break;
        }
        case "f": {
          const x = floatArg(v);
          // (the native packer, np_float, casts to float without a check: 1e300 is inf there)
          if (!l.native) checkFloat32(x);
          dv.setFloat32(at, x, l.little);
          break;
        }
        case "d":
          dv.setFloat64(at, floatArg(v), l.little);
          break;
        case "P": {
          // PyLong_AsVoidPtr: a C long when negative, else an unsigned long
          const x = intArg(v);
          if (x < -(1n << 63n)) throw newExc(OverflowError, "Python int too large to convert to C long");
          if (x >= 1n << 64n) throw newExc(OverflowError, "Python int too large to convert to C unsigned long");
          writeInt(out, at, it.size, l.little, x);
          break;
        }
        default: {
          const x = intArg(v);
          checkInt(it.code, x, it.size, l.native, l.little);
          writeInt(out, at, it.size, l.little, x);
        }
      }
    } catch (e) {
      // s_pack_internal: an int item's OverflowError, whichever packer raised it, is struct.error
      const exc = e instanceof PyError ? toPyExc(e) : e;
      if (exc instanceof PyBaseException && isInstance(exc, OverflowError) && asInt(v) !== null) throw fail("int too large to convert");
      rethrow(exc);
    }
  }
}

function pack(l: Layout, args: PyObj[], what = "pack"): PyBytesObj {
  if (args.length !== l.count) throw fail(`${what} expected ${l.count} items for packing (got ${args.length})`);
  const out = new Uint8Array(l.size);
  packItems(l, args, out, 0);
  return new PyBytesObj(out);
}

// ---- unpacking ------------------------------------------------------------------------------------

function unpackAt(l: Layout, data: Uint8Array, base: number): PyObj {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: PyObj[] = new Array(l.items.length);
  for (let k = 0; k < l.items.length; k++) {
    const it = l.items[k];
    const at = base + it.offset;
    switch (it.code) {
      case "c": out[k] = new PyBytesObj(data.slice(at, at + 1)); break;
      case "s": out[k] = new PyBytesObj(data.slice(at, at + it.size)); break;
      case "p": {
        // s_unpack_internal clamps the length byte to size - 1, which is -1 for '0p'
        if (it.size === 0) throw newExc(exceptionTypes.get("SystemError")!, "Negative size passed to PyBytes_FromStringAndSize");
        const n = Math.min(data[at], it.size - 1);
        out[k] = new PyBytesObj(data.slice(at + 1, at + 1 + n));
        break;
      }
      case "?": out[k] = data[at] !== 0; break;
      case "e": out[k] = new PyFloat(unpackHalf(Number(readInt(data, at, 2, l.little, false)))); break;
      case "f": out[k] = new PyFloat(dv.getFloat32(at, l.little)); break;
      case "d": out[k] = new PyFloat(dv.getFloat64(at, l.little)); break;
      default: {
        const signed = it.code === it.code.toLowerCase() && it.code !== "p";
        out[k] = normInt(readInt(data, at, it.size, l.little, signed && it.code !== "P" ? true : it.code === "P" ? false : signed));
      }
    }
  }
  return tuple(out);
}

/** The bytes of a buffer argument (any exporter, such as array.array); `writable` for pack_into. */
function bufferArg(x: PyObj, writable: boolean): Uint8Array {
  if (writable) {
    const live = writableBufferBytes(x);
    if (live !== null) return live;
    throw typeError(`argument must be read-write bytes-like object, not ${typeOf(x).name}`);
  }
  if (x instanceof PyMemoryView) return x.bytes();
  const b = bufferBytes(x);
  if (b !== null) return b;
  throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
}

function unpack(l: Layout, buf: PyObj): PyObj {
  const data = bufferArg(buf, false);
  if (data.length !== l.size) throw fail(`unpack requires a buffer of ${l.size} bytes`);
  return unpackAt(l, data, 0);
}

/**
 * An offset argument as a Py_ssize_t, and its exact value for messages (offsets past 2**53 do not
 * survive as JS numbers). unpack_from's offset is an argument-clinic Py_ssize_t (OverflowError);
 * pack_into converts its own with IndexError for overflow.
 */
function offsetArgument(x: PyObj, packing: boolean): [number, bigint] {
  const v = asIndex(x);
  if (typeof v === "bigint" && (v > 9223372036854775807n || v < -9223372036854775808n)) {
    if (packing) throw newExc(exceptionTypes.get("IndexError")!, `cannot fit '${typeOf(x).name}' into an index-sized integer`);
    throw newExc(exceptionTypes.get("OverflowError")!, "Python int too large to convert to C ssize_t");
  }
  return [Number(v), BigInt(v)];
}

function unpackFrom(l: Layout, buf: PyObj, offsetArg: PyObj | undefined): PyObj {
  const data = bufferArg(buf, false);
  let [offset, exact] = offsetArg === undefined ? [0, 0n] : offsetArgument(offsetArg, false);
  if (offset < 0) {
    if (offset + l.size > 0) throw fail(`not enough data to unpack ${l.size} bytes at offset ${exact}`);
    if (offset + data.length < 0) throw fail(`offset ${exact} out of range for ${data.length}-byte buffer`);
    offset += data.length;
    exact += BigInt(data.length);
  }
  if (data.length - offset < l.size) {
    throw fail(`unpack_from requires a buffer of at least ${BigInt(l.size) + exact} bytes for unpacking ${l.size} bytes at offset ${exact} (actual buffer size is ${data.length})`);
  }
  return unpackAt(l, data, offset);
}

function packInto(l: Layout, args: PyObj[]): PyObj {
  if (args.length !== l.count + 2) {
    if (args.length === 0) throw fail("pack_into expected buffer argument");
    if (args.length === 1) throw fail("pack_into expected offset argument");
    throw fail(`pack_into expected ${l.count} items for packing (got ${args.length - 2})`);
  }
  const data = bufferArg(args[0], true);
  let [offset, exact] = offsetArgument(args[1], true);
  if (offset < 0) {
    if (offset + l.size > 0) throw fail(`no space to pack ${l.size} bytes at offset ${exact}`);
    if (offset + data.length < 0) throw fail(`offset ${exact} out of range for ${data.length}-byte buffer`);
    offset += data.length;
    exact += BigInt(data.length);
  }
  if (data.length - offset < l.size) {
    throw fail(`pack_into requires a buffer of at least ${BigInt(l.size) + exact} bytes for packing ${l.size} bytes at offset ${exact} (actual buffer size is ${data.length})`);
  }
  // pack into a scratch copy first, so that a failing item leaves the buffer as it was... CPython
  // writes item by item; the items before the failing one are written there too
  packItems(l, args.slice(2), data, offset);
  return None;
}

const UnpackIterType = inModule(new PyType(TypeType, "unpack_iterator", [ObjectType]), "_struct");
UnpackIterType.solid = UnpackIterType;
UnpackIterType.baseAllowed = false;
defMethods(UnpackIterType, [
  ["__new__", () => {
    throw typeError("cannot create '_struct.unpack_iterator' instances");
  }],
  ["__iter__", (s) => s, 0, 0],
  ["__next__", (s) => {
    const v = (s as PyIter).step();
    if (v === undefined) throw newExc(StopIteration);
    return v;
  }, 0, 0],
  ["__length_hint__", (s) => (s as PyIter).lengthHint?.() ?? 0, 0, 0],
]);

function iterUnpack(l: Layout, buf: PyObj): PyObj {
  const data = bufferArg(buf, false).slice();
  if (l.size === 0) throw fail("cannot iteratively unpack with a struct of length 0");
  if (data.length % l.size !== 0) throw fail(`iterative unpacking requires a buffer of a multiple of ${l.size} bytes`);
  let pos = 0;
  return new PyIter(UnpackIterType, () => {
    if (pos + l.size > data.length) return undefined;
    const v = unpackAt(l, data, pos);
    pos += l.size;
    return v;
  }, () => Math.max(0, (data.length - pos) / l.size));
}

// ---- Struct ---------------------------------------------------------------------------------------

function formatArg(x: PyObj, who: string): string {
  // a str format is encoded to ASCII first (UnicodeEncodeError for anything else), as CPython does
  const t = asText(x);
  if (t !== null) return latin1(encodeText(t, "ascii"));
  if (x instanceof PyBytesObj) return latin1(x.bytes);
  throw typeError(`${who} argument 1 must be a str or bytes object, not ${typeOf(x).name}`);
}

export const StructType = inModule(new PyType(TypeType, "_struct.Struct", [ObjectType]), "_struct");
StructType.qualname = "Struct"; // (tp_name "_struct.Struct", which messages show)
StructType.solid = StructType;
class PyStruct extends PyObject {
  layout: Layout = { runs: [], items: [], count: 0, size: 0, native: true, little: true };
  format = "";
}
StructType.factory = (cls) => new PyStruct(cls);
// its own tp_new (s_new), as copyreg's protocol 0-1 reduction looks for: an instance cannot pickle
ownNew(StructType);
const ST = (x: PyObj) => x as PyStruct;

defMethods(StructType, [
  ["__init__", (s, a, k) => {
    const [format] = bindArgs("Struct", a, k, ["format"], 1);
    const f = formatArg(format!, "Struct()");
    ST(s).layout = layoutOf(f);
    ST(s).format = f;
    return None;
  }],
  ["pack", (s, a, k) => {
    if (k && k.length) throw typeError("Struct.pack() takes no keyword arguments"); // (_PyObject_FunctionStr: the qualified name)
    return pack(ST(s).layout, a);
  }],
  ["pack_into", (s, a, k) => {
    if (k && k.length) throw typeError("Struct.pack_into() takes no keyword arguments");
    return packInto(ST(s).layout, a);
  }],
  byArity("unpack", (s, b) => unpack(ST(s).layout, b)),
  ["unpack_from", (s, a, k) => {
    const [buffer, offset] = bindArgs("unpack_from", a, k, ["buffer", "offset"], 1);
    return unpackFrom(ST(s).layout, buffer!, offset);
  }],
  byArity("iter_unpack", (s, b) => iterUnpack(ST(s).layout, b)),
  // the object (56 bytes) and its array of format codes (32 bytes each, one per run, and an end marker)
  ["__sizeof__", (s) => 88 + 32 * ST(s).layout.runs.length, 0, 0],
]);
defGetters(StructType, [
  ["format", (s) => ST(s).format],
  ["size", (s) => ST(s).layout.size],
]);

/** The layout of the format argument of a module-level function. */
const fmtLayout = (x: PyObj | undefined, fname: string): Layout => {
  if (x === undefined) throw typeError(`${fname}() missing required argument 'format' (pos 1)`);
  // the format is first looked up in the cache of compiled Structs, which wants it hashable
  if (asText(x) === null && !(x instanceof PyBytesObj)) hash(x);
  return layoutOf(formatArg(x, "Struct()"));
};

const fns: [string, Fn][] = [
  ["pack", (a, k) => {
    if (k && k.length) throw typeError("_struct.pack() takes no keyword arguments");
    if (a.length === 0) throw typeError("missing format argument");
    return pack(fmtLayout(a[0], "pack"), a.slice(1));
  }],
  ["pack_into", (a, k) => {
    if (k && k.length) throw typeError("_struct.pack_into() takes no keyword arguments");
    if (a.length === 0) throw typeError("missing format argument");
    return packInto(fmtLayout(a[0], "pack_into"), a.slice(1));
  }],
  ["unpack", (a, k) => {
    if (k && k.length) throw typeError("_struct.unpack() takes no keyword arguments");
    if (a.length !== 2) throw typeError(`unpack expected 2 arguments, got ${a.length}`);
    return unpack(fmtLayout(a[0], "unpack"), a[1]);
  }],
  ["unpack_from", (a, k) => {
    const [format, buffer, offset] = bindArgs("unpack_from", a, k, ["format", "buffer", "offset"], 2, 1);
    return unpackFrom(fmtLayout(format, "unpack_from"), buffer!, offset);
  }],
  ["iter_unpack", (a, k) => {
    if (k && k.length) throw typeError("_struct.iter_unpack() takes no keyword arguments");
    if (a.length !== 2) throw typeError(`iter_unpack expected 2 arguments, got ${a.length}`);
    return iterUnpack(fmtLayout(a[0], "iter_unpack"), a[1]);
  }],
  ["calcsize", (a, k) => {
    if (k && k.length) throw typeError("_struct.calcsize() takes no keyword arguments");
    if (a.length !== 1) throw typeError(`_struct.calcsize() takes exactly one argument (${a.length} given)`);
    return fmtLayout(a[0], "calcsize").size;
  }],
  ["_clearcache", () => {
    cache.clear();
    return None;
  }],
];

export function makeStruct(): PyModule {
  const m = makeModule("_struct", fns, [["Struct", StructType], ["error", StructError]], "Functions to convert between Python values and C structs.");
  return m;
}
