// The zlib module (Modules/zlibmodule.c, 3.10) over our own inflater and deflater, which follow zlib
// 1.2.13 (the version the oracle's CPython links; ZLIB_VERSION and ZLIB_RUNTIME_VERSION say so).
// The compressor is driven exactly as CPython drives zlib's deflate(): output blocks of CPython's
// growing sizes (32 KiB, 64 KiB, 256 KiB, ...) offered one at a time, which matters for level 0
// whose stored block sizes depend on the output space. Errors are zlib.error with CPython's texts
// ("Error -3 while decompressing data: incorrect header check").
import { concatBytes } from "../../support/concat-bytes.ts";
import {
  type PyObj, PyObject, PyType, PyBytesObj, PyByteArray, PyModule, None, TypeType, ObjectType, Exception, OverflowError,
  typeOf, asIndex, noKwargs, typeError, valueError, attributeError, newExc, bindArgs, defMethods, defGetters, asMembers,
} from "../../objects/index.ts";
import { otherBufferBytes } from "../../objects/memoryview.ts";
import { makeModule, inModule, type Fn } from "../util.ts";
import { adler32, crc32 } from "./checksum.ts";
import { Deflater, Z_FINISH, Z_NO_FLUSH, Z_STREAM_END as DZ_STREAM_END, Z_STREAM_ERROR as DZ_STREAM_ERROR } from "./deflate.ts";
import { Inflater, Z_OK, Z_STREAM_END, Z_NEED_DICT, Z_BUF_ERROR, Z_STREAM_ERROR, Z_DATA_ERROR } from "./inflate.ts";
import { ZLIB_DOC, ZLIB_DOCS } from "./docs.ts";

const MAX_WBITS = 15;
const DEF_MEM_LEVEL = 8;
const DEF_BUF_SIZE = 16384;
const ZLIB_VERSION = "1.2.13";

let ZlibError: PyType;
{
  ZlibError = new PyType(TypeType, "error", [Exception]);
  ZlibError.heap = true;
  ZlibError.hasDict = true;
  ZlibError.ns.set("__module__", "zlib");
}

/** zlib_error: "Error N <what>: <zlib's message>" (or a message for the code when zlib set none). */
function zlibError(err: number, msg: string | null, what: string): PyObject {
  let zmsg = msg;
  if (zmsg === null) {
    if (err === Z_BUF_ERROR) zmsg = "incomplete or truncated stream";
    else if (err === Z_STREAM_ERROR) zmsg = "inconsistent stream state";
    else if (err === Z_DATA_ERROR) zmsg = "invalid input data";
  }
  return newExc(ZlibError, zmsg === null ? `Error ${err} ${what}` : `Error ${err} ${what}: ${zmsg}`);
}

/** A Py_buffer argument. */
function bufferArg(x: PyObj): Uint8Array {
  if (x instanceof PyBytesObj || x instanceof PyByteArray) return x.bytes;
  const b = otherBufferBytes(x);
  if (b !== null) return b;
  throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
}

/** Clinic's `int` converter. */
function cInt(x: PyObj | undefined, dflt: number): number {
  if (x === undefined) return dflt;
  const v = asIndex(x);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) throw newExc(OverflowError, "Python int too large to convert to C int");
  return v;
}

/** Clinic's `Py_ssize_t` converter. */
function ssize(x: PyObj | undefined, dflt: number): number {
  if (x === undefined) return dflt;
  const v = asIndex(x);
  if (typeof v === "number") return v;
  if (v >= 2n ** 63n || v < -(2n ** 63n)) throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
  return Number(v);
}

/** unsigned_int(bitwise=True): any int, reduced modulo 2**32. */
function uint32(x: PyObj | undefined, dflt: number): number {
  if (x === undefined) return dflt;
  const v = asIndex(x);
  return typeof v === "bigint" ? Number(BigInt.asUintN(32, v)) : Number(BigInt.asUintN(32, BigInt(v)));
}

