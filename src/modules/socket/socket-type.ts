// _socket.socket (Modules/socketmodule.c's PySocketSockObject) over the in-process network of
// net.ts. Blocking follows CPython's timeout modes: a timeout of None blocks, 0.0 is non-blocking
// (EAGAIN as BlockingIOError), a positive one waits that long and raises TimeoutError('timed out').
// One thread and no host network mean a blocking call that is not ready now can never become ready:
// CPython would hang there, dislab raises RuntimeError("deadlock: ...") instead, as _thread's locks
// do. Addresses outside this host are unreachable (ENETUNREACH), as on a machine with no route.
import {
  type PyObj, PyObject, PyType, PyBytesObj, PyFloat, None, TypeType, ObjectType, OSError, RuntimeError, TimeoutError, ValueError, defMethods,
  defGetters, bindArgs, newExc, typeError, asInt, asIndex, truthy, tuple, OverflowError, PyByteArray, PyMemoryView, typeOf, argTypeName,
} from "../../objects/index.ts";
import { osError } from "../errno.ts";
import { needBytes, writableBuffer } from "../io/iobase.ts";
import { inModule } from "../util.ts";
import { fdArg, getargsInt } from "../posix/args.ts";
import { interp } from "../../vm/interp.ts";
import {
  type Addr, Endpoint, net, waitMs, checkInterrupt, isLoopback, isWildcard, AF_INET, AF_INET6, AF_UNIX, SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_NONBLOCK,
  SOCK_CLOEXEC, optKey,
} from "./net.ts";
import { addrArg, addrObj } from "./addr.ts";

const MSG_PEEK = 2, MSG_DONTWAIT = 0x40;
const SOL_SOCKET = 1;

export class PySocket extends PyObject {
  fd = -1;
  ep: Endpoint | null = null;
  family = AF_INET;
  type = SOCK_STREAM;
  proto = 0;
  /** Seconds; -1 blocks (None), 0 never waits. */
  timeout = -1;
}

export const SocketType = inModule(new PyType(TypeType, "socket", [ObjectType]), "_socket");
SocketType.solid = SocketType;
SocketType.factory = (cls) => new PySocket(cls);
const S = (x: PyObj) => x as PySocket;

/** The default timeout of new sockets (socket.setdefaulttimeout), per interpreter. */
export const defaults = new WeakMap<object, number>();
export const defaultTimeout = (): number => defaults.get(interp) ?? -1;

/** socket_parse_timeout: None is -1; NaN, values past _PyTime_t, then negatives are refused. */
export function timeoutArg(x: PyObj): number {
  if (x === None) return -1;
  if (!(x instanceof PyFloat) && asInt(x) === null && typeof x === "object" && x.cls.lookup("__float__") === undefined && x.cls.lookup("__index__") === undefined) {
    throw typeError("Timeout value must be int, float or None");
  }
  const v = x instanceof PyFloat ? x.value : asInt(x) !== null ? Number(asInt(x)) : Number(asIndex(x));
  if (Number.isNaN(v)) throw newExc(ValueError, "Invalid value NaN (not a number)");
  if (v * 1e9 >= 2 ** 63 || v * 1e9 < -(2 ** 63)) throw newExc(OverflowError, "timestamp too large to convert to C _PyTime_t");
  if (v < 0) throw newExc(ValueError, "Timeout value out of range");
  return v;
}

/** The endpoint of an open socket; EBADF once it is closed or detached. */
function live(s: PySocket): Endpoint {
  if (s.fd < 0 || s.ep === null) throw osError("EBADF");
  return s.ep;
}

/**
 * Waits until `ready` holds, in the socket's timeout mode. `action` words the deadlock report
 * ("recv() on a socket with nothing to read").
 */
