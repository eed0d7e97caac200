// The abstract bases of the _io module (Modules/_io/iobase.c, bufferedio.c's _BufferedIOBase,
// textio.c's _TextIOBase): _IOBase (closed state, context manager, line iteration, readline over
// read/peek, readlines, writelines), _RawIOBase (read over readinto, readall), _BufferedIOBase
// (readinto over read) and _TextIOBase, plus io.UnsupportedOperation and the argument helpers the
// concrete classes share. io.py builds its ABCs (io.IOBase, io.RawIOBase, ...) on these types, so
// every method goes through Python-level attribute lookup where CPython's does (a subclass's
// readline, read or closed is honoured); the concrete native classes override them with fast paths.
import { concatBytes } from "../../support/concat-bytes.ts";
import {
  type PyObj, PyObject, PyType, PyList, PyBytesObj, PyByteArray, PyMemoryView, PyDict, None, TypeType, ObjectType, OSError, ValueError,
  NotImplementedError, StopIteration, defMethods, defGetters, getattr, getattrOpt, setattr, callMethod, truthy, typeOf, argTypeName, newExc, typeError, valueError,
  asInt, asIndex, iter, next, len, PyBaseException, OverflowError, ownNew, writableBufferBytes, bufferBytes, byArity,
} from "../../objects/index.ts";
import { inModule } from "../util.ts";

export const DEFAULT_BUFFER_SIZE = 8192;

/** io.UnsupportedOperation: OSError and ValueError at once, its __module__ set to 'io' as io.py does. */
export const UnsupportedOperation = new PyType(TypeType, "UnsupportedOperation", [OSError, ValueError]);
UnsupportedOperation.heap = true;
UnsupportedOperation.hasDict = true;
UnsupportedOperation.ns.set("__module__", "io");

export const unsupported = (msg: string): PyBaseException => newExc(UnsupportedOperation, msg);
export const closedError = (): PyBaseException => valueError("I/O operation on closed file.");

/**
 * close() of a wrapping stream (buffered.c and textio.c): flush it, then close the stream it wraps
 * even when flushing failed; when both fail, the close error carries the flush error as its context
 * (_PyErr_ChainExceptions). `release` runs between the two (dropping buffers, writer tracking).
 */
export function flushThenClose(self: PyObj, inner: PyObj, release: () => void): PyObj {
  let err: unknown = null;
  try {
    callMethod(self, "flush", []);
  } catch (e) {
    err = e;
  }
  release();
  try {
    callMethod(inner, "close", []);
  } catch (e) {
    if (err !== null && e instanceof PyBaseException) e.context = err as PyObj;
    throw e;
  }
  if (err !== null) throw err;
  return None;
}

/** Every _io object; ioClosed is the closed flag of the ones that keep their own (BytesIO, StringIO). */
export class PyIOBase extends PyObject {
  ioClosed = false;
}

/** An _io type: its name is CPython's tp_name ("_io.StringIO", which messages and reprs show), __name__/__qualname__ the short one. */
function ioType(name: string, base: PyType, factory: ((cls: PyType) => PyObject) | null = null): PyType {
  const t = inModule(new PyType(TypeType, `_io.${name}`, [base], factory), "_io");
  t.qualname = name;
  t.hasDict = true;
  if (factory) {
    t.solid = t;
    ownNew(t); // (the instantiable ones set tp_new)
  }
  return t;
}
export { ioType };

export const IOBaseType = ioType("_IOBase", ObjectType, (cls) => new PyIOBase(cls));
export const RawIOBaseType = ioType("_RawIOBase", IOBaseType);
export const BufferedIOBaseType = ioType("_BufferedIOBase", IOBaseType);
export const TextIOBaseType = ioType("_TextIOBase", IOBaseType);

// ---- shared checks ----------------------------------------------------------------------------------

/**
 * iobase_is_closed: IOBase.close() marks an object closed by setting the attribute __IOBase_closed
 * (in the instance dict, through the type's __setattr__); the object is closed if that attribute
 * exists, whatever its value. IOBase's own closed, flush() and close() read it.
 */
const CLOSED_MARK = "__IOBase_closed";
const hasClosedMark = (self: PyObj): boolean => getattrOpt(self, CLOSED_MARK) !== undefined;

/** self.closed, through attribute lookup (a subclass may define its own). */
export const isClosed = (self: PyObj): boolean => truthy(getattr(self, "closed"));

export function checkClosed(self: PyObj): void {
  if (isClosed(self)) throw closedError();
}

/** _checkReadable and friends: the method's answer must be True. */
export function checkAbility(self: PyObj, method: "readable" | "writable" | "seekable"): void {
  const r = callMethod(self, method, []);
  if (r !== true) {
    if (r === false) throw unsupported(`File or stream is not ${method}.`);
    throw typeError(`${method}() should return a bool`);
  }
}

