// The in-process network behind _socket: every socket of an interpreter is an Endpoint in its Net,
// which plays the kernel's part for them. A connected pair of stream sockets is two byte queues
// (each end receives into its own); a listening socket keeps a backlog of connections that
// connect() completed before accept() takes them, as Linux's does; datagram sockets queue whole
// datagrams with their sender's address. Addresses are the loopback network only: 127.0.0.0/8,
// ::1 and the wildcards for AF_INET/AF_INET6, and an in-process namespace of names for AF_UNIX
// (no socket file is created). Nothing here reaches the host's network: connecting elsewhere is
// refused by the caller (socket-type.ts) as an unreachable network.
//
// Descriptors: `fds` is the table of the interpreter's in-process descriptors (sockets, epoll
// objects, pipe ends from posix/pipe.ts). A new one takes the lowest number >= 3 that neither this
// table nor the granted HostFS holds, as a fresh CPython process numbers its first ones. The HostFS
// numbers its own files, so a file opened later may get the number of an in-process descriptor:
// select(), os.read/os.write/os.close and open(fd) then answer for the in-process one (pipes), and
// for the file system (sockets, whose bytes move through socket methods only).
import { interp, type Interp } from "../../vm/interp.ts";
import { newExc, KeyboardInterrupt } from "../../objects/index.ts";
import { latin1 } from "../../support/text/bytes-methods.ts";

export const AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
export const SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3, SOCK_SEQPACKET = 5;
export const SOCK_NONBLOCK = 0o4000, SOCK_CLOEXEC = 0o2000000;

/** A socket address as the kernel keeps it; host texts are canonical (inet_ntop's). */
export type Addr =
  | { family: typeof AF_INET; host: string; port: number }
  | { family: typeof AF_INET6; host: string; port: number; flowinfo: number; scope: number }
  | { family: typeof AF_UNIX; path: Uint8Array };

/** SO_RCVBUF/SO_SNDBUF's defaults on Linux (net.core.*mem_default; tcp_rmem/tcp_wmem's middle values). */
export const UNIX_BUFFER = 212992;
const TCP_RCVBUF = 131072, TCP_SNDBUF = 16384;
/**
 * What a TCP connection over loopback holds before a sender would block: Linux grows the sending
 * buffer up to tcp_wmem's maximum (4 MiB), so a single-threaded CPython program can sendall() a few
 * megabytes to a peer that has not read yet; an AF_UNIX stream holds its receive buffer.
 */
const TCP_CAPACITY = 4194304;

export interface Datagram {
  data: Uint8Array;
  from: Addr | null;
}

export class Endpoint {
  /** Descriptors (socket objects, dup()s) that refer to it; it closes when the last goes. */
  refs = 0;
  local: Addr | null = null;
  remote: Addr | null = null;
  peer: Endpoint | null = null;
  connected = false;
  /** A non-blocking connect() answered EINPROGRESS; getsockopt(SO_ERROR) reports its outcome. */
  connecting = false;
  /** That connect failed and SO_ERROR reported it: the next connect() answers ECONNABORTED. */
  aborted = false;
  listening = false;
  backlog: Endpoint[] = [];
  backlogMax = 0;
  /** Received bytes not yet read (stream sockets): chunks, the first read from `head`. */
  chunks: Uint8Array[] = [];
  head = 0;
  queued = 0;
  dgrams: Datagram[] = [];
  /** No more bytes will arrive: the peer closed or shut down its writing side. */
  eof = false;
  /** The peer went away with this end's data unread by it (TCP sends a reset: ECONNRESET). */
  reset = false;
  shutRd = false;
  shutWr = false;
  closed = false;
  soError = 0;
  /** O_NONBLOCK of the open socket (shared by dup()s and socket(fileno=...) of it). */
  nonblock = false;
  readonly opts = new Map<number, number>();
  /** SO_RCVBUF and SO_SNDBUF as getsockopt reports them. */
  rcvbuf: number;
  sndbuf: number;
  /** Bytes that may wait in this end's queue (see TCP_CAPACITY). */
  capacity: number;

  constructor(
    public family: number,
    public type: number,
    public proto: number,
  ) {
    const unix = family === AF_UNIX;
    this.rcvbuf = unix ? UNIX_BUFFER : TCP_RCVBUF;
    this.sndbuf = unix ? UNIX_BUFFER : TCP_SNDBUF;
    this.capacity = unix || type !== SOCK_STREAM ? this.rcvbuf : TCP_CAPACITY;
  }

  /** Bytes the peer can still queue for this end. */
  room(): number {
    return Math.max(0, this.capacity - this.queued);
  }

  push(data: Uint8Array): void {
    if (data.length === 0) return;
    this.chunks.push(data);
    this.queued += data.length;
  }