function waitReady(s: PySocket, ep: Endpoint, ready: () => boolean, action: string, flags = 0): void {
  if (ready()) return;
  if (s.timeout > 0) {
    waitMs(s.timeout * 1000);
    checkInterrupt();
    if (ready()) return;
    throw newExc(TimeoutError, "timed out");
  }
  if (s.timeout === 0 || ep.nonblock || flags & MSG_DONTWAIT) throw osError("EAGAIN");
  throw newExc(RuntimeError, `deadlock: ${action} would block forever (a blocking socket in a program with one thread and no network)`);
}

/** Binds an unbound endpoint to an ephemeral port on `near`'s side (connect, sendto, listen). */
function autobind(ep: Endpoint, near: string | null): void {
  if (ep.local !== null || ep.family === AF_UNIX) return;
  const n = net();
  const host = near === null || isWildcard(near) ? (ep.family === AF_INET ? "0.0.0.0" : "::") : near.startsWith("127.") ? near : ep.family === AF_INET ? "127.0.0.1" : "::1";
  const port = n.ephemeralPort(ep.family, host);
  if (port === 0) throw osError("EADDRINUSE");
  ep.local = ep.family === AF_INET ? { family: AF_INET, host, port } : { family: AF_INET6, host, port, flowinfo: 0, scope: 0 };
  n.bound.add(ep);
}

function doBind(ep: Endpoint, a: Addr): void {
  const n = net();
  if (ep.local !== null) throw osError("EINVAL");
  if (a.family === AF_UNIX) {
    if (a.path.length === 0) throw osError("EINVAL");
    if (n.unixBound(a.path) !== null) throw osError("EADDRINUSE");
    ep.local = a;
    n.bound.add(ep);
    return;
  }
  if (!isLoopback(a.family, a.host)) throw osError("EADDRNOTAVAIL");
  let port = a.port;
  if (port === 0) port = n.ephemeralPort(a.family, a.host);
  else if (n.portTaken(a.family, a.host, port, ep)) throw osError("EADDRINUSE");
  ep.local = { ...a, port };
  n.bound.add(ep);
}

/** connect(): 0 when connected, else the errno name (EINPROGRESS for a pending non-blocking one). */
function doConnect(s: PySocket, ep: Endpoint, a: Addr): string | null {
  const n = net();
  if (ep.type === SOCK_DGRAM) {
    if (a.family !== AF_UNIX) {
      if (!isLoopback(a.family, a.host)) return "ENETUNREACH";
      autobind(ep, a.host);
    }
    ep.remote = a;
    return null;
  }
  if (ep.aborted) {
    // the connect that failed (its error read from SO_ERROR) left the socket in an error state once
    ep.aborted = false;
    return "ECONNABORTED";
  }
  if (ep.connecting) {
    // a pending non-blocking connect: on this loopback it has already completed or failed
    ep.connecting = false;
    if (ep.soError !== 0) {
      ep.soError = 0;
      return "ECONNREFUSED";
    }
    return null;
  }
  if (ep.connected) return "EISCONN";
  if (ep.listening) return "EINVAL";
  if (a.family !== AF_UNIX && !isLoopback(a.family, a.host)) return "ENETUNREACH";
  const target = n.find(a, ep.type);
  const nonblock = s.timeout === 0 || (s.timeout < 0 && ep.nonblock);
  if (target === null || !target.listening) {
    if (a.family === AF_UNIX) return n.unixBound(a.path) === null && a.path[0] !== 0 ? "ENOENT" : "ECONNREFUSED";
    if (!nonblock) return "ECONNREFUSED";
    // Linux answers a non-blocking TCP connect with EINPROGRESS; the refusal shows in SO_ERROR
    autobind(ep, a.host);
    ep.connecting = true;
    ep.soError = 111;
    return "EINPROGRESS";
  }
  autobind(ep, a.family === AF_UNIX ? null : a.host);
  const srv = new Endpoint(ep.family, ep.type, target.proto);
  if (a.family === AF_UNIX) srv.local = target.local;
  else {
    const tl = target.local!;
    const host = isWildcard(a.host) ? (a.family === AF_INET ? "127.0.0.1" : "::1") : a.host;
    srv.local = tl.family === AF_INET6 ? { ...tl, host } : { family: AF_INET, host, port: a.port };
    if (ep.local !== null && ep.local.family !== AF_UNIX && isWildcard(ep.local.host)) ep.local = { ...ep.local, host };
    n.bound.add(srv);
  }
  srv.remote = ep.local;
  ep.remote = a.family === AF_UNIX ? target.local : srv.local;
  ep.peer = srv;
  srv.peer = ep;
  ep.connected = srv.connected = true;
  target.backlog.push(srv);
  if (nonblock && a.family !== AF_UNIX) {
    ep.connecting = true;
    return "EINPROGRESS";
  }
  return null;
}

