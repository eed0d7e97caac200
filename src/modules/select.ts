// The select module (Modules/selectmodule.c): select(), poll() and epoll over dislab's descriptors.
// Sockets (src/modules/socket/) answer their real readiness from the in-process network: readable
// when bytes are queued, a connection is pending or the peer closed; writable while the peer's
// buffer has room. Pipe ends (posix/pipe.ts) answer theirs too. Every other descriptor (the standard streams, the HostFS's files) never blocks,
// so it is always ready. With nothing ready, a timeout is waited out (as time.sleep waits) and the
// answer is empty; no timeout at all would wait forever in CPython, since this single-threaded
// program is the only thing that could make a descriptor ready: that raises RuntimeError
// ("deadlock: ...") instead of hanging. selectors.DefaultSelector is the EpollSelector, as on Linux.
import {
  type PyObj, PyObject, PyType, PyList, TypeType, ObjectType, None, OSError, RuntimeError, ValueError, tuple, toArray, typeOf, asInt, callMethod,
  typeError, valueError, defMethods, defGetters, defClassMethods, newExc, KeyError, bindArgs, PyFloat, OverflowError, asIndex, isTypeError, byArity,
} from "../objects/index.ts";
import { makeModule, inModule, pyTimeNs } from "./util.ts";
import { fdArg } from "./posix/args.ts";
import { osError } from "./errno.ts";
import { net, netIfAny, waitMs, checkInterrupt, Endpoint } from "./socket/net.ts";
import { interp } from "../vm/interp.ts";
import { PipeEnd } from "./posix/pipe.ts";

const POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;
const ALWAYS = POLLERR | POLLHUP | POLLNVAL;

/** PyObject_AsFileDescriptor: an int, or the result of fileno(). */
function fileDescriptor(x: PyObj): number {
  let v: PyObj = x;
  if (asInt(x) === null) {
    if (typeOf(x).lookup("fileno") === undefined) throw typeError("argument must be an int, or have a fileno() method.");
    v = callMethod(x, "fileno", []);
    if (asInt(v) === null) throw typeError("fileno() returned a non-integer");
  }
  const fd = fdArg(v);
  if (fd < 0) throw valueError(`file descriptor cannot be a negative integer (${fd})`);
  return fd;
}

/**
 * A descriptor's poll() events now: a socket's own; a standard stream or an open file of the HostFS
 * ready both ways; POLLNVAL for a number nothing holds (a closed socket's).
 */
function events(fd: number): number {
  const h = netIfAny()?.fds.get(fd);
  if (h instanceof Endpoint) return h.events();
  if (h instanceof PipeEnd) return h.events();
  if (h !== undefined) return 0;
  if (fd <= 2) return POLLIN | POLLOUT;
  const fs = interp.host.fs;
  return fs !== undefined && typeof fs.fstat(fd) !== "string" ? POLLIN | POLLOUT : POLLNVAL;
}

/**
 * poll()'s and epoll.poll()'s timeout (milliseconds for poll, seconds for epoll) as seconds to
 * wait, -1 for ever (None or negative): converted to whole milliseconds, which must fit a C int.
 */
function msTimeout(t: PyObj | undefined, unitNs: number): number {
  if (t === undefined || t === None) return -1;
  const ns = pyTimeNs(t, unitNs, "timeout must be an integer or None");
  const ms = ns >= 0n ? (ns + 999_999n) / 1_000_000n : (ns - 999_999n) / 1_000_000n;
  if (ms < -(2n ** 31n) || ms > 2n ** 31n - 1n) throw newExc(OverflowError, "timeout is too large");
  return ms < 0n ? -1 : Number(ms) / 1000;
}
/** select()'s timeout in seconds: -1 for None (for ever); a negative one is an error. */
function selectTimeout(t: PyObj | undefined): number {
  if (t === undefined || t === None) return -1;
  const ns = pyTimeNs(t, 1e9, "timeout must be a float or None");
  // (_PyTime_AsTimeval rounds to microseconds away from zero)
  if (ns < 0n) throw valueError("timeout must be non-negative");
  return Number((ns + 999n) / 1000n) / 1e6;
}

/**
 * Answers `probe` now; with nothing ready, waits out the timeout and answers again, or reports the
 * deadlock of waiting for ever.
 */
function waitFor<T>(probe: () => T[], timeout: number, what: string): T[] {
  const now = probe();
  if (now.length || timeout === 0) return now;
  if (timeout < 0) {
    throw newExc(RuntimeError, `deadlock: ${what} with no timeout would wait forever (no descriptor can become ready in a program with one thread and no network)`);
  }
  waitMs(timeout * 1000);
  checkInterrupt();
  return probe();
}

