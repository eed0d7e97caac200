// dict (Objects/dictobject.c) over a JS Map keyed by a canonical key (design §3): a str is itself,
// an int/bool/integral float its int value (so 1, 1.0 and True are one key), another float its
// number (NaN by identity), and any other hashable object the first equal object inserted, found
// through a hash-bucket index with identity-then-__eq__. Map order is Python's insertion order.
import { PyInstance, PyObject, type PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import { DictType, DictItemsType, DictKeysType, DictValuesType, FloatType, IntType, StrType, None, NotImplemented, iterTypes } from "./builtin-types.ts";
import { keyError, runtimeError, typeError, valueError } from "./exceptions.ts";
import { Cmp, PyIter, PAIRED, call, callDescr, eq, getattrOpt, hashHalves, identityHash, iter, next, repr, toArray, typeOf, getitem } from "./protocols.ts";
import { HI, LO, halves, halvesBig, setHalves, setHalvesOfNumber } from "../support/hash.ts";
import { PyFloat, PyIntSubclass, PyStrSubclass, PySplitStr } from "./boxes.ts";
import { bindArgs, byArity, defClassMethods, defMethods, byArity12 } from "./function.ts";
import { reprGuard, tuple, PyTuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { PyGetSetDescr } from "./function.ts";
import { PySet } from "./set.ts";
import { typeSizes } from "./type-sizes.ts";
import { packedSlots } from "../support/v8-shapes.ts";
const getSetCls = () => PyGetSetDescr;
let mappingProxyOf: (d: PyDict) => PyObj = (d) => d;
export const setMappingProxyOf = (f: typeof mappingProxyOf) => (mappingProxyOf = f);

export class DictEntry {
  constructor(
    public key: PyObj,
    public value: PyObj,
  ) {}
}

// ---- the key table CPython's dict would have (what __sizeof__ counts) ----------------------------
// A combined table of dk_size slots (a power of 2, at least 8) holds at most two thirds of them as
// entries; a deleted key's entry stays used until the next resize. A new dict shares an empty
// table and gets 8 slots at its first key; a key that finds no usable entry left resizes the table
// to the smallest power of 2 at least three times the dict's size (insertion_resize in 3.10).
// Adding keys costs nothing here: keysVersion counts additions and removals, so what was added
// since the last removal, clear or copy (which record the table) is replayed when asked.

/** A key table: its slots, the entries still usable, and the keysVersion and size it was recorded at. */
export class KeysTable {
  constructor(
    readonly slots: number,
    readonly usable: number,
    readonly keysVersion: number,
    readonly used: number,
  ) {}
}
/** USABLE_FRACTION: the entries a table of n slots holds. */
const usableOf = (n: number): number => Math.floor((2 * n) / 3);
/** The table now: the one recorded, then every key added since inserted one at a time. */
export function keysTable(d: PyDict): KeysTable {
  const at = d.keysAt;
  let slots = at === null ? 0 : at.slots;
  let usable = at === null ? 0 : at.usable;
  let used = at === null ? 0 : at.used;
  const added = d.size - used; // (no removals since the record: each removal records)
  for (let i = 0; i < added; i++) {
    if (slots === 0) {
      slots = 8;
      usable = usableOf(8);
    } else if (usable <= 0) {
      const want = used * 3;
      for (slots = 8; slots < want; slots *= 2);
      usable = usableOf(slots) - used;
    }
    usable--;
    used++;
  }
  return new KeysTable(slots, usable, d.keysVersion, used);
}
/** A key is about to go: its entry stays spent. */
function noteRemoval(d: PyDict): void {
  const t = keysTable(d);
  d.keysAt = new KeysTable(t.slots, t.usable, d.keysVersion + 1, t.used - 1);
}
/** The table for `used` keys in a dict sized once for them (dictresize to ESTIMATE_SIZE). */
function presized(used: number, keysVersion: number): KeysTable {
  const want = (used * 3 + 1) >> 1;
  let slots = 8;
  while (slots < want) slots *= 2;
  return new KeysTable(slots, usableOf(slots) - used, keysVersion, used);
}
/**
 * The table of `to`, just filled with the keys of `from` while it was a new dict: a clone of
 * from's (the same size) when from's qualifies, else one sized for them. dict.copy() clones a table
 * at most a third of whose entries are spent on deleted keys (PyDict_Copy); a merge into a new dict
 * (dict(d), {**d}) clones one with no deleted key that a table of half its size could not hold
 * (dict_merge).
 */
export function copiedTable(from: PyDict, to: PyDict, byCopy: boolean): void {
  const t = keysTable(from);
  if (t.slots === 0 || to.size !== t.used) return;
  const spent = usableOf(t.slots) - t.usable;
  const clone = byCopy ? t.used >= Math.floor((spent * 2) / 3) : t.used === spent && (t.slots === 8 || usableOf(t.slots / 2) < t.used);
  to.keysAt = clone ? new KeysTable(t.slots, t.usable, to.keysVersion, t.used) : presized(t.used, to.keysVersion);
}
/**
 * dict.__sizeof__ on 64-bit CPython 3.10: the dict, then its own key table if it has one (a
 * combined table), or a split table's values alone (the keys are its class's): 8 bytes for each
 * usable entry of the shared table, which starts at 8 slots and grows as a full one does.
 */
export function dictSizeof(d: PyDict, basicsize: number): number {
  if (d.shared !== null) {
    let slots = 8;
    while (usableOf(slots) < d.shared.names.length) for (const want = usableOf(slots) * 3; slots < want; ) slots *= 2;
    return basicsize + 8 * usableOf(slots);
  }
  const { slots } = keysTable(d);
  if (slots === 0) return basicsize;
  const indexBytes = slots <= 0xff ? 1 : slots <= 0xffff ? 2 : slots <= 0xffffffff ? 4 : 8;
  return basicsize + 40 + indexBytes * slots + 24 * usableOf(slots);
}

// ---- split tables: an instance's __dict__ ---------------------------------------------------------
// CPython gives the instances of a class one shared key table and each instance dict its own values
// (PEP 412). Here an instance dict starts split the same way: the class's SharedKeys hold the
// names, the dict only its values in the same order, so an instance costs an array instead of a
// Map of entries, and LOAD_ATTR's cache reads a value by index (attr-cache.ts). A dict stays split
// while its keys are a prefix of the shared names in their order; anything else (a deletion, a key
// out of order, a non-str key, a caller wanting entries) turns it into an ordinary dict for good.

/** The attribute names a class's instance dicts share, in their order: append-only, so a name's index never changes. */
export class SharedKeys {
  readonly names: string[] = [];
  readonly index = new Map<string, number>();
}
/** Names past which a class's instances go on with ordinary dicts (names made by setattr in a loop). */
const SHARED_KEYS_MAX = 64;

/** A new __dict__ for o: split over its class's shared keys when o is an instance of a class statement's type. */
export function instanceDict(o: PyObject): PyDict {
  return o instanceof PyInstance ? new PyDict(DictType, (o.cls.sharedKeys ??= new SharedKeys())) : new PyDict();
}

export class PyDict extends PyObject {
  /** The entries, by canonical key; null while the dict is split (then `shared` and `vals` hold it). */
  private combined: Map<unknown, DictEntry> | null;
  /** A split dict's key table (null once combined): its keys are the first `splitLen` names. */
  shared: SharedKeys | null;
  /**
   * A split dict's values, in the order of shared.names, made as long as the table was (an array
   * grown by push would reserve 16 more slots, most of an instance's size) and of V8's general
   * kind (packedSlots: a holey small-integer array would turn to doubles at a large int).
   */
  vals: PyObj[] | null;
  /** How many of the shared names a split dict has values for. */
  splitLen = 0;
  /** The index of keys by hash, once a key other than a str, int or float came (canon); null before. */
  private buckets: HashIndex | null = null;
  /** Bumped on every mutation. */
  version = 0;
  /**
   * Bumped when a key is added or removed, not when a value is replaced (which updates its entry
   * in place): an entry found for a key stays that key's entry while this is unchanged, which is
   * what LOAD_GLOBAL's cache relies on.
   */
  keysVersion = 0;
  /** CPython's key table as of the last removal, clear or copy (null: the shared empty one of a new dict); see keysTable. */
  keysAt: KeysTable | null = null;
  /** An empty dict; split over `shared` when given (an instance's, from instanceDict). */
  constructor(cls: PyType = DictType, shared: SharedKeys | null = null) {
    super(cls);
    this.combined = shared === null ? new Map() : null;
    this.shared = shared;
    this.vals = shared === null ? null : packedSlots<PyObj>(shared.names.length);
  }
  /** The entries by canonical key (a split dict becomes an ordinary one first). */
  get map(): Map<unknown, DictEntry> {
    return this.combined ?? this.unsplit();
  }
  private unsplit(): Map<unknown, DictEntry> {
    const m = new Map<unknown, DictEntry>();
    const names = this.shared!.names;
    const vals = this.vals!;
    for (let i = 0; i < this.splitLen; i++) m.set(names[i]!, new DictEntry(names[i]!, vals[i]!));
    this.shared = null;
    this.vals = null;
    return (this.combined = m);
  }
  get size(): number {
    return this.combined !== null ? this.combined.size : this.splitLen;
  }

  /**
   * The canonical key of k (registering it in the hash index when `insert` is set). Str, int,
   * bool and float keys are their own canonical values; once any other kind of key is stored the
   * dict switches to "mixed" mode, where every key is also indexed by hash so that an object equal
   * to an int or str key (a Fraction equal to 2) finds it, as CPython's hash-and-compare does.
   * `knownHash` is k's hash as another dict or set stored it: CPython hands stored hashes from table
   * to table, so copying keys between dicts and sets does not run their __hash__ again.
   */
  canon(k: PyObj, insert: boolean, knownHash?: bigint | number): unknown {
    let prim: unknown = NOT_PRIM;
    switch (typeof k) {
      case "string":
      case "number":
      case "bigint":
        prim = k;
        break;
      case "boolean":
        prim = k ? 1 : 0;
        break;
      default:
        if (k instanceof PyFloat && k.cls === FloatType) {
          const v = k.value;
          if (Number.isNaN(v)) break;
          prim = Number.isInteger(v) ? (Number.isSafeInteger(v) ? (v === 0 ? 0 : v) : BigInt(v)) : v;
        } else if (k instanceof PyStrSubclass && plainHashEq(k.cls, StrType) && !(k instanceof PySplitStr)) prim = k.value;
        else if (k instanceof PyIntSubclass && plainHashEq(k.cls, IntType)) prim = k.value;
    }
    if (prim !== NOT_PRIM) {
      if (this.buckets === null || this.map.has(prim)) return prim;
      const ix = this.buckets;
      keyHash(k, knownHash);
      const hi = (ix.hi = halves[HI]), lo = (ix.lo = halves[LO]);
      const arr = ix.bucket(hi, lo);
      if (arr) for (const b of arr) if (typeof b.canon === "object" && b.hi === hi && b.lo === lo && (b.key === k || eq(b.key, k))) return b.canon;
      if (insert) ix.add(hi, lo, prim, k);
      return prim;
    }
    // a key stored already is its own canonical key; found by identity when its hash is object's
    // (no __hash__ of the program's to call, as CPython would)
    if (this.buckets !== null && this.map.has(k) && typeOf(k).lookup("__hash__") === identityHash.descr) return k;
    if (this.buckets === null) {
      const ix = (this.buckets = new HashIndex());
      for (const [c, e] of this.map) {
        keyHash(e.key, undefined);
        ix.add(halves[HI], halves[LO], c, e.key);
      }
    }
    keyHash(k, knownHash);
    // (k's __hash__ may have cleared the dict, which drops the index)
    const ix = this.buckets ?? (this.buckets = new HashIndex());
    const hi = (ix.hi = halves[HI]), lo = (ix.lo = halves[LO]);
    const arr = ix.bucket(hi, lo);
    if (arr) for (const b of arr) if (b.hi === hi && b.lo === lo && (b.key === k || eq(b.key, k))) return b.canon;
    if (insert) ix.add(hi, lo, k, k);
    return insert ? k : NOT_FOUND;
  }

  get(k: PyObj, knownHash?: bigint | number): PyObj | undefined {
    if (typeof k === "string" && this.buckets === null) return this.combined === null ? this.splitGet(k) : this.combined.get(k)?.value;
    const c = this.canon(k, false, knownHash);
    return c === NOT_FOUND ? undefined : this.map.get(c)?.value;
  }
  /** Stores v under k; returns k's canonical key (OrderedDict files its node under it: k is hashed once). */
  set(k: PyObj, v: PyObj, knownHash?: bigint | number): unknown {
    if (this.combined === null && typeof k === "string") {
      this.setStr(k, v);
      return k;
    }
    const c = typeof k === "string" && this.buckets === null ? k : this.canon(k, true, knownHash);
    const e = this.map.get(c);
    if (e) e.value = v;
    else {
      this.map.set(c, new DictEntry(k, v));
      this.keysVersion++;
    }
    this.version++;
    return c;
  }
  /** dict.setdefault: k's value, else v stored under k; k is hashed (and compared) once. */
  setDefault(k: PyObj, v: PyObj): PyObj {
    const c = typeof k === "string" && this.buckets === null ? k : this.canon(k, true);
    const e = this.map.get(c);
    if (e) return e.value;
    this.map.set(c, new DictEntry(k, v));
    this.keysVersion++;
    this.version++;
    return v;
  }
  /** Removes k (hashed unless `knownHash` is given, as _PyDict_Pop_KnownHash); returns its value or undefined. */
  del(k: PyObj, knownHash?: bigint | number): PyObj | undefined {
    const c = typeof k === "string" && this.buckets === null ? k : this.canon(k, false, knownHash);
    const e = this.map.get(c);
    if (!e) return undefined;
    noteRemoval(this);
    this.map.delete(c);
    const ix = this.buckets;
    // (canon left k's hash in the index unless k was a str, int or float found at once, whose hash is pure)
    if (ix !== null) {
      if (typeof c !== "object") {
        keyHash(e.key, undefined);
        ix.hi = halves[HI];
        ix.lo = halves[LO];
      }
      ix.drop(c, ix.hi, ix.lo);
    }
    this.version++;
    this.keysVersion++;
    return e.value;
  }
  getStr(k: string): PyObj | undefined {
    if (this.combined === null) return this.splitGet(k);
    const e = this.combined.get(k);
    if (e !== undefined || this.buckets === null) return e?.value;
    return this.get(k);
  }
  private splitGet(k: string): PyObj | undefined {
    const i = this.shared!.index.get(k);
    return i !== undefined && i < this.splitLen ? this.vals![i] : undefined;
  }
  setStr(k: string, v: PyObj): void {
    if (this.combined === null && this.splitSet(k, v)) return;
    if (this.buckets !== null) {
      this.set(k, v);
      return;
    }
    const e = this.map.get(k);
    if (e) e.value = v;
    else {
      this.map.set(k, new DictEntry(k, v));
      this.keysVersion++;
    }
    this.version++;
  }
  /** setStr on a split dict: false when the key does not fit its table (the caller sets it once the dict is combined). */
  private splitSet(k: string, v: PyObj): boolean {
    const shared = this.shared!;
    const n = this.splitLen;
    let i = shared.index.get(k);
    if (i === undefined) {
      // (a new name joins the table when this dict holds all of it; a name it skipped combines it)
      if (n !== shared.names.length || n === SHARED_KEYS_MAX) return false;
      i = shared.names.push(k) - 1;
      shared.index.set(k, i);
    }
    return this.storeAt(i, v);
  }
  /**
   * A split dict's store at index i of its table (STORE_ATTR's, by the index its cache holds):
   * false, storing nothing, unless i is one of its keys' or the next name's.
   */
  storeAt(i: number, v: PyObj): boolean {
    const n = this.splitLen;
    if (i < 0 || i > n) return false;
    this.vals![i] = v;
    if (i === n) {
      this.splitLen = n + 1;
      this.keysVersion++;
    }
    this.version++;
    return true;
  }
  delStr(k: string): boolean {
    if (this.buckets !== null) return this.del(k) !== undefined;
    if (!this.map.has(k)) return false;
    noteRemoval(this);
    this.map.delete(k);
    this.version++;
    this.keysVersion++;
    return true;
  }
  /** The entry of str key k while every key is a str, int or float (k is then its own canonical key), else undefined. */
  strEntry(k: string): DictEntry | undefined {
    return this.buckets === null ? this.map.get(k) : undefined;
  }
  clear(): void {
    this.map.clear();
    this.buckets = null;
    this.version++;
    this.keysVersion++;
    // PyDict_Clear goes back to the shared empty keys
    this.keysAt = new KeysTable(0, 0, this.keysVersion, 0);
  }
  keys(): PyObj[] {
    if (this.combined === null) return this.shared!.names.slice(0, this.splitLen);
    return Array.from(this.combined.values(), (e) => e.key);
  }
  values(): PyObj[] {
    if (this.combined === null) return this.vals!.slice(0, this.splitLen);
    return Array.from(this.combined.values(), (e) => e.value);
  }
  entries(): DictEntry[] {
    return Array.from(this.map.values());
  }
  /**
   * The entries in order, each with the hash the index holds for its key, or undefined while every
   * key is a str, int or float (whose hash runs no Python code): what a copy into another table passes
   * on as the known hash.
   */
  entriesWithHashes(): [DictEntry, bigint | undefined][] {
    if (this.buckets === null) return Array.from(this.map.values(), (e) => [e, undefined]);
    const hashOf = new Map<unknown, bigint>();
    for (const arr of this.buckets.buckets.values()) for (const b of arr) hashOf.set(b.canon, halvesBig(b.hi, b.lo));
    return Array.from(this.map, ([c, e]) => [e, hashOf.get(c)]);
  }
  /** False while every key is a str, int or float: no stored hash to pass on, so callers go over `map` without making (entry, hash) pairs. */
  get storesHashes(): boolean {
    return this.buckets !== null;
  }
  copyInto(d: PyDict): PyDict {
    if (this.shared !== null) splitInto(this, d);
    else if (!this.storesHashes) for (const e of this.map.values()) d.set(e.key, e.value);
    else for (const [e, h] of this.entriesWithHashes()) d.set(e.key, e.value, h);
    return d;
  }
}
const NOT_FOUND = Symbol("not found");

/** k's hash into `halves`: `knownHash` when given (a stored hash another table passed on), else hash(k). */
function keyHash(k: PyObj, knownHash: bigint | number | undefined): void {
  if (knownHash === undefined) hashHalves(k);
  else if (typeof knownHash === "number") setHalvesOfNumber(knownHash);
  else setHalves(knownHash);
}

/** A key in the hash index: its canonical key, the key, and its hash as unsigned 32-bit halves. */
class Indexed {
  constructor(
    readonly canon: unknown,
    readonly key: PyObj,
    readonly hi: number,
    readonly lo: number,
  ) {}
}

/**
 * A mixed dict's keys by hash. A bucket is found by the xor of the hash's halves (an int32, which
 * a Map finds faster than a double), so it may hold keys of other hashes: each entry's halves are
 * compared before __eq__ is asked, as CPython compares hashes first.
 */
class HashIndex {
  readonly buckets = new Map<number, Indexed[]>();
  /** The halves of the hash the dict's last lookup took (what a deletion drops its entry by). */
  hi = 0;
  lo = 0;
  bucket(hi: number, lo: number): Indexed[] | undefined {
    return this.buckets.get((hi ^ lo) | 0);
  }
  add(hi: number, lo: number, canon: unknown, key: PyObj): void {
    const at = (hi ^ lo) | 0;
    const arr = this.buckets.get(at);
    const b = new Indexed(canon, key, hi, lo);
    if (arr) arr.push(b);
    else this.buckets.set(at, [b]);
  }
  drop(canon: unknown, hi: number, lo: number): void {
    const at = (hi ^ lo) | 0;
    const arr = this.buckets.get(at);
    const i = arr === undefined ? -1 : arr.findIndex((b) => b.canon === canon);
    if (i < 0) return;
    arr!.splice(i, 1);
    if (arr!.length === 0) this.buckets.delete(at);
  }
}
const NOT_PRIM = Symbol("not primitive");
DictType.factory = (cls) => new PyDict(cls);
// dict's [] is a mapping subscript only (no sq_item): PySequence_GetItem refuses a dict
DictType.subscriptOnly = true;

function plainHashEq(t: PyType, base: PyType): boolean {
  return t.lookup("__hash__") === base.ns.get("__hash__") && t.lookup("__eq__") === base.ns.get("__eq__");
}

/**
 * A split dict's items set into d, leaving it split (copy.copy's `__dict__.update(state)`,
 * `obj.__dict__.copy()`): its keys are strs, so no Python code runs meanwhile to change it.
 */
function splitInto(src: PyDict, d: PyDict): void {
  const names = src.keys();
  const vals = src.values();
  for (let i = 0; i < names.length; i++) d.set(names[i]!, vals[i]!);
}

/** dict(x) / dict.update(x): a mapping (has keys()) or an iterable of pairs. */
/** dict_merge's fast path: a dict whose iteration is dict's own (tp_iter == dict_iter), whatever its keys() says. */
const iteratesAsDict = (src: PyDict): boolean => src.cls === DictType || typeOf(src).lookup("__iter__") === DictType.ns.get("__iter__");

/** The entries PyDict_Copy copies from d: its own, or those its keys() and __getitem__ give when it iterates otherwise. */
export function dictMergeEntries(d: PyDict): Iterable<DictEntry> {
  if (iteratesAsDict(d)) return d.entries();
  const c = new PyDict();
  dictMerge(c, d);
  return c.entries();
}

export function dictMerge(d: PyDict, src: PyObj, fname = "dict"): void {
  if (src instanceof PyDict && iteratesAsDict(src) && d.keysVersion === 0 && d !== src) {
    dictMerge1(d, src, fname);
    copiedTable(src, d, false);
    return;
  }
  dictMerge1(d, src, fname);
}
function dictMerge1(d: PyDict, src: PyObj, fname: string): void {
  if (src instanceof PyDict && iteratesAsDict(src)) {
    // an __eq__ or __hash__ run by an insertion may add or remove src's keys: dict_merge refuses to go on
    if (src.shared !== null) {
      splitInto(src, d);
      return;
    }
    const keys = src.keysVersion;
    const mutated = () => runtimeError("dict mutated during update");
    if (!src.storesHashes) {
      for (const e of src.map.values()) {
        d.set(e.key, e.value);
        if (src.keysVersion !== keys) throw mutated();
      }
      return;
    }
    for (const [e, h] of src.entriesWithHashes()) {
      d.set(e.key, e.value, h);
      if (src.keysVersion !== keys) throw mutated();
    }
    return;
  }
  const keys = getattrOpt(src, "keys");
  if (keys !== undefined) {
    for (const k of toArray(call(keys, []))) d.set(k, getitem(src, k));
    return;
  }
  const it = iter(src);
  let i = 0;
  for (let item = next(it); item !== undefined; item = next(it), i++) {
    let pair: PyObj[];
    try {
      pair = toArray(item);
    } catch {
      throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    if (pair.length !== 2) throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0], pair[1]);
  }
  void fname;
}

function dictIter(d: PyDict, cls: PyType, pick: (e: DictEntry) => PyObj): PyIter {
  return new PyDictIter(cls, d, pick);
}

/**
 * dict_keyiterator, dict_valueiterator, dict_itemiterator: `seen` entries of the dict's insertion
 * order have been returned, so what is left (__reduce__'s list) is the entries after them.
 */
export class PyDictIter extends PyIter {
  readonly size: number;
  readonly it: IterableIterator<DictEntry>;
  done = false;
  /** The dict changed size: every later step raises again (CPython's di_used = -1). */
  broken = false;
  seen = 0;
  constructor(
    cls: PyType,
    public d: PyDict,
    public pick: (e: DictEntry) => PyObj,
  ) {
    super(cls, null!, null);
    this.size = d.size;
    this.it = d.map.values() as IterableIterator<DictEntry>;
    this.step = () => this.next1();
    this.lengthHint = () => (this.done || this.broken || this.d.size !== this.size ? 0 : this.size - this.seen);
  }
  next1(): PyObj | undefined {
    const e = this.nextEntry();
    return e === undefined ? undefined : this.pick(e);
  }
  override nextPair(out: PyObj[], at: number): PyObj | undefined {
    if (this.cls !== iterTypes.dictItems) return this.next1();
    const e = this.nextEntry();
    if (e === undefined) return undefined;
    out[at + 1] = e.key;
    out[at] = e.value;
    return PAIRED;
  }
  private nextEntry(): DictEntry | undefined {
    if (this.done) return undefined;
    if (this.broken || this.d.size !== this.size) {
      this.broken = true;
      throw runtimeError("dictionary changed size during iteration");
    }
    const r = this.it.next();
    if (r.done) {
      this.done = true;
      return undefined;
    }
    // more keys than the dict had: a key deleted and another (or the same) added, keeping the size
    if (this.seen >= this.size) {
      this.done = true;
      throw runtimeError("dictionary keys changed during iteration");
    }
    this.seen++;
    return r.value;
  }
  /** dictiter_reduce: the values a copy of the iterator would still give. */
  remaining(): PyObj[] {
    if (this.done) return [];
    if (this.broken || this.d.size !== this.size) throw runtimeError("dictionary changed size during iteration");
    return this.d.entries().slice(this.seen).map(this.pick);
  }
}

/**
 * dict_reversekeyiterator, dict_reversevalueiterator, dict_reverseitemiterator: the entries in
 * the order they had when it was made, walked from the last; an entry deleted since is skipped,
 * a replaced value is seen, a key added since is not (CPython walks its entries table down from
 * the end as it was). A change of the dict's size raises, at this step and every later one.
 */
export class PyDictRevIter extends PyIter {
  private readonly order: [unknown, DictEntry][];
  private readonly size: number;
  /** The index in `order` of the next entry to look at. */
  private pos: number;
  private left: number;
  private done = false;
  private broken = false;
  constructor(
    cls: PyType,
    readonly d: PyDict,
    readonly pick: (e: DictEntry) => PyObj,
  ) {
    super(cls, null!, null);
    this.order = [...d.map];
    this.pos = this.order.length - 1;
    this.size = this.left = d.size;
    this.step = () => this.next1();
    this.lengthHint = () => (this.done || this.broken || this.d.size !== this.size ? 0 : this.left);
  }
  next1(): PyObj | undefined {
    if (this.done) return undefined;
    if (this.broken || this.d.size !== this.size) {
      this.broken = true;
      throw runtimeError("dictionary changed size during iteration");
    }
    const i = this.live(this.pos);
    if (i < 0) {
      this.done = true;
      return undefined;
    }
    this.pos = i - 1;
    this.left--;
    return this.pick(this.order[i]![1]);
  }
  /** The index of the first entry at or below i still in the dict, or -1. */
  private live(i: number): number {
    while (i >= 0 && this.d.map.get(this.order[i]![0]) !== this.order[i]![1]) i--;
    return i;
  }
  /** What the rest of the iteration would give (__reduce__). */
  remaining(): PyObj[] {
    if (this.done) return [];
    if (this.broken || this.d.size !== this.size) throw runtimeError("dictionary changed size during iteration");
    const out: PyObj[] = [];
    for (let i = this.live(this.pos); i >= 0; i = this.live(i - 1)) out.push(this.pick(this.order[i]![1]));
    return out;
  }
}

export class PyDictView extends PyObject {
  constructor(
    cls: PyType,
    public d: PyDict,
  ) {
    super(cls);
  }
}

const D = (x: PyObj) => x as PyDict;
export function dictRepr(d: PyDict): string {
  return reprGuard(d, "{...}", () => `{${d.entries().map((e) => `${repr(e.key)}: ${repr(e.value)}`).join(", ")}}`);
}

/** d[k] with __missing__ for subclasses (dict_subscript). */
export function dictGetItem(d: PyDict, k: PyObj): PyObj {
  const v = d.get(k);
  if (v !== undefined) return v;
  if (d.cls !== DictType) {
    const m = d.cls.lookup("__missing__");
    if (m !== undefined) return callDescr(m, d, [k]);
  }
  throw keyError(k);
}

defMethods(DictType, [
  ["__init__", (s, args, kw) => {
    const nkw = kw ? kw.length : 0;
    const npos = args.length - nkw;
    if (npos > 1) throw typeError(`dict expected at most 1 argument, got ${npos}`);
    if (npos === 1) dictMerge(D(s), args[0]);
    for (let i = 0; i < nkw; i++) D(s).set(kw![i], args[npos + i]);
    return None;
  }],
  ["__repr__", (s) => dictRepr(D(s)), 0, 0],
  ["__len__", (s) => D(s).size, 0, 0],
  ["__getitem__", (s, [k]) => dictGetItem(D(s), k), 1, 1],
  ["__setitem__", (s, [k, v]) => {
    D(s).set(k, v);
    return None;
  }, 2, 2],
  ["__delitem__", (s, [k]) => {
    if (D(s).del(k) === undefined) throw keyError(k);
    return None;
  }, 1, 1],
  ["__contains__", (s, [k]) => D(s).get(k) !== undefined, 1, 1],
  ["__iter__", (s) => dictIter(D(s), iterTypes.dictKeys, (e) => e.key), 0, 0],
  ["__reversed__", (s) => {
    return new PyDictRevIter(iterTypes.dictRevKeys, D(s), (e) => e.key);
  }, 0, 0],
  ["__eq__", (s, [o]) => (o instanceof PyDict ? dictEq(D(s), o) : NotImplemented), 1, 1],
  ["__ne__", (s, [o]) => (o instanceof PyDict ? !dictEq(D(s), o) : NotImplemented), 1, 1],
  ["__or__", (s, [o]) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const d = D(s).copyInto(new PyDict());
    dictMerge(d, o);
    return d;
  }, 1, 1],
  ["__ror__", (s, [o]) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const d = o.copyInto(new PyDict());
    dictMerge(d, s);
    return d;
  }, 1, 1],
  ["__ior__", (s, [o]) => {
    dictMerge(D(s), o);
    return s;
  }, 1, 1],
  byArity("get", (s, k) => D(s).get(k) ?? None, (s, k, dflt) => D(s).get(k) ?? dflt),
  byArity("setdefault", (s, k) => D(s).setDefault(k, None), (s, k, dflt) => D(s).setDefault(k, dflt)),
  byArity12("pop", (s, k, dflt) => {
    const v = D(s).del(k);
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    throw keyError(k);
  }),
  ["popitem", (s) => {
    const es = D(s).entries();
    if (es.length === 0) throw keyError("popitem(): dictionary is empty");
    const e = es[es.length - 1];
    D(s).del(e.key);
    return tuple([e.key, e.value]);
  }, 0, 0],
  ["keys", (s) => new PyDictView(DictKeysType, D(s)), 0, 0],
  ["values", (s) => new PyDictView(DictValuesType, D(s)), 0, 0],
  ["items", (s) => new PyDictView(DictItemsType, D(s)), 0, 0],
  ["update", (s, args, kw) => {
    const nkw = kw ? kw.length : 0;
    const npos = args.length - nkw;
    if (npos > 1) throw typeError(`update expected at most 1 argument, got ${npos}`);
    if (npos === 1) dictMerge(D(s), args[0]);
    for (let i = 0; i < nkw; i++) D(s).set(kw![i], args[npos + i]);
    return None;
  }],
  ["clear", (s) => {
    D(s).clear();
    return None;
  }, 0, 0],
  ["copy", (s) => {
    // (a copy of a table without deleted entries clones it: the same size)
    const c = D(s).copyInto(new PyDict());
    copiedTable(D(s), c, true);
    return c;
  }, 0, 0],
  ["__sizeof__", (s) => dictSizeof(D(s), typeSizes(D(s).cls)[0]), 0, 0],
]);
DictType.ns.set("__hash__", None);
defClassMethods(DictType, [
  ["fromkeys", (cls, args, kw) => {
    // (refused naming the method as _PyObject_FunctionStr does)
    if (kw && kw.length) throw typeError("dict.fromkeys() takes no keyword arguments");
    const [it, v] = bindArgs("fromkeys", args, kw, ["iterable", "value"], 1, 2);
    const d = call(cls, []);
    const value = v ?? None;
    if (d instanceof PyDict && d.cls === DictType) {
      // as _PyDict_FromKeys, an exact dict or any set gives its keys with the hashes it stored
      if (it instanceof PyDict && it.cls === DictType) {
        for (const [e, h] of it.entriesWithHashes()) d.set(e.key, value, h);
        return d;
      }
      if (it instanceof PySet) {
        for (const [k, h] of it.entries()) d.set(k, value, h);
        return d;
      }
    }
    for (const k of toArray(it!)) {
      if (d instanceof PyDict && (d.cls === DictType)) d.set(k, value);
      else call(getattrOpt(d, "__setitem__")!, [k, value]);
    }
    return d;
  }],
]);

