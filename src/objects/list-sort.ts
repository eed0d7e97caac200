// list.sort / sorted (Objects/listobject.c listsort): CPython 3.10's timsort, which only asks `<`
// (Py_LT). Keys are computed first, all of them, before any comparison (a key function that raises
// leaves the list as it was); reverse is done by reversing before and after, so equal elements keep
// their order either way. The algorithm is CPython's step for step (runs, minrun, binary insertion,
// the merge pattern, galloping), so a comparison with side effects sees the same calls, and one that
// raises leaves the list in the order CPython's leaves it.
//
// Speed: the sort moves positions within typed arrays (reused from sort to sort; no write barrier)
// and the items once at the end. `sortLess` answers the common key kinds (ints, strs, tuples of
// those) without the generic rich comparison, and keys that are all ints or floats, or tuples led by
// an int, compare those numbers from a typed array, as CPython's unsafe_*_compare pre-checks do.
import type { PyObj } from "./object.ts";
import { FloatType, TupleType } from "./builtin-types.ts";
import { PyFloat } from "./boxes.ts";
import { Cmp, callDescr, eq, richCompare, strCompare, truthy, typeOf } from "./protocols.ts";
import { NotImplemented } from "./builtin-types.ts";
import { PyTuple } from "./tuple.ts";
import { MergeState, timsort, type PositionOrder } from "./timsort.ts";

type Less = (x: PyObj, y: PyObj) => boolean;

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

/** How a KeyOrder compares: see keyOrder. */
const enum By {
  /** every key a number, copied into `first` */
  Numbers,
  /** every key an exact tuple led by an int, copied into `first` */
  LeadingInts,
  /** the keys themselves, through `cmp` */
  Keys,
}

/** The sort's comparison by position (timsort.ts asks it): keys[i] < keys[j]. */
class KeyOrder implements PositionOrder {
  constructor(
    readonly keys: PyObj[],
    readonly first: Float64Array,
    readonly by: By,
    readonly cmp: Less,
  ) {}
  less(i: number, j: number): boolean {
    if (this.by === By.Numbers) return this.first[i] < this.first[j];
    if (this.by === By.LeadingInts) {
      const x = this.first[i];
      const y = this.first[j];
      return x !== y ? x < y : tupleLessFrom(this.keys[i] as PyTuple, this.keys[j] as PyTuple, 1);
    }
    return this.cmp(this.keys[i], this.keys[j]);
  }
}

/**
 * The comparison by position for `keys` under `less`. For sortLess, as CPython's pre-sort check
 * of the key types: when every key is a number (an int that is a JS number, or an exact float: a
 * JS comparison of two doubles is exact, and a safe integer is one), or every key an exact
 * non-empty tuple whose first item is an int, those numbers are copied into `first` and compared
 * there (the tuples' later items only on a tie), which reads one typed array instead of two or
 * three objects per key. None of these comparisons can run Python code, so the shortcut is
 * invisible.
 */
function keyOrder(keys: PyObj[], n: number, less: Less, first: Float64Array): KeyOrder {
  if (less !== sortLess) return new KeyOrder(keys, first, By.Keys, less);
  let numbers = true;
  let tuples = true;
  for (let i = 0; i < n && (numbers || tuples); i++) {
    const k = keys[i];
    if (typeof k === "number") {
      tuples = false;
      first[i] = k;
    } else if (k instanceof PyFloat && k.cls === FloatType) {
      tuples = false;
      first[i] = k.value;
    } else {
      numbers = false;
      if (tuples && k instanceof PyTuple && k.cls === TupleType && k.items.length !== 0 && typeof k.items[0] === "number") first[i] = k.items[0] as number;
      else tuples = false;
    }
  }
  if (numbers) return new KeyOrder(keys, first, By.Numbers, less);
  if (tuples) return new KeyOrder(keys, first, By.LeadingInts, less);
  return new KeyOrder(keys, first, By.Keys, homogeneousLess(keys, n));
}

