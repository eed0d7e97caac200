// io.BytesIO (Modules/_io/bytesio.c): an in-memory binary stream over a growable byte array
// (capacity doubles; writing past the end pads with NUL bytes). getbuffer() returns a memoryview of
// the stream's storage (through an _io._BytesIOBuffer, its obj); while such a view is alive, write,
// truncate, close and re-initialising raise BufferError, as CPython's CHECK_EXPORTS
// (src/objects/buffer-exports.ts decides "alive" without reference counts).
import {
  type PyObj, PyObject, PyList, PyTuple, None, defMethods, defGetters, bindArgs, typeOf, typeError, valueError, newExc,
  StopIteration, tuple, iter, next, viewOfBytes, TypeType, ObjectType, PyType, byArity,
} from "../../objects/index.ts";
import { checkResizable } from "../../objects/buffer-exports.ts";
import { inModule } from "../util.ts";
import { dictState, statePosition, restoreDictState } from "./stringio.ts";
import { PyIOBase, BufferedIOBaseType, ioType, closedError, optSize, ssize, needBytes, writableBuffer, bytesObj } from "./iobase.ts";

export class PyBytesIO extends PyIOBase {
  data = new Uint8Array(0);
  size = 0;
  pos = 0;
}

export const BytesIOType = ioType("BytesIO", BufferedIOBaseType, (cls) => new PyBytesIO(cls));

/** getbuffer()'s exporter: the stream's bytes up to its size at the time of the call. */
const BytesIOBufferType = inModule(new PyType(TypeType, "_BytesIOBuffer", [ObjectType]), "_io");
BytesIOBufferType.baseAllowed = false;
class PyBytesIOBuffer extends PyObject {
  constructor(private owner: PyBytesIO) {
    super(BytesIOBufferType);
  }
  get bytes(): Uint8Array {
    return this.owner.data;
  }
}

function BIO(x: PyObj): PyBytesIO {
  const b = x as PyBytesIO;
  if (b.ioClosed) throw closedError();
  return b;
}

function reserve(b: PyBytesIO, n: number): void {
  if (n <= b.data.length) return;
  const cap = Math.max(n, b.data.length * 2, 64);
  const d = new Uint8Array(cap);
  d.set(b.data.subarray(0, b.size));
  b.data = d;
}

export function bytesioWrite(b: PyBytesIO, src: Uint8Array): number {
  const n = src.length;
  if (n === 0) return 0;
  const end = b.pos + n;
  reserve(b, end);
  if (b.pos > b.size) b.data.fill(0, b.size, b.pos);
  b.data.set(src, b.pos);
  b.pos = end;
  if (end > b.size) b.size = end;
  return n;
}

export function bytesioRead(b: PyBytesIO, n: number): Uint8Array {
  const avail = Math.max(0, b.size - b.pos);
  const k = n < 0 || n > avail ? avail : n;
  const out = b.data.slice(b.pos, b.pos + k);
  b.pos += k;
  return out;
}

function readLine(b: PyBytesIO, limit: number): Uint8Array {
  if (b.pos >= b.size) return new Uint8Array(0);
  let end = b.data.subarray(0, b.size).indexOf(10, b.pos);
  end = end < 0 ? b.size : end + 1;
  if (limit >= 0 && end - b.pos > limit) end = b.pos + limit;
  const out = b.data.slice(b.pos, end);
  b.pos = end;
  return out;
}