/** A size argument that may be None (-1): _Py_convert_optional_to_ssize_t. */
export function optSize(x: PyObj | undefined): number {
  if (x === undefined || x === None) return -1;
  if (asInt(x) === null && typeOf(x).lookup("__index__") === undefined) throw typeError(`argument should be integer or None, not '${typeOf(x).name}'`);
  const v = asIndex(x);
  return typeof v === "bigint" ? (v < 0n ? -1 : Number.MAX_SAFE_INTEGER) : v;
}

/** An int argument (Py_ssize_t through __index__). */
export function ssize(x: PyObj): number {
  const v = asIndex(x);
  if (typeof v === "bigint") throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}

/** The bytes of a bytes-like argument (bytes, bytearray, memoryview), or null. */
export function bytesOf(x: PyObj): Uint8Array | null {
  if (x instanceof PyBytesObj || x instanceof PyByteArray) return x.bytes;
  if (x instanceof PyMemoryView) return x.bytes();
  return null;
}

/** The bytes of a buffer argument of a write (bytes-like, or any exporter such as array.array). */
export function needBytes(x: PyObj): Uint8Array {
  const b = bytesOf(x) ?? bufferBytes(x);
  if (b === null) throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
  return b;
}

/** A writable buffer (bytearray, a memoryview, an array.array) for readinto: its length and a setter. */
export interface WritableBuffer {
  length: number;
  set(data: Uint8Array, offset?: number): void;
}
export function writableBuffer(x: PyObj): WritableBuffer {
  if (x instanceof PyByteArray) return { length: x.bytes.length, set: (d, o = 0) => x.bytes.set(d, o) };
  if (x instanceof PyMemoryView && !x.readonly && !x.released && x.cContiguous) {
    // a 'w*' argument is the view's bytes, whatever its format; a strided view is no such buffer
    const m = x;
    return { length: m.nbytes, set: (d, o = 0) => m.span()!.set(d, o) };
  }
  const live = x instanceof PyMemoryView ? null : writableBufferBytes(x);
  if (live !== null) return { length: live.length, set: (d, o = 0) => live.set(d, o) };
  if (x instanceof PyBytesObj || (x instanceof PyMemoryView && x.readonly)) throw typeError(`readinto() argument must be read-write bytes-like object, not ${argTypeName(x)}`);
  throw typeError(`readinto() argument must be read-write bytes-like object, not ${argTypeName(x)}`);
}

export const bytesObj = (b: Uint8Array): PyBytesObj => new PyBytesObj(b);

/** Calls a method that should return bytes (or None), with CPython's complaint otherwise. */
export function bytesResult(v: PyObj, what: string): Uint8Array | null {
  if (v === None) return null;
  const b = bytesOf(v);
  if (b === null) throw newExc(OSError, `${what} should have returned a bytes object, not '${typeOf(v).name}'`);
  return b;
}

// ---- _IOBase ------------------------------------------------------------------------------------------

const IO = (x: PyObj) => x as PyIOBase;

/** _IOBase.readline: peek() when the object has one, else read(1) a byte at a time. */
function iobaseReadline(self: PyObj, limit: number): PyObj {
  const peek = getattrOpt(self, "peek");
  const parts: Uint8Array[] = [];
  let total = 0;
  while (limit < 0 || total < limit) {
    let nreadahead = 1;
    if (peek !== undefined) {
      const ra = bytesOf(callMethod(self, "peek", [1]));
      if (ra === null) throw newExc(OSError, "peek() should have returned a bytes object");
      if (ra.length > 0) {
        let n = 0;
        while (n < ra.length && (limit < 0 || n < limit - total)) {
          if (ra[n++] === 10) break;
        }
        nreadahead = n;
      }
    }
    const b = bytesResult(callMethod(self, "read", [nreadahead]), "read()");
    if (b === null || b.length === 0) break;
    parts.push(b);
    total += b.length;
    if (b[b.length - 1] === 10) break;
  }
  return bytesObj(concatBytes(parts, total));
}


/** readlines(hint): lines until their total length reaches hint, through iteration. */
export function readlinesVia(self: PyObj, hintArg: PyObj | undefined): PyList {
  const hint = optSize(hintArg);
  const out: PyObj[] = [];
  const it = iter(self);
  let total = 0;
  for (let line = next(it); line !== undefined; line = next(it)) {
    out.push(line);
    if (hint > 0) {
      total += len(line);
      if (total >= hint) break;
    }
  }
  return new PyList(out);
}