  /** Takes up to n queued bytes (peek leaves them queued). */
  take(n: number, peek = false): Uint8Array {
    const k = Math.min(n, this.queued);
    const out = new Uint8Array(k);
    let got = 0, i = 0, head = this.head;
    while (got < k) {
      const c = this.chunks[i];
      const m = Math.min(k - got, c.length - head);
      out.set(c.subarray(head, head + m), got);
      got += m;
      head += m;
      if (head === c.length) {
        i++;
        head = 0;
      }
    }
    if (!peek) {
      this.chunks.splice(0, i);
      this.head = head;
      this.queued -= k;
    }
    return out;
  }

  /** poll()'s answer for this socket: POLLIN 1, POLLOUT 4, POLLERR 8, POLLHUP 16, POLLRDHUP 0x2000. */
  events(): number {
    if (this.closed) return 32; // POLLNVAL
    let ev = 0;
    if (this.listening) return this.backlog.length ? 1 : 0;
    if (this.type === SOCK_DGRAM) {
      if (this.dgrams.length) ev |= 1;
      if (!this.shutWr) ev |= 4;
      return ev | (this.soError ? 8 : 0);
    }
    if (this.queued > 0 || this.eof || this.shutRd || this.reset) ev |= 1;
    if (this.eof) ev |= 0x2000;
    if (this.soError) ev |= 8;
    if (this.connected) {
      const p = this.peer;
      if (this.shutWr || p === null || p.closed || p.shutRd || p.room() > 0) ev |= 4;
      if (this.shutWr && this.eof) ev |= 16;
    } else if (this.connecting) {
      ev |= 4;
    } else {
      ev |= 4 | 16; // an unconnected stream socket: Linux reports POLLOUT | POLLHUP
    }
    return ev;
  }
}

/**
 * What a descriptor number holds besides a socket: an epoll object, a pipe end (posix/pipe.ts). One
 * with `refs` counts the descriptors that share it (os.dup), as an Endpoint does.
 */
export interface OtherDescriptor {
  kind: string;
  refs?: number;
}

export class Net {
  readonly fds = new Map<number, Endpoint | OtherDescriptor>();
  /** Bound endpoints (sockets with a local address), in binding order. */
  readonly bound = new Set<Endpoint>();
  /** Ephemeral ports handed out by bind(port 0) and implicit binds, as Linux's range starts. */
  nextPort = 32768;

  allocFd(holder: Endpoint | OtherDescriptor): number {
    const reserved = interp.host.fs?.reserveFd?.();
    let fd = 3;
    if (typeof reserved === "number") {
      fd = reserved;
      this.fromHost.add(fd);
    } else while (this.fds.has(fd) || this.hostHolds(fd)) fd++;
    this.hold(fd, holder);
    return fd;
  }
  /** Descriptor numbers the granted HostFS reserved for us (reserveFd), given back when closed. */
  private readonly fromHost = new Set<number>();

  /** fd (a free number, or one dup2 just closed) now refers to holder. */
  hold(fd: number, holder: Endpoint | OtherDescriptor): void {
    this.fds.set(fd, holder);
    if (holder.refs !== undefined) holder.refs++;
  }

  /** Whether the granted HostFS has fd open (a number an in-process descriptor should not take). */
  private hostHolds(fd: number): boolean {
    const fs = interp.host.fs;
    return fs !== undefined && typeof fs.fstat(fd) !== "string";
  }

  endpoint(fd: number): Endpoint | null {
    const h = this.fds.get(fd);
    return h instanceof Endpoint ? h : null;
  }

  /** Drops a descriptor; the endpoint closes with its last one. False when fd is not ours. */
  closeFd(fd: number): boolean {
    const h = this.fds.get(fd);
    if (h === undefined) return false;
    this.fds.delete(fd);
    if (this.fromHost.delete(fd)) interp.host.fs?.close(fd);
    if (h instanceof Endpoint) {
      if (--h.refs === 0) this.closeEndpoint(h);
    } else if (h.refs !== undefined) h.refs--;
    return true;
  }

  closeEndpoint(ep: Endpoint): void {
    if (ep.closed) return;
    ep.closed = true;
    this.bound.delete(ep);
    // connections completed against a listener but never accepted are reset
    for (const c of ep.backlog) {
      this.closeEndpoint(c);
      if (c.peer !== null) c.peer.reset = true;
    }
    ep.backlog = [];
    const p = ep.peer;
    if (p !== null && !p.closed) {
      p.eof = true;
      if (ep.queued > 0 && ep.family !== AF_UNIX) p.reset = true;
    }
  }

  ephemeralPort(family: number, host: string): number {
    for (let tries = 0; tries < 28232; tries++) {
      const port = this.nextPort;
      this.nextPort = this.nextPort >= 60999 ? 32768 : this.nextPort + 1;
      if (!this.portTaken(family, host, port, null)) return port;
    }
    return 0;
  }