/** A clinic function with positional-only leading parameters: its "at least N positional" message. */
function atLeast(fname: string, args: PyObj[], kw: readonly string[] | null, n: number, how = "at least"): void {
  const npos = args.length - (kw ? kw.length : 0);
  if (npos < n) throw typeError(`${fname}() takes ${how} ${n} positional argument${n === 1 ? "" : "s"} (${npos} given)`);
}

/**
 * The argument checks of a clinic method with a defining class and only positional-only parameters
 * (_PyArg_UnpackKeywords): the positional arguments, or CPython's TypeError.
 */
function methodArgs(fname: string, args: PyObj[], kw: readonly string[] | null, min: number, max: number): PyObj[] {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  if (max === 0) {
    // 3.10.2's wording for a method without parameters (later 3.10 releases say "takes no arguments").
    if (npos > 0) throw typeError(`${fname}() takes at most 0 arguments (${npos} given)`);
    if (nkw > 0) throw typeError(`${fname}() takes at most 0 keyword arguments (${nkw} given)`);
    return [];
  }
  if (npos > max) throw typeError(`${fname}() takes at most ${max} argument${max === 1 ? "" : "s"} (${npos} given)`);
  if (npos < min) throw typeError(`${fname}() takes ${min === max ? "exactly" : "at least"} ${min} positional argument${min === 1 ? "" : "s"} (${npos} given)`);
  if (nkw > 0) throw typeError(`'${kw![0]}' is an invalid keyword argument for ${fname}()`);
  return args;
}


// ---- CPython's output buffer (_BlocksOutputBuffer) ----

const KB = 1024, MB = 1024 * 1024;
const BLOCK_SIZES = [32 * KB, 64 * KB, 256 * KB, MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB, 32 * MB, 32 * MB, 32 * MB, 32 * MB, 64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB];

const FIRST_BLOCK = new Uint8Array(BLOCK_SIZES[0]);

/** The output blocks of one call: each new block is offered to the deflater when it filled the last. */
class OutBlocks {
  private chunks: Uint8Array[] = [];
  private count = 0;
  constructor(private d: Deflater) {
    this.next();
  }
  next(): void {
    const d = this.d;
    if (this.count > 0) this.chunks.push(d.out);
    const size = BLOCK_SIZES[Math.min(this.count, BLOCK_SIZES.length - 1)];
    // The first block is a shared scratch buffer (finish() copies out of it): most calls produce
    // little, and a fresh 32 KiB block per call would dominate small compress() calls.
    d.out = this.count === 0 ? FIRST_BLOCK : new Uint8Array(size);
    this.count++;
    d.outPos = 0;
    d.availOut = size;
  }
  finish(): Uint8Array {
    const d = this.d;
    this.chunks.push(d.out.slice(0, d.outPos));
    d.out = new Uint8Array(0);
    d.outPos = d.availOut = 0;
    return concatBytes(this.chunks);
  }
}

/** deflate(flush) until a call leaves room in its output block, as CPython's loops do; the last status. */
function deflateAll(d: Deflater, blocks: OutBlocks, flush: number, what: string): number {
  let err: number;
  do {
    if (d.availOut === 0) blocks.next();
    err = d.deflate(flush);
    if (err === DZ_STREAM_ERROR) throw zlibError(err, d.msg, what);
  } while (d.availOut === 0);
  return err;
}

function setInput(d: Deflater, data: Uint8Array): void {
  d.nextIn = data;
  d.inPos = 0;
  d.availIn = data.length;
}

function compress(data: Uint8Array, level: number): Uint8Array {
  if (!Deflater.valid(level, 8, MAX_WBITS, DEF_MEM_LEVEL, 0)) throw newExc(ZlibError, "Bad compression level");
  const d = new Deflater(level, MAX_WBITS, DEF_MEM_LEVEL, 0);
  const blocks = new OutBlocks(d);
  setInput(d, data);
  const err = deflateAll(d, blocks, Z_FINISH, "while compressing data");
  if (err !== DZ_STREAM_END) throw zlibError(err, d.msg, "while finishing compression");
  return blocks.finish();
}

