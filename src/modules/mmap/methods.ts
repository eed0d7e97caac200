// mmap.mmap's file-like methods (read, write, seek, find, ...), flush/move/resize/madvise/size,
// close and the context manager, closed and repr, as 3.10 gives them on Linux: results, bounds
// checks and messages. `pos` is the position of the file-like methods, relative to the map.
import { type PyObj, PyBytesObj, None, valueError, typeError, newExc, OverflowError, typeOf, defMethods, defGetters } from "../../objects/index.ts";
import { osError } from "../errno.ts";
import { ssizeArgExact } from "../util.ts";
import { varargs, ssize, cInt, ubyte, buffer, optionalSize } from "./args.ts";
import { PyMmap, MmapType, ACCESS_READ, ACCESS_COPY, ACCESS_NAMES } from "./object.ts";
import { PAGESIZE, MADV_DONTNEED, validAdvice } from "./constants.ts";

const SSIZE_MAX = 2n ** 63n - 1n;
const M = (s: PyObj) => s as PyMmap;
const bytes = (b: Uint8Array) => new PyBytesObj(b);

/** The first index of needle in hay[from, to), or -1 (rev: the last). */
function search(hay: Uint8Array, needle: Uint8Array, from: number, to: number, rev: boolean): number {
  const last = to - needle.length;
  if (last < from) return -1;
  const match = (i: number) => {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) return false;
    return true;
  };
  if (rev) {
    for (let i = last; i >= from; i--) if (match(i)) return i;
  } else {
    for (let i = from; i <= last; i++) if (match(i)) return i;
  }
  return -1;
}

/** find/rfind's start and end: negative counts from the end, then clamped to the map. */
function clampBound(v: number, size: number): number {
  if (v < 0) v += size;
  return v < 0 ? 0 : v > size ? size : v;
}

function find(name: string, rev: boolean) {
  return varargs(name, 1, 3, (m, data, [sub, s, e]) => {
    const needle = buffer(sub);
    const start = clampBound(s === undefined ? m.pos : ssize(s), data.length);
    const end = clampBound(e === undefined ? data.length : ssize(e), data.length);
    return search(data, needle, start, end, rev);
  });
}

function seek(m: PyMmap, data: Uint8Array, dist: number, how: number): PyObj {
  let where: number;
  if (how === 0) where = dist;
  else if (how === 1) where = m.pos + dist;
  else if (how === 2) where = data.length + dist;
  else throw valueError("unknown seek type");
  if (where > data.length || where < 0) throw valueError("seek out of range");
  m.pos = where;
  return None;
}

/** madvise(2)'s own checks: a page-aligned start and advice the kernel knows. */
function madvise(m: PyMmap, data: Uint8Array, option: number, start: number, length: number): void {
  if (start % PAGESIZE !== 0 || !validAdvice(option)) throw osError("EINVAL");
  // MADV_DONTNEED drops a private map's pages: they read back as they were first mapped (zeros for
  // anonymous memory, the file's bytes otherwise). A shared map's pages come back unchanged.
  if (option === MADV_DONTNEED && m.isPrivate) {
    const end = Math.min(data.length, Math.ceil((start + length) / PAGESIZE) * PAGESIZE);
    data.set(m.file !== null ? m.file.read(start, end) : new Uint8Array(end - start), start);
  }
}

