// list (Objects/listobject.c): a JS array of PyObj. sort() is list-sort.ts's stable merge sort.
import { PyObject, type PyObj } from "./object.ts";
import { markMutable } from "../support/v8-shapes.ts";
import { PyIter } from "./iter.ts";
import { PyTuple } from "./tuple.ts";
import { typeSizes } from "./type-sizes.ts";
import type { PyType } from "./type.ts";
import { ListType, None, NotImplemented, TupleType, iterTypes } from "./builtin-types.ts";
import { typeError, newExc, IndexError, valueError, MAX_GROWN_ITEMS, grownTooLong } from "./exceptions.ts";
import { Cmp, call1, eq, isTypeError, iter, len, lengthHint, next, repr, toArray, typeOf } from "./protocols.ts";
import { PySlice, asCInt, asClinicSize, seqIndex, sliceIndices } from "./slice.ts";
import { arityError, bindArgs, byArity, defMethods, exactNoKwargs, byArity2 } from "./function.ts";
import { sortByKeys, sortLess } from "./list-sort.ts";
export { mergeSort, sortLess } from "./list-sort.ts";
import { containsIn, countIn, indexIn, repeatCount, repeatItems, reprGuard, seqCompare, sliceItems } from "./tuple.ts";
import { PyListRevIter } from "./seq-iters.ts";

export class PyList extends PyObject {
  /**
   * The capacity CPython's list would have (ob_alloc's "allocated"), which __sizeof__ shows: a new
   * list has room for its items (PyList_New). The operations that resize otherwise than one item
   * at a time record it as listobject.c's do; growth nobody recorded (LIST_APPEND, append, insert:
   * the hot paths stay as they were) is taken as one append at a time (listAllocated).
   */
  allocated: number;
  constructor(
    public items: PyObj[],
    cls: PyType = ListType,
  ) {
    super(cls);
    this.allocated = items.length;
  }
}
ListType.factory = (cls) => new PyList([], cls);
// sort(), clear() and slice assignment replace the item array (and resize it)
markMutable(new PyList([]), { items: [], allocated: 1 });

// ---- capacity (list_resize's over-allocation, as 3.10.2 does it) --------------------------------

/** Rounded down to a multiple of 4 (`& ~3` without the 32-bit limit). */
const down4 = (n: number): number => n - (n % 4);
/** n / d rounded down, in integer arithmetic while n fits it (the field stays a small integer for V8). */
const idiv = (n: number, shift: number): number => (n < 0x40000000 ? n >> shift : Math.floor(n / (1 << shift)));
/**
 * list_resize: the capacity for `newsize` items of a list of `size` items and capacity `allocated`.
 * It stays while newsize is between half of it and all of it; otherwise it becomes newsize plus an
 * eighth plus 6, rounded down to a multiple of 4, unless that leaves less spare room than the
 * jump from size (then newsize rounded up to 4); an empty list has none.
 */
function resizedCapacity(allocated: number, size: number, newsize: number): number {
  if (allocated >= newsize && newsize >= idiv(allocated, 1)) return allocated;
  if (newsize === 0) return 0;
  let a = down4(newsize + idiv(newsize, 3) + 6);
  if (newsize - size > a - newsize) a = down4(newsize + 3);
  return a;
}
/** The list's capacity now, counting unrecorded growth as single appends (app1). */
export function listAllocated(l: PyList): number {
  let a = l.allocated;
  const n = l.items.length;
  while (a < n) a = resizedCapacity(a, a, a + 1);
  return (l.allocated = a);
}
/** Records list_resize(l, newsize) before the items change. */
function listResize(l: PyList, newsize: number): void {
  const a = l.allocated;
  // (the usual case, first: the capacity stays)
  if (a < 0x40000000 && a >= newsize && newsize >= a >> 1 && l.items.length <= a) return;
  l.allocated = resizedCapacity(listAllocated(l), l.items.length, newsize);
}
/**
 * list_extend as 3.10.2 has it: appends `items` (what `src` gave) to l, first resizing l for them
 * (list_resize): for the length of an exact list or tuple, else for the iterable's length hint
 * (`hint`), then growing one append at a time and giving back what was not used. (Later 3.10
 * releases give an empty list exactly the room asked for, and list() an even number of slots.)
 */
