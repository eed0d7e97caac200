// The host's real file system as a HostFS (src/vm/host-fs.ts), through Node's synchronous fs API:
// what `dislab run` and `dislab -c` grant programs. Errors are Node's error codes, which are the
// errno names. Node has no lseek, so each descriptor's position is kept here and reads and writes
// are positional (pread/pwrite; with O_APPEND Linux writes at the end whatever the position).
// The working directory is this object's own (os.chdir does not move the Node process), and
// relative paths are resolved against it.
// Named imports: the bundle turns `import * as fs` into a copy of every export of node:fs, with a
// getter each, at every start.
import {
  chmodSync, closeSync, constants, fstatSync, ftruncateSync, lstatSync, mkdirSync, openSync, opendirSync, readSync, readlinkSync,
  linkSync, readFileSync, renameSync, rmdirSync, statSync, symlinkSync, unlinkSync, utimesSync, writeSync, type Dir, type Stats,
} from "node:fs";
import { resolve } from "node:path";
import { O, type Errno, type HostFS, type HostStat } from "../vm/host-fs.ts";
import { isTerminal, plainBytes } from "./io.ts";

const errno = (e: unknown): Errno => ((e as NodeJS.ErrnoException).code ?? "EIO");

/** Linux's O_* values (what os.open receives) as this platform's. */
function nodeFlags(flags: number): number {
  const c = constants;
  let out = flags & 3 ? (flags & 3) === O.WRONLY ? c.O_WRONLY : c.O_RDWR : c.O_RDONLY;
  const map: [number, number | undefined][] = [
    [O.CREAT, c.O_CREAT], [O.EXCL, c.O_EXCL], [O.NOCTTY, c.O_NOCTTY], [O.TRUNC, c.O_TRUNC], [O.APPEND, c.O_APPEND],
    [O.NONBLOCK, c.O_NONBLOCK], [O.DIRECTORY, c.O_DIRECTORY], [O.NOFOLLOW, c.O_NOFOLLOW],
  ];
  for (const [ours, theirs] of map) if (flags & ours && theirs !== undefined) out |= theirs;
  return out;
}

function toStat(s: Stats): HostStat {
  return {
    mode: s.mode, ino: s.ino, dev: s.dev, nlink: s.nlink, uid: s.uid, gid: s.gid, size: s.size,
    atime: s.atimeMs / 1000, mtime: s.mtimeMs / 1000, ctime: s.ctimeMs / 1000,
  };
}

export class NodeFS implements HostFS {
  private cwd: string;
  /** Each open descriptor's position; null for one that cannot seek (a pipe, a terminal). */
  private readonly pos = new Map<number, number | null>();
  private readonly appending = new Set<number>();
  /** Numbers held for in-process descriptors (reserveFd): /dev/null opened, so the OS gives them to no file. */
  private readonly reserved = new Set<number>();
  /** Each open descriptor's access mode (O.RDONLY, O.WRONLY or O.RDWR), for fdFlags and reopen. */
  private readonly accmode = new Map<number, number>();

  constructor(cwd: string = process.cwd()) {
    this.cwd = cwd;
  }

  private path(p: string): string {
    if (p === "") return p;
    const r = resolve(this.cwd, p);
    return p.endsWith("/") && !r.endsWith("/") ? r + "/" : r;
  }

  open(path: string, flags: number, mode: number): number | Errno {
    if (path === "") return "ENOENT";
    try {
      const fd = openSync(this.path(path), nodeFlags(flags), mode);
      let seekable = true;
      try {
        const st = fstatSync(fd);
        seekable = st.isFile() || st.isBlockDevice() || st.isDirectory();
      } catch {
        seekable = false;
      }
      this.pos.set(fd, seekable ? 0 : null);
      if (flags & O.APPEND) this.appending.add(fd);
      else this.appending.delete(fd);
      this.accmode.set(fd, flags & 3);
      return fd;
    } catch (e) {
      return errno(e);
    }
  }

  close(fd: number): Errno | null {
    if (this.reserved.delete(fd)) {
      closeSync(fd);
      return null;
    }
    if (!this.pos.has(fd)) return "EBADF";
    try {
      closeSync(fd);
      this.pos.delete(fd);
      this.appending.delete(fd);
      this.accmode.delete(fd);
      return null;
    } catch (e) {
      return errno(e);
    }
  }

  read(fd: number, n: number): Uint8Array | Errno {
    if (!this.pos.has(fd)) return "EBADF";
    const at = this.pos.get(fd)!;
    try {
      const buf = new Uint8Array(Math.max(0, n));
      const got = readSync(fd, buf, 0, buf.length, at);
      if (at !== null) this.pos.set(fd, at + got);
      return got === buf.length ? buf : buf.slice(0, got);
    } catch (e) {
      return errno(e);
    }
  }

  write(fd: number, data: Uint8Array): number | Errno {
    if (!this.pos.has(fd)) return "EBADF";
    const at = this.pos.get(fd)!;
    try {
      const n = writeSync(fd, data, 0, data.length, at);
      // with O_APPEND the data went to the end: the position follows it
      if (at !== null) this.pos.set(fd, this.appending.has(fd) ? fstatSync(fd).size : at + n);
      return n;
    } catch (e) {
      return errno(e);
    }
  }

