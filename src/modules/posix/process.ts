// posix's process-level functions: environ (bytes to bytes, as posix.environ is), putenv/unsetenv,
// getpid and the ids, urandom, cpu_count, strerror, uname, confstr, times, umask, get_terminal_size,
// device_encoding, waitstatus_to_exitcode, _exit. dislab runs one process with no terminal: its pid
// is fixed (PID), its user is root (uid 0), and the standard streams are pipes.
import { type PyObj, PyBytesObj, PyDict, PyFloat, None, asStr, typeError, valueError, newExc, SystemExit, asInt, OverflowError, MemoryError } from "../../objects/index.ts";
import { interp } from "../../vm/interp.ts";
import type { Fn } from "../util.ts";
import { osError, strerror } from "../errno.ts";
import { bind, fdArg, getargsInt, fsEncode } from "./args.ts";
import { structSeqType, structSeq } from "./structseq.ts";

/** The process id programs see. */
export const PID = 4242;

/**
 * The environment programs see when the embedder grants none (RunOptions.env): a small fixed one,
 * so that no host variable leaks into a program. The CLI grants the process's environment.
 */
export const DEFAULT_ENVIRON: Record<string, string> = {
  HOME: "/home/dislab",
  LANG: "C.UTF-8",
  LOGNAME: "dislab",
  PATH: "/usr/local/bin:/usr/bin:/bin",
  USER: "dislab",
};

/** posix.environ: a dict of bytes, made once per interpreter (os.environ wraps this very dict). */
export function makeEnviron(env: Record<string, string> = DEFAULT_ENVIRON): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(env)) d.set(new PyBytesObj(fsEncode(k)), new PyBytesObj(fsEncode(v)));
  return d;
}

export const TerminalSizeType = structSeqType("os", "terminal_size", ["columns", "lines"], [], "A tuple of (columns, lines) for holding terminal window size");
export const TimesResultType = structSeqType("posix", "times_result", ["user", "system", "children_user", "children_system", "elapsed"]);
export const UnameResultType = structSeqType("posix", "uname_result", ["sysname", "nodename", "release", "version", "machine"]);

/** An environment name or value: str (encoded) or bytes; `what` for the message. */
function envArg(x: PyObj): Uint8Array {
  const s = asStr(x);
  if (s !== null) {
    if (s.includes("\0")) throw valueError("embedded null character");
    return fsEncode(s);
  }
  if (x instanceof PyBytesObj) {
    if (x.bytes.includes(0)) throw valueError("embedded null byte");
    return x.bytes;
  }
  throw typeError(`expected str, bytes or os.PathLike object, not ${x === None ? "NoneType" : (x as { cls?: { name: string } }).cls?.name ?? typeof x}`);
}

/** os.confstr_names (glibc's numbers) and the values dislab's system answers (glibc as thread_info says). */
export const CONFSTR_NAMES = new Map([["CS_PATH", 0], ["CS_GNU_LIBC_VERSION", 2], ["CS_GNU_LIBPTHREAD_VERSION", 3]]);
const CONFSTR_VALUES = new Map([[0, "/bin:/usr/bin"], [2, "glibc 2.36"], [3, "NPTL 2.36"]]);

const umasks = new WeakMap<object, number>();

