// An in-memory HostFS (src/vm/host-fs.ts): a POSIX-like tree of directories and regular files with
// inode numbers, modes, times and open file descriptions, for tests, the browser lab and the
// conformance harness (which mirrors the oracle's Emscripten file system). Nothing here touches the
// host. Symbolic links are not modelled; permissions are recorded but not enforced (one user, root).
import { O, type Errno, type HostFS, type HostStat } from "./host-fs.ts";

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;

interface Node {
  ino: number;
  mode: number;
  /** Children of a directory (null for a file). */
  entries: Map<string, Node> | null;
  /** A file's bytes; `size` of them are in use. */
  data: Uint8Array;
  size: number;
  nlink: number;
  atime: number;
  mtime: number;
  ctime: number;
}

interface OpenFile {
  node: Node;
  pos: number;
  flags: number;
}

export interface MemoryFSOptions {
  /** The working directory (created if missing); "/" by default. */
  cwd?: string;
  /** Files to create, by absolute path (parent directories are made as needed). */
  files?: Record<string, Uint8Array | string>;
  /** The clock for file times, in milliseconds (Date.now by default). */
  now?: () => number;
}

const encoder = new TextEncoder();

export class MemoryFS implements HostFS {
  private nextIno = 1;
  private readonly root: Node;
  private readonly fds = new Map<number, OpenFile>();
  /** Numbers held for the program's in-process descriptors (reserveFd). */
  private readonly reserved = new Set<number>();
  private cwd = "/";
  private readonly now: () => number;

  constructor(options: MemoryFSOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    this.root = this.newNode(S_IFDIR | 0o755);
    this.root.nlink = 2;
    for (const [path, data] of Object.entries(options.files ?? {})) this.writeFile(path, data);
    if (options.cwd) {
      this.makeDirs(options.cwd);
      this.cwd = this.absolute(options.cwd);
    }
  }

  // ---- embedder helpers (not part of HostFS) --------------------------------------------------

  /** Creates or replaces a file, making its parent directories. */
  writeFile(path: string, data: Uint8Array | string): void {
    const abs = this.absolute(path);
    this.makeDirs(abs.slice(0, abs.lastIndexOf("/")) || "/");
    const bytes = typeof data === "string" ? encoder.encode(data) : data;
    const fd = this.open(abs, O.WRONLY | O.CREAT | O.TRUNC, 0o644);
    if (typeof fd === "string") throw new Error(`MemoryFS.writeFile(${path}): ${fd}`);
    this.write(fd, bytes);
    this.close(fd);
  }

  /** A file's bytes, or null when there is no such regular file. */
  readFile(path: string): Uint8Array | null {
    const n = this.lookup(path, true);
    return typeof n === "string" || n.entries !== null ? null : n.data.slice(0, n.size);
  }

  /** mkdir -p. */
  makeDirs(path: string): void {
    let dir = this.root;
    for (const part of this.absolute(path).split("/").filter(Boolean)) {
      let next = dir.entries!.get(part);
      if (next === undefined) {
        next = this.newNode(S_IFDIR | 0o755);
        next.nlink = 2;
        dir.entries!.set(part, next);
        dir.nlink++;
      }
      if (next.entries === null) throw new Error(`MemoryFS.makeDirs(${path}): not a directory`);
      dir = next;
    }
  }

  // ---- paths ---------------------------------------------------------------------------------

  private newNode(mode: number): Node {
    const t = this.now() / 1000;
    const isDir = (mode & 0o170000) === S_IFDIR;
    return { ino: this.nextIno++, mode, entries: isDir ? new Map() : null, data: new Uint8Array(0), size: 0, nlink: 1, atime: t, mtime: t, ctime: t };
  }

  /** The normalised absolute form of a path ("." and ".." resolved lexically, as no links exist). */
  private absolute(path: string): string {
    const parts: string[] = [];
    for (const p of (path.startsWith("/") ? path : `${this.cwd}/${path}`).split("/")) {
      if (p === "" || p === ".") continue;
      if (p === "..") parts.pop();
      else parts.push(p);
    }
    return "/" + parts.join("/");
  }