function decompress(data: Uint8Array, wbits: number): Uint8Array {
  const inf = new Inflater(wbits);
  if (inf.ended) throw zlibError(Z_STREAM_ERROR, null, "while preparing to decompress data");
  const { status, out } = inf.inflate(data, 0, data.length, Infinity, true);
  if (status !== Z_STREAM_END) throw zlibError(status, inf.msg, "while decompressing data");
  return out;
}

// ---- compressor and decompressor objects ----

class PyCompress extends PyObject {
  constructor(cls: PyType, public d: Deflater) {
    super(cls);
  }
}

class PyDecompress extends PyObject {
  unusedData: Uint8Array = new Uint8Array(0);
  unconsumedTail: Uint8Array = new Uint8Array(0);
  eof = false;
  constructor(cls: PyType, public inf: Inflater, public zdict: PyObj | null) {
    super(cls);
  }
}

function newType(name: string): PyType {
  const t = inModule(new PyType(TypeType, `zlib.${name}`, [ObjectType]), "zlib");
  t.qualname = name;
  t.solid = t;
  t.baseAllowed = false;
  defMethods(t, [["__new__", () => {
    throw typeError(`cannot create 'zlib.${name}' instances`);
  }]]);
  return t;
}

const CompressType = newType("Compress");
const DecompressType = newType("Decompress");

function compressCopy(self: PyObj, _args?: PyObj[]): PyObj {
  const c = self as PyCompress;
  if (c.d.ended) throw valueError("Inconsistent stream state");
  return new PyCompress(CompressType, c.d.copy());
}

defMethods(CompressType, [
  ["compress", (self, args, kw) => {
    const [data] = methodArgs("compress", args, kw, 1, 1);
    const d = (self as PyCompress).d;
    const blocks = new OutBlocks(d);
    setInput(d, bufferArg(data));
    deflateAll(d, blocks, Z_NO_FLUSH, "while compressing data");
    setInput(d, new Uint8Array(0));
    return new PyBytesObj(blocks.finish());
  }],
  ["flush", (self, args, kw) => {
    const [mode] = methodArgs("flush", args, kw, 0, 1);
    const d = (self as PyCompress).d;
    const m = cInt(mode, Z_FINISH);
    if (m === Z_NO_FLUSH) return new PyBytesObj(new Uint8Array(0));
    const blocks = new OutBlocks(d);
    setInput(d, new Uint8Array(0));
    const err = deflateAll(d, blocks, m, "while flushing");
    if (err === DZ_STREAM_END && m === Z_FINISH) d.end();
    else if (err !== Z_OK && err !== Z_BUF_ERROR) throw zlibError(err, d.msg, "while flushing");
    return new PyBytesObj(blocks.finish());
  }],
  ["copy", (self, args, kw) => compressCopy(self, methodArgs("copy", args, kw, 0, 0))],
  ["__copy__", (self, args, kw) => compressCopy(self, methodArgs("__copy__", args, kw, 0, 0))],
  ["__deepcopy__", (self) => compressCopy(self), 1, 1],
]);

function decompressCopy(self: PyObj, _args?: PyObj[]): PyObj {
  const o = self as PyDecompress;
  if (o.inf.ended) throw valueError("Inconsistent stream state");
  const c = new PyDecompress(DecompressType, o.inf.copy(), o.zdict);
  c.unusedData = o.unusedData;
  c.unconsumedTail = o.unconsumedTail;
  c.eof = o.eof;
  return c;
}

/** set_inflate_zdict. */
function setZdict(o: PyDecompress): void {
  // The object is read when the stream asks for it (a bytearray may have changed meanwhile).
  const err = o.inf.setDictionary(otherBufferOrBytes(o.zdict!) ?? new Uint8Array(0));
  if (err !== Z_OK) throw zlibError(err, o.inf.msg, "while setting zdict");
}

