// The posix module (Modules/posixmodule.c) that os.py builds on: file functions over the HostFS
// the embedder granted (files.ts, scandir.ts; without one they raise PermissionError, see
// args.ts hostFS), process-level functions (process.ts), pipes and descriptor copies
// (fd-functions.ts, pipe.ts), links (links.ts), the struct sequences, and the constants os.py and the standard library
// read, with Linux's values.
import { type PyObj, PyModule, PyList, PyDict, OSError, PyBuiltinFunction } from "../../objects/index.ts";
import { O } from "../../vm/host-fs.ts";
import { interp } from "../../vm/interp.ts";
import { fileFunctions } from "./files.ts";
import { processFunctions, makeEnviron, CONFSTR_NAMES, TerminalSizeType, TimesResultType, UnameResultType } from "./process.ts";
import { fdFunctions } from "./fd-functions.ts";
import { linkFunctions } from "./links.ts";
import { scandir, DirEntryType } from "./scandir.ts";
import { StatResultType } from "./stat.ts";
import { fspath, bind } from "./args.ts";
import type { Fn } from "../util.ts";

const CONSTANTS: [string, number][] = [
  ["F_OK", 0], ["R_OK", 4], ["W_OK", 2], ["X_OK", 1],
  ["O_RDONLY", O.RDONLY], ["O_WRONLY", O.WRONLY], ["O_RDWR", O.RDWR], ["O_ACCMODE", 3], ["O_APPEND", O.APPEND], ["O_CREAT", O.CREAT],
  ["O_EXCL", O.EXCL], ["O_TRUNC", O.TRUNC], ["O_NOCTTY", O.NOCTTY], ["O_NONBLOCK", O.NONBLOCK], ["O_NDELAY", O.NONBLOCK],
  ["O_DIRECTORY", O.DIRECTORY], ["O_NOFOLLOW", O.NOFOLLOW], ["O_CLOEXEC", O.CLOEXEC], ["O_SYNC", 0o4010000], ["O_DSYNC", 0o10000],
  ["O_RSYNC", 0o4010000], ["O_ASYNC", 0o20000], ["O_DIRECT", 0o40000], ["O_LARGEFILE", 0], ["O_NOATIME", 0o1000000],
  ["O_PATH", 0o10000000], ["O_TMPFILE", 0o20200000],
  ["SEEK_SET", 0], ["SEEK_CUR", 1], ["SEEK_END", 2], ["SEEK_DATA", 3], ["SEEK_HOLE", 4],
  ["EX_OK", 0], ["EX_USAGE", 64], ["EX_DATAERR", 65], ["EX_NOINPUT", 66], ["EX_NOUSER", 67], ["EX_NOHOST", 68], ["EX_UNAVAILABLE", 69],
  ["EX_SOFTWARE", 70], ["EX_OSERR", 71], ["EX_OSFILE", 72], ["EX_CANTCREAT", 73], ["EX_IOERR", 74], ["EX_TEMPFAIL", 75],
  ["EX_PROTOCOL", 76], ["EX_NOPERM", 77], ["EX_CONFIG", 78],
  ["WNOHANG", 1], ["WUNTRACED", 2], ["WCONTINUED", 8],
  ["F_LOCK", 1], ["F_TLOCK", 2], ["F_ULOCK", 0], ["F_TEST", 3],
  ["NGROUPS_MAX", 65536], ["TMP_MAX", 238328],
];

/**
 * The HAVE_* names os.py turns into supports_fd / supports_dir_fd / supports_follow_symlinks: dislab
 * takes no dir_fd, and stat/lstat (follow_symlinks) and truncate (an fd) only.
 */
const HAVE_FUNCTIONS = ["HAVE_FTRUNCATE", "HAVE_LSTAT"];

function confstrNames(): PyDict {
  const d = new PyDict();
  for (const [name, n] of CONFSTR_NAMES) d.setStr(name, n);
  return d;
}

export function makePosix(): PyModule {
  const m = new PyModule("posix");
  const d = m.dict;
  d.setStr("__doc__", "This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls.");
  const fns: [string, Fn][] = [
    ...fileFunctions,
    ...processFunctions,
    ...fdFunctions,
    ...linkFunctions,
    ["scandir", scandir],
    ["fspath", (a, k) => {
      const [path] = bind("fspath", a, k, ["path"], 1);
      return fspath(path!);
    }],
  ];
  for (const [name, f] of fns) d.setStr(name, new PyBuiltinFunction(name, f, m));
  for (const [name, v] of CONSTANTS) d.setStr(name, v);
  const values: [string, PyObj][] = [
    ["environ", makeEnviron(interp.host.env)],
    ["error", OSError],
    ["stat_result", StatResultType],
    ["terminal_size", TerminalSizeType],
    ["times_result", TimesResultType],
    ["uname_result", UnameResultType],
    ["DirEntry", DirEntryType],
    ["_have_functions", new PyList(HAVE_FUNCTIONS.slice())],
    ["confstr_names", confstrNames()],
  ];
  for (const [name, v] of values) d.setStr(name, v);
  return m;
}
