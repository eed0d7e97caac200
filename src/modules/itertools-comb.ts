// The combinatoric iterators of itertools (Modules/itertoolsmodule.c, 3.10): product,
// permutations, combinations and combinations_with_replacement. Each copies its pools into
// arrays first (as the C code makes tuples) and walks index vectors in lexicographic order,
// the order the documentation's pure-Python equivalents give.
import {
  type PyObj, PyIter, type PyType, PyTuple, TupleType, None, tuple, typeError, valueError, toArray, asInt, asIndex, typeOf, defMethods, newExc,
  OverflowError, MemoryError, parseTupleAndKeywords, ssizeOf,
} from "../objects/index.ts";
import { typeSizes } from "../objects/type-sizes.ts";
import { nativeIterType, type IterMaker } from "./util.ts";

const iterType = (name: string, make: IterMaker): PyType => nativeIterType("itertools", name, make);

/** r as clinic's Py_ssize_t, not yet checked for its sign. */
function rSize(x: PyObj): number {
  const v = asInt(x) ?? (typeOf(x).lookup("__index__") !== undefined ? asIndex(x) : null);
  if (v === null) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  return ssizeOf(v);
}

function nonNegativeR(r: number): number {
  if (r < 0) throw valueError("r must be non-negative");
  return r;
}

const rArg = (x: PyObj): number => nonNegativeR(rSize(x));

/**
 * The most items an index vector (r of combinations, npools of product) may have: MemoryError
 * past it, where CPython's allocation of r words fails only past the machine's memory, and V8
 * would abort the process as an array grew past ~2**27 items.
 */
const MAX_VECTOR = 2 ** 26;
function vectorOf(n: number): void {
  if (n > MAX_VECTOR) throw newExc(MemoryError);
}

const bind = parseTupleAndKeywords;

/**
 * The state the combinatoric iterators share with their __reduce__/__setstate__: the pools as
 * tuples (product repeats the same tuple object, as CPython's pools tuple does), the index vectors
 * of the last result, and "first" (no result yet: CPython's result == NULL) / "running" / "done"
 * (stopped).
 */
class CombIter extends PyIter {
  state: "first" | "running" | "done" = "first";
  /** A result has been given (or set by __setstate__): CPython's result != NULL. */
  started = false;
  cycles: number[] = [];
  constructor(
    cls: PyType,
    /** product: one pool per position; the others: one pool, indexed by indices[:r]. */
    public pools: PyTuple[],
    public r: number,
    public indices: number[],
    readonly product: boolean,
    step: (it: CombIter) => PyObj | undefined,
  ) {
    super(cls, () => step(this));
  }
  result(): PyObj {
    this.started = true;
    const p = this.pools;
    return this.product ? tuple(p.map((t, j) => t.items[this.indices[j]])) : tuple(this.indices.slice(0, this.r).map((k) => p[0].items[k]));
  }
}
const asPool = (x: PyObj): PyTuple => (x instanceof PyTuple && x.cls === TupleType ? x : tuple(toArray(x)));
const C = (s: PyObj) => s as CombIter;
/** PyLong_AsSsize_t of a state item. */
function ssizeArg(x: PyObj): number {
  const v = asInt(x);
  if (v === null) throw typeError("an integer is required");
  return ssizeOf(v);
}
/** A state tuple of n indices, each clamped by `clampAt(index, position)`. */
function stateIndices(state: PyObj, n: number, clampAt: (index: number, i: number) => number): number[] {
  if (!(state instanceof PyTuple) || state.items.length !== n) throw valueError("invalid arguments");
  return state.items.map((x, i) => clampAt(ssizeArg(x), i));
}

