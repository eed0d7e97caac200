// mmap.mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT,
// offset=0), Unix's signature (new_mmap_object): the argument checks and messages of 3.10, then
// what mmap(2) on Linux would refuse (EINVAL, EACCES, ENODEV), then the map: zeroed memory for
// fileno -1, else a copy of the file's window with the file kept for the stores (backing.ts).
import { type PyObj, type PyType, newExc, OverflowError, valueError, asIndex, newInstance, PyFloat, typeError } from "../../objects/index.ts";
import { parseCtor } from "../datetime/types.ts";
import { osError } from "../errno.ts";
import { O } from "../../vm/host-fs.ts";
import { interp } from "../../vm/interp.ts";
import { fdOps } from "../posix/descriptors.ts";
import { openFd } from "../posix/files.ts";
import { netIfAny } from "../socket/net.ts";
import { pipeEnd } from "../posix/pipe.ts";
import { cInt, ssize } from "./args.ts";
import { MapFile } from "./backing.ts";
import { PyMmap, allocate, ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE, ACCESS_COPY } from "./object.ts";
import { PAGESIZE, MAP_SHARED, MAP_PRIVATE, MAP_ANONYMOUS, PROT_READ, PROT_WRITE } from "./constants.ts";

const NAMES = ["fileno", "length", "flags", "prot", "access", "offset"];
const S_IFMT = 0o170000, S_IFREG = 0o100000;

/** "L": a C long long. */
function longLong(x: PyObj): number {
  if (x instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const v = asIndex(x);
  if (typeof v === "bigint") throw newExc(OverflowError, "Python int too large to convert to C long");
  return v;
}

/** fd's access mode: a pipe end's direction, a socket's both, else what the HostFS says (O_RDWR if it cannot say). */
function accessMode(fd: number): number {
  const end = pipeEnd(fd);
  if (end !== null) return end.reading ? O.RDONLY : O.WRONLY;
  if (netIfAny()?.fds.has(fd)) return O.RDWR;
  const mode = interp.host.fs?.fdFlags?.(fd) ?? O.RDWR;
  return typeof mode === "string" ? O.RDWR : mode & 3;
}

export function mmapNew(cls: PyType, args: PyObj[], kw: readonly string[] | null): PyMmap {
  const [fdArg, lenArg, flagsArg, protArg, accessArg, offArg] = parseCtor(args, kw, NAMES, 2, 6, (v, i) =>
    i === 1 ? ssize(v) : i === 5 ? longLong(v) : cInt(v)) as (number | undefined)[];
  const fd = fdArg!;
  let size = lenArg!;
  let flags = flagsArg ?? MAP_SHARED;
  let prot = protArg ?? PROT_WRITE | PROT_READ;
  let access = accessArg ?? ACCESS_DEFAULT;
  const offset = offArg ?? 0;
  if (size < 0) throw newExc(OverflowError, "memory mapped length must be positive");
  if (offset < 0) throw newExc(OverflowError, "memory mapped offset must be positive");
  if (access !== ACCESS_DEFAULT && (flags !== MAP_SHARED || prot !== (PROT_WRITE | PROT_READ))) {
    throw valueError("mmap can't specify both access and flags, prot.");
  }
  if (access === ACCESS_READ) [flags, prot] = [MAP_SHARED, PROT_READ];
  else if (access === ACCESS_WRITE) [flags, prot] = [MAP_SHARED, PROT_READ | PROT_WRITE];
  else if (access === ACCESS_COPY) [flags, prot] = [MAP_PRIVATE, PROT_READ | PROT_WRITE];
  else if (access === ACCESS_DEFAULT) {
    // the protection decides the access a default map reports
    if (!(prot & PROT_READ && prot & PROT_WRITE)) access = prot & PROT_WRITE ? ACCESS_WRITE : ACCESS_READ;
  } else throw valueError("mmap invalid access parameter.");

  const ops = fd === -1 ? null : fdOps(fd);
  const st = ops === null ? null : ops.fstat(fd);
  const regular = st !== null && typeof st !== "string" && (st.mode & S_IFMT) === S_IFREG;
  if (regular) {
    if (size === 0) {
      if (st.size === 0) throw valueError("cannot mmap an empty file");
      if (offset >= st.size) throw valueError("mmap offset is greater than file size");
      size = st.size - offset;
    } else if (offset > st.size || st.size - offset < size) {
      throw valueError("mmap length is greater than file size");
    }
  }
  // (CPython dup()s the descriptor first: a closed one fails there)
  if (fd !== -1) openFd(fd);

  // mmap(2)'s own refusals
  const kind = flags & (MAP_SHARED | MAP_PRIVATE);
  if (size === 0 || offset % PAGESIZE !== 0 || (kind !== MAP_SHARED && kind !== MAP_PRIVATE)) throw osError("EINVAL");
  const m = newInstance(cls) as PyMmap;
  m.offset = offset;
  m.access = access;
  m.isPrivate = kind === MAP_PRIVATE;
  if (fd === -1) {
    m.data = allocate(size);
    return m;
  }
  // Linux checks the descriptor's access before whether its file can be mapped at all
  const acc = accessMode(fd);
  if (acc === O.WRONLY || (!m.isPrivate && prot & PROT_WRITE && acc !== O.RDWR)) throw osError("EACCES");
  if (ops === null || !regular) throw osError("ENODEV");
  // (a regular file's descriptor is the HostFS's)
  const copy = interp.host.fs?.reopen?.(fd);
  const owned = typeof copy === "number";
  const anonymous = (flags & MAP_ANONYMOUS) !== 0;
  m.file = new MapFile(ops, owned ? copy : fd, owned, offset, !m.isPrivate && access !== ACCESS_READ && !anonymous);
  try {
    m.data = anonymous ? allocate(size) : m.file.load(size);
  } catch (e) {
    m.file.close(null);
    m.file = null;
    throw e;
  }
  return m;
}