/** dict_equal: each of a's keys is looked up in b with the hash a stored for it. */
export function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  if (!a.storesHashes) {
    for (const e of a.map.values()) {
      const v = b.get(e.key);
      if (v === undefined || !eq(e.value, v)) return false;
    }
    return true;
  }
  for (const [e, h] of a.entriesWithHashes()) {
    const v = b.get(e.key, h);
    if (v === undefined || !eq(e.value, v)) return false;
  }
  return true;
}

// ---- views --------------------------------------------------------------------------------------
const V = (x: PyObj) => x as PyDictView;
/** reversed() of a view gives the reverse iterator type of its forward one. */
const REVERSED = new Map<PyType, PyType>([
  [iterTypes.dictKeys, iterTypes.dictRevKeys],
  [iterTypes.dictValues, iterTypes.dictRevValues],
  [iterTypes.dictItems, iterTypes.dictRevItems],
]);
const viewRows = (cls: PyType, itCls: PyType, pick: (e: DictEntry) => PyObj): void => {
  defMethods(cls, [
    ["__len__", (s) => V(s).d.size, 0, 0],
    ["__iter__", (s) => dictIter(V(s).d, itCls, pick), 0, 0],
    ["__reversed__", (s) => {
      return new PyDictRevIter(REVERSED.get(itCls)!, V(s).d, pick);
    }, 0, 0],
    // dictview_repr: the view's type name and what iterating the view gives (an odict_keys
    // iterates in its OrderedDict's order)
    ["__repr__", (s) => reprGuard(V(s), "...", () => {
      const items = V(s).cls === cls ? V(s).d.entries().map(pick) : toArray(s);
      return `${V(s).cls.name}([${items.map((v) => repr(v)).join(", ")}])`;
    }), 0, 0],
  ]);
};
for (const VT of [DictKeysType, DictValuesType, DictItemsType]) {
  VT.ns.set("mapping", new (getSetCls())(VT, "mapping", (s) => mappingProxyOf((s as PyDictView).d)));
}
viewRows(DictKeysType, iterTypes.dictKeys, (e) => e.key);
viewRows(DictValuesType, iterTypes.dictValues, (e) => e.value);
viewRows(DictItemsType, iterTypes.dictItems, (e) => tuple([e.key, e.value]));
defMethods(DictKeysType, [["__contains__", (s, [k]) => V(s).d.get(k) !== undefined, 1, 1]]);
defMethods(DictItemsType, [["__contains__", (s, [kv]) => {
  if (!(kv instanceof PyTuple) || kv.items.length !== 2) return false;
  const v = V(s).d.get(kv.items[0]);
  return v !== undefined && eq(v, kv.items[1]);
}, 1, 1]]);
export { Cmp, PyList };
