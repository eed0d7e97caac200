// BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair (Modules/_io/bufferedio.c):
// a read-ahead buffer and a pending-write buffer over a raw stream. The raw stream is called
// through its Python methods (readinto, write, seek, tell), so a RawIOBase written in Python works;
// a native FileIO is called directly. One class serves the three single-stream kinds; which
// operations exist depends on the type, as in CPython.
import { concatBytes } from "../../support/concat-bytes.ts";
import {
  type PyObj, PyObject, PyType, PyByteArray, None, defMethods, defGetters, bindArgs, getattr, callMethod, asInt, typeOf, typeError, valueError,
  newExc, OSError, StopIteration, repr, isInstance, exceptionTypes, PyBaseException, truthy, viewOfBytes, asSize, toPyExc, ValueError, byArity,
} from "../../objects/index.ts";
import { PyIOBase, BufferedIOBaseType, ioType, unsupported, optSize, ssize, bytesOf, needBytes, writableBuffer, bytesObj, DEFAULT_BUFFER_SIZE, checkAbility, readlinesVia, flushThenClose } from "./iobase.ts";
import { PyFileIO, FileIOType, fileioRead, fileioWrite, fileioSeek } from "./fileio.ts";
import { trackWriter, untrackWriter } from "./pending.ts";

export class PyBuffered extends PyIOBase {
  raw: PyObj = None;
  ready = false;
  detached = false;
  canRead = false;
  canWrite = false;
  bufferSize = DEFAULT_BUFFER_SIZE;
  /** Whether the buffer is allocated: from __init__ until close(), which frees it (__sizeof__ counts it). */
  bufferHeld = false;
  /** Read-ahead bytes; readPos of them already returned. */
  rbuf = new Uint8Array(0);
  readPos = 0;
  /** Bytes written but not yet passed to the raw stream (they go at its position). */
  wparts: Uint8Array[] = [];
  wlen = 0;
  /**
   * rbuf[ibStart, ibEnd) was written over the read-ahead (a BufferedRandom's write that fits in
   * it, as CPython's shared buffer takes it) and is not yet passed to the raw stream, whose position
   * is still the read-ahead's end; ibStart is -1 when there is none.
   */
  ibStart = -1;
  ibEnd = 0;
}

const factory = (cls: PyType) => new PyBuffered(cls);
export const BufferedReaderType = ioType("BufferedReader", BufferedIOBaseType, factory);
export const BufferedWriterType = ioType("BufferedWriter", BufferedIOBaseType, factory);
export const BufferedRandomType = ioType("BufferedRandom", BufferedIOBaseType, factory);

const BUFFERED_OBJECT_SIZE = 152;

const detachedError = () => valueError("raw stream has been detached");

function B(x: PyObj): PyBuffered {
  const b = x as PyBuffered;
  if (b.detached) throw detachedError();
  if (!b.ready) throw valueError("I/O operation on uninitialized object");
  return b;
}

const nativeFile = (raw: PyObj): raw is PyFileIO => raw instanceof PyFileIO && typeOf(raw) === FileIOType && raw.fd >= 0;

const rawClosed = (b: PyBuffered): boolean => truthy(getattr(b.raw, "closed"));

function checkClosed(b: PyBuffered, msg: string): void {
  if (b.rbuf.length - b.readPos === 0 && rawClosed(b)) throw valueError(msg);
}

// ---- raw calls ------------------------------------------------------------------------------------------

/** One raw read of up to n bytes; null when the raw stream has nothing yet (non-blocking). */
function rawRead(b: PyBuffered, n: number): Uint8Array | null {
  if (nativeFile(b.raw)) return fileioRead(b.raw, n);
  // the raw stream is given a memoryview of fixed size, as CPython's is (a bytearray could grow)
  const ba = new PyByteArray(new Uint8Array(n));
  const r = callMethod(b.raw, "readinto", [viewOfBytes(ba, ba, false)]);
  if (r === None) return null;
  let k: number;
  try {
    k = asSize(r, undefined, ValueError);
  } catch (e) {
    // what is not an index-sized int is reported as the raw stream's failure, caused by it
    const cause = toPyExc(e);
    const w = newExc(OSError, "raw readinto() failed");
    w.cause = cause;
    w.context = cause;
    w.suppressContext = true;
    throw w;
  }
  if (k < 0 || k > n) throw newExc(OSError, `raw readinto() returned invalid length ${k} (should have been between 0 and ${n})`);
  return ba.bytes.subarray(0, Number(k));
}

