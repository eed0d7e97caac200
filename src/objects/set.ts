// set and frozenset's hash table (Objects/setobject.c). Iteration order is CPython's, so the table is
// 3.10's: 8 slots to start, slot = hash & mask, then the next LINEAR_PROBES (9) slots when they fit
// before the end, then perturbed jumps; a discarded entry becomes a dummy, and a later add fills the
// last dummy on its probe path; an add that brings fill*5 to mask*3 grows the table to used*4
// (used*2 past 50000), re-inserting the live entries in slot order. Hashes are 64-bit CPython's.
// The operations that build sets from sets (union, difference, ...) follow setobject.c step by step
// in set-methods.ts: the order of a result depends on which table is copied, which one is walked and
// when a table is resized.
import { PyObject, type PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import { DictType, FrozenSetType, ListType, SetType, TupleType, iterTypes } from "./builtin-types.ts";
import { keyError, runtimeError } from "./exceptions.ts";
import { PyIter, eq, hashHalves, iter, next } from "./protocols.ts";
import { PyDict } from "./dict.ts";
import { HI, LO, halves, halvesBig, hashStr, onHashKeyChange } from "../support/hash.ts";

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const DUMMY = Symbol("dummy");
type Slot = PyObj | typeof DUMMY | undefined;
/** Does a table slot hold a live key (neither empty nor a dummy)? */
export const isEntry = (k: Slot): k is PyObj => k !== undefined && k !== DUMMY;

/**
 * A hash as the table keeps it: a number when it is a safe integer (every int key's, most small
 * ones), else a bigint, so one hash has one representation and probing small ints needs no BigInt.
 */
export type SetHash = number | bigint;
const canonHash = (b: bigint): SetHash => (b >= -MAX_SAFE && b <= MAX_SAFE ? Number(b) : b);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

// SipHash over a str is costly and sets hash the same strings again and again (every `x in s`).
// The hashes hold for one key: a session run with another PYTHONHASHSEED starts afresh.
const strHashes = new Map<string, SetHash>();
onHashKeyChange(() => strHashes.clear());
/** hash(x), with the exact int and str cases done here rather than through __hash__. */
export function setHash(x: PyObj): SetHash {
  if (typeof x === "number") return x === -1 ? -2 : x;
  if (typeof x === "string") {
    let h = strHashes.get(x);
    if (h === undefined) {
      if (strHashes.size >= 4096) strHashes.clear();
      h = canonHash(hashStr(x));
      strHashes.set(x, h);
    }
    return h;
  }
  hashHalves(x);
  const hi = halves[HI], lo = halves[LO];
  // (the safe integers: canonHash's numbers, made without a bigint)
  if (hi < 0x200000) return hi * 4294967296 + lo;
  if (hi > 0xffe00000 || (hi === 0xffe00000 && lo !== 0)) return (hi - 4294967296) * 4294967296 + lo;
  return halvesBig(hi, lo);
}

// The probe sequence: slot = (size_t)hash & mask, then after each run of linear probes
// perturb >>= 5; slot = (slot*5 + 1 + perturb) & mask. A non-negative number hash runs it in
// doubles (mod a power of two is exact); a negative or bigint hash needs 64-bit unsigned arithmetic,
// made only when the probe goes past its first run (most end there: a str's hash is most often a
// bigint, and BigInt arithmetic allocates). perturbNum -1: that hash is in pendingHash; -2: made.
let perturbNum = 0;
let perturbBig = 0n;
let pendingHash: SetHash = 0;
function firstSlot(h: SetHash, mask: number): number {
  if (typeof h === "number") {
    if (h >= 0) {
      perturbNum = h;
      return h % (mask + 1);
    }
    perturbNum = -1;
    pendingHash = h;
    // (the low 32 bits of its two's complement: ToUint32 of a safe integer is exact modulo 2^32)
    return (h >>> 0) & mask;
  }
  perturbNum = -1;
  pendingHash = h;
  return Number(BigInt.asUintN(32, h)) & mask;
}
/** __eq__ may probe other sets: the probe state in flight is saved around it. */
function eqKeepingProbe(a: PyObj, b: PyObj): boolean {
  const pn = perturbNum;
  const pb = perturbBig;
  const ph = pendingHash;
  try {
    return eq(a, b);
  } finally {
    perturbNum = pn;
    perturbBig = pb;
    pendingHash = ph;
  }
}
/** The next slot after `i`; uses the perturbation firstSlot set up (no probing runs in between). */
function nextSlot(i: number, mask: number): number {
  if (perturbNum >= 0) {
    perturbNum = Math.floor(perturbNum / 32);
    return (i * 5 + 1 + (perturbNum % (mask + 1))) % (mask + 1);
  }
  if (perturbNum === -1) {
    perturbBig = BigInt.asUintN(64, BigInt(pendingHash));
    perturbNum = -2;
  }
  perturbBig >>= 5n;
  return (i * 5 + 1 + Number(perturbBig & BigInt(mask))) % (mask + 1);
}

// A new or cleared set shares these (all empty) until its first add, so that an empty set allocates
// no table: every write into a table goes through add, merge or a table of the set's own (resize).
const EMPTY_KEYS: Slot[] = new Array(MINSIZE);
const EMPTY_HASHES: SetHash[] = new Array(MINSIZE);

/** An exact dict's keys with their hashes (the ones the dict stored, when it has them), as a set takes them. */
export function dictKeyHashes(d: PyDict): [PyObj, SetHash][] {
  return d.entriesWithHashes().map(([e, h]) => [e.key, h === undefined ? setHash(e.key) : canonHash(h)]);
}

export class PySet extends PyObject {
  keys: Slot[] = EMPTY_KEYS;
  hashes: SetHash[] = EMPTY_HASHES;
  mask = MINSIZE - 1;
  /** Active plus dummy entries. */
  fill = 0;
  /** Active entries. */
  used = 0;
  /** Where pop() looks next. */
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

  /** set_lookkey: the slot of the active entry equal to `key`, or -1. */
  lookup(key: PyObj, h: SetHash): number {
    restart: for (;;) {
      let mask = this.mask;
      let i = firstSlot(h, mask);
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = this.keys[j];
          if (k === undefined) return -1;
          if (k !== DUMMY && this.hashes[j] === h) {
            if (k === key) return j;
            const table = this.keys;
            const same = eqKeepingProbe(k, key);
            // __eq__ may have changed the set: start again, as CPython does.
            if (table !== this.keys || this.keys[j] !== k) continue restart;
            if (same) return j;
            mask = this.mask;
          }
          j++;
        } while (probes--);
        i = nextSlot(i, mask);
      }
    }
  }

  has(key: PyObj, h: SetHash = setHash(key)): boolean {
    return this.lookup(key, h) >= 0;
  }

  /** set_add_entry: adds `key` unless an equal key is present; returns whether it was added. */
  add(key: PyObj, h: SetHash = setHash(key)): boolean {
    restart: for (;;) {
      let mask = this.mask;
      let i = firstSlot(h, mask);
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
            if (this.keys === EMPTY_KEYS) this.ownTable();
            this.keys[j] = key;
            this.hashes[j] = h;
            this.fill++;
            this.used++;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return true;
          }
          if (k === DUMMY) {
            free = j; // 3.10 fills the last dummy passed before the free slot, not the first
          } else if (this.hashes[j] === h) {
            if (k === key) return false;
            const table = this.keys;
            const same = eqKeepingProbe(k, key);
            if (same) return false;
            if (table !== this.keys || this.keys[j] !== k) continue restart;
            mask = this.mask;
          }
          j++;
        } while (probes--);
        i = nextSlot(i, mask);
      }
    }
  }

  /** set_discard_entry: the entry becomes a dummy; the table never shrinks here. */
  discard(key: PyObj, h: SetHash = setHash(key)): boolean {
    const j = this.lookup(key, h);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.used--;
    return true;
  }

  /** The first add into the shared empty table: an 8-slot table of the set's own. */
  private ownTable(): void {
    this.keys = new Array(MINSIZE);
    this.hashes = new Array(MINSIZE);
  }

  /** set_table_resize: the smallest power of two above `minused`, live entries re-inserted in slot order. */
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

  /** set_insert_clean: into a table known to hold no equal key and no dummies. */
  private insertClean(k: PyObj, h: SetHash): void {
    const mask = this.mask;
    let i = firstSlot(h, mask);
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
      i = nextSlot(i, mask);
    }
  }

  /** set_clear_internal: back to the 8-slot table (the pop finger stays). */
  clear(): void {
    this.keys = EMPTY_KEYS;
    this.hashes = EMPTY_HASHES;
    this.mask = MINSIZE - 1;
    this.fill = this.used = 0;
  }

  /** The live keys in iteration (slot) order. */
  items(): PyObj[] {
    const out: PyObj[] = [];
    for (const k of this.keys) if (k !== undefined && k !== DUMMY) out.push(k);
    return out;
  }
  /** The live keys with their hashes, in slot order (set_next). */
  entries(): [PyObj, SetHash][] {
    const out: [PyObj, SetHash][] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== undefined && k !== DUMMY) out.push([k, this.hashes[i]]);
    }
    return out;
  }

  /** set_merge: one resize up front, then a slot-for-slot copy, clean inserts, or plain adds. */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    else if (this.keys === EMPTY_KEYS) this.ownTable();
    const ok = other.keys;
    const oh = other.hashes;
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let i = 0; i <= other.mask; i++) {
        const k = ok[i];
        if (k !== undefined) {
          this.keys[i] = k;
          this.hashes[i] = oh[i];
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = this.used = other.used;
      for (let i = 0; i < ok.length; i++) {
        const k = ok[i];
        if (k !== undefined && k !== DUMMY) this.insertClean(k, oh[i]);
      }
      return;
    }
    for (let i = 0; i < ok.length; i++) {
      const k = ok[i];
      if (k !== undefined && k !== DUMMY) this.add(k, oh[i]);
    }
  }

  /** set_update_internal: from a set, an exact dict (pre-sized), or any iterable. */
  update(other: PyObj): void {
    if (other instanceof PySet) return this.merge(other);
    if (other instanceof PyDict && other.cls === DictType) {
      const n = other.size;
      if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
      for (const [k, h] of dictKeyHashes(other)) this.add(k, h);
      return;
    }
    if (typeof other === "object" && (other.cls === ListType || other.cls === TupleType)) {
      // an exact list or tuple (a PyList or PyTuple) walked as its iterator walks it: the item at
      // each index while the index is below the current length (an __eq__ may change a list)
      const seq = other as unknown as { items: PyObj[] };
      for (let i = 0; i < seq.items.length; i++) this.add(seq.items[i]!);
      return;
    }
    const it = iter(other);
    for (let v = next(it); v !== undefined; v = next(it)) this.add(v);
  }

  /** set_pop: the first live slot from the finger on. */
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
      i = i === this.mask ? 0 : i + 1;
    }
  }

  /** set_swap_bodies, as far as the table goes: `this` takes `r`'s table (r is then dropped). */
  takeTable(r: PySet): void {
    this.keys = r.keys;
    this.hashes = r.hashes;
    this.mask = r.mask;
    this.fill = r.fill;
    this.used = r.used;
  }
}
SetType.factory = (cls) => new PySet(cls);
FrozenSetType.factory = (cls) => new PySet(cls);

