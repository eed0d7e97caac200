// Reading inputs the way the CPython tools do: a path or "-" for stdin, opened in binary mode as
// argparse.FileType('rb') opens it, with argparse's message when it cannot be opened.
import { fstatSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { UsageError } from "./args.ts";

/** The null device's identity (rdev), or null where there is none to stat. */
let nullDevice: number | null | undefined;

/**
 * tty.isatty(fd), loading node:tty only for a character device other than the null device: node:tty
 * brings net and the stream modules with it, which a program run with its streams on pipes, files
 * or /dev/null (a test harness, cron, nohup) would load for nothing.
 */
export function isTerminal(fd: number): boolean {
  let rdev: number;
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    rdev = st.rdev;
  } catch {
    return false; // not an open descriptor, which is not a terminal either
  }
  if (nullDevice === undefined) {
    try {
      nullDevice = statSync("/dev/null").rdev;
    } catch {
      nullDevice = null;
    }
  }
  if (rdev === nullDevice) return false;
  // createRequire here, not at load: a run whose streams are not terminals never needs it.
  return (createRequire(import.meta.url)("node:tty") as typeof import("node:tty")).isatty(fd);
}

export interface Input {
  /** The name CPython would use: the path as given, or "<stdin>". */
  name: string;
  bytes: Uint8Array;
}

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, "No such file or directory"],
  EACCES: [13, "Permission denied"],
  EISDIR: [21, "Is a directory"],
  ENOTDIR: [20, "Not a directory"],
};

/** An OSError's str() as Python prints it: "[Errno 2] No such file or directory: 'x.py'". */
export function osErrorText(e: unknown, path: string): string {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  const [n, text] = ERRNO[code] ?? [0, (e as Error).message];
  return n ? `[Errno ${n}] ${text}: '${path}'` : `${text}: '${path}'`;
}

export function readInput(arg: string | undefined, usage: string, prog: string, argName = "infile"): Input {
  if (arg === undefined || arg === "-") return { name: "<stdin>", bytes: new Uint8Array(readFileSync(0)) };
  try {
    return { name: arg, bytes: new Uint8Array(readFileSync(arg)) };
  } catch (e) {
    throw new UsageError(usage, prog, `argument ${argName}: can't open '${arg}': ${osErrorText(e, arg)}`);
  }
}

/** A file's bytes, or null if it cannot be read (dislab compile's source lines). */
export function readFileOrNull(path: string): Uint8Array | null {
  let buf: Buffer;
  try {
    // Most calls miss (the importer tries NAME/__init__.py, then NAME.py, in each directory of the
    // path): a stat that answers "no such file" with undefined costs less than the exception
    // readFileSync would construct.
    if (statSync(path, { throwIfNoEntry: false }) === undefined) return null;
    buf = readFileSync(path);
  } catch {
    return null;
  }
  return plainBytes(buf);
}

/**
 * The Buffer's memory as a plain Uint8Array, without copying it, when the Buffer has its
 * ArrayBuffer to itself (a file's contents read whole do); a slice of a shared pool is copied.
 */
export function plainBytes(buf: Buffer): Uint8Array {
  return buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength ? new Uint8Array(buf.buffer) : new Uint8Array(buf);
}
