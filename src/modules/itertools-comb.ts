// The combinatoric iterators of itertools (Modules/itertoolsmodule.c, 3.10): product,
// permutations, combinations and combinations_with_replacement. Each copies its pools into
// arrays first (as the C code makes tuples) and walks index vectors in lexicographic order,
// the order the documentation's pure-Python equivalents give.
import { type PyObj, PyIter, type PyType, None, tuple, typeError, valueError, toArray, asInt, asIndex, typeOf } from "../objects/index.ts";
import { nativeIterType, type IterMaker } from "./util.ts";

const iterType = (name: string, make: IterMaker): PyType => nativeIterType("itertools", name, make);

function rArg(x: PyObj): number {
  const v = asInt(x) ?? (typeOf(x).lookup("__index__") !== undefined ? asIndex(x) : null);
  if (v === null) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  if (v < 0) throw valueError("r must be non-negative");
  return typeof v === "bigint" ? Number.MAX_SAFE_INTEGER : v;
}

function bind(name: string, args: PyObj[], kw: readonly string[] | null, names: string[], required: number): (PyObj | undefined)[] {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  const out: (PyObj | undefined)[] = names.map(() => undefined);
  if (npos > names.length) throw typeError(`${name}() takes at most ${names.length} arguments (${npos} given)`);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const idx = names.indexOf(kw![k]);
    if (idx < 0) throw typeError(`'${kw![k]}' is an invalid keyword argument for ${name}()`);
    if (out[idx] !== undefined) throw typeError(`argument for ${name}() given by name ('${kw![k]}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (kw === null || nkw === 0) throw typeError(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
      throw typeError(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

const ProductType = iterType("product", (cls, args, kw) => {
  const nkw = kw ? kw.length : 0;
  let repeat = 1;
  for (let k = 0; k < nkw; k++) {
    if (kw![k] !== "repeat") throw typeError(`'${kw![k]}' is an invalid keyword argument for product()`);
    const v = asIndex(args[args.length - nkw + k]);
    repeat = typeof v === "bigint" ? Number.MAX_SAFE_INTEGER : v;
  }
  if (repeat < 0) throw valueError("repeat argument cannot be negative");
  const base = args.slice(0, args.length - nkw).map((a) => toArray(a));
  const pools: PyObj[][] = [];
  for (let r = 0; r < repeat; r++) pools.push(...base);
  const n = pools.length;
  const idx = new Array<number>(n).fill(0);
  let state: "first" | "running" | "done" = pools.some((p) => p.length === 0) ? "done" : "first";
  return new PyIter(cls, () => {
    if (state === "done") return undefined;
    if (state === "first") {
      state = "running";
      return tuple(pools.map((p) => p[0]));
    }
    let i = n - 1;
    for (; i >= 0; i--) {
      idx[i]++;
      if (idx[i] < pools[i].length) break;
      idx[i] = 0;
    }
    if (i < 0) {
      state = "done";
      return undefined;
    }
    return tuple(pools.map((p, j) => p[idx[j]]));
  });
});

const PermutationsType = iterType("permutations", (cls, args, kw) => {
  const [iterable, rObj] = bind("permutations", args, kw, ["iterable", "r"], 1);
  const pool = toArray(iterable!);
  const n = pool.length;
  let r = n;
  if (rObj !== undefined && rObj !== None) {
    if (asInt(rObj) === null) throw typeError("Expected int as r");
    r = rArg(rObj);
  }
  const indices = pool.map((_, i) => i);
  const cycles: number[] = [];
  for (let i = 0; i < r; i++) cycles.push(n - i);
  let state: "first" | "running" | "done" = r > n ? "done" : "first";
  return new PyIter(cls, () => {
    if (state === "done") return undefined;
    if (state === "first") {
      state = "running";
      return tuple(indices.slice(0, r).map((i) => pool[i]));
    }
    if (n === 0) {
      state = "done";
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
        return tuple(indices.slice(0, r).map((k) => pool[k]));
      }
    }
    state = "done";
    return undefined;
  });
});

function combinationsIter(cls: PyType, pool: PyObj[], r: number, replace: boolean): PyIter {
  const n = pool.length;
  const indices: number[] = [];
  for (let i = 0; i < r; i++) indices.push(replace ? 0 : i);
  let state: "first" | "running" | "done" = (replace ? n === 0 && r > 0 : r > n) ? "done" : "first";
  return new PyIter(cls, () => {
    if (state === "done") return undefined;
    if (state === "first") {
      state = "running";
      return tuple(indices.map((i) => pool[i]));
    }
    let i = r - 1;
    if (replace) {
      while (i >= 0 && indices[i] === n - 1) i--;
      if (i < 0) {
        state = "done";
        return undefined;
      }
      const v = indices[i] + 1;
      for (let j = i; j < r; j++) indices[j] = v;
    } else {
      while (i >= 0 && indices[i] === i + n - r) i--;
      if (i < 0) {
        state = "done";
        return undefined;
      }
      indices[i]++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    }
    return tuple(indices.map((k) => pool[k]));
  });
}

const CombinationsType = iterType("combinations", (cls, args, kw) => {
  const [iterable, r] = bind("combinations", args, kw, ["iterable", "r"], 2);
  const pool = toArray(iterable!);
  return combinationsIter(cls, pool, rArg(r!), false);
});

const CwrType = iterType("combinations_with_replacement", (cls, args, kw) => {
  const [iterable, r] = bind("combinations_with_replacement", args, kw, ["iterable", "r"], 2);
  const pool = toArray(iterable!);
  return combinationsIter(cls, pool, rArg(r!), true);
});

export function combinatoricTypes(): PyType[] {
  return [ProductType, PermutationsType, CombinationsType, CwrType];
}