function extendSized(l: PyList, exact: boolean, items: readonly PyObj[], hint: number): void {
  const room = exact ? items.length : hint;
  if (exact && room === 0) return;
  listResize(l, l.items.length + room);
  // (items is a fresh array: an empty list takes it as it is)
  if (l.items.length === 0) l.items = items as PyObj[];
  else appendAll(l.items, items);
  if (exact) return;
  if (listAllocated(l) > l.items.length) listResize(l, l.items.length);
}
/**
 * The list str.split/rsplit and bytes.split/rsplit return: made with room for maxsplit + 1 items, at
 * most 12 (PREALLOC_SIZE in stringlib/split.h), then grown one append at a time.
 */
export function splitResult(items: PyObj[], maxsplit: number): PyList {
  const l = new PyList(items);
  l.allocated = maxsplit >= 0 && maxsplit < 12 ? maxsplit + 1 : 12;
  return l;
}
/** PySequence_List(x) (sorted() starts from one): an empty list extended with x. */
export function newListFrom(x: PyObj): PyList {
  const l = new PyList([]);
  listExtendSized(l, x);
  return l;
}

/** `l.extend(x)`, `l += x` and LIST_EXTEND (`[*x]`, `[1, 2, 3]`): x's items appended, the capacity as CPython's. */
export function listExtendSized(l: PyList, x: PyObj): void {
  if (x === l || isExactListOrTuple(x)) return extendSized(l, true, (x as PyList | PyTuple).items.slice(), 0);
  // each item appended as it comes (an iterator failing part-way leaves those before it, and one
  // that looks at the list sees them), into room made for the length hint, the rest given back
  const it = iter(x);
  listResize(l, l.items.length + Number(lengthHint(x, 8)));
  for (let v = next(it); v !== undefined; v = next(it)) if (l.items.push(v) > MAX_GROWN_ITEMS) grownTooLong(l.items);
  if (listAllocated(l) > l.items.length) listResize(l, l.items.length);
}
const isExactListOrTuple = (x: PyObj): boolean => (x instanceof PyList && x.cls === ListType) || (x instanceof PyTuple && x.cls === TupleType);
ListType.ns.set("__hash__", None);

/** The empty item array a list has while it sorts: it notes whether anything was ever put in it. */
class SortingItems extends Array<PyObj> {
  // (copies made from it, by slice() or map(), are plain arrays)
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }
  grown = false;
  override push(...xs: PyObj[]): number {
    this.grown = true;
    return super.push(...xs);
  }
  override unshift(...xs: PyObj[]): number {
    this.grown = true;
    return super.unshift(...xs);
  }
  override splice(start: number, deleteCount?: number, ...xs: PyObj[]): PyObj[] {
    if (xs.length) this.grown = true;
    return deleteCount === undefined ? super.splice(start) : super.splice(start, deleteCount, ...xs);
  }
}

export function listSort(lst: PyList, key: PyObj, reverse: boolean): void {
  // listsort: the list is empty while it sorts, so a key or comparison sees (and may change) an
  // empty list; what it puts there is dropped
  const items = lst.items;
  const during = new SortingItems();
  lst.items = during;
  const n = items.length;
  let sorting = false;
  let done = false;
  try {
    let keys = items;
    if (key !== None) {
      // (pushed: packed, as the lists the sort usually gets are)
      keys = [];
      for (let i = 0; i < n; i++) keys.push(call1(key, items[i]));
    }
    if (reverse && n > 1) {
      if (keys !== items) keys.reverse();
      items.reverse();
    }
    sorting = true;
    sortByKeys(items, keys, sortLess);
    done = true;
  } finally {
    // a raising key leaves the list as it was; a raising comparison, in the order the sort reached
    // (reversed back when reverse=True, as CPython's fail path does)
    if (sorting && reverse && n > 1) items.reverse();
    // (CPython's test is that the list's storage was ever allocated: an append and a pop leave it
    // empty but count; clear() on the empty list does not)
    const modified = during.grown || during.length !== 0 || lst.items.length !== 0;
    lst.items = items;
    // (only when nothing else is being raised)
    if (modified && done) throw valueError("list modified during sort");
  }
}

