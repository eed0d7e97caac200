// set and frozenset (Objects/setobject.c). Iteration order is CPython's, so the table is 3.10's:
// 8 slots, slot = hash & mask, LINEAR_PROBES (9) neighbours, then perturbed jumps; deleted slots
// become dummies reused by later adds; grow to used*4 (used*2 past 50000) when fill*5 >= mask*3;
// update from a set or dict pre-sizes the table as set_update_internal does. Hashes are 64-bit.
import { PyObject, type PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import { DictItemsType, DictKeysType, FrozenSetType, SetType, None, NotImplemented, iterTypes } from "./builtin-types.ts";
import { keyError, runtimeError, typeError } from "./exceptions.ts";
import { PyIter, eq, hash, iter, next, repr, typeOf, isInstance } from "./protocols.ts";
import { bindArgs, defMethods } from "./function.ts";
import { reprGuard } from "./tuple.ts";
import { PyDict, PyDictView } from "./dict.ts";
import { hashFrozenSet } from "../support/hash.ts";
import { normInt } from "../support/text/index.ts";

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const DUMMY = Symbol("dummy");
type Slot = PyObj | typeof DUMMY | undefined;

export class PySet extends PyObject {
  keys: Slot[] = new Array(MINSIZE);
  hashes: bigint[] = new Array(MINSIZE);
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  finger = 0;
  constructor(cls: PyType = SetType) {
    super(cls);
  }
  get size(): number {
    return this.used;
  }
  get frozen(): boolean {
    return this.cls.isSubtype(FrozenSetType);
  }

  private find(key: PyObj, h: bigint): number {
    const mask = this.mask;
    let perturb = BigInt.asUintN(64, h);
    let i = Number(perturb & BigInt(mask));
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === undefined) return -1;
        if (k !== DUMMY && this.hashes[j] === h && (k === key || eq(k, key))) return j;
        j++;
      } while (probes--);
      perturb >>= 5n;
      i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
    }
  }

  has(key: PyObj): boolean {
    return this.find(key, hash(key)) >= 0;
  }

  add(key: PyObj, h: bigint = hash(key)): boolean {
    const mask = this.mask;
    let perturb = BigInt.asUintN(64, h);
    let i = Number(perturb & BigInt(mask));
    let free = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === undefined) {
          if (free >= 0) {
            this.keys[free] = key;
            this.hashes[free] = h;
            this.used++;
            return true;
          }
          this.keys[j] = key;
          this.hashes[j] = h;
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        if (k === DUMMY) {
          if (free < 0) free = j;
        } else if (this.hashes[j] === h && (k === key || eq(k, key))) return false;
        j++;
      } while (probes--);
      perturb >>= 5n;
      i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
    }
  }

  discard(key: PyObj): boolean {
    const j = this.find(key, hash(key));
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.used--;
    return true;
  }

  resize(minused: number): void {
    let n = MINSIZE;
    while (n <= minused) n *= 2;
    const oldK = this.keys;
    const oldH = this.hashes;
    this.keys = new Array(n);
    this.hashes = new Array(n);
    this.mask = n - 1;
    this.fill = this.used;
    for (let s = 0; s < oldK.length; s++) {
      const k = oldK[s];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldH[s]);
    }
  }

  private insertClean(k: PyObj, h: bigint): void {
    const mask = this.mask;
    let perturb = BigInt.asUintN(64, h);
    let i = Number(perturb & BigInt(mask));
    for (;;) {
      if (this.keys[i] === undefined) {
        this.keys[i] = k;
        this.hashes[i] = h;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
          if (this.keys[j] === undefined) {
            this.keys[j] = k;
            this.hashes[j] = h;
            return;
          }
        }
      }
      perturb >>= 5n;
      i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
    }
  }

  clear(): void {
    this.keys = new Array(MINSIZE);
    this.hashes = new Array(MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = this.used = 0;
  }

  items(): PyObj[] {
    const out: PyObj[] = [];
    for (const k of this.keys) if (k !== undefined && k !== DUMMY) out.push(k);
    return out;
  }
  entries(): [PyObj, bigint][] {
    const out: [PyObj, bigint][] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== undefined && k !== DUMMY) out.push([k, this.hashes[i]]);
    }
    return out;
  }

  /** set_update_internal. */
  update(other: PyObj): void {
    if (other instanceof PySet) {
      if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
      for (const [k, h] of other.entries()) this.add(k, h);
      return;
    }
    if (other instanceof PyDict) {
      if ((this.fill + other.size) * 5 >= this.mask * 3) this.resize((this.used + other.size) * 2);
      for (const k of other.keys()) this.add(k);
      return;
    }
    const it = iter(other);
    for (let v = next(it); v !== undefined; v = next(it)) this.add(v);
  }

  pop(): PyObj {
    if (this.used === 0) throw keyError("pop from an empty set");
    let i = this.finger & this.mask;
    for (;;) {
      const k = this.keys[i];
      if (k !== undefined && k !== DUMMY) {
        this.keys[i] = DUMMY;
        this.used--;
        this.finger = i + 1;
        return k;
      }
      i = (i + 1) & this.mask;
    }
  }
}
SetType.factory = (cls) => new PySet(cls);
FrozenSetType.factory = (cls) => new PySet(cls);