/**
 * The rest of listsort's pre-sort check, where it shows: keys all of one class (a class statement's)
 * compare through that class's own __lt__ first (unsafe_object_compare: a NotImplemented answer
 * then takes the full comparison, so __lt__ runs again, as in CPython), and exact non-empty tuples
 * whose first items are all of one such class compare those first items that way
 * (unsafe_tuple_compare). Builtin types compare alike either way; anything mixed takes sortLess.
 */
function homogeneousLess(keys: PyObj[], n: number): Less {
  const k0 = keys[0];
  let inTuples = k0 instanceof PyTuple && k0.cls === TupleType && k0.items.length !== 0;
  const keyType = typeOf(inTuples ? (k0 as PyTuple).items[0] : k0);
  let same = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (inTuples && !(k instanceof PyTuple && k.cls === TupleType && k.items.length !== 0)) {
      inTuples = false;
      same = false;
      break;
    }
    if (typeOf(inTuples ? (k as PyTuple).items[0] : k) !== keyType) {
      same = false;
      if (!inTuples) break;
    }
  }
  if (!same || !keyType.heap) return sortLess;
  if (keyType.lookup("__lt__") === undefined) return sortLess;
  // (unsafe_object_compare checks the left key's type at each comparison: a comparison may have
  // changed a key's __class__, or the class's __lt__, and then the full comparison runs)
  const direct: Less = (a, b) => {
    const lt = typeOf(a) === keyType ? keyType.lookup("__lt__") : undefined;
    if (lt === undefined) return truthy(richCompare(a, b, Cmp.LT));
    const r = callDescr(lt, a, [b]);
    if (r === NotImplemented) return truthy(richCompare(a, b, Cmp.LT));
    return r === true ? true : r === false ? false : truthy(r);
  };
  return inTuples ? (a, b) => tupleLessFirstBy(a as PyTuple, b as PyTuple, direct) : direct;
}

/** unsafe_tuple_compare: the first unequal items decide, the first pair through `first`. */
function tupleLessFirstBy(a: PyTuple, b: PyTuple, first: Less): boolean {
  const x = a.items;
  const y = b.items;
  const n = x.length < y.length ? x.length : y.length;
  let i = 0;
  while (i < n && eq(x[i], y[i])) i++;
  if (i === n) return x.length < y.length;
  return i === 0 ? first(x[0], y[0]) : truthy(richCompare(x[i], y[i], Cmp.LT));
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
 * `items` itself). The sort runs on a permutation of positions in typed arrays and the items move
 * once, at the end: moving them n log n times would make V8 record each store of a young object
 * into an old array (the write barrier), and a list of fresh tuples then costs the next scavenges
 * more than the comparisons did. If `less` raises, `items` is left in the order the sort had
 * reached, as CPython's list is, and the exception propagates.
 */
export function sortByKeys(items: PyObj[], keys: PyObj[], less: Less): void {
  const n = items.length;
  if (n < 2) return;
  let buf = pool;
  let first = firstPool;
  pool = null;
  firstPool = null;
  // the positions, then the merge scratch (a merge copies its smaller run: at most n/2)
  const need = n + (n >> 1) + 1;
  if (buf === null || buf.length < need) buf = new Int32Array(need);
  if (first === null || first.length < n) first = new Float64Array(n);
  const ord = buf.subarray(0, n);
  for (let i = 0; i < n; i++) ord[i] = i;
  try {
    timsort(new MergeState(ord, buf.subarray(n), keyOrder(keys, n, less, first)), n);
  } finally {
    // also when a comparison raised: ord is then the order the sort had reached
    permute(items, ord);
    // (an inner sort may have pooled its own buffers meanwhile: keep the larger)
    const inner = pool as Int32Array | null;
    if (buf.length <= POOL_MAX && (inner === null || inner.length < buf.length)) pool = buf;
    const innerFirst = firstPool as Float64Array | null;
    if (first.length <= POOL_MAX && (innerFirst === null || innerFirst.length < first.length)) firstPool = first;
  }
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