function setSlice(lst: PyList, s: PySlice, value: PyObj): void {
  const items = lst.items;
  const [start, stop, step, n] = sliceIndices(s, items.length);
  const vals = value === lst ? items.slice() : toArrayForSlice(value);
  if (step === 1) {
    const end = Math.max(start, stop);
    // list_ass_slice: a list left empty is cleared; another size change resizes
    const newsize = items.length + vals.length - (end - start);
    if (newsize === 0) lst.allocated = 0;
    else if (newsize !== items.length) listResize(lst, newsize);
    items.splice(start, end - start, ...vals);
    return;
  }
  if (vals.length !== n) throw valueError(`attempt to assign sequence of size ${vals.length} to extended slice of size ${n}`);
  for (let i = 0, j = start; i < n; i++, j += step) items[j] = vals[i];
}
function toArrayForSlice(v: PyObj): PyObj[] {
  try {
    return toArray(v);
  } catch (e) {
    if (typeOf(v).lookup("__iter__") === undefined && typeOf(v).lookup("__getitem__") === undefined) throw typeError("can only assign an iterable");
    throw e;
  }
}

function delSlice(lst: PyList, s: PySlice): void {
  const [start, , step, n] = sliceIndices(s, lst.items.length);
  if (n === 0) return;
  if (lst.items.length === n) lst.allocated = 0;
  else listResize(lst, lst.items.length - n);
  if (step === 1) {
    lst.items.splice(start, n);
    return;
  }
  const drop = new Set<number>();
  for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
  lst.items = lst.items.filter((_, i) => !drop.has(i));
}

/**
 * list_iterator: the list itself (its items array may be replaced, as sort does) and the next
 * index, -1 once exhausted (an exhausted iterator stays so when the list grows). The eval loop's
 * FOR_ITER calls next1 directly.
 */
// (shared functions called as the iterator's methods: no closures made for each iterator)
function listIterStep(this: PyListIter): PyObj | undefined {
  return this.next1();
}
function listIterHint(this: PyListIter): number {
  return this.i < 0 ? 0 : Math.max(0, this.list.items.length - this.i);
}
export class PyListIter extends PyIter {
  i = 0;
  constructor(public list: PyList) {
    super(iterTypes.list, null!, null);
    this.step = listIterStep;
    this.lengthHint = listIterHint;
  }
  next1(): PyObj | undefined {
    const a = this.list.items;
    const i = this.i;
    if (i >= 0 && i < a.length) {
      this.i = i + 1;
      return a[i];
    }
    this.i = -1;
    return undefined;
  }
}

const L = (x: PyObj) => x as PyList;
/** Appends `src` to `dst` item by item: a spread (push(...src)) of a long array overflows the JS stack. */
export function appendAll(dst: PyObj[], src: readonly PyObj[]): void {
  for (let i = 0; i < src.length; i++) dst.push(src[i]!);
}

/** list.__init__ sizes the list with len(iterable) first (a TypeError from it means no size, -1), then extends it. */
function presize(iterable: PyObj): number {
  if (isExactListOrTuple(iterable)) return (iterable as PyList | PyTuple).items.length;
  const t = typeOf(iterable);
  if (t.lookup("__len__") === undefined) return -1;
  try {
    return len(iterable);
  } catch (e) {
    if (!isTypeError(e)) throw e;
    return -1;
  }
}

/** list.__init__(l, it): emptied, given exactly the room of a known length (list_preallocate_exact), then extended. */
function callListInit(l: PyList, it: PyObj): void {
  l.items = [];
  l.allocated = 0;
  const n = presize(it);
  if (n > 0) l.allocated = n;
  listExtendSized(l, it);
}

