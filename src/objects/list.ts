// list (Objects/listobject.c): a JS array of PyObj. sort() is list-sort.ts's stable merge sort.
import { PyObject, type PyObj } from "./object.ts";
import { markMutable } from "../support/v8-shapes.ts";
import { PyIter } from "./iter.ts";
import type { PyType } from "./type.ts";
import { ListType, None, NotImplemented, iterTypes } from "./builtin-types.ts";
import { typeError, newExc, IndexError, valueError } from "./exceptions.ts";
import { Cmp, call, call1, eq, isTypeError, iterableItems, len, repr, toArray, typeOf } from "./protocols.ts";
import { PySlice, asCInt, asClinicSize, seqIndex, sliceIndices } from "./slice.ts";
import { arityError, bindArgs, defMethods, exactNoKwargs } from "./function.ts";
import { sortByKeys, sortLess } from "./list-sort.ts";
export { mergeSort, sortLess } from "./list-sort.ts";
import { containsIn, countIn, indexIn, repeatCount, repeatItems, reprGuard, seqCompare, sliceItems } from "./tuple.ts";
import { PyListRevIter } from "./seq-iters.ts";

export class PyList extends PyObject {
  constructor(
    public items: PyObj[],
    cls: PyType = ListType,
  ) {
    super(cls);
  }
}
ListType.factory = (cls) => new PyList([], cls);
// sort(), clear() and slice assignment replace the item array
markMutable(new PyList([]), { items: [] });
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
export class PyListIter extends PyIter {
  i = 0;
  constructor(public list: PyList) {
    super(iterTypes.list, null!, null);
    this.step = () => this.next1();
    this.lengthHint = () => (this.i < 0 ? 0 : Math.max(0, this.list.items.length - this.i));
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

/** list.__init__ sizes the list with len(iterable) first (a TypeError from it means no size), then extends it. */
function presize(iterable: PyObj): void {
  const t = typeOf(iterable);
  if (!t.heap || t.lookup("__len__") === undefined) return;
  try {
    len(iterable);
  } catch (e) {
    if (!isTypeError(e)) throw e;
  }
}

defMethods(ListType, [
  ["__init__", (s, allArgs, kw) => {
    const args = exactNoKwargs("list", typeOf(s) === ListType, allArgs, kw);
    if (args.length > 1) throw arityError("list", 0, 1, args.length);
    const it = args[0];
    if (it !== undefined) presize(it);
    L(s).items = it === undefined ? [] : iterableItems(it);
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
    else items.splice(seqIndex(k, items.length, "list assignment index out of range", "list"), 1);
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
    appendAll(L(s).items, o === s ? L(s).items.slice() : toArray(o));
    return s;
  }, 1, 1],
  ["__mul__", (s, [n]) => new PyList(repeatItems(L(s).items, repeatCount(n, L(s).items.length))), 1, 1],
  ["__rmul__", (s, [n]) => new PyList(repeatItems(L(s).items, repeatCount(n, L(s).items.length))), 1, 1],
  ["__imul__", (s, [n]) => {
    L(s).items = repeatItems(L(s).items, repeatCount(n, L(s).items.length));
    return s;
  }, 1, 1],
  ...(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"] as const).map((name, op) => [name, (s: PyObj, [o]: PyObj[]) => {
    if (!(o instanceof PyList)) return NotImplemented;
    return seqCompare(L(s), o, op as Cmp, true);
  }, 1, 1] as [string, (s: PyObj, a: PyObj[]) => PyObj, number, number]),
  ["append", (s, [x]) => {
    L(s).items.push(x);
    return None;
  }, 1, 1],
  ["extend", (s, [x]) => {
    appendAll(L(s).items, x === s ? L(s).items.slice() : iterableItems(x));
    return None;
  }, 1, 1],
  ["insert", (s, [i, x]) => {
    const items = L(s).items;
    let k = asClinicSize(i);
    if (k < 0) k = Math.max(0, k + items.length);
    items.splice(Math.min(k, items.length), 0, x);
    return None;
  }, 2, 2],
  ["pop", (s, args) => {
    const items = L(s).items;
    let k = args.length ? asClinicSize(args[0]) : -1;
    if (items.length === 0) throw newExc(IndexError, "pop from empty list");
    if (k < 0) k += items.length;
    if (k < 0 || k >= items.length) throw newExc(IndexError, "pop index out of range");
    return items.splice(k, 1)[0];
  }, 0, 1],
  ["remove", (s, [x]) => {
    const l = L(s);
    for (let i = 0; i < l.items.length; i++) {
      const v = l.items[i];
      if (v === x || eq(v, x)) {
        // (the __eq__ may have shortened the list: list_remove deletes index i if it still exists)
        if (i < l.items.length) l.items.splice(i, 1);
        return None;
      }
    }
    throw valueError("list.remove(x): x not in list");
  }, 1, 1],
  ["index", (s, args) => indexIn(L(s), args, () => `${repr(args[0])} is not in list`), 1, 3],
  ["count", (s, [x]) => countIn(L(s), x), 1, 1],
  ["clear", (s) => {
    L(s).items = [];
    return None;
  }, 0, 0],
  ["copy", (s) => new PyList(L(s).items.slice()), 0, 0],
  ["reverse", (s) => {
    L(s).items.reverse();
    return None;
  }, 0, 0],
  ["sort", (s, args, kw) => {
    const [key, rev] = bindArgs("sort", args, kw, ["key", "reverse"], 0, 0, 0);
    listSort(L(s), key ?? None, rev === undefined ? false : asCInt(rev) !== 0);
    return None;
  }],
]);
