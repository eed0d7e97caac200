// posix's file functions over the granted HostFS: open/close/read/write/lseek/fstat/ftruncate,
// stat/lstat/access, listdir, mkdir/rmdir/unlink/remove/rename/replace, getcwd/chdir, readlink,
// truncate, fsync. Descriptors 0, 1 and 2 are the program's standard streams (the host's stdin,
// stdout and stderr), as in a process; others are a pipe's ends (pipe.ts) or the HostFS's files,
// whichever descriptors.ts says holds the number.
import {
  type PyObj, PyBytesObj, PyList, PyTuple, None, typeError, valueError, newExc, OverflowError, truthy, PyByteArray, PyMemoryView, typeOf, callMethod,
  exceptionTypes, asInt, bufferBytes as anyBufferBytes,
} from "../../objects/index.ts";
import { asDouble, posFn } from "../util.ts";
import { interp } from "../../vm/interp.ts";
import { O, type HostFS } from "../../vm/host-fs.ts";
import { fdOps, type FdOps } from "./descriptors.ts";
import { netIfAny } from "../socket/net.ts";
import type { Fn } from "../util.ts";
import { osError } from "../errno.ts";
import { pathArg, pathResult, fdArg, hostFS, check, checkNull, bind, fsEncode } from "./args.ts";
import { statResult } from "./stat.ts";

/** The bytes of a bytes-like object (the buffer protocol: bytes, bytearray, memoryview, array.array, ...). */
export function bufferBytes(x: PyObj, what: string): Uint8Array {
  if (x instanceof PyBytesObj || x instanceof PyByteArray) return x.bytes;
  if (x instanceof PyMemoryView) return x.bytes();
  const other = anyBufferBytes(x);
  if (other !== null) return other;
  throw typeError(`${what}a bytes-like object is required, not '${typeOf(x).name}'`);
}

const noDirFd = (fname: string, v: PyObj | undefined) => {
  if (v !== undefined && v !== None) throw newExc(exceptionType("NotImplementedError"), `${fname}: dir_fd unavailable on this platform`);
};
const exceptionType = (n: string) => exceptionTypes.get(n)!;

/** posix_do_stat: a path, or an fd when the function takes one. */
function doStat(fname: string, pathObj: PyObj, follow: boolean): PyObj {
  const p = pathArg(fname, "path", pathObj, { fd: true });
  if (p.fd !== null) return statResult(check(fdFS(p.fd).fstat(p.fd)));
  return statResult(check(hostFS(p.obj).stat(p.path, follow), p.obj));
}

/** Text written to descriptor 1 or 2 goes to the host's stream (UTF-8, undecodable bytes replaced). */
const streamDecoder = new TextDecoder("utf-8", { fatal: false });

const cInt = fdArg;

/** Py_ssize_t argument (read's length, lseek's position) with CPython's messages. */
function ssize(x: PyObj): number {
  if (typeof x === "object" && x !== null && typeOf(x).lookup("__index__") === undefined) {
    throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  }
  const v = typeof x === "boolean" ? (x ? 1 : 0) : (x as number | bigint);
  if (typeof v === "bigint") throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
  return typeof v === "number" ? v : fdArg(x);
}

/**
 * The descriptors whose inheritable flag set_inheritable changed, per interpreter. CPython makes
 * every descriptor it opens non-inheritable (O_CLOEXEC); 0, 1 and 2 start inheritable. An fd
 * opened again (os.open, FileIO) drops what was recorded for the number.
 */
const inheritable = new WeakMap<object, Map<number, boolean>>();
function inheritableFds(): Map<number, boolean> {
  let m = inheritable.get(interp);
  if (m === undefined) inheritable.set(interp, (m = new Map()));
  return m;
}
export const fdOpened = (fd: number): void => void inheritable.get(interp)?.delete(fd);
/** Records fd's inheritable flag (os.dup2's inheritable=True). */
export const setInheritable = (fd: number, on: boolean): void => void inheritableFds().set(fd, on);
/** fd itself when it is open (0, 1 and 2 always are), else EBADF. */
export function openFd(fd: number): number {
  if (netIfAny()?.fds.has(fd)) return fd;
  const fs = fdOps(fd);
  if (fd < 0 || (fd > 2 && (fs === null || typeof fs.fstat(fd) === "string"))) throw osError("EBADF");
  return fd;
}

