// list.sort / sorted (Objects/listobject.c list_sort_impl): a stable merge sort that only asks `<`
// (as timsort only uses Py_LT). Keys are computed first, all of them, before any comparison (a
// key function that raises leaves the list as it was). Reverse is done by reversing before and
// after, so equal elements keep their order either way.
//
// Speed: the sort moves indices between two typed arrays (reused from sort to sort; no write
// barrier) and the items once at the end; binary insertion on runs of RUN items, and a merge
// skipped when its two halves are already in order, so sorted and nearly-sorted input costs few
// comparisons. `sortLess` answers the common key kinds (ints, strs, tuples of those) without the
// generic rich comparison, and int keys or tuples led by ints compare those ints from a typed
// array, as CPython's unsafe_*_compare pre-checks do.
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
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === TupleType && b.cls === TupleType) return tupleLessFrom(a, b, 0);
  return truthy(richCompare(a, b, Cmp.LT));
}

/** sortLess of two exact tuples whose items before `from` are equal. */
function tupleLessFrom(a: PyTuple, b: PyTuple, from: number): boolean {
  const x = a.items;
  const y = b.items;
  const n = x.length < y.length ? x.length : y.length;
  for (let i = from; i < n; i++) {
    const p = x[i];
    const q = y[i];
    if (p === q) continue;
    if (typeof p === "number" && typeof q === "number") return p < q;
    if (typeof p === "string" && typeof q === "string") return strCompare(p, q) < 0;
    return truthy(richCompare(a, b, Cmp.LT));
  }
  return x.length < y.length;
}

/** `keys[i] < keys[j]`: what the merge asks, by position. */
type LessAt = (i: number, j: number) => boolean;

/**
 * The comparison by position for `keys` under `less`. For sortLess, as CPython's pre-sort check
 * of the key types: when every key is an int (a JS number), or every key an exact non-empty tuple
 * whose first item is one, those numbers are copied into `first` and compared there (the tuples'
 * later items only on a tie), which reads one typed array instead of two or three objects per key.
 */
function lessAt(keys: PyObj[], n: number, less: Less, first: Float64Array): LessAt {
  if (less !== sortLess) return (i, j) => less(keys[i], keys[j]);
  let ints = true;
  let tuples = true;
  for (let i = 0; i < n && (ints || tuples); i++) {
    const k = keys[i];
    if (typeof k === "number") {
      tuples = false;
      first[i] = k;
    } else {
      ints = false;
      if (tuples && k instanceof PyTuple && k.cls === TupleType && k.items.length !== 0 && typeof k.items[0] === "number") first[i] = k.items[0] as number;
      else tuples = false;
    }
  }
  if (ints) return (i, j) => first[i] < first[j];
  if (tuples) {
    return (i, j) => {
      const x = first[i];
      const y = first[j];
      return x !== y ? x < y : tupleLessFrom(keys[i] as PyTuple, keys[j] as PyTuple, 1);
    };
  }
  return (i, j) => sortLess(keys[i], keys[j]);
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
let firstPool: Float64Array | null = null;
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
  let first = firstPool;
  pool = null;
  firstPool = null;
  if (buf === null || buf.length < 2 * n) buf = new Int32Array(2 * n);
  if (first === null || first.length < n) first = new Float64Array(n);
  try {
    permute(items, sortOrder(n, buf, lessAt(keys, n, less, first)));
  } finally {
    // (an inner sort may have pooled its own buffers meanwhile: keep the larger)
    const inner = pool as Int32Array | null;
    if (buf.length <= POOL_MAX && (inner === null || inner.length < buf.length)) pool = buf;
    const innerFirst = firstPool as Float64Array | null;
    if (first.length <= POOL_MAX && (innerFirst === null || innerFirst.length < first.length)) firstPool = first;
  }
}

/** The stable order of positions 0..n by `less`: a view of buf whose i-th entry is the position of the i-th key. */
function sortOrder(n: number, buf: Int32Array, less: LessAt): Int32Array {
  let order = buf.subarray(0, n);
  let spare = buf.subarray(n, 2 * n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let lo = 0; lo < n; lo += RUN) insertionSort(order, lo, Math.min(lo + RUN, n), less);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = lo + width;
      const hi = Math.min(lo + 2 * width, n);
      // already in order (or no right half): the first of the right half does not sort before
      // the last of the left, so the pass copies the range as it is
      if (mid >= n || !less(order[mid], order[mid - 1])) spare.set(order.subarray(lo, hi), lo);
      else merge(order, spare, lo, mid, hi, less);
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
function insertionSort(order: Int32Array, lo: number, hi: number, less: LessAt): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = order[i];
    let l = lo;
    let h = i;
    while (l < h) {
      const m = (l + h) >> 1;
      if (less(x, order[m])) h = m;
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
function merge(order: Int32Array, out: Int32Array, lo: number, mid: number, hi: number, less: LessAt): void {
  let i = lo;
  let j = mid;
  let k = lo;
  let oi = order[i];
  let oj = order[j];
  while (true) {
    if (less(oj, oi)) {
      out[k++] = oj;
      if (++j === hi) break;
      oj = order[j];
    } else {
      out[k++] = oi;
      if (++i === mid) break;
      oi = order[i];
    }
  }
  if (i < mid) out.set(order.subarray(i, mid), k);
  else if (j < hi) out.set(order.subarray(j, hi), k);
}