/** A set (or frozenset) with `items` added in order, as PySet_Add does one by one. */
export function newSet(items: Iterable<PyObj>, cls: PyType = SetType): PySet {
  const s = new PySet(cls);
  for (const x of items) s.add(x);
  return s;
}

/**
 * setiter_iternext: walks the set's current table (a resize that keeps the size is not noticed, as
 * in CPython); a change of size raises RuntimeError, and keeps raising it on every later call.
 */
export class PySetIter extends PyIter {
  usedAtStart: number;
  pos = 0;
  left: number;
  exhausted = false;
  constructor(public set: PySet) {
    super(iterTypes.set, () => this.nextKey(), () => (!this.exhausted && this.usedAtStart === this.set.used ? this.left : 0));
    this.usedAtStart = set.used;
    this.left = set.used;
  }
  nextKey(): PyObj | undefined {
    if (this.exhausted) return undefined;
    const s = this.set;
    if (this.usedAtStart !== s.used) {
      this.usedAtStart = -1;
      throw runtimeError("Set changed size during iteration");
    }
    const keys = s.keys;
    const mask = s.mask;
    let i = this.pos;
    while (i <= mask && (keys[i] === undefined || keys[i] === DUMMY)) i++;
    this.pos = i + 1;
    if (i > mask) {
      this.exhausted = true;
      return undefined;
    }
    this.left--;
    return keys[i] as PyObj;
  }
  /** setiter_reduce: what a copy of this iterator's state would still produce (this one does not move). */
  remaining(): PyObj[] {
    const copy = new PySetIter(this.set);
    copy.usedAtStart = this.usedAtStart;
    copy.pos = this.pos;
    copy.left = this.left;
    copy.exhausted = this.exhausted;
    const out: PyObj[] = [];
    for (let k = copy.nextKey(); k !== undefined; k = copy.nextKey()) out.push(k);
    return out;
  }
}
export const setIter = (s: PySet): PySetIter => new PySetIter(s);
