// io.FileIO (Modules/_io/fileio.c): raw, unbuffered access to a file descriptor. Files are reached
// only through the file system the embedder granted (interp.host.fs, src/vm/host-fs.ts); without
// one, opening a path fails with PermissionError ([Errno 13] Permission denied: 'f.txt'), as a
// sandbox that denies access would make CPython fail. File descriptors 0, 1 and 2 are the
// program's standard streams, which always belong to the host: reads come from host.readLine /
// readStdin (encoded as UTF-8), writes go to host.write (decoded as UTF-8, an incomplete sequence
// held back until the next write).
import { concatBytes } from "../../support/concat-bytes.ts";
import {
  type PyObj, PyBytesObj, None, defMethods, defGetters, bindArgs, asStr, asInt, typeOf, argTypeName, typeError, valueError, newExc, OverflowError, call, truthy,
  PyDict, callMethod, repr, getattrOpt, setattr, asCInt, PyBaseException, byArity,
} from "../../objects/index.ts";
import { interp } from "../../vm/interp.ts";
import { O, type HostFS } from "../../vm/host-fs.ts";
import { osError } from "../errno.ts";
import { ST_BLKSIZE } from "../posix/stat.ts";
import { fdOpened } from "../posix/files.ts";
import { fdOps, type FdOps } from "../posix/descriptors.ts";
import { flushAllWriters } from "./pending.ts";
import { PyIOBase, IOBaseType, RawIOBaseType, ioType, unsupported, closedError, optSize, ssize, needBytes, writableBuffer, bytesObj, DEFAULT_BUFFER_SIZE } from "./iobase.ts";

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;

/** The host's standard streams as a byte device (fd 0, 1, 2). */
class Console {
  /** stdin bytes read from the host but not yet returned. */
  pendingIn = new Uint8Array(0);
  /** Output bytes that end in an incomplete UTF-8 sequence. */
  pendingOut = new Uint8Array(0);
  eof = false;
  constructor(readonly fd: number) {}

  read(n: number): Uint8Array {
    if (this.pendingIn.length === 0 && !this.eof) {
      const line = interp.host.readLine();
      if (line === "") this.eof = true;
      else this.pendingIn = new TextEncoder().encode(line);
    }
    const k = n < 0 ? this.pendingIn.length : Math.min(n, this.pendingIn.length);
    const out = this.pendingIn.slice(0, k);
    this.pendingIn = this.pendingIn.subarray(k);
    return out;
  }

  readAll(): Uint8Array {
    const rest = this.eof ? new Uint8Array(0) : new TextEncoder().encode(interp.host.readStdin());
    this.eof = true;
    const out = concatBytes([this.pendingIn, rest]);
    this.pendingIn = new Uint8Array(0);
    return out;
  }

  write(data: Uint8Array): number {
    if (this.fd === 0) return data.length;
    let b = data;
    if (this.pendingOut.length) b = concatBytes([this.pendingOut, data]);
    // Hold back a trailing incomplete UTF-8 sequence.
    let cut = b.length;
    for (let i = b.length - 1; i >= 0 && i >= b.length - 3; i--) {
      const c = b[i];
      if ((c & 0xc0) === 0x80) continue;
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      if (b.length - i < need) cut = i;
      break;
    }
    this.pendingOut = b.slice(cut);
    if (cut > 0) interp.host.write(this.fd as 1 | 2, new TextDecoder("utf-8").decode(b.subarray(0, cut)));
    return data.length;
  }
}

export class PyFileIO extends PyIOBase {
  fd = -1;
  console: Console | null = null;
  readable = false;
  writable = false;
  appending = false;
  created = false;
  closefd = true;
  seekableCache = -1;
  /** _blksize: the file's st_blksize (open() sizes its buffer by it), DEFAULT_BUFFER_SIZE without one. */
  blksize = DEFAULT_BUFFER_SIZE;
}

export const FileIOType = ioType("FileIO", RawIOBaseType, (cls) => new PyFileIO(cls));

/** The granted file system, or null. */
const hostFS = (): HostFS | null => interp.host.fs ?? null;

