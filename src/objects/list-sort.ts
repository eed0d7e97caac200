// list.sort / sorted (Objects/listobject.c list_sort_impl): a stable merge sort that only asks `<`
// (as timsort only uses Py_LT). Keys are computed first, all of them, before any comparison (a
// key function that raises leaves the list as it was); keys and values then move together in two
// parallel arrays. Reverse is done by reversing before and after, so equal elements keep their
// order either way.
//
// Speed: one scratch buffer for the whole sort (no array per merge), binary insertion on runs of
// RUN items, and a merge skipped when its two halves are already in order, so sorted and
// nearly-sorted input costs about n comparisons as with timsort. `sortLess` answers the common key
// kinds (ints, strs, tuples of those) without the generic rich comparison, as CPython's
// unsafe_*_compare pre-checks do.
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
  const keys = a.slice();
  sortInPlace(keys, null, less);
  return keys;
}

/**
 * Sorts `keys` in place by `less`, stably; `values` (same length, or null) is permuted alongside.
 * If `less` raises, both arrays hold their items in some order (none lost or duplicated).
 */
export function sortInPlace(keys: PyObj[], values: PyObj[] | null, less: Less): void {
  const n = keys.length;
  for (let lo = 0; lo < n; lo += RUN) insertionSort(keys, values, lo, Math.min(lo + RUN, n), less);
  if (n <= RUN) return;
  const tk: PyObj[] = new Array(n);
  const tv: PyObj[] | null = values === null ? null : new Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo + width < n; lo += 2 * width) {
      const mid = lo + width;
      // already in order: the first of the right half does not sort before the last of the left
      if (!less(keys[mid], keys[mid - 1])) continue;
      merge(keys, values, tk, tv, lo, mid, Math.min(lo + 2 * width, n), less);
    }
  }
}

function insertionSort(keys: PyObj[], values: PyObj[] | null, lo: number, hi: number, less: Less): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = keys[i];
    let l = lo;
    let h = i;
    while (l < h) {
      const m = (l + h) >> 1;
      if (less(x, keys[m])) h = m;
      else l = m + 1;
    }
    if (l === i) continue;
    for (let j = i; j > l; j--) keys[j] = keys[j - 1];
    keys[l] = x;
    if (values !== null) {
      const v = values[i];
      for (let j = i; j > l; j--) values[j] = values[j - 1];
      values[l] = v;
    }
  }
}

/**
 * Merges the sorted runs [lo, mid) and [mid, hi): the left run goes to the scratch arrays and the
 * result is written from lo; an item of the right run goes first only if it sorts strictly before.
 * On an exception the left run's remaining items are copied back into the gap, which is exactly
 * their size, so nothing is lost.
 */
function merge(keys: PyObj[], values: PyObj[] | null, tk: PyObj[], tv: PyObj[] | null, lo: number, mid: number, hi: number, less: Less): void {
  const nl = mid - lo;
  for (let k = 0; k < nl; k++) tk[k] = keys[lo + k];
  if (values !== null) for (let k = 0; k < nl; k++) tv![k] = values[lo + k];
  let i = 0;
  let j = mid;
  let out = lo;
  try {
    while (i < nl && j < hi) {
      if (less(keys[j], tk[i])) {
        if (values !== null) values[out] = values[j];
        keys[out++] = keys[j++];
      } else {
        if (values !== null) values[out] = tv![i];
        keys[out++] = tk[i++];
      }
    }
  } finally {
    for (; i < nl; i++, out++) {
      keys[out] = tk[i];
      if (values !== null) values[out] = tv![i];
    }
  }
}
