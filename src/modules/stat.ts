// The _stat module (Modules/_stat.c, 3.10): the S_IF*/S_I* mode constants of Linux, the S_IS*
// predicates, S_IMODE, S_IFMT and filemode. Lib/stat.py defines the same names in Python and ends
// with `from _stat import *`, so with this module present stat.filemode and the predicates are
// these. A mode argument must be an int (no __index__: "an integer is required"), read as C's
// unsigned long and then as a 32-bit mode_t. Linux has no doors, event ports or whiteouts: their
// S_IF* are 0 and their predicates always False.
import { type PyObj, typeError, newExc, OverflowError } from "../objects/index.ts";
import { asInt } from "../objects/protocols.ts";
import { makeModule, posFn, type Fn } from "./util.ts";

const S_IFMT = 0o170000;
/** The file types: the S_IF* constant and S_IS* predicate, value (0: not on Linux), filemode's letter, what the predicate tests for. */
const FILE_TYPES: [string, string, number, string, string][] = [
  ["S_IFDIR", "S_ISDIR", 0o040000, "d", "a directory"],
  ["S_IFCHR", "S_ISCHR", 0o020000, "c", "a character special device file"],
  ["S_IFBLK", "S_ISBLK", 0o060000, "b", "a block special device file"],
  ["S_IFREG", "S_ISREG", 0o100000, "-", "a regular file"],
  ["S_IFIFO", "S_ISFIFO", 0o010000, "p", "a FIFO (named pipe)"],
  ["S_IFLNK", "S_ISLNK", 0o120000, "l", "a symbolic link"],
  ["S_IFSOCK", "S_ISSOCK", 0o140000, "s", "a socket"],
  ["S_IFDOOR", "S_ISDOOR", 0, "", "a door"],
  ["S_IFPORT", "S_ISPORT", 0, "", "an event port"],
  ["S_IFWHT", "S_ISWHT", 0, "", "a whiteout"],
];

/** The other constants, after the S_IF* ones in the module's dict. */
const MODE_CONSTANTS =
  "S_ISUID:2048 S_ISGID:1024 S_ISVTX:512 S_ENFMT:1024 " +
  "S_IREAD:256 S_IWRITE:128 S_IEXEC:64 S_IRWXU:448 S_IRUSR:256 S_IWUSR:128 S_IXUSR:64 " +
  "S_IRWXG:56 S_IRGRP:32 S_IWGRP:16 S_IXGRP:8 S_IRWXO:7 S_IROTH:4 S_IWOTH:2 S_IXOTH:1 " +
  "UF_NODUMP:1 UF_IMMUTABLE:2 UF_APPEND:4 UF_OPAQUE:8 UF_NOUNLINK:16 UF_COMPRESSED:32 UF_HIDDEN:32768 " +
  "SF_ARCHIVED:65536 SF_IMMUTABLE:131072 SF_APPEND:262144 SF_NOUNLINK:1048576 SF_SNAPSHOT:2097152 " +
  "ST_MODE:0 ST_INO:1 ST_DEV:2 ST_NLINK:3 ST_UID:4 ST_GID:5 ST_SIZE:6 ST_ATIME:7 ST_MTIME:8 ST_CTIME:9";