export function newSet(items: Iterable<PyObj>, cls: PyType = SetType): PySet {
  const s = new PySet(cls);
  for (const x of items) s.add(x);
  return s;
}

const S = (x: PyObj) => x as PySet;
const isSetLike = (x: PyObj): x is PySet => x instanceof PySet;
function asSet(x: PyObj): PySet {
  if (x instanceof PySet) return x;
  const s = new PySet();
  s.update(x);
  return s;
}
const sameKind = (self: PySet, items: Iterable<PyObj>): PySet => newSet(items, self.frozen ? FrozenSetType : SetType);

function union(a: PySet, others: PyObj[]): PySet {
  const r = new PySet(a.frozen ? FrozenSetType : SetType);
  r.update(a);
  for (const o of others) r.update(o);
  return r;
}
function intersection(a: PySet, o: PyObj): PySet {
  const b = asSet(o);
  const [small, big] = b.used > a.used ? [a, b] : [b, a];
  const r = new PySet(a.frozen ? FrozenSetType : SetType);
  if (o instanceof PySet) {
    for (const [k, h] of small.entries()) if (big.has(k)) r.add(k, h);
  } else for (const k of toItems(o)) if (a.has(k)) r.add(k);
  return r;
}
function toItems(o: PyObj): PyObj[] {
  const out: PyObj[] = [];
  const it = iter(o);
  for (let v = next(it); v !== undefined; v = next(it)) out.push(v);
  return out;
}
function difference(a: PySet, o: PyObj): PySet {
  const b = asSet(o);
  if (a.used >> 2 > b.used) {
    // set_difference copies the table and discards, keeping the receiver's layout
    const r = new PySet(a.frozen ? FrozenSetType : SetType);
    r.update(a);
    for (const k of b.items()) r.discard(k);
    return r;
  }
  const r = new PySet(a.frozen ? FrozenSetType : SetType);
  for (const [k, h] of a.entries()) if (!b.has(k)) r.add(k, h);
  return r;
}
function symDiff(a: PySet, o: PyObj): PySet {
  const b = asSet(o);
  const r = new PySet(a.frozen ? FrozenSetType : SetType);
  r.update(a);
  for (const [k] of b.entries()) if (!r.discard(k)) r.add(k);
  return r;
}
const isSubset = (a: PySet, b: PySet) => a.used <= b.used && a.items().every((k) => b.has(k));

export function setRepr(s: PySet): string {
  const t = s.cls;
  const name = t.name;
  const items = s.items();
  if (items.length === 0) return `${name}()`;
  return reprGuard(s, `${name}(...)`, () => {
    const body = `{${items.map(repr).join(", ")}}`;
    return t === SetType ? body : `${name}(${body})`;
  });
}

