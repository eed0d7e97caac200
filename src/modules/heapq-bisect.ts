// The _heapq and _bisect accelerators (Modules/_heapqmodule.c, _bisectmodule.c, 3.10). heapq.py
// and bisect.py work without them, but CPython's programs see the C versions: their messages
// ("heap argument must be a list", IndexError "index out of range") and speed. The sift
// algorithms are the ones heapq.py documents (siftdown towards the root, siftup to a leaf then
// down), so heaps come out in the same order; "list changed size" is checked after comparisons.
import {
  type PyObj, type Int, PyList, None, typeOf, argTypeName, sequenceLenExact, call, call1, callMethod, lt, asSizeExact, typeError, valueError, indexError, newExc, RuntimeError, PyModule, bindArgs, sequenceGetItem,
} from "../objects/index.ts";
import { makeModule, posFn, ssizeArgExact, type Fn } from "./util.ts";
import { normInt } from "../support/text/index.ts";

// ---- _heapq ---------------------------------------------------------------------------------------

/** clinic's check; single-parameter functions say "argument", the others "argument 1". */
function listArg(fname: string, x: PyObj, only = false): PyList {
  if (!(x instanceof PyList)) throw typeError(`${fname}() argument${only ? "" : " 1"} must be list, not ${argTypeName(x)}`);
  return x;
}

const changed = () => newExc(RuntimeError, "list changed size during iteration");

/** Is a < b under the heap's order (min-heap, or max-heap with the arguments swapped). */
type Less = (a: PyObj, b: PyObj) => boolean;
const minLess: Less = (a, b) => lt(a, b);
const maxLess: Less = (a, b) => lt(b, a);

function siftdown(heap: PyList, start: number, pos: number, less: Less): void {
  const size = heap.items.length;
  const newitem = heap.items[pos];
  while (pos > start) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap.items[parentpos];
    const c = less(newitem, parent);
    if (size !== heap.items.length) throw changed();
    if (!c) break;
    heap.items[pos] = heap.items[parentpos];
    heap.items[parentpos] = newitem;
    pos = parentpos;
  }
}

function siftup(heap: PyList, pos: number, less: Less): void {
  const endpos = heap.items.length;
  const startpos = pos;
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos) {
      const c = less(heap.items[childpos], heap.items[rightpos]);
      if (endpos !== heap.items.length) throw changed();
      if (!c) childpos = rightpos;
    }
    const tmp = heap.items[childpos];
    heap.items[childpos] = heap.items[pos];
    heap.items[pos] = tmp;
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  siftdown(heap, startpos, pos, less);
}

function heappop(heap: PyList, less: Less): PyObj {
  if (heap.items.length === 0) throw indexError("index out of range");
  const last = heap.items.pop()!;
  if (heap.items.length === 0) return last;
  const ret = heap.items[0];
  heap.items[0] = last;
  siftup(heap, 0, less);
  return ret;
}

function heapreplace(heap: PyList, item: PyObj, less: Less): PyObj {
  if (heap.items.length === 0) throw indexError("index out of range");
  const ret = heap.items[0];
  heap.items[0] = item;
  siftup(heap, 0, less);
  return ret;
}

function heapify(heap: PyList, less: Less): PyObj {
  for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftup(heap, i, less);
  return None;
}

export function makeHeapq(): PyModule {
  const fns: [string, Fn][] = [
    ["heappush", posFn("_heapq.heappush", 2, 2, ([h, item]) => {
      const heap = listArg("heappush", h);
      heap.items.push(item);
      siftdown(heap, 0, heap.items.length - 1, minLess);
      return None;
    })],
    ["heappop", posFn("_heapq.heappop", 1, 1, ([h]) => heappop(listArg("heappop", h, true), minLess))],
    ["heapreplace", posFn("_heapq.heapreplace", 2, 2, ([h, item]) => heapreplace(listArg("heapreplace", h), item, minLess))],
    ["heappushpop", posFn("_heapq.heappushpop", 2, 2, ([h, item]) => {
      const heap = listArg("heappushpop", h);
      if (heap.items.length === 0) return item;
      const top = heap.items[0];
      const c = lt(top, item);
      if (!c) return item;
      if (heap.items.length === 0) throw indexError("index out of range");
      const ret = heap.items[0];
      heap.items[0] = item;
      siftup(heap, 0, minLess);
      return ret;
    })],
    ["heapify", posFn("_heapq.heapify", 1, 1, ([h]) => heapify(listArg("heapify", h, true), minLess))],
    ["_heappop_max", posFn("_heapq._heappop_max", 1, 1, ([h]) => heappop(listArg("_heappop_max", h, true), maxLess))],
    ["_heapreplace_max", posFn("_heapq._heapreplace_max", 2, 2, ([h, item]) => heapreplace(listArg("_heapreplace_max", h), item, maxLess))],
    ["_heapify_max", posFn("_heapq._heapify_max", 1, 1, ([h]) => heapify(listArg("_heapify_max", h, true), maxLess))],
  ];
  return makeModule("_heapq", fns, [["__about__", "Heap queues"]], "Heap queue algorithm (a.k.a. priority queue).");
}