/**
 * Inflates input into at most maxOut bytes (Infinity: no limit), setting a dictionary when the
 * stream asks for one we have; then save_unconsumed_input. Returns the output and the last status.
 */
function inflateInto(o: PyDecompress, input: Uint8Array, maxOut: number, finish: boolean): { status: number; out: Uint8Array } {
  const chunks: Uint8Array[] = [];
  let pos = 0, left = maxOut, status: number;
  for (;;) {
    const r = o.inf.inflate(input, pos, input.length, left, finish);
    pos = o.inf.inPos;
    status = r.status;
    chunks.push(r.out);
    left -= r.out.length;
    if (status === Z_NEED_DICT && o.zdict !== null) {
      setZdict(o);
      continue;
    }
    break;
  }
  if (status === Z_STREAM_END && pos < input.length) {
    const u = new Uint8Array(o.unusedData.length + input.length - pos);
    u.set(o.unusedData);
    u.set(input.subarray(pos), o.unusedData.length);
    o.unusedData = u;
    pos = input.length;
  }
  if (pos < input.length || o.unconsumedTail.length > 0) o.unconsumedTail = input.slice(pos);
  return { status, out: concatBytes(chunks) };
}

defMethods(DecompressType, [
  ["decompress", (self, args, kw) => {
    atLeast("decompress", args, kw, 1);
    const [data, maxLength] = bindArgs("decompress", args, kw, ["", "max_length"], 1, 1);
    const o = self as PyDecompress;
    const input = bufferArg(data!);
    const max = ssize(maxLength, 0);
    if (max < 0) throw valueError("max_length must be non-negative");
    const { status, out } = inflateInto(o, input, max === 0 ? Infinity : max, false);
    if (status === Z_STREAM_END) o.eof = true;
    else if (status !== Z_OK && status !== Z_BUF_ERROR) throw zlibError(status, o.inf.msg, "while decompressing data");
    return new PyBytesObj(out);
  }],
  ["flush", (self, args, kw) => {
    const [length] = methodArgs("flush", args, kw, 0, 1);
    const o = self as PyDecompress;
    const n = ssize(length, DEF_BUF_SIZE);
    if (n <= 0) throw valueError("length must be greater than zero");
    const { status, out } = inflateInto(o, o.unconsumedTail, Infinity, true);
    if (status === Z_STREAM_END) {
      o.eof = true;
      o.inf.ended = true;
    }
    return new PyBytesObj(out);
  }],
  ["copy", (self, args, kw) => decompressCopy(self, methodArgs("copy", args, kw, 0, 0))],
  ["__copy__", (self, args, kw) => decompressCopy(self, methodArgs("__copy__", args, kw, 0, 0))],
  ["__deepcopy__", (self) => decompressCopy(self), 1, 1],
]);

// Read-only members in CPython (PyMemberDef READONLY).
const readonly = () => {
  throw attributeError("readonly attribute");
};
defGetters(DecompressType, [
  ["unused_data", (self) => new PyBytesObj((self as PyDecompress).unusedData), readonly],
  ["unconsumed_tail", (self) => new PyBytesObj((self as PyDecompress).unconsumedTail), readonly],
  ["eof", (self) => (self as PyDecompress).eof, readonly],
]);
asMembers(DecompressType, ["unused_data", "unconsumed_tail", "eof"]);

const COMPRESSOBJ_ARGS = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];