function setIter(s: PySet): PyIter {
  const size = s.used;
  const keys = s.keys;
  let i = 0;
  let done = false;
  return new PyIter(iterTypes.set, () => {
    if (done) return undefined;
    if (s.used !== size) {
      done = true;
      throw runtimeError("Set changed size during iteration");
    }
    while (i < keys.length) {
      const k = keys[i++];
      if (k !== undefined && k !== DUMMY) return k;
    }
    done = true;
    return undefined;
  }, () => (done ? 0 : s.used));
}

const binop = (f: (a: PySet, b: PyObj) => PySet) => (s: PyObj, [o]: PyObj[]) => (isSetLike(o) ? f(S(s), o) : NotImplemented);
const cmpRows: [string, (a: PySet, b: PySet) => boolean][] = [
  ["__le__", (a, b) => isSubset(a, b)],
  ["__lt__", (a, b) => a.used < b.used && isSubset(a, b)],
  ["__ge__", (a, b) => isSubset(b, a)],
  ["__gt__", (a, b) => b.used < a.used && isSubset(b, a)],
  ["__eq__", (a, b) => a.used === b.used && isSubset(a, b)],
  ["__ne__", (a, b) => !(a.used === b.used && isSubset(a, b))],
];

for (const T of [SetType, FrozenSetType]) {
  defMethods(T, [
    ["__repr__", (s) => setRepr(S(s)), 0, 0],
    ["__len__", (s) => S(s).used, 0, 0],
    ["__contains__", (s, [k]) => {
      try {
        return S(s).has(k);
      } catch (e) {
        if (k instanceof PySet && !k.frozen) return S(s).has(newSet(k.items(), FrozenSetType));
        throw e;
      }
    }, 1, 1],
    ["__iter__", (s) => setIter(S(s)), 0, 0],
    ...cmpRows.map(([n, f]) => [n, (s: PyObj, [o]: PyObj[]) => (isSetLike(o) ? f(S(s), o) : NotImplemented), 1, 1] as [string, (s: PyObj, a: PyObj[]) => PyObj, number, number]),
    ["__or__", binop((a, b) => union(a, [b])), 1, 1],
    ["__ror__", binop((a, b) => union(a, [b])), 1, 1],
    ["__and__", binop(intersection), 1, 1],
    ["__rand__", binop(intersection), 1, 1],
    ["__sub__", binop(difference), 1, 1],
    ["__rsub__", (s, [o]) => (isSetLike(o) ? difference(sameKind(o, o.items()), s) : NotImplemented), 1, 1],
    ["__xor__", binop(symDiff), 1, 1],
    ["__rxor__", binop(symDiff), 1, 1],
    ["union", (s, args) => union(S(s), args)],
    ["intersection", (s, args) => args.reduce<PySet>((a, o) => intersection(a, o), union(S(s), []))],
    ["difference", (s, args) => args.reduce<PySet>((a, o) => difference(a, o), union(S(s), []))],
    ["symmetric_difference", (s, [o]) => symDiff(S(s), o), 1, 1],
    ["issubset", (s, [o]) => isSubset(S(s), asSet(o)), 1, 1],
    ["issuperset", (s, [o]) => isSubset(asSet(o), S(s)), 1, 1],
    ["isdisjoint", (s, [o]) => toItems(o).every((k) => !S(s).has(k)), 1, 1],
    ["copy", (s) => (S(s).cls === FrozenSetType ? s : union(S(s), [])), 0, 0],
  ]);
}
defMethods(FrozenSetType, [
  ["__new__", (cls, args, kw) => {
    const [it] = bindArgs("frozenset", args, kw, ["iterable"], 0, 1);
    if (cls === FrozenSetType && it instanceof PySet && it.cls === FrozenSetType) return it;
    const s = new PySet(cls as PyType);
    if (it !== undefined) s.update(it);
    return s;
  }],
  ["__hash__", (s) => normInt(hashFrozenSet(S(s).entries().map((e) => e[1]))), 0, 0],
]);
SetType.ns.set("__hash__", None);
const mutate = (f: (a: PySet, o: PyObj) => void) => (s: PyObj, args: PyObj[]) => {
  for (const o of args) f(S(s), o);
  return None;
};
const replaceWith = (a: PySet, r: PySet) => {
  a.keys = r.keys;
  a.hashes = r.hashes;
  a.mask = r.mask;
  a.fill = r.fill;
  a.used = r.used;
};
defMethods(SetType, [
  ["__init__", (s, args, kw) => {
    const [it] = bindArgs("set", args, kw, ["iterable"], 0, 1);
    S(s).clear();
    if (it !== undefined) S(s).update(it);
    return None;
  }],
  ["add", (s, [k]) => {
    S(s).add(k);
    return None;
  }, 1, 1],
  ["discard", (s, [k]) => {
    S(s).discard(k);
    return None;
  }, 1, 1],
  ["remove", (s, [k]) => {
    if (!S(s).discard(k)) throw keyError(k);
    return None;
  }, 1, 1],
  ["pop", (s) => S(s).pop(), 0, 0],
  ["clear", (s) => {
    S(s).clear();
    return None;
  }, 0, 0],
  ["update", mutate((a, o) => a.update(o))],
  ["intersection_update", mutate((a, o) => replaceWith(a, intersection(a, o)))],
  ["difference_update", mutate((a, o) => {
    for (const k of o === a ? a.items() : toItems(o)) a.discard(k);
  })],
  ["symmetric_difference_update", (s, [o]) => {
    replaceWith(S(s), symDiff(S(s), o));
    return None;
  }, 1, 1],
  ["__ior__", (s, [o]) => (isSetLike(o) ? (S(s).update(o), s) : NotImplemented), 1, 1],
  ["__iand__", (s, [o]) => (isSetLike(o) ? (replaceWith(S(s), intersection(S(s), o)), s) : NotImplemented), 1, 1],
  ["__isub__", (s, [o]) => {
    if (!isSetLike(o)) return NotImplemented;
    for (const k of o === s ? S(s).items() : o.items()) S(s).discard(k);
    return s;
  }, 1, 1],
  ["__ixor__", (s, [o]) => (isSetLike(o) ? (replaceWith(S(s), symDiff(S(s), o)), s) : NotImplemented), 1, 1],
]);

