// mmap.mmap as a sequence and a mapping (mmap_subscript, mmap_ass_subscript, mmap_item): m[i] is
// an int and m[i:j:k] bytes; assignment takes an int in range(256) or a bytes-like object of the
// slice's exact length; nothing can be deleted. Iteration goes through sq_item, which gives bytes
// of length 1 (3.10 has no __iter__ of its own), registered with setSeqItem.
import {
  type PyObj, PyBytesObj, PySlice, None, IndexError, typeError, valueError, newExc, asSize, sliceIndices, typeOf, asInt,
  defMethods, setSeqItem, TypeError,
} from "../../objects/index.ts";
import { buffer } from "./args.ts";
import { PyMmap, MmapType } from "./object.ts";

const M = (s: PyObj) => s as PyMmap;
const outOfRange = () => newExc(IndexError, "mmap index out of range");
/** PyIndex_Check. */
const isIndex = (x: PyObj) => asInt(x) !== null || typeOf(x).lookup("__index__") !== undefined;

/** An index key as PyNumber_AsSsize_t(key, IndexError) takes it, made non-negative and checked. */
function index(key: PyObj, size: number): number {
  let i = asSize(key, undefined, IndexError);
  if (i < 0) i += size;
  if (i < 0 || i >= size) throw outOfRange();
  return i;
}

function getitem(m: PyMmap, key: PyObj): PyObj {
  const data = m.live();
  if (isIndex(key)) return data[index(key, data.length)];
  if (!(key instanceof PySlice)) throw typeError("mmap indices must be integers");
  const [start, , step, n] = sliceIndices(key, data.length);
  if (n <= 0) return new PyBytesObj(new Uint8Array(0));
  if (step === 1) return new PyBytesObj(data.slice(start, start + n));
  const out = new Uint8Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = data[j];
  return new PyBytesObj(out);
}

function setitem(m: PyMmap, key: PyObj, value: PyObj | undefined): void {
  const data = m.live();
  m.checkWritable();
  if (isIndex(key)) {
    const i = index(key, data.length);
    if (value === undefined) throw typeError("mmap doesn't support item deletion");
    if (!isIndex(value)) throw typeError("mmap item value must be an int");
    const v = asSize(value, undefined, TypeError);
    if (v < 0 || v > 255) throw valueError("mmap item value must be in range(0, 256)");
    m.store(i, Uint8Array.of(v));
    return;
  }
  if (!(key instanceof PySlice)) throw typeError("mmap indices must be integer");
  const [start, , step, n] = sliceIndices(key, data.length);
  if (value === undefined) throw typeError("mmap object doesn't support slice deletion");
  const src = buffer(value);
  if (src.length !== n) throw newExc(IndexError, "mmap slice assignment is wrong size");
  if (n === 0) return;
  if (step === 1) {
    m.store(start, src);
    return;
  }
  for (let i = 0, j = start; i < n; i++, j += step) data[j] = src[i];
  const last = start + (n - 1) * step;
  m.touched(Math.min(start, last), Math.max(start, last) + 1);
}

defMethods(MmapType, [
  ["__len__", (s) => M(s).live().length, 0, 0],
  ["__getitem__", (s, [k]) => getitem(M(s), k), 1, 1],
  ["__setitem__", (s, [k, v]) => {
    setitem(M(s), k, v);
    return None;
  }, 2, 2],
  ["__delitem__", (s, [k]) => {
    setitem(M(s), k, undefined);
    return None;
  }, 1, 1],
]);

// mmap_item: what iteration, `in` and reversed() read
setSeqItem(MmapType, (s, i) => {
  const data = M(s).live();
  if (typeof i !== "number" || i < 0 || i >= data.length) throw outOfRange();
  return new PyBytesObj(data.slice(i, i + 1));
});