/** Bytes this end can read now, or null when a read must wait. */
function readable(ep: Endpoint): boolean {
  return ep.queued > 0 || ep.eof || ep.shutRd || ep.reset || ep.closed;
}

function recvBytes(s: PySocket, n: number, flags: number): [Uint8Array, Addr | null] {
  const ep = live(s);
  if (ep.type === SOCK_DGRAM) {
    waitReady(s, ep, () => ep.dgrams.length > 0, "recv() on a datagram socket with nothing queued", flags);
    const d = flags & MSG_PEEK ? ep.dgrams[0] : ep.dgrams.shift()!;
    return [d.data.slice(0, n), d.from];
  }
  if (!ep.connected) throw osError(ep.family === AF_UNIX ? "EINVAL" : "ENOTCONN");
  waitReady(s, ep, () => readable(ep), "recv() on a socket with nothing to read", flags);
  if (ep.queued > 0) return [ep.take(n, (flags & MSG_PEEK) !== 0), null];
  if (ep.reset) {
    ep.reset = false;
    throw osError("ECONNRESET");
  }
  return [new Uint8Array(0), null];
}

function sendBytes(s: PySocket, data: Uint8Array, flags: number): number {
  const ep = live(s);
  if (ep.type === SOCK_DGRAM) {
    const p = ep.peer;
    if (p !== null) {
      // a datagram socketpair: the other end, which has no name
      if (p.closed) throw osError("ECONNREFUSED");
      waitReady(s, ep, () => p.dgrams.reduce((t, d) => t + d.data.length, 0) + data.length <= p.capacity, "send() to a socket whose peer's buffer is full", flags);
      p.dgrams.push({ data: data.slice(), from: null });
      return data.length;
    }
    if (ep.remote === null) throw osError("EDESTADDRREQ");
    return sendDatagram(ep, data, ep.remote);
  }
  if (!ep.connected) throw osError(ep.family === AF_UNIX ? "ENOTCONN" : "EPIPE");
  const gone = () => ep.shutWr || ep.peer === null || ep.peer.closed || ep.peer.shutRd;
  if (gone()) throw osError("EPIPE");
  waitReady(s, ep, () => ep.peer!.room() > 0, "send() to a socket whose peer's buffer is full", flags);
  const k = Math.min(data.length, ep.peer!.room());
  ep.peer!.push(data.slice(0, k));
  return k;
}

function sendDatagram(ep: Endpoint, data: Uint8Array, to: Addr): number {
  if (to.family !== AF_UNIX && !isLoopback(to.family, to.host)) throw osError("ENETUNREACH");
  if (to.family !== AF_UNIX) autobind(ep, null);
  const target = net().find(to, SOCK_DGRAM);
  if (target === null) {
    if (to.family === AF_UNIX) throw osError(net().unixBound(to.path) === null ? "ENOENT" : "ECONNREFUSED");
    return data.length; // UDP to a port nobody listens on is dropped
  }
  if (target.dgrams.reduce((t, d) => t + d.data.length, 0) + data.length <= target.capacity) target.dgrams.push({ data: data.slice(), from: sourceAddr(ep.local) });
  return data.length;
}