  lseek(fd: number, offset: number, whence: number): number | Errno {
    if (!this.pos.has(fd)) return "EBADF";
    const at = this.pos.get(fd)!;
    if (at === null) return "ESPIPE";
    let base: number;
    if (whence === 0) base = 0;
    else if (whence === 1) base = at;
    else if (whence === 2) {
      try {
        base = fstatSync(fd).size;
      } catch (e) {
        return errno(e);
      }
    } else return "EINVAL";
    if (base + offset < 0) return "EINVAL";
    this.pos.set(fd, base + offset);
    return base + offset;
  }

  fstat(fd: number): HostStat | Errno {
    // (only descriptors opened here: Node's own are not the program's)
    if (!this.pos.has(fd)) return "EBADF";
    try {
      return toStat(fstatSync(fd));
    } catch (e) {
      return errno(e);
    }
  }

  ftruncate(fd: number, length: number): Errno | null {
    if (!this.pos.has(fd)) return "EBADF";
    try {
      ftruncateSync(fd, length);
      return null;
    } catch (e) {
      return errno(e);
    }
  }

  reopen(fd: number): number | Errno {
    if (!this.pos.has(fd)) return "EBADF";
    // Node has no dup(); Linux's /proc/self/fd/N opens the same file again (even once renamed or
    // unlinked), which is what a map needs: the file, not the shared position
    const acc = this.accmode.get(fd) ?? O.RDONLY;
    try {
      const copy = openSync(`/proc/self/fd/${fd}`, nodeFlags(acc));
      this.pos.set(copy, 0);
      this.accmode.set(copy, acc);
      return copy;
    } catch (e) {
      return errno(e);
    }
  }

  fdFlags(fd: number): number | Errno {
    if (!this.pos.has(fd)) return "EBADF";
    return (this.accmode.get(fd) ?? O.RDONLY) | (this.appending.has(fd) ? O.APPEND : 0);
  }

  reserveFd(): number | Errno {
    try {
      const fd = openSync("/dev/null", "r");
      this.reserved.add(fd);
      return fd;
    } catch (e) {
      return errno(e);
    }
  }

  readFile(path: string): Uint8Array | null {
    if (path === "") return null;
    const full = this.path(path);
    try {
      // (a stat answering "no such file" with undefined costs less than the exception of a failed open)
      const st = statSync(full, { throwIfNoEntry: false });
      return st?.isFile() ? plainBytes(readFileSync(full)) : null;
    } catch {
      return null;
    }
  }

  isatty(fd: number): boolean {
    return this.pos.has(fd) && isTerminal(fd);
  }

  stat(path: string, followSymlinks: boolean): HostStat | Errno {
    if (path === "") return "ENOENT";
    try {
      // A missing path answers undefined rather than an exception: the importer stats directories
      // and files that are mostly not there, and each exception costs a stack trace.
      const p = this.path(path);
      const st = followSymlinks ? statSync(p, { throwIfNoEntry: false }) : lstatSync(p, { throwIfNoEntry: false });
      return st === undefined ? "ENOENT" : toStat(st);
    } catch (e) {
      return errno(e);
    }
  }

  listdir(path: string): string[] | Errno {
    if (path === "") return "ENOENT";
    // readdir order, as os.listdir gives it (fs.readdirSync sorts)
    let dir: Dir | null = null;
    try {
      dir = opendirSync(this.path(path));
      const names: string[] = [];
      for (let e = dir.readSync(); e !== null; e = dir.readSync()) names.push(e.name);
      return names;
    } catch (e) {
      return errno(e);
    } finally {
      try {
        dir?.closeSync();
      } catch {
        // already closed
      }
    }
  }

  mkdir(path: string, mode: number): Errno | null {
    return this.call(() => mkdirSync(this.path(path), { mode }));
  }

  rmdir(path: string): Errno | null {
    return this.call(() => rmdirSync(this.path(path)));
  }

  unlink(path: string): Errno | null {
    return this.call(() => unlinkSync(this.path(path)));
  }

  rename(from: string, to: string): Errno | null {
    return this.call(() => renameSync(this.path(from), this.path(to)));
  }

  getcwd(): string {
    return this.cwd;
  }

  chdir(path: string): Errno | null {
    const p = this.path(path);
    try {
      if (!statSync(p).isDirectory()) return "ENOTDIR";
      this.cwd = resolve(p);
      return null;
    } catch (e) {
      return errno(e);
    }
  }

  chmod(path: string, mode: number): Errno | null {
    return this.call(() => chmodSync(this.path(path), mode));
  }

  utime(path: string, atime: number, mtime: number): Errno | null {
    return this.call(() => utimesSync(this.path(path), atime, mtime));
  }

  readlink(path: string): { target: string } | Errno {
    try {
      return { target: readlinkSync(this.path(path)) };
    } catch (e) {
      return errno(e);
    }
  }

  symlink(target: string, path: string): Errno | null {
    // (the link's text is kept as given: a relative target stays relative to the link's folder)
    return this.call(() => symlinkSync(target, this.path(path)));
  }

  link(from: string, to: string): Errno | null {
    return this.call(() => linkSync(this.path(from), this.path(to)));
  }

  private call(f: () => void): Errno | null {
    try {
      f();
      return null;
    } catch (e) {
      return errno(e);
    }
  }
}