const MODULE_DOC = `S_IFMT_: file type bits
S_IFDIR: directory
S_IFCHR: character device
S_IFBLK: block device
S_IFREG: regular file
S_IFIFO: fifo (named pipe)
S_IFLNK: symbolic link
S_IFSOCK: socket file
S_IFDOOR: door
S_IFPORT: event port
S_IFWHT: whiteout

S_ISUID: set UID bit
S_ISGID: set GID bit
S_ENFMT: file locking enforcement
S_ISVTX: sticky bit
S_IREAD: Unix V7 synonym for S_IRUSR
S_IWRITE: Unix V7 synonym for S_IWUSR
S_IEXEC: Unix V7 synonym for S_IXUSR
S_IRWXU: mask for owner permissions
S_IRUSR: read by owner
S_IWUSR: write by owner
S_IXUSR: execute by owner
S_IRWXG: mask for group permissions
S_IRGRP: read by group
S_IWGRP: write by group
S_IXGRP: execute by group
S_IRWXO: mask for others (not in group) permissions
S_IROTH: read by others
S_IWOTH: write by others
S_IXOTH: execute by others

UF_NODUMP: do not dump file
UF_IMMUTABLE: file may not be changed
UF_APPEND: file may only be appended to
UF_OPAQUE: directory is opaque when viewed through a union stack
UF_NOUNLINK: file may not be renamed or deleted
UF_COMPRESSED: OS X: file is hfs-compressed
UF_HIDDEN: OS X: file should not be displayed
SF_ARCHIVED: file may be archived
SF_IMMUTABLE: file may not be changed
SF_APPEND: file may only be appended to
SF_NOUNLINK: file may not be renamed or deleted
SF_SNAPSHOT: file is a snapshot file

ST_MODE
ST_INO
ST_DEV
ST_NLINK
ST_UID
ST_GID
ST_SIZE
ST_ATIME
ST_MTIME
ST_CTIME

FILE_ATTRIBUTE_*: Windows file attribute constants
                   (only present on Windows)
`;

/** A mode argument: an int read as a 64-bit unsigned long, then narrowed to a 32-bit mode_t. */
function modeArg(x: PyObj): number {
  const v = asInt(x);
  if (v === null) throw typeError("an integer is required");
  if (v < 0) throw newExc(OverflowError, "can't convert negative value to unsigned int");
  const big = BigInt(v);
  if (big >= 2n ** 64n) throw newExc(OverflowError, "Python int too large to convert to C unsigned long");
  if (big >= 2n ** 32n) throw newExc(OverflowError, "mode out of range");
  return Number(big);
}

/** filemode: the type letter, then rwx for owner, group and others with the setuid, setgid and sticky bits folded in. */
function filemode(mode: number): string {
  const type = FILE_TYPES.find(([, , bits]) => bits !== 0 && (mode & S_IFMT) === bits)?.[3] ?? "?";
  const triple = (shift: number, special: number, on: string, off: string): string =>
    ((mode >> shift) & 4 ? "r" : "-") +
    ((mode >> shift) & 2 ? "w" : "-") +
    (mode & special ? ((mode >> shift) & 1 ? on : off) : (mode >> shift) & 1 ? "x" : "-");
  return type + triple(6, 0o4000, "s", "S") + triple(3, 0o2000, "s", "S") + triple(0, 0o1000, "t", "T");
}

export function makeStat() {
  const fns: [string, Fn][] = [];
  const docs = new Map<string, string>();
  for (const [, name, bits, , what] of FILE_TYPES) {
    // (a type Linux does not have: its predicate is always False, as the mode is still read)
    fns.push([name, posFn(`_stat.${name}`, 1, 1, ([m]) => (modeArg(m) & S_IFMT) === bits && bits !== 0)]);
    docs.set(name, `${name}(mode) -> bool\n\nReturn True if mode is from ${what}.`);
  }
  fns.push(["S_IMODE", posFn("_stat.S_IMODE", 1, 1, ([m]) => modeArg(m) & 0o7777)]);
  docs.set("S_IMODE", "Return the portion of the file's mode that can be set by os.chmod().");
  fns.push(["S_IFMT", posFn("_stat.S_IFMT", 1, 1, ([m]) => modeArg(m) & S_IFMT)]);
  docs.set("S_IFMT", "Return the portion of the file's mode that describes the file type.");
  fns.push(["filemode", posFn("_stat.filemode", 1, 1, ([m]) => filemode(modeArg(m)))]);
  docs.set("filemode", "Convert a file's mode to a string of the form '-rwxrwxrwx'");
  const values: [string, PyObj][] = FILE_TYPES.map(([constant, , bits]): [string, PyObj] => [constant, bits]);
  for (const p of MODE_CONSTANTS.split(" ")) {
    const i = p.indexOf(":");
    values.push([p.slice(0, i), Number(p.slice(i + 1))]);
  }
  return makeModule("_stat", fns, values, MODULE_DOC, docs);
}