/** What answers for descriptor fd (above 2): EBADF when nothing can hold it. */
function fdFS(fd: number): FdOps {
  const ops = fdOps(fd);
  if (ops === null) throw osError("EBADF");
  return ops;
}

export const fileFunctions: [string, Fn][] = [
  ["stat", (a, k) => {
    const [path, dirFd, follow] = bind("stat", a, k, ["path", "dir_fd", "follow_symlinks"], 1, 0, 1);
    noDirFd("stat", dirFd);
    return doStat("stat", path!, follow === undefined || truthy(follow));
  }],
  ["lstat", (a, k) => {
    const [path, dirFd] = bind("lstat", a, k, ["path", "dir_fd"], 1, 0, 1);
    noDirFd("lstat", dirFd);
    const p = pathArg("lstat", "path", path!);
    return statResult(check(hostFS(p.obj).stat(p.path, false), p.obj));
  }],
  ["fstat", (a, k) => {
    const [fd] = bind("fstat", a, k, ["fd"], 1);
    const n = cInt(fd!);
    return statResult(check(fdFS(n).fstat(n)));
  }],
  ["access", (a, k) => {
    const [path, mode, dirFd] = bind("access", a, k, ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, 0, 2);
    noDirFd("access", dirFd);
    const p = pathArg("access", "path", path!, { fd: true });
    const m = cInt(mode!);
    const fs = p.fd !== null ? fdOps(p.fd) : interp.host.fs;
    if (!fs) return false;
    const st = p.fd !== null ? fs.fstat(p.fd) : (fs as HostFS).stat(p.path, true);
    if (typeof st === "string") return false;
    // one user with every permission, except execute, which needs an x bit (or a directory)
    if (m & 1) return (st.mode & 0o111) !== 0 || (st.mode & 0o170000) === 0o040000;
    return true;
  }],
  ["open", (a, k) => {
    const [path, flags, mode, dirFd] = bind("open", a, k, ["path", "flags", "mode", "dir_fd"], 2, 0, 3);
    noDirFd("open", dirFd);
    const p = pathArg("open", "path", path!);
    const f = cInt(flags!);
    const md = mode === undefined ? 0o777 : cInt(mode);
    const fd = check(hostFS(p.obj).open(p.path, f | O.CLOEXEC, md), p.obj);
    fdOpened(fd);
    return fd;
  }],
  ["close", (a, k) => {
    const [fd] = bind("close", a, k, ["fd"], 1);
    const n = cInt(fd!);
    if (n >= 0 && n <= 2) return None;
    checkNull(fdFS(n).close(n));
    return None;
  }],
  ["closerange", (a, k) => {
    const [lo, hi] = bind("closerange", a, k, ["fd_low", "fd_high"], 2, 2);
    for (let fd = Math.max(3, cInt(lo!)); fd < cInt(hi!); fd++) fdOps(fd)?.close(fd);
    return None;
  }],
  ["read", (a, k) => {
    const [fd, length] = bind("read", a, k, ["fd", "length"], 2, 2);
    const n = cInt(fd!);
    const len = ssize(length!);
    if (len < 0) throw osError("EINVAL");
    if (n === 0) return new PyBytesObj(readStdin(len));
    if (n === 1 || n === 2) throw osError("EBADF");
    return new PyBytesObj(check(fdFS(n).read(n, len)));
  }],
  ["write", (a, k) => {
    const [fd, data] = bind("write", a, k, ["fd", "data"], 2, 2);
    const n = cInt(fd!);
    const b = bufferBytes(data!, "");
    if (n === 1 || n === 2) {
      interp.host.write(n, streamDecoder.decode(b));
      return b.length;
    }
    if (n === 0) throw osError("EBADF");
    return check(fdFS(n).write(n, b.slice()));
  }],
  ["lseek", (a, k) => {
    const [fd, pos, how] = bind("lseek", a, k, ["fd", "position", "how"], 3, 3);
    const n = cInt(fd!);
    if (n >= 0 && n <= 2) throw osError("ESPIPE");
    return check(fdFS(n).lseek(n, ssize(pos!), cInt(how!)));
  }],
  ["ftruncate", (a, k) => {
    const [fd, length] = bind("ftruncate", a, k, ["fd", "length"], 2, 2);
    const n = cInt(fd!);
    checkNull(fdFS(n).ftruncate(n, ssize(length!)));
    return None;
  }],
  ["truncate", (a, k) => {
    const [path, length] = bind("truncate", a, k, ["path", "length"], 2);
    const p = pathArg("truncate", "path", path!, { fd: true });
    if (p.fd !== null) {
      checkNull(fdFS(p.fd).ftruncate(p.fd, ssize(length!)));
      return None;
    }
    const fs = hostFS(p.obj);
    const fd = check(fs.open(p.path, O.WRONLY, 0), p.obj);
    const r = fs.ftruncate(fd, ssize(length!));
    fs.close(fd);
    checkNull(r, p.obj);
    return None;
  }],
  ["fsync", (a, k) => {
    const [fd] = bind("fsync", a, k, ["fd"], 1);
    const n = typeof fd === "object" && fd !== null && typeOf(fd).lookup("fileno") ? callFileno(fd) : cInt(fd!);
    if (n > 2) check(fdFS(n).fstat(n));
    return None;
  }],
  // the inheritable flag (FD_CLOEXEC's opposite) is only recorded: nothing here starts a process
  ["get_inheritable", (a, k) => {
    const [fd] = bind("get_inheritable", a, k, ["fd"], 1, 1);
    const n = openFd(cInt(fd!));
    return inheritableFds().get(n) ?? n <= 2;
  }],
  ["set_inheritable", (a, k) => {
    const [fd, inheritable] = bind("set_inheritable", a, k, ["fd", "inheritable"], 2, 2);
    const on = cInt(inheritable!) !== 0;
    inheritableFds().set(openFd(cInt(fd!)), on);
    return None;
  }],
  ["isatty", (a, k) => {
    const [fd] = bind("isatty", a, k, ["fd"], 1, 1);
    const n = cInt(fd!);
    if (n >= 0 && n <= 2) return (interp.host.isatty?.(n as 0 | 1 | 2) ?? false);
    return fdOps(n)?.isatty(n) ?? false;
  }],
  ["listdir", (a, k) => {
    const [path] = bind("listdir", a, k, ["path"], 0);
    const p = path === undefined || path === None ? { path: ".", bytes: false, obj: "." as PyObj, fd: null } : pathArg("listdir", "path", path, { none: true, fd: true });
    if (p.fd !== null) throw osError("ENOTDIR");
    const names = check(hostFS(p.obj).listdir(p.path), p.obj);
    return new PyList(names.map((n) => pathResult(n, p.bytes)));
  }],
  ["mkdir", (a, k) => {
    const [path, mode, dirFd] = bind("mkdir", a, k, ["path", "mode", "dir_fd"], 1, 0, 2);
    noDirFd("mkdir", dirFd);
    const p = pathArg("mkdir", "path", path!);
    checkNull(hostFS(p.obj).mkdir(p.path, mode === undefined ? 0o777 : cInt(mode)), p.obj);
    return None;
  }],
  ["rmdir", (a, k) => {
    const [path, dirFd] = bind("rmdir", a, k, ["path", "dir_fd"], 1, 0, 1);
    noDirFd("rmdir", dirFd);
    const p = pathArg("rmdir", "path", path!);
    checkNull(hostFS(p.obj).rmdir(p.path), p.obj);
    return None;
  }],
  ...(["unlink", "remove"].map((name) => [name, (a, k) => {
    const [path, dirFd] = bind(name, a, k, ["path", "dir_fd"], 1, 0, 1);
    noDirFd(name, dirFd);
    const p = pathArg(name, "path", path!);
    checkNull(hostFS(p.obj).unlink(p.path), p.obj);
    return None;
  }]) as [string, Fn][]),
  ...(["rename", "replace"].map((name) => [name, (a, k) => {
    const [src, dst, sfd, dfd] = bind(name, a, k, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 0, 2);
    noDirFd(name, sfd);
    noDirFd(name, dfd);
    const s = pathArg(name, "src", src!);
    const d = pathArg(name, "dst", dst!);
    if (s.bytes !== d.bytes) throw typeError(`${name}: src and dst must be the same type`);
    checkNull(hostFS(s.obj).rename(s.path, d.path), s.obj, d.obj);
    return None;
  }]) as [string, Fn][]),
  ["getcwd", posFn("posix.getcwd", 0, 0, () => interp.host.fs?.getcwd() ?? "/")],
  ["getcwdb", (a, k) => {
    bind("getcwdb", a, k, [], 0);
    return new PyBytesObj(fsEncode(interp.host.fs?.getcwd() ?? "/"));
  }],
  ["chdir", (a, k) => {
    const [path] = bind("chdir", a, k, ["path"], 1);
    const p = pathArg("chdir", "path", path!, { fd: true });
    if (p.fd !== null) throw osError("ENOTDIR");
    checkNull(hostFS(p.obj).chdir(p.path), p.obj);
    return None;
  }],
  ["chmod", (a, k) => {
    const [path, mode, dirFd] = bind("chmod", a, k, ["path", "mode", "dir_fd", "follow_symlinks"], 2, 0, 2);
    noDirFd("chmod", dirFd);
    const p = pathArg("chmod", "path", path!);
    const fs = hostFS(p.obj);
    checkNull(fs.chmod ? fs.chmod(p.path, cInt(mode!)) : "EPERM", p.obj);
    return None;
  }],
  // utime(path, times=None, *, ns=None): times in seconds (a pair of numbers) or ns (a pair of ints)
  ["utime", (a, k) => {
    const [path, times, ns, dirFd] = bind("utime", a, k, ["path", "times", "ns", "dir_fd", "follow_symlinks"], 1, 0, 2);
    noDirFd("utime", dirFd);
    const p = pathArg("utime", "path", path!);
    const hasTimes = times !== undefined && times !== None;
    if (hasTimes && ns !== undefined) throw valueError("utime: you may specify either 'times' or 'ns' but not both");
    let at: number, mt: number;
    if (hasTimes) {
      if (!(times instanceof PyTuple) || times.items.length !== 2) throw typeError("utime: 'times' must be either a tuple of two ints or None");
      [at, mt] = times.items.map((x) => asDouble(x));
    } else if (ns !== undefined) {
      if (!(ns instanceof PyTuple) || ns.items.length !== 2) throw typeError("utime: 'ns' must be a tuple of two ints");
      [at, mt] = ns.items.map((x) => {
        const v = asInt(x);
        if (v === null) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
        return Number(v) / 1e9;
      });
    } else at = mt = interp.host.now() / 1000;
    const fs = hostFS(p.obj);
    // posix_error, not path_error: utime's OSError names no file
    checkNull(fs.utime ? fs.utime(p.path, at, mt) : "EPERM");
    return None;
  }],
  ["readlink", (a, k) => {
    const [path, dirFd] = bind("readlink", a, k, ["path", "dir_fd"], 1, 0, 1);
    noDirFd("readlink", dirFd);
    const p = pathArg("readlink", "path", path!);
    return pathResult(check(hostFS(p.obj).readlink(p.path), p.obj).target, p.bytes);
  }],
];

function callFileno(o: PyObj): number {
  return cInt(callMethod(o, "fileno", []));
}

/** Bytes of stdin read from the host but not yet returned by os.read(0, n), per interpreter. */
const pendingStdin = new WeakMap<object, Uint8Array>();
/** Up to n bytes of the program's stdin (UTF-8), a line at a time from the host as a pipe gives them. */
function readStdin(n: number): Uint8Array {
  let pending = pendingStdin.get(interp) ?? new Uint8Array(0);
  if (pending.length === 0) pending = fsEncode(interp.host.readLine());
  const out = pending.slice(0, n);
  pendingStdin.set(interp, pending.slice(out.length));
  return out;
}