export const PollType = inModule(new PyType(TypeType, "poll", [ObjectType]), "select");
PollType.solid = PollType;
PollType.baseAllowed = false;
class PyPoll extends PyObject {
  readonly fds = new Map<number, number>();
}
const P = (x: PyObj) => x as PyPoll;
defMethods(PollType, [
  ["register", (s, a) => {
    if (a.length < 1 || a.length > 2) throw typeError(`register expected at most 2 arguments, got ${a.length}`);
    P(s).fds.set(fileDescriptor(a[0]), a.length > 1 ? Number(asInt(a[1]) ?? 0) & 0xffff : POLLIN | POLLPRI | POLLOUT);
    return None;
  }],
  ["modify", (s, a) => {
    if (a.length !== 2) throw typeError(`modify expected 2 arguments, got ${a.length}`);
    const fd = fileDescriptor(a[0]);
    if (!P(s).fds.has(fd)) throw osError("ENOENT");
    P(s).fds.set(fd, Number(asInt(a[1]) ?? 0) & 0xffff);
    return None;
  }],
  byArity("unregister", (s, fdObj) => {
    const fd = fileDescriptor(fdObj);
    if (!P(s).fds.delete(fd)) throw newExc(KeyError, fd);
    return None;
  }),
  ["poll", (s, a) => {
    if (a.length > 1) throw typeError(`poll expected at most 1 argument, got ${a.length}`);
    const timeout = msTimeout(a[0], 1e6);
    const probe = () => {
      const out: PyObj[] = [];
      for (const [fd, mask] of P(s).fds) {
        const ready = events(fd) & (mask | ALWAYS);
        if (ready) out.push(tuple([fd, ready]));
      }
      return out;
    };
    return new PyList(waitFor(probe, timeout, "poll()"));
  }],
]);

// ---- epoll -------------------------------------------------------------------------------------------

const EPOLLET = 2 ** 31, EPOLLONESHOT = 2 ** 30;
export const EpollType = inModule(new PyType(TypeType, "epoll", [ObjectType]), "select");
EpollType.solid = EpollType;
class PyEpoll extends PyObject {
  fd = -1;
  /** Registered descriptors and their event masks (0 once a EPOLLONESHOT one has fired). */
  readonly fds = new Map<number, number>();
  /** What each edge-triggered descriptor last reported, so only new readiness is reported. */
  readonly edges = new Map<number, number>();
}
EpollType.factory = (cls) => new PyEpoll(cls);
const E = (x: PyObj) => x as PyEpoll;

function openEpoll(e: PyEpoll): PyEpoll {
  if (e.fd < 0) throw newExc(ValueError, "I/O operation on closed epoll object");
  return e;
}

/** epoll_ctl refuses what cannot block: a regular file of the HostFS (EPERM). */
function epollTarget(fd: number): number {
  const h = netIfAny()?.fds.get(fd);
  if (h !== undefined || fd <= 2) return fd;
  const fs = interp.host.fs;
  if (fs === undefined || typeof fs.fstat(fd) === "string") throw osError("EBADF");
  throw osError("EPERM");
}

