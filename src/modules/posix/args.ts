// Argument conversion for posix functions (Modules/posixmodule.c path_converter, fildes_converter,
// PyOS_FSPath): paths are str, bytes or os.PathLike (and, where the function allows it, an int fd),
// errors are CPython's TypeErrors; and the HostFS the embedder granted, with the error a call gets
// when none was granted.
import {
  type PyObj, PyBytesObj, None, typeOf, asStr, typeError, valueError, callDescr, asInt, newExc, OverflowError, PyBaseException,
  bindArgs,
  indexResult,
} from "../../objects/index.ts";
import { interp } from "../../vm/interp.ts";
import type { Errno, HostFS } from "../../vm/host-fs.ts";
import { encode, decode } from "../../support/text/index.ts";
import { osError } from "../errno.ts";

/** A converted path: the host's string, whether it came as bytes (results mirror it), and the object errors name. */
export interface PathArg {
  path: string;
  bytes: boolean;
  /** What an OSError names as its filename: the str or bytes after os.fspath. */
  obj: PyObj;
  /** A file descriptor given instead of a path (functions that accept one). */
  fd: number | null;
}

/** os.fspath(x): str and bytes (and their subclasses) as they are, else type(x).__fspath__(x). */
export function fspath(x: PyObj): PyObj {
  if (asStr(x) !== null || x instanceof PyBytesObj) return x;
  const f = typeOf(x).lookup("__fspath__");
  // (a __fspath__ of None is called, as any other value)
  if (f === undefined) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(x).name}`);
  const r = callDescr(f, x, []);
  if (asStr(r) !== null || r instanceof PyBytesObj) return r;
  throw typeError(`expected ${typeOf(x).name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** os.fsdecode for the host: bytes paths are UTF-8 with surrogateescape. */
export function fsDecode(b: Uint8Array): string {
  try {
    return utf8.decode(b);
  } catch {
    return decode(b, "utf-8", "surrogateescape");
  }
}
export function fsEncode(s: string): Uint8Array {
  return encode(s, "utf-8", "surrogateescape");
}

/**
 * path_converter: `what` names the accepted kinds in the TypeError ("string, bytes or os.PathLike"
 * plus ", integer" / " or None" as the function allows).
 */
export function pathArg(fname: string, argname: string, x: PyObj, opts: { fd?: boolean; none?: boolean } = {}): PathArg {
  if (opts.fd && (typeof x === "number" || typeof x === "bigint" || typeof x === "boolean" || (typeof x === "object" && typeOf(x).lookup("__index__") !== undefined && typeOf(x).lookup("__fspath__") === undefined))) {
    return { path: "", bytes: false, obj: x, fd: pathFd(x) };
  }
  const isPathLike = asStr(x) !== null || x instanceof PyBytesObj || (x !== None && typeOf(x).lookup("__fspath__") !== undefined);
  if (!isPathLike) {
    if (opts.none && x === None) return { path: ".", bytes: false, obj: None, fd: null };
    const kinds = opts.fd ? (opts.none ? "string, bytes, os.PathLike, integer or None" : "string, bytes, os.PathLike or integer") : opts.none ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike";
    throw typeError(`${fname}: ${argname} should be ${kinds}, not ${typeOf(x).name}`);
  }
  const v = fspath(x);
  const s = asStr(v);
  if (s !== null) {
    if (s.includes("\0")) throw valueError("embedded null byte");
    return { path: s, bytes: false, obj: v, fd: null };
  }
  // (bytes are checked by path_converter itself, str by PyUnicode_FSConverter: two messages)
  const b = (v as PyBytesObj).bytes;
  if (b.includes(0)) throw valueError(`${fname}: embedded null character in ${argname}`);
  return { path: fsDecode(b), bytes: true, obj: v, fd: null };
}

/** A name from the host, as str or (for a bytes request) bytes. */
export function pathResult(s: string, asBytes: boolean): PyObj {
  return asBytes ? new PyBytesObj(fsEncode(s)) : s;
}

/** _PyLong_AsInt (Argument Clinic's int, PyObject_AsFileDescriptor): an int that fits a C int. */
export const fdArg = (x: PyObj): number => cIntArg(x, () => "Python int too large to convert to C int");
/** PyArg_Parse's "i" format (socket's functions, waitpid): the same range, getargs.c's messages. */
export const getargsInt = (x: PyObj): number => cIntArg(x, (big) => (big ? "signed integer is greater than maximum" : "signed integer is less than minimum"));
/** path_converter's descriptor. */
const pathFd = (x: PyObj): number => cIntArg(x, (big) => (big ? "fd is greater than maximum" : "fd is less than minimum"));

function cIntArg(x: PyObj, overflow: (big: boolean) => string): number {
  if (typeof x === "object" && x !== null && typeOf(x).lookup("__index__") === undefined && asInt(x) === null) {
    throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  }
  const v = typeof x === "number" || typeof x === "bigint" ? x : typeof x === "boolean" ? (x ? 1 : 0) : asIndexStrict(x);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) throw newExc(OverflowError, overflow(v > 0));
  return v;
}
function asIndexStrict(x: PyObj): number | bigint {
  const v = asInt(x);
  if (v !== null) return v;
  const f = typeOf(x).lookup("__index__");
  if (f === undefined) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  return indexResult(callDescr(f, x, []));
}

/**
 * The granted file system. Without one every file call fails as the sandbox's policy: EACCES
 * (PermissionError: [Errno 13] Permission denied: 'path'), as for a path the process may not touch.
 */
export function hostFS(filename?: PyObj): HostFS {
  const fs = interp.host.fs;
  if (fs === undefined) throw osError("EACCES", filename);
  return fs;
}

/** Raises the OSError for a failed call when `r` is an errno name. */
export function check<T>(r: T | Errno, filename?: PyObj, filename2?: PyObj): T {
  if (typeof r === "string") throw osError(r, filename, filename2);
  return r;
}
export function checkNull(r: Errno | null, filename?: PyObj, filename2?: PyObj): void {
  if (r !== null) throw osError(r, filename, filename2);
}

/** Keyword-capable argument binding with clinic's messages. */
export const bind = bindArgs;
export type { PyBaseException };