/** What answers for an fd that is not a console stream (a pipe end, the HostFS's file): EBADF without one. */
function fsFor(f: PyFileIO): FdOps {
  const fs = fdOps(f.fd);
  if (fs === null) throw osError("EBADF");
  return fs;
}

function FIO(x: PyObj): PyFileIO {
  const f = x as PyFileIO;
  if (f.fd < 0) throw valueError("I/O operation on closed file");
  return f;
}

/** Whether standard stream `fd` (0-2) is a terminal, as the embedder says (src/vm/interp.ts Host.isatty). */
export const consoleIsatty = (fd: number): boolean => interp.host.isatty?.(fd as 0 | 1 | 2) ?? false;

export function consoleFor(fd: number): Console | null {
  return fd >= 0 && fd <= 2 ? new Console(fd) : null;
}

/** os.fspath for open()'s file argument. */
export function fspath(x: PyObj): PyObj {
  if (typeof x === "string" || x instanceof PyBytesObj || asStr(x) !== null) return x;
  const f = typeOf(x).lookup("__fspath__");
  if (f === undefined) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(x).name}`);
  const r = callMethod(x, "__fspath__", []);
  if (asStr(r) !== null || r instanceof PyBytesObj) return r;
  throw typeError(`expected ${typeOf(x).name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
}

const modeString = (f: PyFileIO): string =>
  f.created ? (f.readable ? "xb+" : "xb") : f.appending ? (f.readable ? "ab+" : "ab") : f.readable ? (f.writable ? "rb+" : "rb") : "wb";