defMethods(IOBaseType, [
  ["seek", () => {
    throw unsupported("seek");
  }],
  ["tell", (s) => callMethod(s, "seek", [0, 1]), 0, 0],
  ["truncate", () => {
    throw unsupported("truncate");
  }],
  ["flush", (s) => {
    if (hasClosedMark(s)) throw closedError();
    return None;
  }, 0, 0],
  ["close", (s) => {
    if (hasClosedMark(s)) return None;
    let err: unknown = null;
    try {
      callMethod(s, "flush", []);
    } catch (e) {
      err = e;
    }
    try {
      setattr(s, CLOSED_MARK, true);
    } catch (e) {
      // a failure to mark it closed wins, with flush()'s as its context
      if (err !== null && e instanceof PyBaseException && e !== err) e.context = err as PyObj;
      throw e;
    }
    if (err !== null) throw err;
    return None;
  }, 0, 0],
  ["seekable", () => false, 0, 0],
  ["readable", () => false, 0, 0],
  ["writable", () => false, 0, 0],
  ["_checkClosed", (s) => {
    checkClosed(s);
    return None;
  }, 0, 1],
  ["_checkSeekable", (s) => {
    checkAbility(s, "seekable");
    return None;
  }, 0, 1],
  ["_checkReadable", (s) => {
    checkAbility(s, "readable");
    return None;
  }, 0, 1],
  ["_checkWritable", (s) => {
    checkAbility(s, "writable");
    return None;
  }, 0, 1],
  ["fileno", () => {
    throw unsupported("fileno");
  }],
  ["isatty", (s) => {
    checkClosed(s);
    return false;
  }, 0, 0],
  ["__enter__", (s) => {
    checkClosed(s);
    return s;
  }, 0, 0],
  ["__exit__", (s) => callMethod(s, "close", [])],
  ["__iter__", (s) => {
    checkClosed(s);
    return s;
  }, 0, 0],
  ["__next__", (s) => {
    const line = callMethod(s, "readline", []);
    if (len(line) === 0) throw newExc(StopIteration);
    return line;
  }, 0, 0],
  ["readline", (s, args) => iobaseReadline(s, optSize(args[0])), 0, 1],
  ["readlines", (s, args) => readlinesVia(s, args[0]), 0, 1],
  byArity("writelines", (s, lines) => {
    checkClosed(s);
    const it = iter(lines);
    for (let line = next(it); line !== undefined; line = next(it)) callMethod(s, "write", [line]);
    return None;
  }),
  ["__del__", () => None, 0, 0],
]);
defGetters(IOBaseType, [
  ["closed", (s) => hasClosedMark(s)],
  ["__dict__", (s) => ((s as PyObject).dict ??= new PyDict())],
]);

// ---- _RawIOBase ---------------------------------------------------------------------------------------

defMethods(RawIOBaseType, [
  ["read", (s, args) => {
    const n = optSize(args[0]);
    if (n < 0) return callMethod(s, "readall", []);
    const ba = new PyByteArray(new Uint8Array(n));
    const r = callMethod(s, "readinto", [ba]);
    if (r === None) return None;
    const k = ssize(r);
    return bytesObj(ba.bytes.slice(0, k));
  }, 0, 1],
  ["readall", (s) => {
    const parts: Uint8Array[] = [];
    for (;;) {
      const r = callMethod(s, "read", [DEFAULT_BUFFER_SIZE]);
      if (r === None) {
        if (parts.length === 0) return None;
        break;
      }
      const b = bytesOf(r);
      if (b === null) throw typeError("read() should return bytes");
      if (b.length === 0) break;
      parts.push(b);
    }
    return bytesObj(concatBytes(parts));
  }, 0, 0],
  ["readinto", () => {
    throw newExc(NotImplementedError);
  }],
  ["write", () => {
    throw newExc(NotImplementedError);
  }],
]);

// ---- _BufferedIOBase ------------------------------------------------------------------------------------

function bufferedReadinto(s: PyObj, b: PyObj, method: "read" | "read1"): PyObj {
  const buf = writableBuffer(b);
  const data = bytesOf(callMethod(s, method, [buf.length]));
  if (data === null) throw typeError("read() should return bytes");
  if (data.length > buf.length) throw valueError(`read() returned too much data: ${buf.length} bytes requested, ${data.length} returned`);
  buf.set(data);
  return data.length;
}
defMethods(BufferedIOBaseType, [
  ["read", () => {
    throw unsupported("read");
  }],
  ["read1", () => {
    throw unsupported("read1");
  }],
  ["write", () => {
    throw unsupported("write");
  }],
  ["detach", () => {
    throw unsupported("detach");
  }],
  byArity("readinto", (s, b) => bufferedReadinto(s, b, "read")),
  byArity("readinto1", (s, b) => bufferedReadinto(s, b, "read1")),
]);

// ---- _TextIOBase ------------------------------------------------------------------------------------------

defMethods(TextIOBaseType, [
  ["detach", () => {
    throw unsupported("detach");
  }],
  ["read", () => {
    throw unsupported("read");
  }],
  ["readline", () => {
    throw unsupported("readline");
  }],
  ["write", () => {
    throw unsupported("write");
  }],
]);
defGetters(TextIOBaseType, [
  ["encoding", () => None],
  ["newlines", () => None],
  ["errors", () => None],
]);

export { IO };