function rawWrite(b: PyBuffered, data: Uint8Array): number | null {
  if (nativeFile(b.raw)) return fileioWrite(b.raw, data);
  const r = callMethod(b.raw, "write", [bytesObj(data)]);
  if (r === None) return null;
  const k = asInt(r);
  if (k === null) throw typeError(`'${typeOf(r).name}' object cannot be interpreted as an integer`);
  if (k < 0 || k > data.length) throw newExc(OSError, `raw write() returned invalid length ${k} (should have been between 0 and ${data.length})`);
  return Number(k);
}

function rawSeek(b: PyBuffered, pos: number, whence: number): number {
  if (nativeFile(b.raw)) return fileioSeek(b.raw, pos, whence);
  const r = callMethod(b.raw, "seek", [pos, whence]);
  const k = asInt(r);
  if (k === null) throw typeError(`'${typeOf(r).name}' object cannot be interpreted as an integer`);
  if (k < 0) throw newExc(OSError, `Raw stream returned invalid position ${k}`);
  return Number(k);
}

const rawTell = (b: PyBuffered): number => rawSeek(b, 0, 1);

// ---- buffer logic ---------------------------------------------------------------------------------------

const ahead = (b: PyBuffered): number => b.rbuf.length - b.readPos;

function takeAhead(b: PyBuffered, n: number): Uint8Array {
  const k = Math.min(n, ahead(b));
  const out = b.rbuf.subarray(b.readPos, b.readPos + k);
  b.readPos += k;
  return out;
}

/**
 * Writes out what was written over the read-ahead: the raw stream goes back to where it belongs,
 * then to the logical position, and the read-ahead is dropped (buffered_flush_and_rewind_unlocked).
 */
function settleInBuffer(b: PyBuffered): void {
  const start = b.ibStart;
  b.ibStart = -1;
  rawSeek(b, start - b.rbuf.length, 1);
  let data = b.rbuf.slice(start, b.ibEnd);
  while (data.length > 0) {
    const n = rawWrite(b, data);
    if (n === null) throw wouldBlock(b, 0);
    data = data.subarray(n);
  }
  if (b.readPos !== b.ibEnd) rawSeek(b, b.readPos - b.ibEnd, 1);
  b.rbuf = new Uint8Array(0);
  b.readPos = 0;
}

/** Writes out every pending byte. */
export function flushWrites(b: PyBuffered): void {
  if (b.ibStart >= 0) settleInBuffer(b);
  if (b.wlen === 0) return;
  let data = concatBytes(b.wparts, b.wlen);
  b.wparts = [];
  b.wlen = 0;
  while (data.length > 0) {
    const n = rawWrite(b, data);
    if (n === null) {
      // The raw stream would block: keep the rest pending, as BlockingIOError tells.
      b.wparts = [data];
      b.wlen = data.length;
      throw wouldBlock(b, 0);
    }
    data = data.subarray(n);
  }
}

/**
 * BlockingIOError(errno, msg, characters_written). CPython puts the C errno of the moment in it:
 * EAGAIN after a native non-blocking write, 0 when a Python raw stream's write() returned None.
 */
const wouldBlock = (b: PyBuffered, written: number): PyBaseException =>
  newExc(exceptionTypes.get("BlockingIOError")!, nativeFile(b.raw) ? 11 : 0, "write could not complete without blocking", written);

/** Drops the read-ahead, moving the raw position back to the logical one (BufferedRandom). */
function dropReadAhead(b: PyBuffered): void {
  const n = ahead(b);
  if (n > 0 && b.canWrite) rawSeek(b, -n, 1);
  b.rbuf = new Uint8Array(0);
  b.readPos = 0;
}

