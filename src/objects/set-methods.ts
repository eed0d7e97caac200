// The methods of set and frozenset, each following its function in Objects/setobject.c (3.10): the
// order of a result is the order of the table it was built in, so which set is copied, which is
// walked and when a table is resized must be CPython's. The table itself is in set.ts.
import type { PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import { DictType, FrozenSetType, SetType, None, NotImplemented, iterTypes } from "./builtin-types.ts";
import { PyBaseException, TypeError, keyError } from "./exceptions.ts";
import { iter, next, repr, toArray, getattr, getattrOpt } from "./protocols.ts";
import { bindArgs, byArity, defMethods, noKwargs, type MethodRow } from "./function.ts";
import { reprGuard } from "./tuple.ts";
import { tuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { PyDict } from "./dict.ts";
import { typeSizes } from "./type-sizes.ts";
import { PySet, PySetIter, dictKeyHashes, isEntry, setHash, setIter, type SetHash } from "./set.ts";
import { vm } from "./hooks.ts";
import { hashFrozenSet } from "../support/hash.ts";
import { normInt } from "../support/text/index.ts";
import { BIN, setBinaryHook } from "./number.ts";

const S = (x: PyObj) => x as PySet;
/** PyAnySet_Check: set, frozenset or a subclass of either. */
export const isAnySet = (x: PyObj): x is PySet => x instanceof PySet;
const isExactDict = (x: PyObj): x is PyDict => x instanceof PyDict && x.cls === DictType;

/** make_new_set: a set of `type` filled by set_update_internal. */
export function makeNewSet(type: PyType, iterable: PyObj | null): PySet {
  const s = new PySet(type);
  if (iterable !== null) s.update(iterable);
  return s;
}

/** make_new_set_basetype: the result of an operation on a subclass is a plain set or frozenset. */
function makeNewSetBasetype(type: PyType, iterable: PyObj | null): PySet {
  if (type !== SetType && type !== FrozenSetType) type = type.isSubtype(SetType) ? SetType : FrozenSetType;
  return makeNewSet(type, iterable);
}

const setCopy = (so: PySet): PySet => makeNewSetBasetype(so.cls, so);
const frozensetCopy = (so: PySet): PySet => (so.cls === FrozenSetType ? so : makeNewSet(FrozenSetType, so));

/** set_contains_key with set_contains's retry: an unhashable set argument is looked up as a frozenset. */
function withFrozenRetry<T>(key: PyObj, f: (k: PyObj) => T): T {
  try {
    return f(key);
  } catch (e) {
    if (!(key instanceof PySet && key.cls.isSubtype(SetType) && isTypeError(e))) throw e;
    return f(makeNewSet(FrozenSetType, key));
  }
}
const isTypeError = (e: unknown): boolean => e instanceof PyBaseException && e.cls.isSubtype(TypeError);

export function setUnion(so: PySet, others: PyObj[]): PySet {
  const result = setCopy(so);
  for (const other of others) if (other !== so) result.update(other);
  return result;
}

function setOr(so: PyObj, other: PyObj): PyObj {
  if (!isAnySet(so) || !isAnySet(other)) return NotImplemented;
  const result = setCopy(so);
  if (so !== other) result.update(other);
  return result;
}

/** set_intersection: walks the smaller of two sets, or the iterable, adding what `so` holds. */
export function setIntersection(so: PySet, other: PyObj): PySet {
  if (so === other) return setCopy(so);
  const result = makeNewSetBasetype(so.cls, null);
  if (isAnySet(other)) {
    const swap = other.used > so.used;
    const big = swap ? other : so;
    const small = swap ? so : other;
    // set_next over the smaller table: its current table and size at each step (an __eq__ may change it)
    for (let i = 0; i <= small.mask; i++) {
      const k = small.keys[i];
      if (isEntry(k)) {
        const h = small.hashes[i];
        if (big.has(k, h)) result.add(k, h);
      }
    }
    return result;
  }
  const it = iter(other);
  for (let k = next(it); k !== undefined; k = next(it)) {
    const h = setHash(k);
    if (so.has(k, h)) result.add(k, h);
  }
  return result;
}

function setIntersectionMulti(so: PySet, others: PyObj[]): PySet {
  if (others.length === 0) return setCopy(so);
  let result = so;
  for (const other of others) result = setIntersection(result, other);
  return result;
}

/** set_difference_update_internal: discards, then resizes when more than a quarter are dummies. */
export function setDifferenceUpdate(so: PySet, other: PyObj): void {
  if (so === other) return so.clear();
  if (isAnySet(other)) {
    const src = other.used >> 3 > so.used ? setIntersection(so, other) : other;
    for (let i = 0; i <= src.mask; i++) {
      const k = src.keys[i];
      if (isEntry(k)) so.discard(k, src.hashes[i]);
    }
  } else {
    const it = iter(other);
    for (let k = next(it); k !== undefined; k = next(it)) so.discard(k);
  }
  if (so.fill - so.used <= so.mask >> 2) return;
  so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

function setCopyAndDifference(so: PySet, other: PyObj): PySet {
  const result = setCopy(so);
  setDifferenceUpdate(result, other);
  return result;
}

/** set_difference: a copy pruned when `so` is much larger, else the survivors of `so` added anew. */
export function setDifference(so: PySet, other: PyObj): PySet {
  let otherSize: number;
  if (isAnySet(other)) otherSize = other.used;
  else if (isExactDict(other)) otherSize = other.size;
  else return setCopyAndDifference(so, other);
  if (so.used >> 2 > otherSize) return setCopyAndDifference(so, other);
  const result = makeNewSetBasetype(so.cls, null);
  // set_next over so's live table, as setIntersection walks its smaller one
  for (let i = 0; i <= so.mask; i++) {
    const k = so.keys[i];
    if (!isEntry(k)) continue;
    const h = so.hashes[i];
    const found = isAnySet(other) ? other.has(k, h) : other.get(k, h) !== undefined;
    if (!found) result.add(k, h);
  }
  return result;
}

function setDifferenceMulti(so: PySet, others: PyObj[]): PySet {
  if (others.length === 0) return setCopy(so);
  const result = setDifference(so, others[0]);
  for (let i = 1; i < others.length; i++) setDifferenceUpdate(result, others[i]);
  return result;
}

/** set_symmetric_difference_update: in place, walking `other` (a dict directly, an iterable as a new set). */
export function setSymmetricDifferenceUpdate(so: PySet, other: PyObj): void {
  if (so === other) return so.clear();
  const toggle = (k: PyObj, h: SetHash) => {
    if (!so.discard(k, h)) so.add(k, h);
  };
  if (isExactDict(other)) {
    for (const [k, h] of dictKeyHashes(other)) toggle(k, h);
    return;
  }
  const otherset = isAnySet(other) ? other : makeNewSetBasetype(so.cls, other);
  for (let i = 0; i <= otherset.mask; i++) {
    const k = otherset.keys[i];
    if (isEntry(k)) toggle(k, otherset.hashes[i]);
  }
}

/** set_symmetric_difference: a copy of `other` (as so's base type) toggled by `so`'s entries. */
export function setSymmetricDifference(so: PySet, other: PyObj): PySet {
  const otherset = makeNewSetBasetype(so.cls, other);
  setSymmetricDifferenceUpdate(otherset, so);
  return otherset;
}

function setIssubset(so: PySet, other: PyObj): boolean {
  if (!isAnySet(other)) return setIssubset(so, makeNewSet(SetType, other));
  if (so.used > other.used) return false;
  for (let i = 0; i <= so.mask; i++) {
    const k = so.keys[i];
    if (isEntry(k) && !other.has(k, so.hashes[i])) return false;
  }
  return true;
}

function setIssuperset(so: PySet, other: PyObj): boolean {
  if (!isAnySet(other)) return setIssuperset(so, makeNewSet(SetType, other));
  return setIssubset(other, so);
}

function setIsdisjoint(so: PySet, other: PyObj): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PySet && (other.cls === SetType || other.cls === FrozenSetType)) {
    let [big, small] = [so, other];
    if (other.used > so.used) [big, small] = [other, so];
    for (let i = 0; i <= small.mask; i++) {
      const k = small.keys[i];
      if (isEntry(k) && big.has(k, small.hashes[i])) return false;
    }
    return true;
  }
  const it = iter(other);
  for (let k = next(it); k !== undefined; k = next(it)) if (so.has(k)) return false;
  return true;
}

function setEq(v: PySet, w: PySet): boolean {
  return v.used === w.used && setIssubset(v, w);
}

export function setRepr(s: PySet): string {
  const t = s.cls;
  if (s.used === 0) return `${t.name}()`;
  return reprGuard(s, `${t.name}(...)`, () => {
    const keys = t === SetType || t === FrozenSetType ? s.items() : toArray(s);
    const body = `{${keys.map(repr).join(", ")}}`;
    return t === SetType ? body : `${t.name}(${body})`;
  });
}

type BinRow = [string, (s: PyObj, a: PyObj[]) => PyObj, number, number];
const binary = (name: string, f: (v: PyObj, w: PyObj) => PyObj): BinRow[] => [
  [`__${name}__`, (s, [o]) => f(s, o), 1, 1],
  // wrap_binaryfunc_r: the reflected method calls the same slot with the operands swapped.
  [`__r${name}__`, (s, [o]) => f(o, s), 1, 1],
];
const onSets = (f: (v: PySet, w: PySet) => PyObj) => (v: PyObj, w: PyObj): PyObj => (isAnySet(v) && isAnySet(w) ? f(v, w) : NotImplemented);
const compare = (f: (v: PySet, w: PySet) => boolean) => (s: PyObj, [o]: PyObj[]): PyObj => (isAnySet(o) ? f(S(s), o) : NotImplemented);

for (const T of [SetType, FrozenSetType]) {
  const rows: MethodRow[] = [
    ["__repr__", (s) => setRepr(S(s)), 0, 0],
    ["__len__", (s) => S(s).used, 0, 0],
    ["__contains__", (s, [k]) => withFrozenRetry(k, (key) => S(s).has(key)), 1, 1],
    ["__iter__", (s) => setIter(S(s)), 0, 0],
    ["__eq__", compare(setEq), 1, 1],
    ["__ne__", compare((v, w) => !setEq(v, w)), 1, 1],
    ["__le__", compare(setIssubset), 1, 1],
    ["__ge__", compare(setIssuperset), 1, 1],
    ["__lt__", compare((v, w) => v.used < w.used && setIssubset(v, w)), 1, 1],
    ["__gt__", compare((v, w) => v.used > w.used && setIssuperset(v, w)), 1, 1],
    ...binary("or", setOr),
    ...binary("and", onSets(setIntersection)),
    ...binary("sub", onSets(setDifference)),
    ...binary("xor", onSets(setSymmetricDifference)),
    ["union", (s, args, kw) => (noKwargs("union", kw), setUnion(S(s), args))],
    ["intersection", (s, args, kw) => (noKwargs("intersection", kw), setIntersectionMulti(S(s), args))],
    ["difference", (s, args, kw) => (noKwargs("difference", kw), setDifferenceMulti(S(s), args))],
    byArity("symmetric_difference", (s, o) => setSymmetricDifference(S(s), o)),
    byArity("issubset", (s, o) => setIssubset(S(s), o)),
    byArity("issuperset", (s, o) => setIssuperset(S(s), o)),
    byArity("isdisjoint", (s, o) => setIsdisjoint(S(s), o)),
    ["copy", (s) => (T === FrozenSetType ? frozensetCopy(S(s)) : setCopy(S(s))), 0, 0],
    // set_sizeof: the object, plus its table of 16-byte entries once it has outgrown the 8 kept inline
    ["__sizeof__", (s) => typeSizes(S(s).cls)[0] + (S(s).mask >= 8 ? (S(s).mask + 1) * 16 : 0), 0, 0],
    // set_reduce: (type, (list(self),), self.__dict__ or None)
    ["__reduce__", (s) => tuple([S(s).cls, tuple([new PyList(toArray(s))]), getattrOpt(s, "__dict__") ?? None]), 0, 0],
  ];
  defMethods(T, rows);
}

defMethods(FrozenSetType, [
  ["__new__", (cls, args, kw) => {
    const type = cls as PyType;
    // frozenset() refuses keywords; a subclass's __new__ ignores them (its __init__ may take them).
    if (type === FrozenSetType) noKwargs("frozenset", kw);
    const positional = kw ? args.slice(0, args.length - kw.length) : args;
    const [it] = bindArgs(type.name, positional, null, ["iterable"], 0, 1);
    if (type === FrozenSetType && it instanceof PySet && it.cls === FrozenSetType) return it;
    return makeNewSet(type, it ?? null);
  }],
  ["__hash__", (s) => normInt(hashFrozenSet(S(s).entries().map((e) => BigInt(e[1])))), 0, 0],
]);
SetType.ns.set("__hash__", None);
// binaryOp's shortcut for two exact sets (either kind): the left operand's method, as binary_op1 calls it
setBinaryHook.fn = (a, b, s) => {
  if (!(b instanceof PySet && (b.cls === SetType || b.cls === FrozenSetType))) return undefined;
  const so = a as PySet;
  if (s === BIN.and) return setIntersection(so, b);
  if (s === BIN.or) return setOr(so, b);
  if (s === BIN.sub) return setDifference(so, b);
  if (s === BIN.xor) return setSymmetricDifference(so, b);
  return undefined;
};
// set_iterator.__reduce__: (iter, (list of what is left,))
defMethods(iterTypes.set, [
  ["__reduce__", (s) => tuple([getattr(vm.importModule("builtins"), "iter"), tuple([new PyList((s as PySetIter).remaining())])]), 0, 0],
]);

const mutator = (name: string, f: (so: PySet, o: PyObj) => void) => (s: PyObj, args: PyObj[], kw: readonly string[] | null) => {
  noKwargs(name, kw);
  for (const o of args) f(S(s), o);
  return None;
};
const inplace = (f: (so: PySet, o: PySet) => void) => (s: PyObj, [o]: PyObj[]): PyObj => {
  if (!isAnySet(o)) return NotImplemented;
  f(S(s), o);
  return s;
};

defMethods(SetType, [
  ["__init__", (s, args, kw) => {
    noKwargs("set", kw);
    const it = args.length <= 1 ? args[0] : bindArgs(S(s).cls.name, args, null, ["iterable"], 0, 1)[0];
    if (S(s).fill) S(s).clear();
    if (it !== undefined) S(s).update(it);
    return None;
  }],
  byArity("add", (s, k) => (S(s).add(k), None)),
  byArity("discard", (s, k) => (withFrozenRetry(k, (key) => S(s).discard(key)), None)),
  byArity("remove", (s, k) => {
    if (!withFrozenRetry(k, (key) => S(s).discard(key))) throw keyError(k);
    return None;
  }),
  ["pop", (s) => S(s).pop(), 0, 0],
  ["clear", (s) => (S(s).clear(), None), 0, 0],
  ["update", mutator("update", (so, o) => so.update(o))],
  ["intersection_update", (s, args, kw) => {
    noKwargs("intersection_update", kw);
    S(s).takeTable(setIntersectionMulti(S(s), args));
    return None;
  }],
  ["difference_update", mutator("difference_update", setDifferenceUpdate)],
  byArity("symmetric_difference_update", (s, o) => (setSymmetricDifferenceUpdate(S(s), o), None)),
  ["__ior__", inplace((so, o) => so.update(o)), 1, 1],
  ["__iand__", inplace((so, o) => so.takeTable(setIntersection(so, o))), 1, 1],
  ["__isub__", inplace(setDifferenceUpdate), 1, 1],
  ["__ixor__", inplace(setSymmetricDifferenceUpdate), 1, 1],
]);

