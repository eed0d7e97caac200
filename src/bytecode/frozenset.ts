// hash() and == of constants, and the iteration order of a frozenset, as 64-bit CPython 3.10 has
// them. A set iterates in the order of its hash table's slots, so the order follows from
// Objects/setobject.c's layout: 8 slots to start, an entry goes to slot hash & mask, then the next
// LINEAR_PROBES (9) slots when they fit before the table's end, then a perturbed jump
// (i = i*5 + 1 + perturb; perturb >>= 5); the table grows to the smallest power of two above 4x the
// used count (2x past 50000) once fill*5 >= mask*3, re-inserting entries in slot order.
// SetTable is that layout for any key with a hash and an equality, so the VM's sets can reuse it.
import { CodeObject } from "./code.ts";
import { SplitStr, textCodePoints, textEquals } from "../support/text/split-str.ts";
import { PyBytes, PyComplex, PyEllipsis, PyFrozenSet, PyTuple, constTypeName, type PyConstant } from "./constants.ts";
import {
  hashBool, hashBytes, hashComplex, hashFloat, hashFrozenSet, hashInt, hashPointer, hashStr, hashCodePoints, hashTuple, type PyHash,
} from "../support/hash.ts";

const PySet_MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

interface Entry<K> {
  key: K;
  hash: PyHash;
}

/** A set's hash table (no deletions: the sets we build only grow), in CPython's slot layout. */
export class SetTable<K> {
  private table: (Entry<K> | undefined)[] = new Array(PySet_MINSIZE);
  private mask = PySet_MINSIZE - 1;
  private fill = 0;

  /**
   * `hashBits` is the width of size_t: 64 here; 32 reproduces a 32-bit build (such as the oracle),
   * where a negative hash and the perturbation shifts see 32 bits.
   */
  constructor(
    private readonly hash: (key: K) => PyHash,
    private readonly eq: (a: K, b: K) => boolean,
    private readonly hashBits: 32 | 64 = 64,
  ) {}

  get size(): number {
    return this.fill;
  }

  /** set_add_entry: adds `key` unless an equal key is present; returns whether it was added. */
  add(key: K, hash: PyHash = this.hash(key)): boolean {
    const mask = this.mask;
    const uhash = BigInt.asUintN(this.hashBits, hash);
    let perturb = uhash;
    let i = Number(uhash & BigInt(mask));
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const entry = this.table[j];
        if (entry === undefined) {
          this.table[j] = { key, hash };
          this.fill++;
          if (this.fill * 5 >= mask * 3) this.resize(this.fill > 50000 ? this.fill * 2 : this.fill * 4);
          return true;
        }
        if (entry.hash === hash && (entry.key === key || this.eq(entry.key, key))) return false;
        j++;
      } while (probes--);
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
    }
  }

  /** The keys in iteration order (table slot order). */
  keys(): K[] {
    const out: K[] = [];
    for (const e of this.table) if (e !== undefined) out.push(e.key);
    return out;
  }

  /** The entries' hashes, in iteration order. */
  hashes(): PyHash[] {
    const out: PyHash[] = [];
    for (const e of this.table) if (e !== undefined) out.push(e.hash);
    return out;
  }

  /** set_table_resize: a table of the smallest power of two > minused, filled by set_insert_clean. */
  private resize(minused: number): void {
    let newsize = PySet_MINSIZE;
    while (newsize <= minused) newsize *= 2;
    const old = this.table;
    this.table = new Array(newsize);
    this.mask = newsize - 1;
    for (const e of old) if (e !== undefined) this.insertClean(e);
  }

  private insertClean(e: Entry<K>): void {
    const mask = this.mask;
    const uhash = BigInt.asUintN(this.hashBits, e.hash);
    let perturb = uhash;
    let i = Number(uhash & BigInt(mask));
    for (;;) {
      if (this.table[i] === undefined) {
        this.table[i] = e;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
          if (this.table[j] === undefined) {
            this.table[j] = e;
            return;
          }
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
    }
  }
}

/**
 * The elements of frozenset(items) in its iteration order: each item added in turn to an empty
 * set (as PyFrozenSet_New does with a tuple, and as marshal does when it loads a frozenset),
 * dropping items equal to one already there. Note for the compiler: 3.10 builds a frozenset
 * constant twice, in ast_opt.c from the set display's items, then again in compile.c's
 * merge_consts_recursive from the first set's iteration order, and the second build can reorder
 * colliding items: the constant's order is frozensetOrder(frozensetOrder(items)).
 */
export function frozensetOrder(items: readonly PyConstant[]): PyConstant[] {
  const t = new SetTable<PyConstant>(hashConstant, constantsEqual);
  for (const x of items) t.add(x);
  return t.keys();
}

/** frozenset(items): its elements in 64-bit CPython's iteration order, built by adding `items` in turn. */
export function makeFrozenSet(items: readonly PyConstant[]): PyFrozenSet {
  return new PyFrozenSet(frozensetOrder(items), items);
}

/**
 * The constant of a constant set display (`x in {1, 2, 3}`, `{*(), 1, 2, 3}`): PyFrozenSet_New over the
 * display's items, then merge_consts_recursive's frozenset built from that set's iteration order.
 * Known gap: when the code object is made, intern_string_constants builds it a third time if one of
 * its identifier-like strings had already been interned by the interpreter (a name used anywhere
 * before, or a string the runtime interned at startup), which depends on interpreter state dislab
 * does not model; colliding str elements can then iterate in another order than CPython's.
 */
export function frozenSetConstant(items: readonly PyConstant[]): PyFrozenSet {
  return makeFrozenSet(frozensetOrder(items));
}

