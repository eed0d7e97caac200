// list.sort / sorted (Objects/listobject.c list_sort_impl): a stable merge sort that only asks `<`
// (as timsort only uses Py_LT). Keys are computed first, all of them, before any comparison (a
// key function that raises leaves the list as it was). Reverse is done by reversing before and
// after, so equal elements keep their order either way.
//
// Speed: the sort moves indices between two typed arrays (reused from sort to sort; no write
// barrier) and the items once at the end; binary insertion on runs of RUN items, and a merge
// skipped when its two halves are already in order, so sorted and nearly-sorted input costs few
// comparisons. `sortLess` answers the common key kinds (ints, strs, tuples of those) without the
// generic rich comparison, as CPython's unsafe_*_compare pre-checks do.
import type { PyObj } from "./object.ts";
import { TupleType } from "./builtin-types.ts";
import { Cmp, richCompare, strCompare, truthy } from "./protocols.ts";
import { PyTuple } from "./tuple.ts";

type Less = (x: PyObj, y: PyObj) => boolean;

const RUN = 32;

/**
 * `a < b` for sorting. Ints and strs directly; exact tuples element by element while the items
 * compared are ints or strs (equal ones by identity, as PyObject_RichCompareBool's shortcut), and
 * through the full rich comparison of the two tuples from the start as soon as an item is anything
 * else: the fast loop has no side effects, so starting over is invisible.
 */
export function sortLess(a: PyObj, b: PyObj): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strCompare(a, b) < 0;
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === TupleType && b.cls === TupleType) {
    const x = a.items;
    const y = b.items;
    const n = x.length < y.length ? x.length : y.length;
    for (let i = 0; i < n; i++) {
      const p = x[i];
      const q = y[i];
      if (p === q) continue;
      if (typeof p === "number" && typeof q === "number") return p < q;
      if (typeof p === "string" && typeof q === "string") return strCompare(p, q) < 0;
      return truthy(richCompare(a, b, Cmp.LT));
    }
    return x.length < y.length;
  }
  return truthy(richCompare(a, b, Cmp.LT));
}

/** A sorted copy of `a` (stable; `a` itself is left as it was, also when `less` raises). */
export function mergeSort(a: PyObj[], less: Less): PyObj[] {
  const out = a.slice();
  sortByKeys(out, out, less);
  return out;
}

// The index arrays of the running sort, kept for the next one: a sort allocates no scratch memory
// of its own once one of its size has run. A comparison may sort again (a __lt__ calling sorted()),
// so a running sort takes the pool and gives it back; the inner one makes its own.
let pool: Int32Array | null = null;
const POOL_MAX = 1 << 22;

/**
 * Sorts `items` in place, stably, by `keys` (`keys[i]` is the key of `items[i]`; `keys` may be
 * `items` itself). The sort runs on a permutation of indices in typed arrays and the items move
 * once, at the end: moving them n log n times would make V8 record each store of a young object
 * into an old array (the write barrier), and a list of fresh tuples then costs the next scavenges
 * more than the comparisons did. If `less` raises, `items` is left exactly as it was.
 */
export function sortByKeys(items: PyObj[], keys: PyObj[], less: Less): void {
  const n = items.length;
  if (n < 2) return;
  let buf = pool;
  pool = null;
  if (buf === null || buf.length < 2 * n) buf = new Int32Array(2 * n);
  try {
    permute(items, sortOrder(keys, n, buf, less));
  } finally {
    // (an inner sort may have pooled its own buffer meanwhile: keep the larger)
    const inner = pool as Int32Array | null;
    if (buf.length <= POOL_MAX && (inner === null || inner.length < buf.length)) pool = buf;
  }
}

/** The stable order of keys[0..n): a view of buf whose i-th entry is the index of the i-th key. */
function sortOrder(keys: PyObj[], n: number, buf: Int32Array, less: Less): Int32Array {
  let order = buf.subarray(0, n);
  let spare = buf.subarray(n, 2 * n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let lo = 0; lo < n; lo += RUN) insertionSort(keys, order, lo, Math.min(lo + RUN, n), less);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = lo + width;
      const hi = Math.min(lo + 2 * width, n);
      // already in order (or no right half): the first of the right half does not sort before
      // the last of the left, so the pass copies the range as it is
      if (mid >= n || !less(keys[order[mid]], keys[order[mid - 1]])) spare.set(order.subarray(lo, hi), lo);
      else merge(keys, order, spare, lo, mid, hi, less);
    }
    const t = order;
    order = spare;
    spare = t;
  }
  return order;
}

/** items[i] = (items as it was)[order[i]] for every i, by following the permutation's cycles (order is used up). */
function permute(items: PyObj[], order: Int32Array): void {
  const n = order.length;
  for (let s = 0; s < n; s++) {
    if (order[s] < 0) continue;
    const first = items[s];
    let i = s;
    while (true) {
      const from = order[i];
      order[i] = -1;
      if (from === s) {
        items[i] = first;
        break;
      }
      items[i] = items[from];
      i = from;
    }
  }
}

/** Binary insertion of order[lo..hi) by their keys. */
function insertionSort(keys: PyObj[], order: Int32Array, lo: number, hi: number, less: Less): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = order[i];
    const kx = keys[x];
    let l = lo;
    let h = i;
    while (l < h) {
      const m = (l + h) >> 1;
      if (less(kx, keys[order[m]])) h = m;
      else l = m + 1;
    }
    if (l === i) continue;
    order.copyWithin(l + 1, l, i);
    order[l] = x;
  }
}

/**
 * Merges the sorted runs order[lo, mid) and order[mid, hi) into out[lo, hi); an item of the right
 * run goes first only if it sorts strictly before (stability).
 */
function merge(keys: PyObj[], order: Int32Array, out: Int32Array, lo: number, mid: number, hi: number, less: Less): void {
  let i = lo;
  let j = mid;
  let k = lo;
  let ki = keys[order[i]];
  let kj = keys[order[j]];
  while (true) {
    if (less(kj, ki)) {
      out[k++] = order[j++];
      if (j === hi) break;
      kj = keys[order[j]];
    } else {
      out[k++] = order[i++];
      if (i === mid) break;
      ki = keys[order[i]];
    }
  }
  if (i < mid) out.set(order.subarray(i, mid), k);
  else if (j < hi) out.set(order.subarray(j, hi), k);
}