export const processFunctions: [string, Fn][] = [
  ["putenv", (a, k) => {
    const [name, value] = bind("putenv", a, k, ["name", "value"], 2, 2);
    const n = envArg(name!);
    envArg(value!);
    if (n.length === 0 || n.includes(61)) throw valueError("illegal environment variable name");
    return None;
  }],
  ["unsetenv", (a, k) => {
    const [name] = bind("unsetenv", a, k, ["name"], 1, 1);
    const n = envArg(name!);
    if (n.length === 0 || n.includes(61)) throw valueError("illegal environment variable name");
    return None;
  }],
  ...(["getpid", "getppid", "getuid", "geteuid", "getgid", "getegid", "getpgrp", "getsid"].map((name) => [name, (a: PyObj[], k: readonly string[] | null) => {
    if (name === "getsid") bind(name, a, k, ["pid"], 1, 1);
    else bind(name, a, k, [], 0);
    return name === "getpid" || name === "getpgrp" || name === "getsid" ? PID : name === "getppid" ? 1 : 0;
  }]) as [string, Fn][]),
  ["urandom", (a, k) => {
    const [size] = bind("urandom", a, k, ["size"], 1, 1);
    const n = asInt(size!);
    if (n === null) throw typeError(`'${(size as { cls?: { name: string } }).cls?.name ?? typeof size}' object cannot be interpreted as an integer`);
    if (n < 0) throw valueError("negative argument not allowed");
    if (typeof n === "bigint") throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
    if (n > 2 ** 31) throw newExc(MemoryError);
    const out = new Uint8Array(Number(n));
    const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
    for (let i = 0; i < out.length; i += 65536) {
      const part = out.subarray(i, Math.min(out.length, i + 65536));
      if (c?.getRandomValues) c.getRandomValues(part);
      else for (let j = 0; j < part.length; j++) part[j] = Math.floor(Math.random() * 256);
    }
    return new PyBytesObj(out);
  }],
  ["cpu_count", (a, k) => {
    bind("cpu_count", a, k, [], 0);
    const n = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
    return typeof n === "number" && n > 0 ? n : 1;
  }],
  ["strerror", (a, k) => {
    const [code] = bind("strerror", a, k, ["code"], 1, 1);
    return strerror(fdArg(code!));
  }],
  ["uname", (a, k) => {
    bind("uname", a, k, [], 0);
    return structSeq(UnameResultType, ["Linux", "dislab", "5.15.0", "#1 SMP dislab", "x86_64"]);
  }],
  ["confstr", (a, k) => {
    const [name] = bind("confstr", a, k, ["name"], 1, 1);
    const key = asStr(name!);
    const num = key === null ? asInt(name!) : null;
    if (key === null && num === null) throw typeError("configuration names must be strings or integers");
    const n = key !== null ? CONFSTR_NAMES.get(key) : Number(num);
    if (n === undefined) throw valueError("unrecognized configuration name");
    const v = CONFSTR_VALUES.get(n);
    if (v === undefined) throw osError("EINVAL");
    return v;
  }],
  ["times", (a, k) => {
    bind("times", a, k, [], 0);
    // The process's time so far stands for its CPU time. performance.now() counts from the start
    // of the process (of the page in a browser); read here only, since in Node the first read of
    // `performance` loads perf_hooks, which start-up need not pay for.
    const cpu = (typeof performance !== "undefined" ? performance.now() : 0) / 1000;
    return structSeq(TimesResultType, [new PyFloat(cpu), new PyFloat(0), new PyFloat(0), new PyFloat(0), new PyFloat(interp.host.now() / 1000)]);
  }],
  ["umask", (a, k) => {
    const [mask] = bind("umask", a, k, ["mask"], 1, 1);
    const old = umasks.get(interp) ?? 0o022;
    umasks.set(interp, fdArg(mask!) & 0o777);
    return old;
  }],
  ["get_terminal_size", (a, k) => {
    const [fd] = bind("get_terminal_size", a, k, ["fd"], 0, 1);
    if (fd !== undefined) fdArg(fd);
    // the standard streams are pipes, and no other descriptor is a terminal
    throw osError("ENOTTY");
  }],
  ["device_encoding", (a, k) => {
    const [fd] = bind("device_encoding", a, k, ["fd"], 1);
    const n = fdArg(fd!);
    return (n >= 0 && n <= 2 ? (interp.host.isatty?.(n as 0 | 1 | 2) ?? false) : interp.host.fs?.isatty(n)) ? "UTF-8" : None;
  }],
  ["waitstatus_to_exitcode", (a, k) => {
    const [status] = bind("waitstatus_to_exitcode", a, k, ["status"], 1);
    const st = fdArg(status!);
    if ((st & 0x7f) === 0) return (st >> 8) & 0xff;
    if (((st & 0x7f) + 1) >> 1 > 0 && (st & 0xff) !== 0x7f) return -(st & 0x7f);
    throw valueError(`invalid wait status: ${st}`);
  }],
  // the wait-status macros of <sys/wait.h>
  ...([
    ["WIFEXITED", (st: number) => (st & 0x7f) === 0],
    ["WEXITSTATUS", (st: number) => (st >> 8) & 0xff],
    ["WIFSIGNALED", (st: number) => ((st & 0x7f) + 1) >> 1 > 0 && (st & 0x7f) !== 0x7f],
    ["WTERMSIG", (st: number) => st & 0x7f],
    ["WIFSTOPPED", (st: number) => (st & 0xff) === 0x7f],
    ["WSTOPSIG", (st: number) => (st >> 8) & 0xff],
    ["WCOREDUMP", (st: number) => (st & 0x80) !== 0],
    ["WIFCONTINUED", (st: number) => st === 0xffff],
  ] as [string, (st: number) => PyObj][]).map(([name, f]) => [name, (a: PyObj[], k: readonly string[] | null) => {
    const [status] = bind(name, a, k, ["status"], 1);
    return f(fdArg(status!));
  }] as [string, Fn]),
  // dislab's process has no children, and creates none (_posixsubprocess.fork_exec fails)
  ["waitpid", (a, k) => {
    const [pid, options] = bind("waitpid", a, k, ["pid", "options"], 2, 2);
    getargsInt(pid!);
    getargsInt(options!);
    throw osError("ECHILD");
  }],
  ["wait", (a, k) => {
    bind("wait", a, k, [], 0);
    throw osError("ECHILD");
  }],
  // os._exit ends the process without cleanup in CPython; dislab raises SystemExit (finally blocks
  // and except SystemExit still run), since an embedded interpreter cannot end its host.
  ["_exit", (a, k) => {
    const [status] = bind("_exit", a, k, ["status"], 1);
    throw newExc(SystemExit, fdArg(status!));
  }],
];