function bufferedRead(b: PyBuffered, n: number): Uint8Array | null {
  // (what the read-ahead holds is read without writing anything out: _bufferedreader_read_fast)
  if (n >= 0 && n <= ahead(b)) return takeAhead(b, n).slice();
  if (b.canWrite) flushWrites(b);
  if (n < 0) {
    const parts: Uint8Array[] = [takeAhead(b, ahead(b)).slice()];
    if (nativeFile(b.raw)) {
      const r = fileioRead(b.raw, -1);
      if (r !== null) parts.push(r);
      else if (parts[0].length === 0) return null;
    } else {
      const readall = typeOf(b.raw).lookup("readall");
      if (readall !== undefined) {
        const r = callMethod(b.raw, "readall", []);
        if (r !== None) {
          const d = bytesOf(r);
          if (d === null) throw typeError("readall() should return bytes");
          parts.push(d);
        } else if (parts[0].length === 0) return null;
      } else {
        for (;;) {
          const d = rawRead(b, b.bufferSize);
          if (d === null) {
            if (parts.every((p) => p.length === 0)) return null;
            break;
          }
          if (d.length === 0) break;
          parts.push(d.slice());
        }
      }
    }
    return concatBytes(parts);
  }
  if (n <= ahead(b)) return takeAhead(b, n).slice();
  const parts: Uint8Array[] = [takeAhead(b, n).slice()];
  let got = parts[0].length;
  while (got < n) {
    const want = n - got;
    const d = rawRead(b, Math.max(want, b.bufferSize));
    if (d === null) {
      if (got === 0) return null;
      break;
    }
    if (d.length === 0) break;
    if (d.length > want) {
      parts.push(d.slice(0, want));
      // (the whole chunk stays buffered, as CPython's buffer holds it: a seek back into it is a
      // move within the buffer)
      b.rbuf = d.slice();
      b.readPos = want;
      got = n;
      break;
    }
    parts.push(d.slice());
    got += d.length;
  }
  return concatBytes(parts, got);
}

/** Fills the read-ahead with one raw read when it is empty; false at end of file. */
function fillAhead(b: PyBuffered): boolean {
  if (ahead(b) > 0) return true;
  if (b.canWrite) flushWrites(b);
  const d = rawRead(b, b.bufferSize);
  if (d === null || d.length === 0) return false;
  b.rbuf = d.slice();
  b.readPos = 0;
  return true;
}

/**
 * read1: buffered bytes if there are any, else exactly one raw read of up to n bytes (3.10's rule).
 * As in CPython 3.10.2, bytes written and still pending stay so: the raw read starts at the raw
 * stream's position, where they will go.
 */
function bufferedRead1(b: PyBuffered, n: number): Uint8Array {
  if (n < 0) n = b.bufferSize;
  if (n === 0) return new Uint8Array(0);
  if (ahead(b) > 0) return takeAhead(b, n).slice();
  if (b.ibStart >= 0) settleInBuffer(b);
  b.rbuf = new Uint8Array(0);
  b.readPos = 0;
  return rawRead(b, n)?.slice() ?? new Uint8Array(0);
}

export function bufferedReadline(b: PyBuffered, limit: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let got = 0;
  while (limit < 0 || got < limit) {
    if (!fillAhead(b)) break;
    const avail = b.rbuf.subarray(b.readPos);
    let end = avail.indexOf(10);
    end = end < 0 ? avail.length : end + 1;
    if (limit >= 0 && end > limit - got) end = limit - got;
    parts.push(takeAhead(b, end).slice());
    got += end;
    if (parts[parts.length - 1][end - 1] === 10) break;
  }
  return concatBytes(parts, got);
}

/**
 * write(): data that fits in the buffer's free room is only buffered (a full buffer waits for the
 * next write or flush); otherwise the buffer is written out, then the data itself straight to the
 * raw stream while more than a buffer's worth remains, and the rest is buffered. When the raw
 * stream would block, as much as fits is buffered and BlockingIOError tells how much was taken.
 */
export function bufferedWrite(b: PyBuffered, data: Uint8Array): number {
  if (ahead(b) > 0) {
    if (b.wlen === 0 && data.length <= ahead(b)) {
      // over the read-ahead, which stays valid after it (CPython's one buffer for both)
      const p = b.readPos;
      b.rbuf.set(data, p);
      b.readPos = p + data.length;
      b.ibStart = b.ibStart < 0 ? p : Math.min(b.ibStart, p);
      b.ibEnd = Math.max(b.ibEnd, b.readPos);
      return data.length;
    }
    if (b.ibStart >= 0) settleInBuffer(b);
    else dropReadAhead(b);
  }
  const keep = (d: Uint8Array): void => {
    if (d.length === 0) return;
    b.wparts.push(d.slice());
    b.wlen += d.length;
  };
  if (data.length <= b.bufferSize - b.wlen) {
    keep(data);
    return data.length;
  }
  try {
    flushWrites(b);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.cls.isSubtype(exceptionTypes.get("BlockingIOError")!))) throw e;
    const room = b.bufferSize - b.wlen;
    if (data.length <= room) {
      keep(data);
      return data.length;
    }
    keep(data.subarray(0, room));
    throw wouldBlock(b, room);
  }
  let written = 0;
  while (data.length - written > b.bufferSize) {
    const n = rawWrite(b, data.subarray(written));
    if (n === null) {
      keep(data.subarray(written, written + b.bufferSize));
      throw wouldBlock(b, written + b.bufferSize);
    }
    written += n;
  }
  keep(data.subarray(written));
  return data.length;
}