export function makeZlib(): PyModule {
  const fns: [string, Fn][] = [
    ["adler32", (args, kw) => {
      noKwargs("zlib.adler32", kw);
      const [data, value] = bindArgs("adler32", args, kw, ["data", "value"], 1, 2);
      return adler32(uint32(value, 1), bufferArg(data!));
    }],
    ["crc32", (args, kw) => {
      noKwargs("zlib.crc32", kw);
      const [data, value] = bindArgs("crc32", args, kw, ["data", "value"], 1, 2);
      return crc32(uint32(value, 0), bufferArg(data!));
    }],
    ["compress", (args, kw) => {
      atLeast("compress", args, kw, 1);
      const [data, level] = bindArgs("compress", args, kw, ["", "level"], 1, 1);
      const input = bufferArg(data!);
      return new PyBytesObj(compress(input, cInt(level, -1)));
    }],
    ["decompress", (args, kw) => {
      atLeast("decompress", args, kw, 1);
      const [data, wbits, bufsize] = bindArgs("decompress", args, kw, ["", "wbits", "bufsize"], 1, 1);
      const input = bufferArg(data!);
      const w = cInt(wbits, MAX_WBITS);
      if (ssize(bufsize, DEF_BUF_SIZE) < 0) throw valueError("bufsize must be non-negative");
      return new PyBytesObj(decompress(input, w));
    }],
    ["compressobj", (args, kw) => {
      const a = bindArgs("compressobj", args, kw, COMPRESSOBJ_ARGS, 0);
      const level = cInt(a[0], -1), method = cInt(a[1], 8), wbits = cInt(a[2], MAX_WBITS);
      const memLevel = cInt(a[3], DEF_MEM_LEVEL), strategy = cInt(a[4], 0);
      const zdict = a[5] === undefined || a[5] === None ? null : bufferArg(a[5]);
      if (!Deflater.valid(level, method, wbits, memLevel, strategy)) throw valueError("Invalid initialization option");
      const d = new Deflater(level, wbits, memLevel, strategy);
      if (zdict !== null && d.setDictionary(zdict) !== Z_OK) throw valueError("Invalid dictionary");
      return new PyCompress(CompressType, d);
    }],
    ["decompressobj", (args, kw) => {
      const [wbits, zdictArg] = bindArgs("decompressobj", args, kw, ["wbits", "zdict"], 0);
      const w = cInt(wbits, MAX_WBITS);
      let zdict: PyObj | null = null;
      if (zdictArg !== undefined) {
        if (otherBufferOrBytes(zdictArg) === null) throw typeError("zdict argument must support the buffer protocol");
        zdict = zdictArg;
      }
      const inf = new Inflater(w);
      if (inf.ended) throw valueError("Invalid initialization option");
      const o = new PyDecompress(DecompressType, inf, zdict);
      if (zdict !== null && w < 0) setZdict(o);
      return o;
    }],
  ];
  const ints: [string, number][] = [
    ["MAX_WBITS", MAX_WBITS], ["DEFLATED", 8], ["DEF_MEM_LEVEL", DEF_MEM_LEVEL], ["DEF_BUF_SIZE", DEF_BUF_SIZE],
    ["Z_NO_COMPRESSION", 0], ["Z_BEST_SPEED", 1], ["Z_BEST_COMPRESSION", 9], ["Z_DEFAULT_COMPRESSION", -1],
    ["Z_FILTERED", 1], ["Z_HUFFMAN_ONLY", 2], ["Z_RLE", 3], ["Z_FIXED", 4], ["Z_DEFAULT_STRATEGY", 0],
    ["Z_NO_FLUSH", 0], ["Z_PARTIAL_FLUSH", 1], ["Z_SYNC_FLUSH", 2], ["Z_FULL_FLUSH", 3], ["Z_FINISH", 4], ["Z_BLOCK", 5], ["Z_TREES", 6],
  ];
  const values: [string, PyObj][] = [
    ...ints,
    ["error", ZlibError],
    ["ZLIB_VERSION", ZLIB_VERSION],
    ["ZLIB_RUNTIME_VERSION", ZLIB_VERSION],
    ["__version__", "1.0"],
  ];
  return makeModule("zlib", fns, values, ZLIB_DOC, ZLIB_DOCS);
}

/** The bytes of a buffer object (PyObject_GetBuffer), or null when it has none. */
function otherBufferOrBytes(x: PyObj): Uint8Array | null {
  if (x instanceof PyBytesObj) return x.bytes;
  if (x instanceof PyByteArray) return x.bytes.slice();
  return otherBufferBytes(x);
}

