// Which object answers for an open descriptor above the standard streams: an in-process pipe end
// (pipe.ts) or, for any other number, the HostFS the embedder granted. posix's fd functions and
// io.FileIO go through fdOps, so a pipe's descriptor works wherever a file's does.
import { interp } from "../../vm/interp.ts";
import type { HostFS } from "../../vm/host-fs.ts";
import { pipeEnd } from "./pipe.ts";

/** The operations on an open descriptor (HostFS's, which a pipe end implements too). */
export type FdOps = Pick<HostFS, "read" | "write" | "lseek" | "fstat" | "ftruncate" | "isatty" | "close">;

/** What answers for fd: its pipe end, else the granted HostFS, else null (no descriptor can be open). */
export function fdOps(fd: number): FdOps | null {
  return pipeEnd(fd) ?? interp.host.fs ?? null;
}