function bufferedTell(b: PyBuffered): number {
  const pos = rawTell(b) - ahead(b) + b.wlen;
  return pos < 0 ? 0 : pos;
}

function bufferedSeek(b: PyBuffered, target: number, whence: number): number {
  if (whence === 1) target = bufferedTell(b) + target;
  else if (whence !== 0 && whence !== 2) throw valueError(`whence value ${whence} unsupported`);
  // A seek inside the read-ahead keeps it (CPython's fast path for whence 0 and 1).
  if (whence !== 2 && b.wlen === 0 && b.rbuf.length > 0) {
    const rawPos = rawTell(b);
    const start = rawPos - b.rbuf.length;
    if (target >= start && target <= rawPos) {
      b.readPos = target - start;
      return target;
    }
  }
  if (b.canWrite) flushWrites(b);
  b.rbuf = new Uint8Array(0);
  b.readPos = 0;
  return rawSeek(b, target, whence === 1 ? 0 : whence);
}

// ---- the Python types ----------------------------------------------------------------------------------

function initBuffered(self: PyObj, args: PyObj[], kw: readonly string[] | null, t: PyType): void {
  const name = t === BufferedReaderType ? "BufferedReader" : t === BufferedWriterType ? "BufferedWriter" : "BufferedRandom";
  const [raw, size] = bindArgs(name, args, kw, ["raw", "buffer_size"], 1);
  const b = self as PyBuffered;
  b.ready = false;
  if (t === BufferedRandomType) checkAbility(raw!, "seekable");
  if (t !== BufferedWriterType) checkAbility(raw!, "readable");
  if (t !== BufferedReaderType) checkAbility(raw!, "writable");
  const n = size === undefined ? DEFAULT_BUFFER_SIZE : ssize(size);
  if (n <= 0) throw valueError("buffer size must be strictly positive");
  b.raw = raw!;
  b.bufferSize = n;
  b.canRead = t !== BufferedWriterType;
  b.canWrite = t !== BufferedReaderType;
  b.rbuf = new Uint8Array(0);
  b.readPos = 0;
  b.wparts = [];
  b.wlen = 0;
  b.ibStart = -1;
  b.detached = false;
  b.bufferHeld = true;
  b.ready = true;
  if (b.canWrite && raw instanceof PyFileIO && raw.console === null) {
    trackWriter(b, () => {
      if (b.ready && !b.detached && raw.fd >= 0) flushWrites(b);
    });
  }
}

const typeName = (x: PyObj): string => {
  const t = typeOf(x);
  return t.name;
};

function readable(b: PyBuffered): void {
  if (!b.canRead) throw unsupported("read");
}
function writable(b: PyBuffered): void {
  if (!b.canWrite) throw unsupported("write");
}

