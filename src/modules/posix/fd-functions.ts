// posix's functions that make or change descriptors: pipe/pipe2 (pipe.ts), dup/dup2, and
// get_blocking/set_blocking (O_NONBLOCK). dup and dup2 copy in-process descriptors (pipe ends,
// sockets); the HostFS has no way to copy one of its files, so for those (and the standard
// streams) they fail with ENOSYS. O_NONBLOCK changes what a pipe end does; for any other
// descriptor it is only recorded, as nothing else here blocks.
import { type PyObj, None, truthy, tuple } from "../../objects/index.ts";
import { interp } from "../../vm/interp.ts";
import { O } from "../../vm/host-fs.ts";
import type { Fn } from "../util.ts";
import { osError } from "../errno.ts";
import { net, netIfAny } from "../socket/net.ts";
import { bind, fdArg } from "./args.ts";
import { fdOps } from "./descriptors.ts";
import { fdOpened, openFd, setInheritable } from "./files.ts";
import { makePipe, pipeEnd } from "./pipe.ts";

/** O_NONBLOCK of descriptors that are not pipe ends, as set_blocking left it, per interpreter. */
const nonblockingFds = new WeakMap<object, Set<number>>();
function nonblocking(): Set<number> {
  let s = nonblockingFds.get(interp);
  if (s === undefined) nonblockingFds.set(interp, (s = new Set()));
  return s;
}

function newPipe(flags: number): PyObj {
  const [r, w] = makePipe();
  for (const fd of [r, w]) {
    fdOpened(fd);
    if (!(flags & O.CLOEXEC) && flags !== -1) setInheritable(fd, true);
    if (flags & O.NONBLOCK && flags !== -1) pipeEnd(fd)!.nonblocking = true;
  }
  return tuple([r, w]);
}

/** The in-process object fd holds (a pipe end, a socket), or EBADF / ENOSYS. */
function inProcess(fd: number) {
  const h = netIfAny()?.fds.get(fd);
  if (h !== undefined) return h;
  openFd(fd);
  throw osError("ENOSYS");
}

export const fdFunctions: [string, Fn][] = [
  // (os.pipe's descriptors are non-inheritable, as CPython makes them: -1 stands for "no flags given")
  ["pipe", (a, k) => {
    bind("pipe", a, k, [], 0);
    return newPipe(-1);
  }],
  ["pipe2", (a, k) => {
    const [flags] = bind("pipe2", a, k, ["flags"], 1, 1);
    const f = fdArg(flags!);
    if (f & ~(O.NONBLOCK | O.CLOEXEC)) throw osError("EINVAL");
    return newPipe(f);
  }],
  ["dup", (a, k) => {
    const [fd] = bind("dup", a, k, ["fd"], 1, 1);
    const n = net().allocFd(inProcess(fdArg(fd!)));
    fdOpened(n);
    return n;
  }],
  ["dup2", (a, k) => {
    const [fd, fd2, inheritable] = bind("dup2", a, k, ["fd", "fd2", "inheritable"], 2, 0, 3);
    const from = fdArg(fd!), to = fdArg(fd2!);
    const h = inProcess(from);
    if (to < 0) throw osError("EBADF");
    if (to !== from) {
      // what `to` held is closed first, silently, as dup2 does
      if (!netIfAny()?.closeFd(to) && to > 2) fdOps(to)?.close(to);
      net().hold(to, h);
    }
    setInheritable(to, inheritable === undefined || truthy(inheritable));
    return to;
  }],
  ["get_blocking", (a, k) => {
    const [fd] = bind("get_blocking", a, k, ["fd"], 1, 1);
    const n = fdArg(fd!);
    const end = pipeEnd(n);
    if (end !== null) return !end.nonblocking;
    return !nonblocking().has(openFd(n));
  }],
  ["set_blocking", (a, k) => {
    const [fd, blocking] = bind("set_blocking", a, k, ["fd", "blocking"], 2, 2);
    const n = fdArg(fd!);
    const on = truthy(blocking!);
    const end = pipeEnd(n);
    if (end !== null) end.nonblocking = !on;
    else if (on) nonblocking().delete(openFd(n));
    else nonblocking().add(openFd(n));
    return None;
  }],
];
