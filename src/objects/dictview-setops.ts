// dict_keys and dict_items as sets (Objects/dictobject.c, 3.10): their number slots take any two
// operands and never answer NotImplemented (`d.keys() | 1` fails iterating 1), and the reflected
// methods call the same function with the operands swapped, as the C slot wrappers do.
import type { PyObj } from "./object.ts";
import { DictItemsType, DictKeysType, DictType, SetType } from "./builtin-types.ts";
import { None, NotImplemented } from "./builtin-types.ts";
import { contains, eq, iter, len, next } from "./protocols.ts";
import { defMethods, type MethodRow, byArity } from "./function.ts";
import { tuple } from "./tuple.ts";
import { PyDict, PyDictView } from "./dict.ts";
import { PySet } from "./set.ts";
import { makeNewSet, setDifferenceUpdate, setIntersection, setSymmetricDifferenceUpdate } from "./set-methods.ts";

// (PyDictViewSet_Check: subtypes too, so odict_keys and odict_items are sets)
const isViewSet = (x: PyObj): x is PyDictView => x instanceof PyDictView && (x.cls.isSubtype(DictKeysType) || x.cls.isSubtype(DictItemsType));
const isAnySet = (x: PyObj): x is PySet => x instanceof PySet;

/** dictviews_to_set: a keys view of an exact dict is read through the dict (set_update's dict path). */
function viewToSet(self: PyObj): PySet {
  const left = self instanceof PyDictView && self.cls === DictKeysType && self.d.cls === DictType ? self.d : self;
  return makeNewSet(SetType, left);
}

function viewSub(self: PyObj, other: PyObj): PyObj {
  const result = viewToSet(self);
  setDifferenceUpdate(result, other);
  return result;
}

/** _PyDictView_Intersect. */
function viewIntersect(self: PyObj, other: PyObj): PyObj {
  if (!isViewSet(self)) [self, other] = [other, self];
  let view = self as PyDictView;
  const lenSelf = view.d.size;
  // other.intersection(self): walks the view, keeping what the set holds (each key hashed once)
  if (other instanceof PySet && other.cls === SetType && lenSelf <= other.used) return setIntersection(other, view);
  if (isViewSet(other) && other.d.size > lenSelf) [view, other] = [other, view];
  const result = makeNewSet(SetType, null);
  const it = iter(other);
  for (let k = next(it); k !== undefined; k = next(it)) if (contains(view, k)) result.add(k);
  return result;
}

function viewOr(self: PyObj, other: PyObj): PyObj {
  const result = viewToSet(self);
  result.update(other);
  return result;
}

/** dictitems_xor: pairs of `other` not equal in self's dict, then what is left of a copy of it. */
function itemsXor(self: PyDictView, other: PyDictView): PyObj {
  const temp = new PyDict();
  for (const e of self.d.entries()) temp.set(e.key, e.value);
  const result = makeNewSet(SetType, null);
  for (const e of other.d.entries()) {
    const v1 = temp.get(e.key);
    if (v1 !== undefined && eq(v1, e.value)) temp.del(e.key);
    else result.add(tuple([e.key, e.value]));
  }
  for (const e of temp.entries()) result.add(tuple([e.key, e.value]));
  return result;
}

function viewXor(self: PyObj, other: PyObj): PyObj {
  if (self instanceof PyDictView && self.cls.isSubtype(DictItemsType) && other instanceof PyDictView && other.cls.isSubtype(DictItemsType)) return itemsXor(self, other);
  const result = viewToSet(self);
  setSymmetricDifferenceUpdate(result, other);
  return result;
}

/** all_contained_in: every item of `a` is in `b` (by `in`). */
function allContainedIn(a: PyObj, b: PyObj): boolean {
  const it = iter(a);
  for (let k = next(it); k !== undefined; k = next(it)) if (!contains(b, k)) return false;
  return true;
}

/** dictview_richcompare: against sets and set-like views only. */
const compare = (test: (ls: number, lo: number) => boolean, self: (s: PyObj, o: PyObj) => boolean) => (s: PyObj, [o]: PyObj[]): PyObj => {
  if (!isAnySet(o) && !isViewSet(o)) return NotImplemented;
  const ls = len(s);
  const lo = len(o);
  return test(ls, lo) && self(s, o);
};

function viewIsdisjoint(self: PyObj, other: PyObj): boolean {
  if (self === other) return (self as PyDictView).d.size === 0;
  if (isAnySet(other) || isViewSet(other)) {
    if (len(other) > (self as PyDictView).d.size) [self, other] = [other, self];
  }
  const it = iter(other);
  for (let k = next(it); k !== undefined; k = next(it)) if (contains(self, k)) return false;
  return true;
}

type Row = [string, (s: PyObj, a: PyObj[]) => PyObj, number, number];
const binary = (name: string, f: (v: PyObj, w: PyObj) => PyObj): Row[] => [
  [`__${name}__`, (s, [o]) => f(s, o), 1, 1],
  [`__r${name}__`, (s, [o]) => f(o, s), 1, 1],
];

for (const VT of [DictKeysType, DictItemsType]) {
  const rows: MethodRow[] = [
    ...binary("sub", viewSub),
    ...binary("and", viewIntersect),
    ...binary("or", viewOr),
    ...binary("xor", viewXor),
    ["__eq__", compare((a, b) => a === b, allContainedIn), 1, 1],
    ["__ne__", (s, args) => {
      const r = compare((a, b) => a === b, allContainedIn)(s, args);
      return r === NotImplemented ? r : !r;
    }, 1, 1],
    ["__lt__", compare((a, b) => a < b, allContainedIn), 1, 1],
    ["__le__", compare((a, b) => a <= b, allContainedIn), 1, 1],
    ["__gt__", compare((a, b) => a > b, (s, o) => allContainedIn(o, s)), 1, 1],
    ["__ge__", compare((a, b) => a >= b, (s, o) => allContainedIn(o, s)), 1, 1],
    byArity("isdisjoint", (s, o) => viewIsdisjoint(s, o)),
  ];
  defMethods(VT, rows);
  // comparisons without a hash: type_ready makes such a builtin type unhashable
  VT.ns.set("__hash__", None);
}