/** FileIO.__init__: parse the mode, open (or adopt) the descriptor, refuse directories. */
function init(self: PyObj, args: PyObj[], kw: readonly string[] | null): PyObj {
  const [fileArg, modeArg, closefdArg, opener] = bindArgs("FileIO", args, kw, ["file", "mode", "closefd", "opener"], 1);
  const f = self as PyFileIO;
  if (f.fd >= 0) {
    if (f.closefd) closeFd(f);
    f.fd = -1;
  }
  // the file is a descriptor when _PyLong_AsInt takes it (an int, or anything whose __index__ is in
  // C int's range); an error it raises is dropped (PyErr_Clear) and the file is taken as a path
  let fd = -1;
  let isFd = false;
  const nameObj = fileArg!;
  let pathObj: PyObj = nameObj;
  try {
    fd = asCInt(fileArg!);
    isFd = true;
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
  if (isFd && fd < 0) throw valueError("negative file descriptor");
  if (!isFd) {
    // (PyUnicode_FSConverter: the path as bytes for the OS, so a NUL is "embedded null byte" for str
    // and bytes alike; the name, the opener's argument and an error's filename stay the object given)
    pathObj = fspath(nameObj);
    const s = asStr(pathObj);
    if (s !== null && s.includes("\0")) throw valueError("embedded null byte");
    if (pathObj instanceof PyBytesObj && pathObj.bytes.includes(0)) throw valueError("embedded null byte");
  }
  const mode = modeArg === undefined ? "r" : asStr(modeArg);
  if (mode === null) throw typeError(`FileIO() argument 'mode' must be str, not ${argTypeName(modeArg!)}`);
  let rwa = false;
  let plus = false;
  let flags = 0;
  f.readable = f.writable = f.appending = f.created = false;
  f.blksize = DEFAULT_BUFFER_SIZE;
  const bad = () => valueError("Must have exactly one of create/read/write/append mode and at most one plus");
  for (const c of mode) {
    switch (c) {
      case "x": if (rwa) throw bad(); rwa = true; f.created = true; f.writable = true; flags |= O.EXCL | O.CREAT; break;
      case "r": if (rwa) throw bad(); rwa = true; f.readable = true; break;
      case "w": if (rwa) throw bad(); rwa = true; f.writable = true; flags |= O.CREAT | O.TRUNC; break;
      case "a": if (rwa) throw bad(); rwa = true; f.writable = true; f.appending = true; flags |= O.APPEND | O.CREAT; break;
      case "b": break;
      case "+": if (plus) throw bad(); f.readable = f.writable = true; plus = true; break;
      default: throw valueError(`invalid mode: ${mode}`);
    }
  }
  if (!rwa) throw bad();
  flags |= f.readable && f.writable ? O.RDWR : f.readable ? O.RDONLY : O.WRONLY;
  flags |= O.CLOEXEC;
  f.closefd = closefdArg === undefined ? true : truthy(closefdArg);
  if (fd >= 0) {
    f.fd = fd;
    f.console = consoleFor(fd);
    if (!f.console && fdOps(fd) === null) throw osError("EBADF");
  } else {
    if (!f.closefd) throw valueError("Cannot use closefd=False with file name");
    if (opener !== undefined && opener !== None) {
      const r = call(opener, [nameObj, flags]);
      const v = asInt(r);
      if (v === null) throw typeError("expected integer from opener");
      if (v < 0) throw valueError(`opener returned ${v}`);
      fd = Number(v);
    } else {
      flushAllWriters();
      const fs = hostFS();
      const path = asStr(pathObj) ?? new TextDecoder().decode((pathObj as PyBytesObj).bytes);
      if (fs === null) throw osError("EACCES", nameObj);
      const r = fs.open(path, flags, 0o666);
      if (typeof r === "string") throw osError(r, nameObj);
      fd = r;
      fdOpened(fd);
    }
    f.fd = fd;
    f.console = consoleFor(fd);
  }
  if (!f.console) {
    const st = fsFor(f).fstat(fd);
    // (fstat's other failures are tolerated, as CPython does; a bad descriptor is not)
    if (st === "EBADF") {
      f.fd = -1;
      throw osError("EBADF");
    }
    if (typeof st !== "string") f.blksize = ST_BLKSIZE;
    if (typeof st !== "string" && (st.mode & S_IFMT) === S_IFDIR) {
      giveUp(f, isFd);
      throw osError("EISDIR", nameObj);
    }
  }
  // through setattr, so a subclass's __setattr__ sees it (and may refuse it)
  try {
    setattr(f, "name", nameObj);
  } catch (e) {
    giveUp(f, isFd);
    throw e;
  }
  if (f.appending && !f.console) fsFor(f).lseek(fd, 0, 2);
  f.ioClosed = false;
  f.seekableCache = -1;
  return None;
}

/** __init__ failed after the descriptor was set: close it if __init__ opened it, else leave it open to its owner. */
function giveUp(f: PyFileIO, adopted: boolean): void {
  if (adopted) f.fd = -1;
  else closeFd(f);
}

function closeFd(f: PyFileIO): void {
  const fd = f.fd;
  f.fd = -1;
  if (f.console) return;
  const fs = fdOps(fd);
  if (fs === null) return;
  const r = fs.close(fd);
  if (r !== null) throw osError(r);
}

/**
 * Reads up to n bytes (n < 0: to the end); null when a non-blocking descriptor has nothing yet
 * (EAGAIN: read() returns None), or has nothing more after some bytes to the end (those are returned).
 */
export function fileioRead(f: PyFileIO, n: number): Uint8Array | null {
  if (!f.readable) throw unsupported("File not open for reading");
  if (f.console) return n < 0 ? f.console.readAll() : f.console.read(n);
  const fs = fsFor(f);
  if (n >= 0) {
    const r = fs.read(f.fd, n);
    if (r === "EAGAIN") return null;
    if (typeof r === "string") throw osError(r);
    return r;
  }
  const parts: Uint8Array[] = [];
  for (;;) {
    const r = fs.read(f.fd, 65536);
    if (r === "EAGAIN") {
      if (parts.length === 0) return null;
      break;
    }
    if (typeof r === "string") throw osError(r);
    if (r.length === 0) break;
    parts.push(r);
  }
  return concatBytes(parts);
}

/** Bytes written; null when a non-blocking descriptor takes none (EAGAIN: write() returns None). */
export function fileioWrite(f: PyFileIO, data: Uint8Array): number | null {
  if (!f.writable) throw unsupported("File not open for writing");
  if (f.console) return f.console.write(data);
  const r = fsFor(f).write(f.fd, data);
  if (r === "EAGAIN") return null;
  if (typeof r === "string") throw osError(r);
  return r;
}

export function fileioSeek(f: PyFileIO, pos: number, whence: number): number {
  if (f.console) throw osError("ESPIPE");
  const r = fsFor(f).lseek(f.fd, pos, whence);
  if (typeof r === "string") throw osError(r);
  return r;
}

const typeName = (x: PyObj): string => typeOf(x).name;

defMethods(FileIOType, [
  ["__init__", init],
  ["read", (s, args) => {
    const f = FIO(s);
    const r = fileioRead(f, optSize(args[0]));
    return r === null ? None : bytesObj(r);
  }, 0, 1],
  ["readall", (s) => {
    const r = fileioRead(FIO(s), -1);
    return r === null ? None : bytesObj(r);
  }, 0, 0],
  byArity("readinto", (s, b) => {
    const f = FIO(s);
    const buf = writableBuffer(b);
    const data = fileioRead(f, buf.length);
    if (data === null) return None;
    buf.set(data);
    return data.length;
  }),
  byArity("write", (s, b) => {
    const f = FIO(s);
    return fileioWrite(f, needBytes(b)) ?? None;
  }),
  ["seek", (s, args) => {
    const f = FIO(s);
    const pos = args[0];
    if (pos === undefined) throw typeError("seek expected at least 1 argument, got 0");
    if (asInt(pos) === null && typeOf(pos).lookup("__index__") === undefined) throw typeError("an integer is required");
    return fileioSeek(f, ssize(pos), args.length > 1 ? ssize(args[1]) : 0);
  }, 1, 2],
  ["tell", (s) => fileioSeek(FIO(s), 0, 1), 0, 0],
  ["truncate", (s, args) => {
    const f = FIO(s);
    if (!f.writable) throw unsupported("File not open for writing");
    const size = args.length === 0 || args[0] === None ? fileioSeek(f, 0, 1) : ssize(args[0]);
    if (f.console) throw osError("EINVAL");
    const r = fsFor(f).ftruncate(f.fd, size);
    if (r !== null) throw osError(r);
    return size;
  }, 0, 1],
  ["seekable", (s) => {
    const f = FIO(s);
    if (f.seekableCache < 0) {
      if (f.console) f.seekableCache = 0;
      else f.seekableCache = typeof fsFor(f).lseek(f.fd, 0, 1) === "number" ? 1 : 0;
    }
    return f.seekableCache === 1;
  }, 0, 0],
  ["readable", (s) => FIO(s).readable, 0, 0],
  ["writable", (s) => FIO(s).writable, 0, 0],
  ["fileno", (s) => FIO(s).fd, 0, 0],
  ["isatty", (s) => {
    const f = FIO(s);
    return f.console ? consoleIsatty(f.fd) : fsFor(f).isatty(f.fd);
  }, 0, 0],
  ["close", (s) => {
    const f = s as PyFileIO;
    // _RawIOBase.close (flush, mark closed), then the descriptor.
    let err: unknown = null;
    try {
      const close = IOBaseType.ns.get("close")!;
      call(close, [s]);
    } catch (e) {
      err = e;
    }
    if (f.fd >= 0) {
      if (f.closefd) closeFd(f);
      else f.fd = -1;
    }
    if (err !== null) throw err;
    return None;
  }, 0, 0],
  ["_dealloc_warn", () => None, 1, 1],
  ["__repr__", (s) => {
    const f = s as PyFileIO;
    const tn = typeName(s);
    if (f.fd < 0) return `<${tn} [closed]>`;
    const name = getattrOpt(s, "name");
    const closefd = f.closefd ? "True" : "False";
    if (name === undefined) return `<${tn} fd=${f.fd} mode='${modeString(f)}' closefd=${closefd}>`;
    return `<${tn} name=${repr(name)} mode='${modeString(f)}' closefd=${closefd}>`;
  }, 0, 0],
  ["__getstate__", (s) => {
    throw typeError(`cannot pickle '${typeName(s)}' object`);
  }, 0, 0],
]);
defGetters(FileIOType, [
  ["closed", (s) => (s as PyFileIO).fd < 0],
  ["closefd", (s) => (s as PyFileIO).closefd],
  ["mode", (s) => modeString(s as PyFileIO)],
  ["_blksize", (s) => (s as PyFileIO).blksize],
]);
export { PyBytesObj };
