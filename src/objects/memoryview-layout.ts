// The layout of a memoryview (Objects/memoryobject.c): contiguity as init_flags computes it, the
// items' byte offsets in C or Fortran order, tolist, and == (memory_richcompare) over shape and
// item values.
import type { PyObj } from "./object.ts";
import type { PyMemoryView } from "./memoryview.ts";
import { PyList } from "./list.ts";
import { dataView, isNativeChar, itemKey, unpackItem } from "./memoryview-format.ts";

/** init_flags: MV_CONTIGUOUS_NDIM1 for one dimension, PyBuffer_IsContiguous's walk for more. */
export function contiguous(m: PyMemoryView, fortran: boolean): boolean {
  const { shape, strides, itemsize } = m;
  const nd = shape.length;
  if (nd === 0) return true;
  if (nd === 1) return shape[0] === 1 || strides[0] === itemsize;
  if (m.nbytes === 0) return true;
  let sd = itemsize;
  for (let k = 0; k < nd; k++) {
    const i = fortran ? k : nd - 1 - k;
    if (shape[i] > 1 && strides[i] !== sd) return false;
    sd *= shape[i];
  }
  return true;
}

/** Calls `fn` with the byte offset of every item, in C (last index fastest) or Fortran order. */
export function forEachItem(m: PyMemoryView, order: "C" | "F", fn: (off: number) => void): void {
  const { shape, strides } = m;
  const nd = shape.length;
  if (nd === 0) return fn(m.start);
  if (nd === 1) {
    for (let i = 0, off = m.start; i < shape[0]; i++, off += strides[0]) fn(off);
    return;
  }
  if (shape.includes(0)) return;
  const idx = new Array(nd).fill(0);
  for (;;) {
    let off = m.start;
    for (let d = 0; d < nd; d++) off += idx[d] * strides[d];
    fn(off);
    let d = order === "C" ? nd - 1 : 0;
    for (;;) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
      d += order === "C" ? -1 : 1;
      if (d < 0 || d >= nd) return;
    }
  }
}

export function tolist(m: PyMemoryView): PyObj {
  const dv = dataView(m.mem.bytes);
  const level = (dim: number, off: number): PyObj => {
    if (dim === m.shape.length) return unpackItem(m.ch, dv, off);
    const out: PyObj[] = new Array(m.shape[dim]);
    for (let i = 0; i < out.length; i++) out[i] = level(dim + 1, off + i * m.strides[dim]);
    return new PyList(out);
  };
  return level(0, m.start);
}

/** equiv_shape: same dimensions and extents (a zero extent ends the comparison). */
export function sameShape(a: PyMemoryView, b: PyMemoryView): boolean {
  if (a.ndim !== b.ndim) return false;
  for (let i = 0; i < a.ndim; i++) {
    if (a.shape[i] !== b.shape[i]) return false;
    if (a.shape[i] === 0) break;
  }
  return true;
}

/** memory_richcompare for ==: item values compared, as struct would unpack them. */
export function equal(a: PyMemoryView, b: PyMemoryView): boolean {
  if (!sameShape(a, b)) return false;
  // struct cannot unpack such items either: unequal (fix_struct_error_int)
  if (!isNativeChar(a.ch) || !isNativeChar(b.ch)) return false;
  const da = dataView(a.mem.bytes);
  const db = dataView(b.mem.bytes);
  const ka: (number | bigint | string)[] = [];
  forEachItem(a, "C", (off) => ka.push(itemKey(a.ch, da, off)));
  let i = 0;
  let eq = true;
  forEachItem(b, "C", (off) => {
    // loose equality compares a bigint with a number by value; NaN is unequal to itself
    if (eq && !(ka[i++] == itemKey(b.ch, db, off))) eq = false;
  });
  return eq;
}