const ProductType = iterType("product", (cls, args, kw) => {
  const nkw = kw ? kw.length : 0;
  let repeat = 1;
  if (nkw > 1) throw typeError(`product() takes at most 1 keyword argument (${nkw} given)`);
  for (let k = 0; k < nkw; k++) {
    if (kw![k] !== "repeat") throw typeError(`'${kw![k]}' is an invalid keyword argument for product()`);
    repeat = ssizeOf(asIndex(args[args.length - nkw + k]));
  }
  if (repeat < 0) throw valueError("repeat argument cannot be negative");
  // as product_new: no pools at all for repeat=0; the size checked, and the index vector
  // allocated, before the arguments become pools
  const nargs = repeat === 0 ? 0 : args.length - nkw;
  if (repeat !== 0 && BigInt(nargs) > 9223372036854775807n / 8n / BigInt(repeat)) throw newExc(OverflowError, "repeat argument too large");
  vectorOf(nargs * repeat);
  const base = args.slice(0, nargs).map(asPool);
  const pools: PyTuple[] = [];
  if (nargs > 0) for (let r = 0; r < repeat; r++) pools.push(...base);
  const n = pools.length;
  const it = new CombIter(cls, pools, n, new Array<number>(n).fill(0), true, (it) => {
    if (it.state === "done") return undefined;
    if (it.state === "first") {
      it.state = "running";
      return it.result();
    }
    const idx = it.indices;
    let i = n - 1;
    for (; i >= 0; i--) {
      idx[i]++;
      if (idx[i] < it.pools[i].items.length) break;
      idx[i] = 0;
    }
    if (i < 0) {
      it.state = "done";
      return undefined;
    }
    return it.result();
  });
  if (pools.some((p) => p.items.length === 0)) it.state = "done";
  return it;
});
defMethods(ProductType, [
  ["__reduce__", (s) => {
    const it = C(s);
    if (it.state === "done") return tuple([typeOf(s), tuple([tuple([])])]);
    if (!it.started) return tuple([typeOf(s), tuple(it.pools)]);
    return tuple([typeOf(s), tuple(it.pools), tuple(it.indices)]);
  }, 0, 0],
  ["__setstate__", (s, [state]) => {
    const it = C(s);
    if (!(state instanceof PyTuple) || state.items.length !== it.pools.length) throw valueError("invalid arguments");
    for (let i = 0; i < it.pools.length; i++) {
      const index = ssizeArg(state.items[i]);
      const size = it.pools[i].items.length;
      if (size === 0) {
        it.state = "done";
        return None;
      }
      it.indices[i] = index < 0 ? 0 : index > size - 1 ? size - 1 : index;
    }
    it.state = "running";
    it.started = true;
    return None;
  }, 1, 1],
]);

const PermutationsType = iterType("permutations", (cls, args, kw) => {
  const [iterable, rObj] = bind("permutations", args, kw, ["iterable", "r"], 1);
  const pool = asPool(iterable!);
  const n = pool.items.length;
  let r = n;
  if (rObj !== undefined && rObj !== None) {
    if (asInt(rObj) === null) throw typeError("Expected int as r");
    r = rArg(rObj);
  }
  const it = new CombIter(cls, [pool], r, pool.items.map((_, i) => i), false, (it) => {
    if (it.state === "done") return undefined;
    if (it.state === "first") {
      it.state = "running";
      return it.result();
    }
    const { indices, cycles } = it;
    if (n === 0) {
      it.state = "done";
      return undefined;
    }
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const moved = indices.splice(i, 1)[0];
        indices.push(moved);
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        [indices[i], indices[n - j]] = [indices[n - j], indices[i]];
        return it.result();
      }
    }
    it.state = "done";
    return undefined;
  });
  vectorOf(r);
  if (r > n) it.state = "done";
  else for (let i = 0; i < r; i++) it.cycles.push(n - i);
  return it;
});
defMethods(PermutationsType, [
  ["__reduce__", (s) => {
    const it = C(s);
    if (!it.started) return tuple([typeOf(s), tuple([it.pools[0], it.r])]);
    if (it.state === "done") return tuple([typeOf(s), tuple([tuple([]), it.r])]);
    return tuple([typeOf(s), tuple([it.pools[0], it.r]), tuple([tuple(it.indices), tuple(it.cycles)])]);
  }, 0, 0],
  ["__setstate__", (s, [state]) => {
    const it = C(s);
    if (!(state instanceof PyTuple)) throw typeError("state is not a tuple");
    if (state.items.length !== 2) throw typeError(`function takes exactly 2 arguments (${state.items.length} given)`);
    const [ind, cyc] = state.items;
    if (!(ind instanceof PyTuple)) throw typeError(`argument 1 must be tuple, not ${typeOf(ind).name}`);
    if (!(cyc instanceof PyTuple)) throw typeError(`argument 2 must be tuple, not ${typeOf(cyc).name}`);
    const n = it.pools[0].items.length;
    if (ind.items.length !== n || cyc.items.length !== it.r) throw valueError("invalid arguments");
    it.indices = ind.items.map((x) => Math.min(Math.max(ssizeArg(x), 0), n - 1));
    it.cycles = cyc.items.map((x, i) => Math.min(Math.max(ssizeArg(x), 1), n - i));
    it.state = "running";
    it.started = true;
    return None;
  }, 1, 1],
]);