// dict_keys and dict_items are set-like.
for (const VT of [DictKeysType, DictItemsType]) {
  const viewSet = (v: PyObj): PySet => asSet(v);
  const op = (f: (a: PySet, b: PyObj) => PySet) => (s: PyObj, [o]: PyObj[]) => {
    if (!(o instanceof PySet || o instanceof PyDictView || typeOf(o).lookup("__iter__"))) return NotImplemented;
    return f(viewSet(s), o);
  };
  defMethods(VT, [
    ["__and__", op(intersection), 1, 1],
    ["__or__", op((a, b) => union(a, [b])), 1, 1],
    ["__sub__", op(difference), 1, 1],
    ["__xor__", op(symDiff), 1, 1],
    ["__rand__", op(intersection), 1, 1],
    ["__ror__", op((a, b) => union(a, [b])), 1, 1],
    ["__eq__", (s, [o]) => (o instanceof PySet || o instanceof PyDictView ? (() => {
      const a = viewSet(s);
      const b = asSet(o);
      return a.used === b.used && isSubset(a, b);
    })() : NotImplemented), 1, 1],
    ["isdisjoint", (s, [o]) => toItems(o).every((k) => !viewSet(s).has(k)), 1, 1],
    ...cmpRows.filter(([n]) => n !== "__eq__").map(([n, f]) => [n, (s: PyObj, [o]: PyObj[]) => (o instanceof PySet || o instanceof PyDictView ? f(viewSet(s), asSet(o)) : NotImplemented), 1, 1] as [string, (s: PyObj, a: PyObj[]) => PyObj, number, number]),
  ]);
}
export { isInstance };