defMethods(EpollType, [["__new__", (cls, a, k) => {
  const [sizehint, flags] = bindArgs("epoll", a, k, ["sizehint", "flags"], 0);
  if (sizehint !== undefined) {
    const n = fdArg(sizehint);
    if (n !== -1 && n <= 0) throw newExc(ValueError, "negative sizehint");
  }
  if (flags !== undefined && fdArg(flags) !== 0 && fdArg(flags) !== 0o2000000) throw osError("EINVAL");
  const e = new PyEpoll(cls as PyType);
  e.fd = net().allocFd({ kind: "epoll" });
  return e;
}]]);
defMethods(EpollType, [
  ["register", (s, a, k) => {
    const [fdO, mask] = bindArgs("register", a, k, ["fd", "eventmask"], 1);
    const e = openEpoll(E(s));
    const fd = epollTarget(fileDescriptor(fdO!));
    if (e.fds.has(fd)) throw osError("EEXIST");
    e.fds.set(fd, mask === undefined ? POLLIN | POLLPRI | POLLOUT : Number(asInt(mask) ?? 0) >>> 0);
    e.edges.delete(fd);
    return None;
  }],
  ["modify", (s, a, k) => {
    const [fdO, mask] = bindArgs("modify", a, k, ["fd", "eventmask"], 2);
    const e = openEpoll(E(s));
    const fd = epollTarget(fileDescriptor(fdO!));
    if (!e.fds.has(fd)) throw osError("ENOENT");
    e.fds.set(fd, Number(asInt(mask!) ?? 0) >>> 0);
    e.edges.delete(fd);
    return None;
  }],
  ["unregister", (s, a, k) => {
    const [fdO] = bindArgs("unregister", a, k, ["fd"], 1);
    const e = openEpoll(E(s));
    const fd = fileDescriptor(fdO!);
    if (!e.fds.delete(fd)) throw osError(netIfAny()?.fds.has(fd) || fd <= 2 ? "ENOENT" : "EBADF");
    e.edges.delete(fd);
    return None;
  }],
  ["poll", (s, a, k) => {
    const [t, maxO] = bindArgs("poll", a, k, ["timeout", "maxevents"], 0);
    const e = openEpoll(E(s));
    const timeout = msTimeout(t, 1e9);
    let max = maxO === undefined ? -1 : fdArg(maxO);
    if (max === -1) max = 1023;
    else if (max < 1) throw newExc(ValueError, `maxevents must be greater than 0, got ${max}`);
    const probe = () => {
      const out: PyObj[] = [];
      for (const [fd, mask] of e.fds) {
        if (out.length >= max) break;
        let ready = events(fd) & ((mask & 0xffff) | POLLERR | POLLHUP);
        if (mask & EPOLLET) {
          const before = e.edges.get(fd) ?? 0;
          e.edges.set(fd, ready);
          ready &= ~before;
        }
        if (ready) {
          out.push(tuple([fd, ready]));
          if (mask & EPOLLONESHOT) e.fds.set(fd, 0);
        }
      }
      return out;
    };
    return new PyList(waitFor(probe, timeout, "epoll.poll()"));
  }],
  ["close", (s) => {
    const e = E(s);
    if (e.fd >= 0) net().closeFd(e.fd);
    e.fd = -1;
    return None;
  }, 0, 0],
  ["fileno", (s) => openEpoll(E(s)).fd, 0, 0],
  ["__enter__", (s) => {
    openEpoll(E(s));
    return s;
  }, 0, 0],
  ["__exit__", (s) => {
    const e = E(s);
    if (e.fd >= 0) net().closeFd(e.fd);
    e.fd = -1;
    return None;
  }],
]);
defGetters(EpollType, [["closed", (s) => E(s).fd < 0]]);
defClassMethods(EpollType, [["fromfd", (cls, [fd]) => {
  const e = new PyEpoll(cls as PyType);
  const n = fdArg(fd);
  if (net().fds.get(n) === undefined || net().fds.get(n) instanceof Endpoint) throw osError("EBADF");
  e.fd = n;
  return e;
}]]);

export function makeSelect() {
  return makeModule("select", [
    ["select", (a) => {
      if (a.length < 3 || a.length > 4) throw typeError(`select expected ${a.length < 3 ? "at least 3" : "at most 4"} arguments, got ${a.length}`);
      const timeout = selectTimeout(a[3]);
      const seq = (x: PyObj) => {
        if (typeOf(x).lookup("__iter__") === undefined && typeOf(x).lookup("__getitem__") === undefined) throw typeError("arguments 1-3 must be sequences");
        return toArray(x);
      };
      const lists = a.slice(0, 3).map((x) => seq(x).map((o) => [o, fileDescriptor(o)] as const));
      for (const l of lists) for (const [, fd] of l) if (events(fd) === POLLNVAL) throw osError("EBADF");
      const pick = (i: number, bit: number) => lists[i].filter(([, fd]) => events(fd) & bit).map(([o]) => o);
      let answer: PyObj[][] = [];
      const probe = () => {
        answer = [pick(0, POLLIN | POLLHUP | POLLERR), pick(1, POLLOUT | POLLERR), pick(2, POLLPRI)];
        return answer.some((l) => l.length) ? [answer] : [];
      };
      waitFor(probe, timeout, "select()");
      return tuple(answer.map((l) => new PyList(l)));
    }],
    ["poll", (a) => {
      if (a.length) throw typeError(`poll() takes no arguments (${a.length} given)`);
      return new PyPoll(PollType);
    }],
  ], [
    ["error", OSError], ["epoll", EpollType], ["PIPE_BUF", 4096], ["POLLIN", POLLIN], ["POLLPRI", POLLPRI], ["POLLOUT", POLLOUT], ["POLLERR", POLLERR],
    ["POLLHUP", POLLHUP], ["POLLNVAL", POLLNVAL], ["POLLRDNORM", 64], ["POLLRDBAND", 128], ["POLLWRNORM", 256], ["POLLWRBAND", 512],
    ["POLLMSG", 1024], ["POLLRDHUP", 8192],
    ["EPOLLIN", 1], ["EPOLLOUT", 4], ["EPOLLPRI", 2], ["EPOLLERR", 8], ["EPOLLHUP", 16], ["EPOLLET", EPOLLET], ["EPOLLONESHOT", EPOLLONESHOT],
    ["EPOLLEXCLUSIVE", 268435456], ["EPOLLRDHUP", 8192], ["EPOLLRDNORM", 64], ["EPOLLRDBAND", 128], ["EPOLLWRNORM", 256], ["EPOLLWRBAND", 512],
    ["EPOLLMSG", 1024], ["EPOLL_CLOEXEC", 524288],
  ], "This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors.");
}