function combinationsIter(cls: PyType, pool: PyTuple, r: number, replace: boolean): PyIter {
  const n = pool.items.length;
  vectorOf(r);
  const done = replace ? n === 0 && r > 0 : r > n;
  const indices: number[] = [];
  // (a stopped iterator never reads them)
  if (!done) for (let i = 0; i < r; i++) indices.push(replace ? 0 : i);
  const it = new CombIter(cls, [pool], r, indices, false, (it) => {
    if (it.state === "done") return undefined;
    if (it.state === "first") {
      it.state = "running";
      return it.result();
    }
    const indices = it.indices;
    let i = r - 1;
    if (replace) {
      while (i >= 0 && indices[i] === n - 1) i--;
      if (i < 0) {
        it.state = "done";
        return undefined;
      }
      const v = indices[i] + 1;
      for (let j = i; j < r; j++) indices[j] = v;
    } else {
      while (i >= 0 && indices[i] === i + n - r) i--;
      if (i < 0) {
        it.state = "done";
        return undefined;
      }
      indices[i]++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    }
    return it.result();
  });
  if (done) it.state = "done";
  return it;
}

const CombinationsType = iterType("combinations", (cls, args, kw) => {
  const [iterable, r] = bind("combinations", args, kw, ["iterable", "r"], 2);
  // (the clinic wrapper converts r before the body reads the iterable, which it does before checking r's sign)
  const n = rSize(r!);
  const pool = asPool(iterable!);
  return combinationsIter(cls, pool, nonNegativeR(n), false);
});

const CwrType = iterType("combinations_with_replacement", (cls, args, kw) => {
  const [iterable, r] = bind("combinations_with_replacement", args, kw, ["iterable", "r"], 2);
  // (the clinic wrapper converts r before the body reads the iterable, which it does before checking r's sign)
  const n = rSize(r!);
  const pool = asPool(iterable!);
  return combinationsIter(cls, pool, nonNegativeR(n), true);
});
for (const [t, replace] of [[CombinationsType, false], [CwrType, true]] as [PyType, boolean][]) {
  defMethods(t, [
    ["__reduce__", (s) => {
      const it = C(s);
      // combinations_reduce tests "no result yet" before "stopped" (r > n stops before any result)
      if (!it.started) return tuple([typeOf(s), tuple([it.pools[0], it.r])]);
      if (it.state === "done") return tuple([typeOf(s), tuple([tuple([]), it.r])]);
      return tuple([typeOf(s), tuple([it.pools[0], it.r]), tuple(it.indices)]);
    }, 0, 0],
    ["__setstate__", (s, [state]) => {
      const it = C(s);
      const n = it.pools[0].items.length;
      it.indices = stateIndices(state, it.r, replace
        ? (index) => (index < 0 ? 0 : index > n - 1 ? n - 1 : index)
        : (index, i) => {
          const max = i + n - it.r;
          return Math.max(0, Math.min(index, max));
        });
      it.state = "running";
      it.started = true;
      return None;
    }, 1, 1],
  ]);
}

// __sizeof__: the object's C struct and the index vectors it allocates, a Py_ssize_t per entry:
// product one per pool, combinations (with or without replacement) r, permutations n and r (its
// cycles)
const sizeofWith = (entries: (it: CombIter) => number) => (s: PyObj): PyObj => typeSizes(typeOf(s))[0] + 8 * entries(C(s));
defMethods(ProductType, [["__sizeof__", sizeofWith((it) => it.pools.length), 0, 0]]);
defMethods(PermutationsType, [["__sizeof__", sizeofWith((it) => it.pools[0].items.length + it.r), 0, 0]]);
for (const t of [CombinationsType, CwrType]) defMethods(t, [["__sizeof__", sizeofWith((it) => it.r), 0, 0]]);

export function combinatoricTypes(): PyType[] {
  return [ProductType, PermutationsType, CombinationsType, CwrType];
}
