// The file system a program may use, granted by the embedder (RunOptions.fs). dislab's core never
// touches the host itself: without a HostFS, open() and os.* file functions raise OSError, so code
// run through the library cannot read or write the host's files unless the embedder says so. The
// CLI grants the real file system (src/cli/node-fs.ts); tests and the lab can grant an in-memory
// one. The interface is POSIX's, at the level CPython's C code calls it (Modules/_io/fileio.c,
// Modules/posixmodule.c): integer file descriptors and errno names, so _io and posix are written
// once against it.
import { concatBytes } from "../support/concat-bytes.ts";

/** An errno name ("ENOENT", "EACCES", "EISDIR", "EEXIST", "ENOTDIR", "EBADF", ...). */
export type Errno = string;

/** The fields of os.stat_result that dislab fills (times in seconds, as floats). */
export interface HostStat {
  mode: number;
  ino: number;
  dev: number;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  atime: number;
  mtime: number;
  ctime: number;
}

/** os.open's flags, with Linux's values (os.O_RDONLY etc. expose these numbers). */
export const O = {
  RDONLY: 0,
  WRONLY: 1,
  RDWR: 2,
  CREAT: 0o100,
  EXCL: 0o200,
  NOCTTY: 0o400,
  TRUNC: 0o1000,
  APPEND: 0o2000,
  NONBLOCK: 0o4000,
  DIRECTORY: 0o200000,
  NOFOLLOW: 0o400000,
  CLOEXEC: 0o2000000,
} as const;

/**
 * Every method returns its result or an Errno string describing the failure; none throws.
 * Paths are as the program wrote them (relative ones resolve against getcwd()).
 */
export interface HostFS {
  open(path: string, flags: number, mode: number): number | Errno;
  close(fd: number): Errno | null;
  /** Up to n bytes from the fd's position (an empty array at end of file). */
  read(fd: number, n: number): Uint8Array | Errno;
  /** Bytes written. */
  write(fd: number, data: Uint8Array): number | Errno;
  /** whence: 0 SEEK_SET, 1 SEEK_CUR, 2 SEEK_END; the new position. */
  lseek(fd: number, offset: number, whence: number): number | Errno;
  fstat(fd: number): HostStat | Errno;
  ftruncate(fd: number, length: number): Errno | null;
  isatty(fd: number): boolean;
  stat(path: string, followSymlinks: boolean): HostStat | Errno;
  listdir(path: string): string[] | Errno;
  mkdir(path: string, mode: number): Errno | null;
  rmdir(path: string): Errno | null;
  unlink(path: string): Errno | null;
  rename(from: string, to: string): Errno | null;
  getcwd(): string;
  chdir(path: string): Errno | null;
  /** A symbolic link's text (wrapped, so that it cannot be taken for an Errno). */
  readlink(path: string): { target: string } | Errno;
  /** Makes a symbolic link at `path` whose text is `target` (os.symlink); without it, EPERM. */
  symlink?(target: string, path: string): Errno | null;
  /** Makes `to` a hard link to the file `from` (os.link); without it, EPERM. */
  link?(from: string, to: string): Errno | null;
  /** Sets the permission bits (os.chmod); a file system without it answers EPERM. */
  chmod?(path: string, mode: number): Errno | null;
  /** Sets the access and modification times, in seconds (os.utime). */
  utime?(path: string, atime: number, mtime: number): Errno | null;
  /**
   * A second descriptor on fd's file, with fd's access mode and a position of its own. mmap keeps
   * one, as CPython's mmap dup()s the descriptor it maps, so that the program closing its own
   * descriptor leaves the map working; without it, a map works through fd itself.
   */
  reopen?(fd: number): number | Errno;
  /** fd's status flags as fcntl(F_GETFL) gives them: the access mode (O.RDONLY/WRONLY/RDWR) and O.APPEND. */
  fdFlags?(fd: number): number | Errno;
  /**
   * The whole of the regular file at `path`, or null (missing, another kind of file, unreadable):
   * imports read modules with it, most of their calls missing, where the host answers in one call
   * and a miss costs less than a failed open(); without it, readRegularFile opens, reads and closes.
   */
  readFile?(path: string): Uint8Array | null;
  /**
   * A descriptor number for one of dislab's in-process descriptors (a pipe end, a socket, an epoll
   * object), which this file system hands out to nothing else until close(fd) releases it; without
   * it, those numbers are picked among the ones it has not open, and a file opened later may get one.
   */
  reserveFd?(): number | Errno;
}

/**
 * The bytes of the regular file at `path` in `fs`, or null when it has none there (missing, a
 * directory, unreadable). Imports read modules through it first, so a module the program wrote
 * into the granted file system imports as under CPython.
 */
export function readRegularFile(fs: HostFS, path: string): Uint8Array | null {
  if (fs.readFile !== undefined) return fs.readFile(path);
  const fd = fs.open(path, O.RDONLY | O.CLOEXEC, 0);
  if (typeof fd !== "number") return null;
  try {
    const st = fs.fstat(fd);
    if (typeof st !== "object" || (st.mode & 0o170000) !== 0o100000) return null;
    const parts: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const got = fs.read(fd, Math.max(st.size - total, 0) + 1);
      if (typeof got === "string") return null;
      if (got.length === 0) break;
      parts.push(got);
      total += got.length;
    }
    return concatBytes(parts, total);
  } finally {
    fs.close(fd);
  }
}