for (const t of [BufferedReaderType, BufferedWriterType, BufferedRandomType]) {
  const rows: Parameters<typeof defMethods>[1] = [
    ["__init__", (s, args, kw) => {
      initBuffered(s, args, kw, t);
      return None;
    }],
    ["flush", (s) => {
      const b = B(s);
      if (rawClosed(b)) throw valueError("flush of closed file");
      if (b.canWrite) flushWrites(b);
      // a BufferedRandom also forgets its read-ahead, moving the raw stream back to the logical
      // position, so that what is read next comes from the raw stream as it is now
      if (b.canWrite && b.canRead) dropReadAhead(b);
      return None;
    }, 0, 0],
    ["close", (s) => {
      const b = B(s);
      if (rawClosed(b)) return None;
      return flushThenClose(s, b.raw, () => {
        b.rbuf = new Uint8Array(0);
        b.readPos = 0;
        b.bufferHeld = false;
        untrackWriter(b);
      });
    }, 0, 0],
    // 64-bit CPython's object size (152) plus the buffer while it is allocated
    ["__sizeof__", (s) => BUFFERED_OBJECT_SIZE + ((s as PyBuffered).bufferHeld ? (s as PyBuffered).bufferSize : 0), 0, 0],
    ["detach", (s) => {
      const b = B(s);
      callMethod(s, "flush", []);
      const raw = b.raw;
      b.detached = true;
      return raw;
    }, 0, 0],
    ["seekable", (s) => callMethod(B(s).raw, "seekable", []), 0, 0],
    ["fileno", (s) => callMethod(B(s).raw, "fileno", []), 0, 0],
    ["isatty", (s) => callMethod(B(s).raw, "isatty", []), 0, 0],
    ["_dealloc_warn", () => None, 1, 1],
    ["tell", (s) => bufferedTell(B(s)), 0, 0],
    ["seek", (s, args) => {
      const b = B(s);
      const target = args[0];
      if (asInt(target) === null && typeOf(target).lookup("__index__") === undefined) throw typeError(`'${typeOf(target).name}' object cannot be interpreted as an integer`);
      const whence = args.length > 1 ? ssize(args[1]) : 0;
      checkClosed(b, "seek of closed file");
      if (callMethod(b.raw, "seekable", []) !== true) throw unsupported("File or stream is not seekable.");
      return bufferedSeek(b, ssize(target), whence);
    }, 1, 2],
    ["truncate", (s, args) => {
      const b = B(s);
      checkClosed(b, "truncate of closed file");
      if (!b.canWrite) throw unsupported("truncate");
      flushWrites(b);
      const pos = args.length === 0 || args[0] === None ? bufferedTell(b) : args[0];
      dropReadAhead(b);
      const r = callMethod(b.raw, "truncate", [pos]);
      return r;
    }, 0, 1],
    ["__repr__", (s) => {
      const tn = typeName(s);
      let name: PyObj | undefined;
      try {
        name = getattr(s, "name");
      } catch (e) {
        if (!(e instanceof PyBaseException) || !(e.cls.isSubtype(exceptionTypes.get("AttributeError")!) || e.cls.isSubtype(exceptionTypes.get("ValueError")!))) throw e;
      }
      return name === undefined ? `<${tn}>` : `<${tn} name=${repr(name)}>`;
    }, 0, 0],
    ["__getstate__", (s) => {
      throw typeError(`cannot pickle '${typeName(s)}' object`);
    }, 0, 0],
    ["__next__", (s) => {
      const b = B(s);
      readable(b);
      checkClosed(b, "readline of closed file");
      const line = bufferedReadline(b, -1);
      if (line.length === 0) throw newExc(StopIteration);
      return bytesObj(line);
    }, 0, 0],
  ];
  // A BufferedWriter has no readable() of its own (the base class answers False), nor a
  // BufferedReader writable().
  if (t !== BufferedWriterType) rows.push(["readable", (s) => callMethod(B(s).raw, "readable", []), 0, 0]);
  if (t !== BufferedReaderType) rows.push(["writable", (s) => callMethod(B(s).raw, "writable", []), 0, 0]);
  if (t !== BufferedWriterType) {
    rows.push(
      ["read", (s, args) => {
        const b = B(s);
        const n = optSize(args[0]);
        if (n < -1) throw valueError("read length must be non-negative or -1");
        checkClosed(b, "read of closed file");
        const r = bufferedRead(b, n);
        return r === null ? None : bytesObj(r);
      }, 0, 1],
      ["read1", (s, args) => {
        const b = B(s);
        const n = optSize(args[0]);
        checkClosed(b, "read of closed file");
        return bytesObj(bufferedRead1(b, n));
      }, 0, 1],
      ["peek", (s) => {
        const b = B(s);
        checkClosed(b, "peek of closed file");
        fillAhead(b);
        return bytesObj(b.rbuf.slice(b.readPos));
      }, 0, 1],
      ["readline", (s, args) => {
        const b = B(s);
        checkClosed(b, "readline of closed file");
        return bytesObj(bufferedReadline(b, optSize(args[0])));
      }, 0, 1],
      ["readlines", (s, args) => readlinesVia(s, args[0]), 0, 1],
      byArity("readinto", (s, target) => readinto(s, target, false)),
      byArity("readinto1", (s, target) => readinto(s, target, true)),
    );
  }
  if (t !== BufferedReaderType) {
    rows.push(["write", (s, [v]) => {
      const b = B(s);
      const data = needBytes(v);
      if (rawClosed(b)) throw valueError("write to closed file");
      return bufferedWrite(b, data);
    }, 1, 1]);
  }
  defMethods(t, rows);
  defGetters(t, [
    ["raw", (s) => B(s).raw],
    ["closed", (s) => getattr(B(s).raw, "closed")],
    ["name", (s) => getattr(B(s).raw, "name")],
    ["mode", (s) => getattr(B(s).raw, "mode")],
    ["_finalizing", () => false],
  ]);
}