/** A datagram's source: a wildcard-bound sender's packets leave from the loopback address. */
function sourceAddr(a: Addr | null): Addr | null {
  if (a === null || a.family === AF_UNIX || !isWildcard(a.host)) return a;
  return { ...a, host: a.family === AF_INET ? "127.0.0.1" : "::1" };
}

/** setsockopt's "i" conversion succeeds (else the value must be a buffer). */
function isCInt(x: PyObj): boolean {
  const i = asInt(x);
  if (i === null) return typeof x === "object" && x.cls.lookup("__index__") !== undefined;
  return i >= -2147483648 && i <= 2147483647;
}

/** A "w*" argument, with the function's own name in the complaint. */
function rwBuffer(x: PyObj, fname: string) {
  if (!(x instanceof PyByteArray) && !(x instanceof PyMemoryView && !x.readonly)) {
    throw typeError(`${fname}() argument 1 must be read-write bytes-like object, not ${argTypeName(x)}`);
  }
  return writableBuffer(x);
}

function flagsArg(x: PyObj | undefined): number {
  return x === undefined ? 0 : getargsInt(x);
}

/** socket.__init__: a new endpoint, or the one behind `fileno`. */
function init(self: PyObj, args: PyObj[], kw: readonly string[] | null): PyObj {
  const s = S(self);
  const [famO, typeO, protoO, filenoO] = bindArgs("socket", args, kw, ["family", "type", "proto", "fileno"], 0);
  let family = famO === undefined ? -1 : getargsInt(famO);
  let type = typeO === undefined ? -1 : getargsInt(typeO);
  let proto = protoO === undefined ? -1 : getargsInt(protoO);
  const n = net();
  if (filenoO !== undefined && filenoO !== None) {
    const wide = asInt(filenoO);
    const fd = wide !== null && (wide > 2147483647 || wide < -2147483648) ? Number(BigInt.asIntN(32, BigInt(wide))) : fdArg(filenoO);
    if (fd < 0) throw newExc(ValueError, "negative file descriptor");
    const ep = n.endpoint(fd);
    if (ep === null) throw osError(n.fds.has(fd) || (fd >= 0 && fd <= 2) || (interp.host.fs !== undefined && typeof interp.host.fs.fstat(fd) !== "string") ? "ENOTSOCK" : "EBADF");
    if (family === -1) family = ep.family;
    if (type === -1) type = ep.type;
    if (proto === -1) proto = ep.proto;
    s.fd = fd;
    s.ep = ep;
  } else {
    if (family === -1) family = AF_INET;
    if (type === -1) type = SOCK_STREAM;
    if (proto === -1) proto = 0;
    if (family !== AF_INET && family !== AF_INET6 && family !== AF_UNIX) throw osError("EAFNOSUPPORT");
    const base = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (base === SOCK_RAW) throw osError(family === AF_UNIX ? "ESOCKTNOSUPPORT" : "EPERM");
    if (base !== SOCK_STREAM && base !== SOCK_DGRAM) throw osError("EINVAL");
    const want = base === SOCK_STREAM ? 6 : 17;
    if (proto !== 0 && (family === AF_UNIX || proto !== want)) throw osError("EPROTONOSUPPORT");
    const ep = new Endpoint(family, base, family === AF_UNIX ? 0 : want);
    s.ep = ep;
    s.fd = n.allocFd(ep);
  }
  s.family = family;
  s.type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s.proto = proto;
  if (type & SOCK_NONBLOCK) setTimeout(s, 0);
  else setTimeout(s, defaultTimeout());
  return None;
}

function setTimeout(s: PySocket, t: number): void {
  s.timeout = t;
  if (s.ep !== null) s.ep.nonblock = t >= 0;
}