  /** Walks a path; every component but the last must be a directory. */
  private lookup(path: string, _follow: boolean): Node | Errno {
    if (path === "") return "ENOENT";
    let node = this.root;
    const raw = path.startsWith("/") ? path : `${this.cwd}/${path}`;
    const stack: Node[] = [];
    const parts = raw.split("/");
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p === "" || p === ".") {
        if (node.entries === null) return "ENOTDIR";
        continue;
      }
      if (node.entries === null) return "ENOTDIR";
      if (p === "..") {
        node = stack.pop() ?? this.root;
        continue;
      }
      const next = node.entries.get(p);
      if (next === undefined) return "ENOENT";
      stack.push(node);
      node = next;
    }
    // "file/" names a directory
    if (path.endsWith("/") && node.entries === null) return "ENOTDIR";
    return node;
  }

  /** The directory that holds a path's last component, and that component. */
  private parentOf(path: string): { dir: Node; name: string } | Errno {
    if (path === "") return "ENOENT";
    const trimmed = path.replace(/\/+$/, "");
    const slash = trimmed.lastIndexOf("/");
    const name = trimmed.slice(slash + 1);
    const dirPath = slash < 0 ? "." : trimmed.slice(0, slash) || "/";
    const dir = this.lookup(dirPath, true);
    if (typeof dir === "string") return dir;
    if (dir.entries === null) return "ENOTDIR";
    return { dir, name };
  }

  private stat1(n: Node): HostStat {
    return { mode: n.mode, ino: n.ino, dev: 1, nlink: n.nlink, uid: 0, gid: 0, size: n.entries ? 4096 : n.size, atime: n.atime, mtime: n.mtime, ctime: n.ctime };
  }

  // ---- HostFS ----------------------------------------------------------------------------------

  open(path: string, flags: number, mode: number): number | Errno {
    const acc = flags & 3;
    let node = this.lookup(path, true);
    if (typeof node === "string") {
      if (node !== "ENOENT" || !(flags & O.CREAT)) return node;
      const p = this.parentOf(path);
      if (typeof p === "string") return p;
      if (p.name === "." || p.name === ".." || p.name === "") return "EISDIR";
      if (path.endsWith("/")) return "EISDIR";
      node = this.newNode(S_IFREG | (mode & 0o7777));
      p.dir.entries!.set(p.name, node);
      p.dir.mtime = p.dir.ctime = node.mtime;
    } else {
      if ((flags & O.CREAT) && (flags & O.EXCL)) return "EEXIST";
      if (node.entries !== null && acc !== O.RDONLY) return "EISDIR";
    }
    if ((flags & O.DIRECTORY) && node.entries === null) return "ENOTDIR";
    if ((flags & O.TRUNC) && node.entries === null && acc !== O.RDONLY) {
      node.size = 0;
      node.mtime = node.ctime = this.now() / 1000;
    }
    const fd = this.freeFd();
    this.fds.set(fd, { node, pos: 0, flags });
    return fd;
  }

  /** The lowest descriptor number neither open nor reserved, as POSIX's open() picks. */
  private freeFd(): number {
    let fd = 3;
    while (this.fds.has(fd) || this.reserved.has(fd)) fd++;
    return fd;
  }

  reserveFd(): number {
    const fd = this.freeFd();
    this.reserved.add(fd);
    return fd;
  }

  close(fd: number): Errno | null {
    return this.fds.delete(fd) || this.reserved.delete(fd) ? null : "EBADF";
  }

  read(fd: number, n: number): Uint8Array | Errno {
    const f = this.fds.get(fd);
    if (f === undefined || (f.flags & 3) === O.WRONLY) return "EBADF";
    if (f.node.entries !== null) return "EISDIR";
    const end = Math.min(f.node.size, f.pos + Math.max(0, n));
    const out = f.pos < end ? f.node.data.slice(f.pos, end) : new Uint8Array(0);
    f.pos = Math.max(f.pos, end);
    return out;
  }

  write(fd: number, data: Uint8Array): number | Errno {
    const f = this.fds.get(fd);
    if (f === undefined || (f.flags & 3) === O.RDONLY) return "EBADF";
    const node = f.node;
    if (f.flags & O.APPEND) f.pos = node.size;
    const end = f.pos + data.length;
    this.reserve(node, end);
    if (f.pos > node.size) node.data.fill(0, node.size, f.pos);
    node.data.set(data, f.pos);
    node.size = Math.max(node.size, end);
    f.pos = end;
    node.mtime = node.ctime = this.now() / 1000;
    return data.length;
  }

  private reserve(node: Node, size: number): void {
    if (size <= node.data.length) return;
    const grown = new Uint8Array(Math.max(size, node.data.length * 2, 64));
    grown.set(node.data.subarray(0, node.size));
    node.data = grown;
  }

  lseek(fd: number, offset: number, whence: number): number | Errno {
    const f = this.fds.get(fd);
    if (f === undefined) return "EBADF";
    const base = whence === 0 ? 0 : whence === 1 ? f.pos : whence === 2 ? (f.node.entries ? 0 : f.node.size) : NaN;
    if (Number.isNaN(base)) return "EINVAL";
    const pos = base + offset;
    if (pos < 0) return "EINVAL";
    f.pos = pos;
    return pos;
  }

  fstat(fd: number): HostStat | Errno {
    const f = this.fds.get(fd);
    return f === undefined ? "EBADF" : this.stat1(f.node);
  }

  ftruncate(fd: number, length: number): Errno | null {
    const f = this.fds.get(fd);
    if (f === undefined) return "EBADF";
    if (f.node.entries !== null || (f.flags & 3) === O.RDONLY) return "EINVAL";
    if (length < 0) return "EINVAL";
    this.reserve(f.node, length);
    if (length > f.node.size) f.node.data.fill(0, f.node.size, length);
    f.node.size = length;
    f.node.mtime = f.node.ctime = this.now() / 1000;
    return null;
  }

  reopen(fd: number): number | Errno {
    const f = this.fds.get(fd);
    if (f === undefined) return "EBADF";
    let copy = 3;
    while (this.fds.has(copy)) copy++;
    this.fds.set(copy, { node: f.node, pos: 0, flags: f.flags & 3 });
    return copy;
  }

  fdFlags(fd: number): number | Errno {
    const f = this.fds.get(fd);
    return f === undefined ? "EBADF" : f.flags & (3 | O.APPEND);
  }

  isatty(_fd: number): boolean {
    return false;
  }

  stat(path: string, followSymlinks: boolean): HostStat | Errno {
    const n = this.lookup(path, followSymlinks);
    return typeof n === "string" ? n : this.stat1(n);
  }

  listdir(path: string): string[] | Errno {
    const n = this.lookup(path, true);
    if (typeof n === "string") return n;
    if (n.entries === null) return "ENOTDIR";
    return [...n.entries.keys()];
  }

  mkdir(path: string, mode: number): Errno | null {
    const p = this.parentOf(path);
    if (typeof p === "string") return p;
    if (p.name === "" || p.name === "." || p.name === ".." || p.dir.entries!.has(p.name)) return "EEXIST";
    const d = this.newNode(S_IFDIR | (mode & 0o7777));
    d.nlink = 2;
    p.dir.entries!.set(p.name, d);
    p.dir.nlink++;
    p.dir.mtime = p.dir.ctime = d.mtime;
    return null;
  }

  rmdir(path: string): Errno | null {
    const p = this.parentOf(path);
    if (typeof p === "string") return p;
    if (p.name === "." ) return "EINVAL";
    if (p.name === "..") return "ENOTEMPTY";
    const d = p.dir.entries!.get(p.name);
    if (d === undefined) return "ENOENT";
    if (d.entries === null) return "ENOTDIR";
    if (d.entries.size) return "ENOTEMPTY";
    if (d === this.root) return "EBUSY";
    p.dir.entries!.delete(p.name);
    p.dir.nlink--;
    return null;
  }

  unlink(path: string): Errno | null {
    const p = this.parentOf(path);
    if (typeof p === "string") return p;
    const n = p.dir.entries!.get(p.name);
    if (n === undefined) return "ENOENT";
    if (n.entries !== null) return "EISDIR";
    if (path.endsWith("/")) return "ENOTDIR";
    p.dir.entries!.delete(p.name);
    n.nlink--;
    return null;
  }

  rename(from: string, to: string): Errno | null {
    const a = this.parentOf(from);
    if (typeof a === "string") return a;
    const n = a.dir.entries!.get(a.name);
    if (n === undefined) return "ENOENT";
    const b = this.parentOf(to);
    if (typeof b === "string") return b;
    const existing = b.dir.entries!.get(b.name);
    if (existing === n) return null;
    if (existing !== undefined) {
      if (n.entries !== null && existing.entries === null) return "ENOTDIR";
      if (n.entries === null && existing.entries !== null) return "EISDIR";
      if (existing.entries !== null && existing.entries.size) return "ENOTEMPTY";
    }
    // a directory cannot move into itself
    if (n.entries !== null && (this.absolute(to) + "/").startsWith(this.absolute(from) + "/")) return "EINVAL";
    a.dir.entries!.delete(a.name);
    b.dir.entries!.set(b.name, n);
    if (n.entries !== null && a.dir !== b.dir) {
      a.dir.nlink--;
      if (existing === undefined) b.dir.nlink++;
    }
    return null;
  }

  getcwd(): string {
    return this.cwd;
  }

  chdir(path: string): Errno | null {
    const n = this.lookup(path, true);
    if (typeof n === "string") return n;
    if (n.entries === null) return "ENOTDIR";
    this.cwd = this.absolute(path);
    return null;
  }

  chmod(path: string, mode: number): Errno | null {
    const n = this.lookup(path, true);
    if (typeof n === "string") return n;
    n.mode = (n.mode & 0o170000) | (mode & 0o7777);
    n.ctime = this.now() / 1000;
    return null;
  }

  utime(path: string, atime: number, mtime: number): Errno | null {
    const n = this.lookup(path, true);
    if (typeof n === "string") return n;
    n.atime = atime;
    n.mtime = mtime;
    n.ctime = this.now() / 1000;
    return null;
  }

  readlink(path: string): { target: string } | Errno {
    const n = this.lookup(path, false);
    return typeof n === "string" ? n : "EINVAL";
  }
}