const LIST_TYPE = typeOf(new PyList([]));

// ---- _bisect --------------------------------------------------------------------------------------

/** bisect_right/bisect_left(a, x, lo=0, hi=None, *, key=None): clinic's binding. */
function bisectArgs(fname: string, args: PyObj[], kw: readonly string[] | null): { a: PyObj; x: PyObj; lo: Int; hi: Int; key: PyObj } {
  const v = bindArgs(fname, args, kw, ["a", "x", "lo", "hi", "key"], 2, 0, 4);
  // (any Py_ssize_t: a range as long as sys.maxsize is searched in bigints)
  const lo = v[2] === undefined ? 0 : ssizeArgExact(v[2]);
  // (hi is clinic's optional Py_ssize_t, _Py_convert_optional_to_ssize_t, converted with lo before the body checks lo)
  const hiArg = v[3] === undefined || v[3] === None ? null : asSizeExact(v[3], `argument should be integer or None, not '${typeOf(v[3]).name}'`);
  if (lo < 0) throw valueError("lo must be non-negative");
  const hi = hiArg ?? sequenceLenExact(v[0]!);
  return { a: v[0]!, x: v[1]!, lo, hi, key: v[4] ?? None };
}

/** Whether x goes left of a[mid]: before it (bisect_right: x < a[mid]), or at it (bisect_left: not a[mid] < x). */
function goesLeft(a: PyObj, x: PyObj, mid: Int, key: PyObj, right: boolean): boolean {
  let item = a instanceof PyList && typeOf(a) === LIST_TYPE && typeof mid === "number" && mid < a.items.length ? a.items[mid] : sequenceGetItem(a, mid);
  if (key !== None) item = call1(key, item);
  return right ? lt(x, item) : !lt(item, x);
}

function search(a: PyObj, x: PyObj, lo: Int, hi: Int, key: PyObj, right: boolean): Int {
  if (typeof lo === "number" && typeof hi === "number") {
    let l = lo;
    let h = hi;
    while (l < h) {
      const mid = l + Math.floor((h - l) / 2);
      if (goesLeft(a, x, mid, key, right)) h = mid;
      else l = mid + 1;
    }
    return l;
  }
  let l = BigInt(lo);
  let h = BigInt(hi);
  while (l < h) {
    const mid = (l + h) / 2n;
    if (goesLeft(a, x, normInt(mid), key, right)) h = mid;
    else l = mid + 1n;
  }
  return normInt(l);
}

function bisectFn(fname: string, right: boolean): Fn {
  return (args, kw) => {
    const { a, x, lo, hi, key } = bisectArgs(fname, args, kw);
    return search(a, x, lo, hi, key, right);
  };
}

function insortFn(fname: string, right: boolean): Fn {
  return (args, kw) => {
    const { a, x, lo, hi, key } = bisectArgs(fname, args, kw);
    const kx = key === None ? x : call1(key, x);
    const i = search(a, kx, lo, hi, key, right);
    if (a instanceof PyList && typeOf(a) === LIST_TYPE && typeof i === "number") a.items.splice(i, 0, x);
    else callMethod(a, "insert", [i, x]);
    return None;
  };
}

export function makeBisect(): PyModule {
  return makeModule("_bisect", [
    ["bisect_right", bisectFn("bisect_right", true)], ["bisect_left", bisectFn("bisect_left", false)],
    ["insort_right", insortFn("insort_right", true)], ["insort_left", insortFn("insort_left", false)],
  ], [], "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n");
}