/** A socket object for a descriptor made here (socketpair's ends). */
export function socketFor(ep: Endpoint, fd: number, family: number, type: number, proto: number): PySocket {
  const s = new PySocket(SocketType);
  s.fd = fd;
  s.ep = ep;
  s.family = family;
  s.type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s.proto = proto;
  setTimeout(s, type & SOCK_NONBLOCK ? 0 : defaultTimeout());
  return s;
}

function checkErr(name: string | null): void {
  if (name !== null) throw osError(name);
}

const nbytesArg = (x: PyObj | undefined, max: number, what: string): number => {
  if (x === undefined) return max;
  const v = Number(asIndex(x));
  if (v < 0) throw newExc(ValueError, `negative buffersize in ${what}`);
  return v === 0 ? max : Math.min(v, max);
};

defMethods(SocketType, [
  ["__init__", init],
  ["__repr__", (self) => {
    const s = S(self);
    return `<socket object, fd=${s.fd}, family=${s.family}, type=${s.type}, proto=${s.proto}>`;
  }, 0, 0],
  ["fileno", (self) => S(self).fd, 0, 0],
  ["close", (self) => {
    const s = S(self);
    if (s.fd >= 0) net().closeFd(s.fd);
    s.fd = -1;
    s.ep = null;
    return None;
  }, 0, 0],
  ["detach", (self) => {
    const s = S(self);
    const fd = s.fd;
    s.fd = -1;
    s.ep = null;
    return fd;
  }, 0, 0],
  ["_accept", (self) => {
    const s = S(self);
    const ep = live(s);
    if (!ep.listening) throw osError("EINVAL");
    waitReady(s, ep, () => ep.backlog.length > 0, "accept() with no pending connection");
    const c = ep.backlog.shift()!;
    const fd = net().allocFd(c);
    return tuple([fd, addrObj(c.remote, c.family)]);
  }, 0, 0],
  ["bind", (self, [a]) => {
    const s = S(self);
    const ep = live(s);
    doBind(ep, addrArg(s.family, a, "bind"));
    return None;
  }, 1, 1],
  ["listen", (self, a) => {
    const s = S(self);
    const ep = live(s);
    const backlog = a.length ? getargsInt(a[0]) : 128;
    if (ep.type !== SOCK_STREAM) throw osError("EOPNOTSUPP");
    if (ep.connected) throw osError("EINVAL");
    if (ep.local === null) {
      if (ep.family === AF_UNIX) throw osError("EINVAL");
      autobind(ep, null);
    }
    ep.listening = true;
    ep.backlogMax = Math.max(0, Math.min(backlog, 4096));
    return None;
  }, 0, 1],
  ["connect", (self, [a]) => {
    const s = S(self);
    const ep = live(s);
    const err = doConnect(s, ep, addrArg(s.family, a, "connect"));
    checkErr(err);
    return None;
  }, 1, 1],
  ["connect_ex", (self, [a]) => {
    const s = S(self);
    const ep = live(s);
    const err = doConnect(s, ep, addrArg(s.family, a, "connect_ex"));
    return err === null ? 0 : osError(err).args[0];
  }, 1, 1],
  ["recv", (self, a) => {
    if (a.length < 1 || a.length > 2) throw typeError(`recv() takes ${a.length < 1 ? "at least 1 argument" : "at most 2 arguments"} (${a.length} given)`);
    const n = Number(asIndex(a[0]));
    if (n < 0) throw newExc(ValueError, "negative buffersize in recv");
    return new PyBytesObj(recvBytes(S(self), n, flagsArg(a[1]))[0]);
  }],
  ["recvfrom", (self, a) => {
    if (a.length < 1 || a.length > 2) throw typeError(`recvfrom() takes ${a.length < 1 ? "at least 1 argument" : "at most 2 arguments"} (${a.length} given)`);
    const n = Number(asIndex(a[0]));
    if (n < 0) throw newExc(ValueError, "negative buffersize in recvfrom");
    const s = S(self);
    const [data, from] = recvBytes(s, n, flagsArg(a[1]));
    return tuple([new PyBytesObj(data), from === null ? (s.ep!.type === SOCK_DGRAM ? addrObj(null, s.family) : None) : addrObj(from, s.family)]);
  }],
  ["recv_into", (self, a, kw) => {
    const [buf, nb, fl] = bindArgs("recv_into", a, kw, ["buffer", "nbytes", "flags"], 1);
    const w = rwBuffer(buf!, "recv_into");
    const n = nbytesArg(nb, w.length, "recv_into");
    if (nb !== undefined && Number(asIndex(nb)) > w.length) throw newExc(ValueError, "buffer too small for requested bytes");
    const [data] = recvBytes(S(self), n, flagsArg(fl));
    w.set(data);
    return data.length;
  }],
  ["recvfrom_into", (self, a, kw) => {
    const [buf, nb, fl] = bindArgs("recvfrom_into", a, kw, ["buffer", "nbytes", "flags"], 1);
    const w = rwBuffer(buf!, "recvfrom_into");
    const n = nbytesArg(nb, w.length, "recvfrom_into");
    if (nb !== undefined && Number(asIndex(nb)) > w.length) throw newExc(ValueError, "nbytes is greater than the length of the buffer");
    const s = S(self);
    const [data, from] = recvBytes(s, n, flagsArg(fl));
    w.set(data);
    return tuple([data.length, from === null ? None : addrObj(from, s.family)]);
  }],
  ["send", (self, a) => {
    if (a.length < 1 || a.length > 2) throw typeError(`send() takes ${a.length < 1 ? "at least 1 argument" : "at most 2 arguments"} (${a.length} given)`);
    return sendBytes(S(self), needBytes(a[0]), flagsArg(a[1]));
  }],
  ["sendall", (self, a) => {
    if (a.length < 1 || a.length > 2) throw typeError(`sendall() takes ${a.length < 1 ? "at least 1 argument" : "at most 2 arguments"} (${a.length} given)`);
    const s = S(self);
    let data = needBytes(a[0]);
    const flags = flagsArg(a[1]);
    do {
      const k = sendBytes(s, data, flags);
      data = data.subarray(k);
    } while (data.length > 0);
    return None;
  }],
  ["sendto", (self, a) => {
    if (a.length < 2 || a.length > 3) throw typeError(`sendto() takes 2 or 3 arguments (${a.length} given)`);
    const s = S(self);
    const data = needBytes(a[0]);
    const to = a[a.length - 1];
    if (a.length === 3) flagsArg(a[1]);
    const ep = live(s);
    const addr = addrArg(s.family, to, "sendto");
    if (ep.type !== SOCK_DGRAM) throw osError(ep.connected ? "EISCONN" : "EPIPE");
    return sendDatagram(ep, data, addr);
  }],
  ["shutdown", (self, [how]) => {
    const s = S(self);
    const ep = live(s);
    const h = fdArg(how);
    if (h < 0 || h > 2) throw osError("EINVAL");
    if (!ep.connected) throw osError("ENOTCONN");
    if (h !== 1) ep.shutRd = true;
    if (h !== 0) {
      ep.shutWr = true;
      if (ep.peer !== null) ep.peer.eof = true;
    }
    return None;
  }, 1, 1],
  ["getsockname", (self) => {
    const s = S(self);
    return addrObj(live(s).local, s.family);
  }, 0, 0],
  ["getpeername", (self) => {
    const s = S(self);
    const ep = live(s);
    if (ep.type === SOCK_DGRAM ? ep.remote === null && ep.peer === null : !ep.connected || ep.soError !== 0) throw osError("ENOTCONN");
    return addrObj(ep.remote, s.family);
  }, 0, 0],
  ["setsockopt", (self, a) => {
    if (a.length < 3 || a.length > 4) throw typeError(`setsockopt() takes ${a.length < 3 ? "at least 3" : "at most 4"} arguments (${a.length} given)`);
    const s = S(self);
    const level = getargsInt(a[0]), opt = getargsInt(a[1]);
    let v: number;
    if (a.length === 4) {
      if (a[2] !== None) throw typeError("setsockopt() takes 3 or 4 arguments with optval=None for 4");
      v = 0;
    } else if (isCInt(a[2])) v = getargsInt(a[2]);
    else {
      const b = needBytes(a[2]);
      v = b.length >= 4 ? new DataView(b.buffer, b.byteOffset, 4).getInt32(0, true) : b.length ? b[0] : 0;
    }
    const ep = live(s);
    if (level !== SOL_SOCKET && level !== 0 && level !== 6 && level !== 17 && level !== 41) throw osError("ENOPROTOOPT");
    if (level === 6 && ep.family === AF_UNIX) throw osError("EOPNOTSUPP");
    if (level === SOL_SOCKET && opt === 8) {
      ep.rcvbuf = Math.max(2304, Math.min(2 * v, 425984));
      if (ep.family === AF_UNIX || ep.type !== SOCK_STREAM) ep.capacity = ep.rcvbuf;
    }
    else if (level === SOL_SOCKET && opt === 7) ep.sndbuf = Math.max(4608, Math.min(2 * v, 425984));
    else ep.opts.set(optKey(level, opt), v);
    return None;
  }],
  ["getsockopt", (self, a) => {
    if (a.length < 2 || a.length > 3) throw typeError(`getsockopt() takes ${a.length < 2 ? "at least 2 arguments" : "at most 3 arguments"} (${a.length} given)`);
    const s = S(self);
    const level = getargsInt(a[0]), opt = getargsInt(a[1]);
    const ep = live(s);
    let v: number;
    if (level === SOL_SOCKET) {
      switch (opt) {
        case 4: // SO_ERROR
          v = ep.soError;
          ep.soError = 0;
          if (ep.connecting && v !== 0) ep.aborted = true;
          ep.connecting = false;
          break;
        case 3: v = ep.type; break; // SO_TYPE
        case 39: v = ep.family; break; // SO_DOMAIN
        case 38: v = ep.proto; break; // SO_PROTOCOL
        case 30: v = ep.listening ? 1 : 0; break; // SO_ACCEPTCONN
        case 8: v = ep.rcvbuf; break;
        case 7: v = ep.sndbuf; break;
        default: v = ep.opts.get(optKey(level, opt)) ?? 0;
      }
    } else {
      if (level !== 0 && level !== 6 && level !== 17 && level !== 41) throw osError("ENOPROTOOPT");
      v = ep.opts.get(optKey(level, opt)) ?? 0;
    }
    if (a.length === 3 && fdArg(a[2]) !== 0) {
      const len = fdArg(a[2]);
      if (len <= 0 || len > 1024) throw newExc(OSError, "getsockopt buflen out of range");
      const out = new Uint8Array(len);
      for (let i = 0; i < Math.min(4, len); i++) out[i] = (v >>> (8 * i)) & 255;
      return new PyBytesObj(out);
    }
    return v;
  }],
  ["setblocking", (self, [flag]) => {
    const s = S(self);
    live(s);
    setTimeout(s, truthy(flag) ? -1 : 0);
    return None;
  }, 1, 1],
  ["getblocking", (self) => {
    const s = S(self);
    live(s);
    return s.timeout !== 0;
  }, 0, 0],
  ["settimeout", (self, [t]) => {
    const s = S(self);
    const v = timeoutArg(t);
    live(s);
    setTimeout(s, v);
    return None;
  }, 1, 1],
  ["gettimeout", (self) => {
    const t = S(self).timeout;
    return t < 0 ? None : new PyFloat(t);
  }, 0, 0],
]);
defGetters(SocketType, [
  ["family", (self) => S(self).family],
  ["type", (self) => S(self).type],
  ["proto", (self) => S(self).proto],
  ["timeout", (self) => (S(self).timeout < 0 ? None : new PyFloat(S(self).timeout))],
]);
