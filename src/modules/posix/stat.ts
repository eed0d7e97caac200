// os.stat_result and the stat family (posixmodule.c _pystat_fromstructstat, posix_do_stat):
// ten visible fields (the times as ints), the float times, the _ns times, st_blksize, st_blocks
// and st_rdev by name only.
import { type PyObj, PyFloat, None, tuple } from "../../objects/index.ts";
import { normInt } from "../../support/text/index.ts";
import type { HostStat } from "../../vm/host-fs.ts";
import { structSeqType, structSeq } from "./structseq.ts";

const VISIBLE = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];
const HIDDEN = ["st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"];

export const StatResultType = structSeqType("os", "stat_result", VISIBLE, HIDDEN,
  "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.");
// The three int times are unnamed fields: their names belong to the float times.
StatResultType.ns.set("n_unnamed_fields", 3);
StatResultType.ns.set("__match_args__", tuple(VISIBLE.slice(0, 7)));

const ns = (t: number): PyObj => normInt(BigInt(Math.round(t * 1e6)) * 1000n);

/** st_blksize: the host file system's does not say, so every file gets the common 4096 (as the oracle's). */
export const ST_BLKSIZE = 4096;

export function statResult(s: HostStat): PyObj {
  return structSeq(StatResultType, [
    s.mode, s.ino, s.dev, s.nlink, s.uid, s.gid, s.size, Math.floor(s.atime), Math.floor(s.mtime), Math.floor(s.ctime),
    new PyFloat(s.atime), new PyFloat(s.mtime), new PyFloat(s.ctime), ns(s.atime), ns(s.mtime), ns(s.ctime),
    ST_BLKSIZE, Math.ceil(s.size / 512), 0,
  ]);
}
export { None };