defMethods(BytesIOType, [
  ["__init__", (s, args, kw) => {
    const [initial] = bindArgs("BytesIO", args, kw, ["initial_bytes"], 0);
    const b = s as PyBytesIO;
    // as _io_BytesIO___init___impl: emptied first, then refused while a view is alive
    b.size = 0;
    b.pos = 0;
    checkResizable(b);
    b.data = new Uint8Array(0);
    if (initial !== undefined && initial !== None) {
      const src = needBytes(initial);
      bytesioWrite(b, src);
      b.pos = 0;
    }
    return None;
  }],
  ["getvalue", (s) => {
    const b = BIO(s);
    return bytesObj(b.data.slice(0, b.size));
  }, 0, 0],
  ["getbuffer", (s) => {
    const b = BIO(s);
    const buf = new PyBytesIOBuffer(b);
    const v = viewOfBytes(buf, buf, false, b);
    v.shape[0] = b.size;
    return v;
  }, 0, 0],
  ["tell", (s) => BIO(s).pos, 0, 0],
  ["read", (s, args) => bytesObj(bytesioRead(BIO(s), optSize(args[0]))), 0, 1],
  ["read1", (s, args) => bytesObj(bytesioRead(BIO(s), optSize(args[0]))), 0, 1],
  ["readline", (s, args) => bytesObj(readLine(BIO(s), optSize(args[0]))), 0, 1],
  ["readlines", (s, args) => {
    const b = BIO(s);
    const hint = optSize(args[0]);
    const out: PyObj[] = [];
    let total = 0;
    for (let line = readLine(b, -1); line.length > 0; line = readLine(b, -1)) {
      out.push(bytesObj(line));
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(out);
  }, 0, 1],
  byArity("readinto", (s, target) => {
    const b = BIO(s);
    const buf = writableBuffer(target);
    const data = bytesioRead(b, buf.length);
    buf.set(data);
    return data.length;
  }),
  ["truncate", (s, args) => {
    const b = BIO(s);
    checkResizable(b);
    const size = args.length === 0 || args[0] === None ? b.pos : ssize(args[0]);
    if (size < 0) throw valueError(`negative size value ${size}`);
    if (size < b.size) b.size = size;
    return size;
  }, 0, 1],
  ["seek", (s, args) => {
    const b = BIO(s);
    let pos = ssize(args[0]);
    const whence = args.length > 1 ? ssize(args[1]) : 0;
    if (pos < 0 && whence === 0) throw valueError(`negative seek value ${pos}`);
    if (whence === 1) pos = Math.max(0, pos + b.pos);
    else if (whence === 2) pos = Math.max(0, pos + b.size);
    else if (whence !== 0) throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    b.pos = pos;
    return pos;
  }, 1, 2],
  byArity("write", (s, v) => {
    const b = BIO(s);
    checkResizable(b);
    return bytesioWrite(b, needBytes(v));
  }),
  byArity("writelines", (s, lines) => {
    const b = BIO(s);
    const it = iter(lines);
    for (let line = next(it); line !== undefined; line = next(it)) {
      checkResizable(b);
      bytesioWrite(b, needBytes(line));
    }
    return None;
  }),
  ["readable", (s) => (BIO(s), true), 0, 0],
  ["writable", (s) => (BIO(s), true), 0, 0],
  ["seekable", (s) => (BIO(s), true), 0, 0],
  ["flush", (s) => (BIO(s), None), 0, 0],
  ["isatty", (s) => (BIO(s), false), 0, 0],
  ["close", (s) => {
    checkResizable(s);
    (s as PyBytesIO).ioClosed = true;
    return None;
  }, 0, 0],
  ["__iter__", (s) => (BIO(s), s), 0, 0],
  ["__next__", (s) => {
    const line = readLine(BIO(s), -1);
    if (line.length === 0) throw newExc(StopIteration);
    return bytesObj(line);
  }, 0, 0],
  ["__getstate__", (s) => {
    const b = BIO(s);
    return tuple([bytesObj(b.data.slice(0, b.size)), b.pos, dictState(b)]);
  }, 0, 0],
  ["__setstate__", (s, [state]) => {
    const b = s as PyBytesIO;
    if (!(state instanceof PyTuple) || state.items.length < 3) throw typeError(`${typeOf(s).name}.__setstate__ argument should be 3-tuple, got ${typeOf(state).name}`);
    const [value, pos, d] = state.items;
    checkResizable(b);
    // (the value goes in through write(), whose closed check comes before its type check)
    if (b.ioClosed) throw closedError();
    b.size = 0;
    b.pos = 0;
    bytesioWrite(b, needBytes(value));
    b.pos = statePosition(pos, (t) => `second item of state must be an integer, not ${t}`);
    restoreDictState(b, d, "third");
    return None;
  }, 1, 1],
]);
defGetters(BytesIOType, [["closed", (s) => (s as PyBytesIO).ioClosed]]);