defMethods(ListType, [
  ["__init__", (s, allArgs, kw) => {
    const args = exactNoKwargs("list", typeOf(s) === ListType, allArgs, kw);
    if (args.length > 1) throw arityError("list", 0, 1, args.length);
    const it = args[0];
    const l = L(s);
    if (it === undefined) {
      l.items = [];
      l.allocated = 0;
      return None;
    }
    callListInit(l, it);
    return None;
  }],
  ["__repr__", (s) => reprGuard(L(s), "[...]", () => `[${L(s).items.map(repr).join(", ")}]`), 0, 0],
  ["__len__", (s) => L(s).items.length, 0, 0],
  ["__getitem__", (s, [k]) => {
    const items = L(s).items;
    if (k instanceof PySlice) return new PyList(sliceItems(items, k));
    return items[seqIndex(k, items.length, "list index out of range", "list")];
  }, 1, 1],
  ["__setitem__", (s, [k, v]) => {
    const items = L(s).items;
    if (k instanceof PySlice) setSlice(L(s), k, v);
    else items[seqIndex(k, items.length, "list assignment index out of range", "list")] = v;
    return None;
  }, 2, 2],
  ["__delitem__", (s, [k]) => {
    const items = L(s).items;
    if (k instanceof PySlice) delSlice(L(s), k);
    else {
      const i = seqIndex(k, items.length, "list assignment index out of range", "list");
      listResize(L(s), items.length - 1);
      items.splice(i, 1);
    }
    return None;
  }, 1, 1],
  ["__contains__", (s, [x]) => containsIn(L(s), x), 1, 1],
  ["__iter__", (s) => new PyListIter(L(s)), 0, 0],
  ["__reversed__", (s) => {
    return new PyListRevIter(L(s));
  }, 0, 0],
  ["__add__", (s, [o]) => {
    if (!(o instanceof PyList)) throw typeError(`can only concatenate list (not "${typeOf(o).name}") to list`);
    return new PyList([...L(s).items, ...o.items]);
  }, 1, 1],
  ["__iadd__", (s, [o]) => {
    listExtendSized(L(s), o);
    return s;
  }, 1, 1],
  ["__mul__", (s, [n]) => new PyList(repeatItems(L(s).items, repeatCount(n, L(s).items.length))), 1, 1],
  ["__rmul__", (s, [n]) => new PyList(repeatItems(L(s).items, repeatCount(n, L(s).items.length))), 1, 1],
  ["__imul__", (s, [n]) => {
    const l = L(s);
    const times = repeatCount(n, l.items.length);
    const size = l.items.length;
    // list_inplace_repeat: cleared below once, resized above it
    if (times < 1) l.allocated = 0;
    else if (size > 0 && times > 1) listResize(l, size * times);
    l.items = repeatItems(l.items, times);
    return s;
  }, 1, 1],
  ...(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"] as const).map((name, op) => [name, (s: PyObj, [o]: PyObj[]) => {
    if (!(o instanceof PyList)) return NotImplemented;
    return seqCompare(L(s), o, op as Cmp, true);
  }, 1, 1] as [string, (s: PyObj, a: PyObj[]) => PyObj, number, number]),
  byArity("append", (s, x) => {
    if (L(s).items.push(x) > MAX_GROWN_ITEMS) grownTooLong(L(s).items);
    return None;
  }),
  byArity("extend", (s, x) => {
    listExtendSized(L(s), x);
    return None;
  }),
  byArity2("insert", (s, i, x) => {
    const items = L(s).items;
    let k = asClinicSize(i);
    if (k < 0) k = Math.max(0, k + items.length);
    items.splice(Math.min(k, items.length), 0, x);
    return None;
  }),
  ["pop", (s, args) => {
    const items = L(s).items;
    let k = args.length ? asClinicSize(args[0]) : -1;
    if (items.length === 0) throw newExc(IndexError, "pop from empty list");
    if (k < 0) k += items.length;
    if (k < 0 || k >= items.length) throw newExc(IndexError, "pop index out of range");
    listResize(L(s), items.length - 1);
    return items.splice(k, 1)[0];
  }, 0, 1],
  byArity("remove", (s, x) => {
    const l = L(s);
    for (let i = 0; i < l.items.length; i++) {
      const v = l.items[i];
      if (v === x || eq(v, x)) {
        // (the __eq__ may have shortened the list: list_remove deletes index i if it still exists)
        if (i < l.items.length) {
          listResize(l, l.items.length - 1);
          l.items.splice(i, 1);
        }
        return None;
      }
    }
    throw valueError("list.remove(x): x not in list");
  }),
  ["index", (s, args) => indexIn(L(s), args, () => `${repr(args[0])} is not in list`), 1, 3],
  byArity("count", (s, x) => countIn(L(s), x)),
  ["clear", (s) => {
    L(s).items = [];
    L(s).allocated = 0;
    return None;
  }, 0, 0],
  ["copy", (s) => new PyList(L(s).items.slice()), 0, 0],
  ["reverse", (s) => {
    L(s).items.reverse();
    return None;
  }, 0, 0],
  ["__sizeof__", (s) => typeSizes(L(s).cls)[0] + 8 * listAllocated(L(s)), 0, 0],
  ["sort", (s, args, kw) => {
    const [key, rev] = bindArgs("sort", args, kw, ["key", "reverse"], 0, 0, 0);
    listSort(L(s), key ?? None, rev === undefined ? false : asCInt(rev) !== 0);
    return None;
  }],
]);
