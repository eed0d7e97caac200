// tuple (Objects/tupleobject.c): an immutable PyObj[]; hash is 3.10's xxHash-style tuplehash over
// the items' hashes (src/support/hash.ts). Also the shared sequence helpers used by list: repr
// with a recursion guard (Py_ReprEnter), lexicographic comparison, repetition.
import { PyObject, type PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import { TupleType, NotImplemented, None, iterTypes } from "./builtin-types.ts";
import { setTupleHelpers, typeError } from "./exceptions.ts";
import { Cmp, PyIter, eq, hashItems, isInstance, iterableItems, repr, richCompare, truthy, typeOf } from "./protocols.ts";
import { PySlice, asIndex, asSize, seqIndex, sliceIndices } from "./slice.ts";
import { arityError, defMethods, bindArgs, exactNoKwargs, byArity } from "./function.ts";
import { PyTupleIter } from "./seq-iters.ts";
import { memoryError, normInt } from "../support/text/index.ts";

export class PyTuple extends PyObject {
  constructor(
    public items: PyObj[],
    cls: PyType = TupleType,
  ) {
    super(cls);
  }
}
export const EMPTY_TUPLE = new PyTuple([]);
export const tuple = (items: PyObj[]): PyTuple => (items.length === 0 ? EMPTY_TUPLE : new PyTuple(items));
setTupleHelpers(tuple, (v) => (v instanceof PyTuple ? v.items : null));
TupleType.factory = (cls) => new PyTuple([], cls);

const reprActive = new Set<PyObject>();
/** Runs `f` unless `obj` is already being repr'd on this stack (then returns `recursive`). */
export function reprGuard(obj: PyObject, recursive: string, f: () => string): string {
  if (reprActive.has(obj)) return recursive;
  reprActive.add(obj);
  try {
    return f();
  } finally {
    reprActive.delete(obj);
  }
}

/** Lexicographic rich comparison of two item arrays (list_richcompare / tuplerichcompare). */
/**
 * list_richcompare and tuplerichcompare: the first unequal pair decides, else the lengths. Items
 * are read from `a.items` and `b.items` afresh at each step, as C reads ob_item, since an __eq__
 * may change a list (even clear() it) while it is compared; lists of different lengths are
 * unequal without comparing any item (`sizeFirst`, list only).
 */
export function seqCompare(a: { items: PyObj[] }, b: { items: PyObj[] }, op: Cmp, sizeFirst = false): PyObj {
  if (sizeFirst && a.items.length !== b.items.length && (op === Cmp.EQ || op === Cmp.NE)) return op === Cmp.NE;
  let i = 0;
  for (; i < a.items.length && i < b.items.length; i++) {
    if (!eq(a.items[i], b.items[i])) break;
  }
  if (i >= a.items.length || i >= b.items.length) {
    const la = a.items.length;
    const lb = b.items.length;
    switch (op) {
      case Cmp.LT: return la < lb;
      case Cmp.LE: return la <= lb;
      case Cmp.EQ: return la === lb;
      case Cmp.NE: return la !== lb;
      case Cmp.GT: return la > lb;
      case Cmp.GE: return la >= lb;
    }
  }
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  return richCompare(a.items[i], b.items[i], op);
}

/**
 * The count of a repeat (a sequence's __mul__/__rmul__/__imul__): its operand as an index-sized int
 * (TypeError "... cannot be interpreted as an integer" without __index__, OverflowError beyond a
 * size), 0 when negative or when there is nothing to repeat (`[] * 2**50` is `[]` at once).
 */
export function repeatCount(n: PyObj, len: number): number {
  const v = asSize(n);
  if (v <= 0 || len === 0) return 0;
  if (v * len > 2 ** 28) throw memoryError();
  return v;
}

export function repeatItems(items: PyObj[], n: number): PyObj[] {
  const m = items.length;
  if (m === 1) return new Array<PyObj>(n).fill(items[0]);
  const out = new Array<PyObj>(n * m);
  for (let i = 0, k = 0; i < n; i++) for (let j = 0; j < m; j++) out[k++] = items[j];
  return out;
}

export function sliceItems(items: PyObj[], s: PySlice): PyObj[] {
  const [start, , step, n] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + n);
  const out = new Array<PyObj>(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

export function tupleRepr(items: PyObj[]): string {
  if (items.length === 1) return `(${repr(items[0])},)`;
  return `(${items.map(repr).join(", ")})`;
}

/** list.count / tuple.count, reading `seq.items` afresh at each step (an __eq__ may change a list). */
export function countIn(seq: { items: PyObj[] }, x: PyObj): number {
  let n = 0;
  for (let i = 0; i < seq.items.length; i++) {
    const v = seq.items[i];
    if (v === x || eq(v, x)) n++;
  }
  return n;
}

/** list.index / tuple.index; `what` is the ValueError's message, made only when x is not found. */
export function indexIn(seq: { items: PyObj[] }, args: PyObj[], what: string | (() => string)): number {
  const x = args[0];
  let start = 0;
  let stop = seq.items.length;
  const clamp = (v: PyObj) => {
    // (_PyEval_SliceIndexNotNone)
    let i = Number(asIndex(v, "slice indices must be integers or have an __index__ method"));
    if (i < 0) i = Math.max(0, i + seq.items.length);
    return Math.min(i, seq.items.length);
  };
  if (args.length > 1) start = clamp(args[1]);
  if (args.length > 2) stop = clamp(args[2]);
  for (let i = start; i < stop && i < seq.items.length; i++) {
    const v = seq.items[i];
    if (v === x || eq(v, x)) return i;
  }
  throw valueErrorOf(typeof what === "string" ? what : what());
}
/** list.__contains__ / tuple.__contains__ (list_contains: the length is read at each step). */
export function containsIn(seq: { items: PyObj[] }, x: PyObj): boolean {
  for (let i = 0; i < seq.items.length; i++) {
    const v = seq.items[i];
    if (v === x || eq(v, x)) return true;
  }
  return false;
}
import { valueError } from "./exceptions.ts";
const valueErrorOf = (what: string) => valueError(what);

const self = (x: PyObj) => x as PyTuple;
/** tuple_repeat: an exact tuple times 1, or an empty one, is itself (tuples are immutable). */
function repeatTuple(t: PyTuple, n: PyObj): PyObj {
  const count = repeatCount(n, t.items.length);
  if (t.cls === TupleType && (t.items.length === 0 || count === 1)) return t;
  return tuple(repeatItems(t.items, count));
}
defMethods(TupleType, [
  ["__new__", (cls, allArgs, kw) => {
    const args = exactNoKwargs("tuple", cls === TupleType, allArgs, kw);
    if (args.length > 1) throw arityError("tuple", 0, 1, args.length);
    const it = args[0];
    const c = cls as PyType;
    if (!(c instanceof PyObject) || !c.isSubtype?.(TupleType)) throw typeError("tuple.__new__(X): X is not a type object");
    const items = it === undefined ? [] : iterableItems(it);
    if (c === TupleType) return it instanceof PyTuple && it.cls === TupleType ? it : tuple(items);
    return new PyTuple(items, c);
  }],
  ["__repr__", (s) => reprGuard(self(s), "(...)", () => tupleRepr(self(s).items)), 0, 0],
  ["__len__", (s) => self(s).items.length, 0, 0],
  ["__hash__", (s) => normInt(hashItems(self(s).items)), 0, 0],
  ["__getitem__", (s, [k]) => {
    const items = self(s).items;
    if (k instanceof PySlice) {
      const r = sliceItems(items, k);
      return r.length === items.length && k.step === None && (s as PyTuple).cls === TupleType ? s : tuple(r);
    }
    return items[seqIndex(k, items.length, "tuple index out of range", "tuple")];
  }, 1, 1],
  ["__contains__", (s, [x]) => containsIn(self(s), x), 1, 1],
  ["__iter__", (s) => new PyTupleIter(s, self(s).items), 0, 0],
  ["__add__", (s, [o]) => {
    if (!(o instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${typeOf(o).name}") to tuple`);
    return tuple([...self(s).items, ...o.items]);
  }, 1, 1],
  ["__mul__", (s, [n]) => repeatTuple(self(s), n), 1, 1],
  ["__rmul__", (s, [n]) => repeatTuple(self(s), n), 1, 1],
  ...(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"] as const).map((name, op) => [name, (s: PyObj, [o]: PyObj[]) => {
    if (!(o instanceof PyTuple)) return NotImplemented;
    return seqCompare(self(s), o, op as Cmp);
  }, 1, 1] as [string, (s: PyObj, a: PyObj[]) => PyObj, number, number]),
  byArity("count", (s, x) => countIn(self(s), x)),
  ["index", (s, args) => indexIn(self(s), args, "tuple.index(x): x not in tuple"), 1, 3],
  // (tuple_getnewargs slices the whole tuple: an exact tuple is its own slice)
  ["__getnewargs__", (s) => tuple([s instanceof PyTuple && s.cls === TupleType ? s : tuple(self(s).items.slice())]), 0, 0],
]);

export function isIndexable(n: PyObj): boolean {
  return typeof n === "number" || typeof n === "bigint" || typeof n === "boolean" || typeOf(n).lookup("__index__") !== undefined;
}
export { isInstance, truthy };