  /** Another live endpoint already bound to host:port (a wildcard host overlaps every host). */
  portTaken(family: number, host: string, port: number, self: Endpoint | null): boolean {
    for (const e of this.bound) {
      if (e === self || e.family !== family || e.local === null || e.local.family === AF_UNIX || e.local.port !== port) continue;
      if (e.local.host === host || isWildcard(e.local.host) || isWildcard(host)) {
        // SO_REUSEPORT on both lets them share (SO_REUSEADDR only helps against TIME_WAIT, which never happens here)
        if ((e.opts.get(REUSEPORT) ?? 0) !== 0 && (self?.opts.get(REUSEPORT) ?? 0) !== 0) continue;
        return true;
      }
    }
    return false;
  }

  unixBound(path: Uint8Array): Endpoint | null {
    const key = latin1(path);
    for (const e of this.bound) if (e.local !== null && e.local.family === AF_UNIX && latin1(e.local.path) === key) return e;
    return null;
  }

  /** The endpoint listening (stream) or bound (datagram) where `to` leads, on this host. */
  find(to: Addr, type: number): Endpoint | null {
    if (to.family === AF_UNIX) {
      const e = this.unixBound(to.path);
      return e !== null && e.type === type ? e : null;
    }
    let wild: Endpoint | null = null;
    for (const e of this.bound) {
      if (e.family !== to.family || e.type !== type || e.local === null || e.local.family === AF_UNIX || e.local.port !== to.port) continue;
      if (type === SOCK_STREAM && !e.listening) continue;
      if (e.local.host === to.host) return e;
      if (isWildcard(e.local.host) && wild === null) wild = e;
    }
    return wild;
  }
}

/** The key of a socket option in Endpoint.opts. */
export const optKey = (level: number, opt: number): number => level * 1024 + opt;
const REUSEPORT = optKey(1, 15);

export const isWildcard = (host: string): boolean => host === "0.0.0.0" || host === "::";
export const isLoopback = (family: number, host: string): boolean =>
  family === AF_INET ? host.startsWith("127.") || host === "0.0.0.0" : host === "::1" || host === "::" || host.startsWith("::ffff:127.");


const nets = new WeakMap<Interp, Net>();
/** The current interpreter's network. */
export function net(): Net {
  let n = nets.get(interp);
  if (n === undefined) nets.set(interp, (n = new Net()));
  return n;
}
/** The network if any socket was ever made (select() on files alone need not create one). */
export const netIfAny = (): Net | undefined => nets.get(interp);

// ---- waiting ---------------------------------------------------------------------------------------

let cell: Int32Array | null | undefined;

/**
 * After a wait: SIGINT arrived meanwhile (the embedder's interrupt buffer or interrupt()). With
 * the default handler the blocking call itself raises KeyboardInterrupt, as CPython's does when
 * its system call is interrupted; a program's own handler runs at the eval loop's next check.
 */
export function checkInterrupt(): void {
  const ib = interp.interruptBuffer;
  if (!(interp.interruptRequested || (ib !== null && ib[0] !== 0))) return;
  const h = interp.signalHandlers.get(2);
  if (h !== undefined && h !== 0) return;
  if (ib !== null) ib[0] = 0;
  interp.interruptRequested = false;
  throw newExc(KeyboardInterrupt);
}
/**
 * Blocks the (only) thread for ms milliseconds, as time.sleep does, but never past the run's
 * deadline (the eval loop then raises its time limit at the next check). An embedder's interrupt
 * buffer (Interp.interruptBuffer, on a SharedArrayBuffer) is what the wait watches when there is
 * one, so setting it and calling Atomics.notify ends the wait early, and the eval loop raises
 * KeyboardInterrupt at its next check.
 */
export function waitMs(ms: number): void {
  const now = () => interp.host.now();
  const until = Math.min(now() + ms, interp.deadline);
  const ib = interp.interruptBuffer;
  const SAB = (globalThis as { SharedArrayBuffer?: typeof SharedArrayBuffer }).SharedArrayBuffer;
  if (ib !== null && SAB !== undefined && ib.buffer instanceof SAB) {
    try {
      for (let left = until - now(); left > 0 && ib[0] === 0 && !interp.interruptRequested; left = until - now()) Atomics.wait(ib, 0, 0, left);
      return;
    } catch {
      // a browser's main thread cannot block: wait below (spinning)
    }
  }
  if (cell === undefined) {
    try {
      const SAB = (globalThis as { SharedArrayBuffer?: typeof SharedArrayBuffer }).SharedArrayBuffer;
      cell = SAB ? new Int32Array(new SAB(4)) : null;
    } catch {
      cell = null;
    }
  }
  for (let left = until - now(); left > 0 && (ib === null || ib[0] === 0); left = until - now()) {
    try {
      if (cell === null) throw new Error("no Atomics.wait");
      Atomics.wait(cell, 0, 0, left);
    } catch {
      cell = null; // a browser's main thread cannot block: spin
    }
  }
}