defMethods(MmapType, [
  ["close", (s) => {
    M(s).close();
    return None;
  }, 0, 0],
  ["__enter__", (s) => {
    M(s).live();
    return s;
  }, 0, 0],
  // (METH_VARARGS: any arguments, which it ignores)
  ["__exit__", (s, _args, kw) => {
    if (kw && kw.length) throw typeError("__exit__() takes no keyword arguments");
    M(s).close();
    return None;
  }],
  ["find", find("find", false)],
  ["rfind", find("rfind", true)],
  ["flush", varargs("flush", 0, 2, (m, data, [o, n]) => {
    const offset = o === undefined ? 0 : ssize(o);
    const size = n === undefined ? data.length : ssize(n);
    if (size < 0 || offset < 0 || data.length - offset < size) throw valueError("flush values out of range");
    if (m.access === ACCESS_READ || m.access === ACCESS_COPY) return None;
    // msync(2) wants a page-aligned address
    if (offset % PAGESIZE !== 0) throw osError("EINVAL");
    m.file?.sync(data, offset, offset + size);
    return None;
  })],
  ["madvise", varargs("madvise", 1, 3, (m, data, [opt, s, n]) => {
    const option = cInt(opt);
    const start = s === undefined ? 0 : ssize(s);
    // (exact: the overflow check is about lengths near 2**63)
    const length = n === undefined ? BigInt(data.length) : BigInt(ssizeArgExact(n));
    if (start < 0 || start >= data.length) throw valueError("madvise start out of bounds");
    if (length < 0n) throw valueError("madvise length invalid");
    if (SSIZE_MAX - BigInt(start) < length) throw newExc(OverflowError, "madvise length too large");
    madvise(m, data, option, start, Math.min(Number(length), data.length - start));
    return None;
  })],
  ["move", varargs("move", 3, 3, (m, data, [d, s, n]) => {
    const dest = ssize(d), src = ssize(s), cnt = ssize(n);
    m.checkWritable();
    if (dest < 0 || src < 0 || cnt < 0 || data.length - dest < cnt || data.length - src < cnt) {
      throw valueError("source, destination, or count out of range");
    }
    m.store(dest, data.slice(src, src + cnt));
    return None;
  })],
  ["read", varargs("read", 0, 1, (m, data, [n]) => {
    const want = optionalSize(n);
    const remaining = m.pos < data.length ? data.length - m.pos : 0;
    const k = want === undefined || want < 0 || want > remaining ? remaining : want;
    const out = data.slice(m.pos, m.pos + k);
    m.pos += k;
    return bytes(out);
  })],
  ["read_byte", (s) => {
    const m = M(s), data = m.live();
    if (m.pos >= data.length) throw valueError("read byte out of range");
    return data[m.pos++];
  }, 0, 0],
  ["readline", (s) => {
    const m = M(s), data = m.live();
    if (m.pos >= data.length) return bytes(new Uint8Array(0));
    const nl = data.indexOf(10, m.pos);
    const end = nl < 0 ? data.length : nl + 1;
    const out = data.slice(m.pos, end);
    m.pos = end;
    return bytes(out);
  }, 0, 0],
  ["resize", varargs("resize", 1, 1, (m, data, [n]) => {
    const newSize = ssize(n);
    m.checkResizable();
    if (newSize < 0 || Number(SSIZE_MAX) - newSize < m.offset) throw valueError("new size out of range");
    m.resize(data, newSize);
    return None;
  })],
  ["seek", varargs("seek", 1, 2, (m, data, [d, h]) => seek(m, data, ssize(d), h === undefined ? 0 : cInt(h)))],
  ["size", (s) => {
    const m = M(s);
    m.live();
    // fstat of the map's descriptor: an anonymous map has none (-1), hence EBADF
    if (m.file === null) throw osError("EBADF");
    return m.file.fileSize();
  }, 0, 0],
  ["tell", (s) => {
    M(s).live();
    return M(s).pos;
  }, 0, 0],
  ["write", varargs("write", 1, 1, (m, data, [b]) => {
    const src = buffer(b);
    m.checkWritable();
    if (m.pos > data.length || data.length - m.pos < src.length) throw valueError("data out of range");
    m.store(m.pos, src);
    m.pos += src.length;
    return src.length;
  })],
  ["write_byte", varargs("write_byte", 1, 1, (m, data, [b]) => {
    const v = ubyte(b);
    m.checkWritable();
    if (m.pos >= data.length) throw valueError("write byte out of range");
    m.store(m.pos, Uint8Array.of(v));
    m.pos++;
    return None;
  })],
  ["__repr__", (s) => {
    const m = M(s);
    const name = typeOf(s).name;
    if (m.data === null) return `<${name} closed=True>`;
    return `<${name} closed=False, access=${ACCESS_NAMES[m.access]}, length=${m.data.length}, pos=${m.pos}, offset=${m.offset}>`;
  }, 0, 0],
]);
defGetters(MmapType, [["closed", (s) => M(s).data === null]]);