/**
 * readinto / readinto1: the read-ahead first; then what remains is read straight into the target
 * when it is larger than the buffer, else through the refilled buffer. readinto1 makes at most
 * one raw read, and none through the buffer once it has bytes to return.
 */
function readinto(s: PyObj, target: PyObj, one: boolean): PyObj {
  const b = B(s);
  checkClosed(b, "readinto of closed file");
  const buf = writableBuffer(target);
  const first = takeAhead(b, buf.length);
  buf.set(first);
  let written = first.length;
  if (written === buf.length) return written;
  if (b.canWrite) {
    flushWrites(b);
    dropReadAhead(b);
  }
  b.rbuf = new Uint8Array(0);
  b.readPos = 0;
  // each refill appends to the buffer after the previous one (asking for the room left in it)
  let filled = 0;
  while (written < buf.length) {
    const remaining = buf.length - written;
    let d: Uint8Array | null;
    if (remaining > b.bufferSize) d = rawRead(b, remaining);
    else if (!(one && written > 0)) {
      d = rawRead(b, b.bufferSize - filled);
      if (d !== null && d.length > 0) {
        filled += d.length;
        b.rbuf = d.slice();
        b.readPos = 0;
        const got = takeAhead(b, remaining);
        buf.set(got, written);
        written += got.length;
        continue;
      }
    } else break;
    if (d === null) {
      if (written > 0) break;
      return None;
    }
    if (d.length === 0) break;
    buf.set(d, written);
    written += d.length;
    if (one) break;
  }
  return written;
}

// ---- BufferedRWPair --------------------------------------------------------------------------------------

export class PyRWPair extends PyIOBase {
  reader: PyObj = None;
  writer: PyObj = None;
}
export const BufferedRWPairType = ioType("BufferedRWPair", BufferedIOBaseType, (cls) => new PyRWPair(cls));

function RW(x: PyObj): PyRWPair {
  const p = x as PyRWPair;
  if (p.reader === None) throw valueError("I/O operation on uninitialized object");
  return p;
}
const onReader = (name: string) => (s: PyObj, args: PyObj[]) => callMethod(RW(s).reader, name, args);
const onWriter = (name: string) => (s: PyObj, args: PyObj[]) => callMethod(RW(s).writer, name, args);

defMethods(BufferedRWPairType, [
  ["__init__", (s, args, kw) => {
    if (kw && kw.length) throw typeError("BufferedRWPair() takes no keyword arguments");
    if (args.length < 2 || args.length > 3) throw typeError(`BufferedRWPair expected ${args.length < 2 ? "at least 2" : "at most 3"} arguments, got ${args.length}`);
    const [reader, writer, size] = args;
    checkAbility(reader, "readable");
    checkAbility(writer, "writable");
    const p = s as PyRWPair;
    const extra = size === undefined ? [] : [size];
    p.reader = callMethod(BufferedReaderType, "__call__", [reader, ...extra]);
    p.writer = callMethod(BufferedWriterType, "__call__", [writer, ...extra]);
    return None;
  }],
  ["read", onReader("read"), 0, 1],
  ["peek", onReader("peek"), 0, 1],
  ["read1", onReader("read1"), 0, 1],
  ["readinto", onReader("readinto"), 1, 1],
  ["readinto1", onReader("readinto1"), 1, 1],
  ["readline", onReader("readline"), 0, 1],
  ["write", onWriter("write"), 1, 1],
  ["flush", onWriter("flush"), 0, 0],
  ["readable", onReader("readable"), 0, 0],
  ["writable", onWriter("writable"), 0, 0],
  ["isatty", (s) => truthy(callMethod(RW(s).writer, "isatty", [])) || truthy(callMethod(RW(s).reader, "isatty", [])), 0, 0],
  ["close", (s) => {
    const p = RW(s);
    let err: unknown = null;
    try {
      callMethod(p.writer, "close", []);
    } catch (e) {
      err = e;
    }
    try {
      callMethod(p.reader, "close", []);
    } catch (e) {
      // the reader's failure is raised, with the writer's (if any) as its context
      const x = toPyExc(e);
      if (err !== null) x.context = toPyExc(err);
      throw x;
    }
    if (err !== null) throw err;
    return None;
  }, 0, 0],
]);
defGetters(BufferedRWPairType, [["closed", (s) => getattr(RW(s).writer, "closed")]]);

export { isInstance, PyObject };
