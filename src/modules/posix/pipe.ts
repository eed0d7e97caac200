// os.pipe(): an in-process pipe, as Linux's pipe(2) behaves for a process with one thread. The two
// ends are descriptors in the interpreter's table of in-process descriptors (the one sockets use,
// socket/net.ts), so os.read/os.write/os.close/os.fstat, open(fd), os.dup and select() reach them.
// It touches nothing of the host, so it needs no grant.
//
// Linux's rules: a pipe holds 16 pages (class Pipe); reading an empty pipe whose write end is closed
// gives b'' (end of file); writing when the read end is closed fails with EPIPE (BrokenPipeError,
// as CPython ignores SIGPIPE); a non-blocking end answers EAGAIN (BlockingIOError) where a blocking
// one would wait, and a write of at most PIPE_BUF bytes is all or nothing.
//
// Where a blocking end would wait, nothing in this program could ever end the wait (no other thread,
// no other process holds the pipe), so CPython would hang for ever. dislab raises RuntimeError
// ("deadlock: ...") instead, before reading or writing anything, as blocking sockets and select()
// do (socket-type.ts, select.ts): a program that hangs shows nothing, an exception shows where.
import { newExc, RuntimeError } from "../../objects/index.ts";
import { interp } from "../../vm/interp.ts";
import type { Errno, HostStat } from "../../vm/host-fs.ts";
import { net, netIfAny, type OtherDescriptor } from "../socket/net.ts";
import { concatBytes } from "../../support/concat-bytes.ts";

/** Linux's pipe: PIPE_SLOTS buffers of a page each, which is what it holds before a writer would block. */
const PAGE = 4096, PIPE_SLOTS = 16;
const S_IFIFO = 0o010000;
const POLLIN = 1, POLLOUT = 4, POLLERR = 8, POLLHUP = 16;

/** One page of a pipe's ring: bytes [off, end) not yet read. */
interface Page {
  data: Uint8Array;
  off: number;
  end: number;
}

/**
 * The bytes in a pipe, as Linux keeps them: a ring of up to PIPE_SLOTS pages. A write first tops up
 * the last page when the write's last partial page (its length modulo the page size) fits there
 * whole, then fills fresh pages; so how much a pipe takes depends on the sizes written (1000-byte
 * writes fill it at 64000 bytes, as on Linux), and a write of at most PIPE_BUF bytes is never split.
 */
class Pipe {
  pages: Page[] = [];
  readonly reader: PipeEnd;
  readonly writer: PipeEnd;
  readonly stat: HostStat;
  constructor(ino: number) {
    this.reader = new PipeEnd(this, true);
    this.writer = new PipeEnd(this, false);
    const now = interp.host.now() / 1000;
    this.stat = { mode: S_IFIFO | 0o600, ino, dev: 13, nlink: 1, uid: 0, gid: 0, size: 0, atime: now, mtime: now, ctime: now };
  }

  get empty(): boolean {
    return this.pages.length === 0;
  }
  get full(): boolean {
    return this.pages.length >= PIPE_SLOTS;
  }

  /** Where the first `chars` bytes of a write go into the last page, if they fit there. */
  private mergeable(chars: number): Page | null {
    const last = this.pages[this.pages.length - 1];
    return chars > 0 && last !== undefined && last.end + chars <= PAGE ? last : null;
  }

  /** Whether all of an n-byte write fits now. */
  fits(n: number): boolean {
    const chars = n % PAGE;
    const rest = this.mergeable(chars) !== null ? n - chars : n;
    return this.pages.length + Math.ceil(rest / PAGE) <= PIPE_SLOTS;
  }

  /** Writes what fits of data (all of it when fits() said so); the count. */
  put(data: Uint8Array): number {
    let at = 0;
    const chars = data.length % PAGE;
    const last = this.mergeable(chars);
    if (last !== null) {
      last.data.set(data.subarray(0, chars), last.end);
      last.end += chars;
      at = chars;
    }
    while (at < data.length && !this.full) {
      const k = Math.min(PAGE, data.length - at);
      const page = { data: new Uint8Array(PAGE), off: 0, end: k };
      page.data.set(data.subarray(at, at + k));
      this.pages.push(page);
      at += k;
    }
    return at;
  }

  take(n: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let got = 0;
    while (got < n && this.pages.length > 0) {
      const p = this.pages[0]!;
      const k = Math.min(n - got, p.end - p.off);
      parts.push(p.data.slice(p.off, p.off + k));
      p.off += k;
      got += k;
      if (p.off === p.end) this.pages.shift();
    }
    return concatBytes(parts, got);
  }
}

/**
 * One end of a pipe: an open file description, shared by the descriptors os.dup makes of it (they
 * share O_NONBLOCK too, as on Linux). The end is closed when its last descriptor is.
 */
export class PipeEnd implements OtherDescriptor {
  readonly kind = "pipe";
  /** Descriptors that refer to it. */
  refs = 0;
  nonblocking = false;
  constructor(readonly pipe: Pipe, readonly reading: boolean) {}

  get closed(): boolean {
    return this.refs === 0;
  }

  read(_fd: number, n: number): Uint8Array | Errno {
    const p = this.pipe;
    if (!this.reading) return "EBADF";
    if (n === 0 || !p.empty) return p.take(n);
    if (p.writer.closed) return new Uint8Array(0);
    if (this.nonblocking) return "EAGAIN";
    throw newExc(RuntimeError, "deadlock: reading an empty pipe would block forever (its write end is open, and a program with one thread cannot write to it while it waits)");
  }

  write(_fd: number, data: Uint8Array): number | Errno {
    const p = this.pipe;
    if (this.reading) return "EBADF";
    if (p.reader.closed) return "EPIPE";
    if (data.length === 0) return 0;
    if (!p.fits(data.length) && !this.nonblocking) {
      throw newExc(RuntimeError, `deadlock: writing ${data.length} bytes to a pipe with no room for them would block forever (a program with one thread cannot read it while it waits)`);
    }
    const n = p.put(data);
    return n === 0 ? "EAGAIN" : n;
  }

  lseek(): number | Errno {
    return "ESPIPE";
  }
  ftruncate(): Errno | null {
    return "EINVAL";
  }
  isatty(): boolean {
    return false;
  }
  fstat(): HostStat {
    return { ...this.pipe.stat };
  }
  close(fd: number): Errno | null {
    return net().closeFd(fd) ? null : "EBADF";
  }

  /** poll()'s events: the read end is readable with bytes (or hung up), the write end writable with a free page. */
  events(): number {
    const p = this.pipe;
    if (this.reading) return (p.empty ? 0 : POLLIN) | (p.writer.closed ? POLLHUP : 0);
    if (p.reader.closed) return POLLOUT | POLLERR;
    return p.full ? 0 : POLLOUT;
  }
}

const inodes = new WeakMap<object, number>();
/** A new pipe: its read end's and write end's descriptors. */
export function makePipe(): [number, number] {
  const ino = (inodes.get(interp) ?? 100000) + 1;
  inodes.set(interp, ino);
  const p = new Pipe(ino);
  const n = net();
  return [n.allocFd(p.reader), n.allocFd(p.writer)];
}

/** The pipe end descriptor fd holds, if it is one. */
export function pipeEnd(fd: number): PipeEnd | null {
  const h = netIfAny()?.fds.get(fd);
  return h instanceof PipeEnd ? h : null;
}