// Addresses stand in for the identity hash of None and Ellipsis. In CPython they are the addresses
// of static objects, which differ between builds and (with ASLR) between runs, so the order of a
// frozenset holding None or Ellipsis is not reproducible in CPython either; these are fixed.
export const NONE_ADDRESS = 0x7f3c_8a2e_1d40n;
export const ELLIPSIS_ADDRESS = 0x7f3c_8a2e_1c60n;

/** hash(constant), as 64-bit CPython 3.10 with the current hash seed computes it. */
export function hashConstant(v: PyConstant): PyHash {
  if (v === null) return hashPointer(NONE_ADDRESS);
  switch (typeof v) {
    case "boolean": return hashBool(v);
    case "bigint": return hashInt(v);
    case "number": return hashFloat(v);
    case "string": return hashStr(v);
  }
  if (v instanceof SplitStr) return hashCodePoints(textCodePoints(v));
  if (v instanceof PyComplex) return hashComplex(v.real, v.imag);
  if (v instanceof PyBytes) return hashBytes(v.bytes);
  if (v instanceof PyEllipsis) return hashPointer(ELLIPSIS_ADDRESS);
  if (v instanceof PyTuple) return hashTuple(v.items.map(hashConstant));
  if (v instanceof PyFrozenSet) return hashFrozenSet(v.items.map(hashConstant));
  return hashCode(v);
}

/** code_hash: the xor of its name, bytecode, constants and name tuples' hashes and its counts. */
function hashCode(c: CodeObject): PyHash {
  const strs = (xs: readonly string[]) => hashTuple(xs.map(hashStr));
  const h = hashStr(c.co_name) ^ hashBytes(c.co_code) ^ hashTuple(c.co_consts.map(hashConstant)) ^ strs(c.co_names) ^
    strs(c.co_varnames) ^ strs(c.co_freevars) ^ strs(c.co_cellvars) ^
    BigInt(c.co_argcount ^ c.co_posonlyargcount ^ c.co_kwonlyargcount ^ c.co_nlocals ^ c.co_flags);
  return h === -1n ? -2n : h;
}

/** A number's exact value for ==: ints and integral floats as bigint, other floats as themselves. */
function numericValue(v: boolean | bigint | number): bigint | number {
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
  return v;
}

const isNumber = (v: PyConstant): v is boolean | bigint | number =>
  typeof v === "boolean" || typeof v === "bigint" || typeof v === "number";

/** Python's a == b between constants: 1 == 1.0 == True == (1+0j), -0.0 == 0.0, nan != nan. */
export function constantsEqual(a: PyConstant, b: PyConstant): boolean {
  if (a === b) return true;
  if (isNumber(a) || a instanceof PyComplex) {
    if (!(isNumber(b) || b instanceof PyComplex)) return false;
    const [ar, ai] = a instanceof PyComplex ? [numericValue(a.real), numericValue(a.imag)] : [numericValue(a), 0n];
    const [br, bi] = b instanceof PyComplex ? [numericValue(b.real), numericValue(b.imag)] : [numericValue(b), 0n];
    return ai === bi && ar === br;
  }
  if (typeof a === "string" || a === null || a instanceof PyEllipsis) return false;
  if (a instanceof PyBytes) return b instanceof PyBytes && bytesEqual(a.bytes, b.bytes);
  if (a instanceof PyTuple) {
    return b instanceof PyTuple && a.items.length === b.items.length && a.items.every((x, i) => constantsEqual(x, b.items[i]));
  }
  if (a instanceof SplitStr) return b instanceof SplitStr && textEquals(a, b);
  if (a instanceof PyFrozenSet) {
    return b instanceof PyFrozenSet && a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => constantsEqual(x, y)));
  }
  return b instanceof CodeObject && codeEqual(a, b);
}

/**
 * The equality of _PyCode_ConstantKey: like ==, but the types must match and -0.0 differs from 0.0
 * (so 1, 1.0 and True stay three constants). Code objects compare constants this way.
 */
export function constantKeysEqual(a: PyConstant, b: PyConstant): boolean {
  if (constTypeName(a) !== constTypeName(b)) return false;
  if (typeof a === "number") return Object.is(a, b);
  if (a instanceof PyComplex) return Object.is(a.real, (b as PyComplex).real) && Object.is(a.imag, (b as PyComplex).imag);
  if (a instanceof PyTuple) {
    const bt = b as PyTuple;
    return a.items.length === bt.items.length && a.items.every((x, i) => constantKeysEqual(x, bt.items[i]));
  }
  if (a instanceof PyFrozenSet) {
    const bs = b as PyFrozenSet;
    return a.items.length === bs.items.length && a.items.every((x) => bs.items.some((y) => constantKeysEqual(x, y)));
  }
  return constantsEqual(a, b);
}

/** code_richcompare. */
function codeEqual(a: CodeObject, b: CodeObject): boolean {
  const strsEqual = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((s, i) => s === y[i]);
  return a.co_name === b.co_name && a.co_argcount === b.co_argcount && a.co_posonlyargcount === b.co_posonlyargcount &&
    a.co_kwonlyargcount === b.co_kwonlyargcount && a.co_nlocals === b.co_nlocals && a.co_flags === b.co_flags &&
    a.co_firstlineno === b.co_firstlineno && bytesEqual(a.co_code, b.co_code) &&
    constantKeysEqual(new PyTuple(a.co_consts), new PyTuple(b.co_consts)) &&
    strsEqual(a.co_names, b.co_names) && strsEqual(a.co_varnames, b.co_varnames) &&
    strsEqual(a.co_freevars, b.co_freevars) && strsEqual(a.co_cellvars, b.co_cellvars);
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
