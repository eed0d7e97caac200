// The itertools module (Modules/itertoolsmodule.c, 3.10): every iterator type as a PyIter whose
// `step` yields the next value (undefined at the end), with the argument checks and messages of
// the C constructors, count/repeat's reprs and __length_hint__. The combinatoric iterators
// (product, permutations, combinations...) are in itertools-comb.ts. Where CPython drops its
// source iterator at exhaustion (islice, takewhile...), these do too, so a later next() never
// pulls from it again.
import {
  type PyObj, PyIter, PyType, PyTuple, None, TypeType, ObjectType, tuple, typeOf, iter, next, call, truthy, repr, eq, asInt, asIndex, typeError,
  valueError, defMethods, defClassMethods, binaryOp, BIN, PyFloat, PyComplexObj, newExc, StopIteration, getattrOpt, PyModule, OverflowError,
} from "../objects/index.ts";
import { makeModule, inModule, nativeIterType, type IterMaker } from "./util.ts";
import { combinatoricTypes } from "./itertools-comb.ts";

const MAXSIZE = 2n ** 63n - 1n;

const iterType = (name: string, make: IterMaker): PyType => nativeIterType("itertools", name, make);

/** _PyArg_NoKeywords + _PyArg_CheckPositional, as the C constructors check. */
export function checkArgs(name: string, args: PyObj[], kw: readonly string[] | null, min: number, max: number): void {
  if (kw && kw.length) throw typeError(`${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) throw typeError(`${name} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) throw typeError(`${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/** Keyword binding for the few constructors that take keywords (clinic's messages). */
function kwArgs(name: string, args: PyObj[], kw: readonly string[] | null, names: string[], required: number): (PyObj | undefined)[] {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  const out: (PyObj | undefined)[] = names.map(() => undefined);
  if (npos > names.length) throw typeError(`${name}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${npos} given)`);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const idx = names.indexOf(kw![k]);
    if (idx < 0) throw typeError(`${name}() got an unexpected keyword argument '${kw![k]}'`);
    if (out[idx] !== undefined) throw typeError(`argument for ${name}() given by name ('${kw![k]}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < required; i++) if (out[i] === undefined) throw typeError(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
  return out;
}

const isNumber = (x: PyObj): boolean => {
  if (asInt(x) !== null || x instanceof PyFloat || x instanceof PyComplexObj) return true;
  const t = typeOf(x);
  return t.lookup("__index__") !== undefined || t.lookup("__int__") !== undefined || t.lookup("__float__") !== undefined;
};

// ---- count, cycle, repeat ----------------------------------------------------------------------

class CountIter extends PyIter {
  constructor(cls: PyType, public cnt: PyObj, public stepv: PyObj) {
    super(cls, () => {
      const v = this.cnt;
      this.cnt = binaryOp(this.cnt, this.stepv, BIN.add);
      return v;
    });
  }
}
const CountType = iterType("count", (cls, args, kw) => {
  const [start, step] = kwArgs("count", args, kw, ["start", "step"], 0);
  if ((start !== undefined && !isNumber(start)) || (step !== undefined && !isNumber(step))) throw typeError("a number is required");
  return new CountIter(cls, start ?? 0, step ?? 1);
});
defMethods(CountType, [
  ["__repr__", (s) => {
    const c = s as CountIter;
    const name = typeOf(s).name;
    const st = asInt(c.stepv);
    if (st !== null && typeof c.stepv !== "boolean" && st === 1) return `${name}(${repr(c.cnt)})`;
    return `${name}(${repr(c.cnt)}, ${repr(c.stepv)})`;
  }, 0, 0],
  ["__reduce__", (s) => {
    const c = s as CountIter;
    const st = asInt(c.stepv);
    return tuple([typeOf(s), st === 1 ? tuple([c.cnt]) : tuple([c.cnt, c.stepv])]);
  }, 0, 0],
]);

const CycleType = iterType("cycle", (cls, args, kw) => {
  checkArgs("cycle", args, kw, 1, 1);
  let it: PyObj | null = iter(args[0]);
  const saved: PyObj[] = [];
  let i = 0;
  return new PyIter(cls, () => {
    if (it !== null) {
      const v = next(it);
      if (v !== undefined) {
        saved.push(v);
        return v;
      }
      it = null;
    }
    if (saved.length === 0) return undefined;
    const v = saved[i];
    i = (i + 1) % saved.length;
    return v;
  });
});

class RepeatIter extends PyIter {
  constructor(cls: PyType, public obj: PyObj, public cnt: number) {
    super(cls, () => {
      if (this.cnt === 0) return undefined;
      if (this.cnt > 0) this.cnt--;
      return this.obj;
    });
  }
}
const RepeatType = iterType("repeat", (cls, args, kw) => {
  const [obj, times] = kwArgs("repeat", args, kw, ["object", "times"], 1);
  let cnt = -1;
  if (times !== undefined) {
    const n = asIndex(times);
    if (typeof n === "bigint") throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
    cnt = Math.max(0, n);
  }
  return new RepeatIter(cls, obj!, cnt);
});
defMethods(RepeatType, [
  ["__repr__", (s) => {
    const r = s as RepeatIter;
    return r.cnt < 0 ? `${typeOf(s).name}(${repr(r.obj)})` : `${typeOf(s).name}(${repr(r.obj)}, ${r.cnt})`;
  }, 0, 0],
  ["__length_hint__", (s) => {
    const r = s as RepeatIter;
    if (r.cnt < 0) throw typeError("len() of unsized object");
    return r.cnt;
  }, 0, 0],
  ["__reduce__", (s) => {
    const r = s as RepeatIter;
    return tuple([typeOf(s), r.cnt < 0 ? tuple([r.obj]) : tuple([r.obj, r.cnt])]);
  }, 0, 0],
]);

// ---- accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise ------------

const AccumulateType = iterType("accumulate", (cls, args, kw) => {
  const [iterable, func, initial] = kwArgs("accumulate", args, kw, ["iterable", "func", "initial"], 1);
  let it: PyObj | null = iter(iterable!);
  const f = func === undefined || func === None ? null : func;
  let total: PyObj | undefined = initial === undefined || initial === None ? undefined : initial;
  let first = total !== undefined;
  return new PyIter(cls, () => {
    if (first) {
      first = false;
      return total;
    }
    if (it === null) return undefined;
    const v = next(it);
    if (v === undefined) {
      it = null;
      return undefined;
    }
    total = total === undefined ? v : f === null ? binaryOp(total, v, BIN.add) : call(f, [total, v]);
    return total;
  });
});

function chainIter(cls: PyType, source: PyObj): PyIter {
  let active: PyObj | null = null;
  let src: PyObj | null = source;
  return new PyIter(cls, () => {
    for (;;) {
      if (active === null) {
        if (src === null) return undefined;
        const nx = next(src);
        if (nx === undefined) {
          src = null;
          return undefined;
        }
        active = iter(nx);
      }
      const v = next(active);
      if (v !== undefined) return v;
      active = null;
    }
  });
}
const ChainType = iterType("chain", (cls, args, kw) => {
  if (kw && kw.length) throw typeError("chain() takes no keyword arguments");
  return chainIter(cls, iter(tuple(args.slice())));
});
defClassMethods(ChainType, [["from_iterable", (cls, args, kw) => {
  checkArgs("from_iterable", args, kw, 1, 1);
  return chainIter(cls as PyType, iter(args[0]));
}]]);

const CompressType = iterType("compress", (cls, args, kw) => {
  const [data, selectors] = kwArgs("compress", args, kw, ["data", "selectors"], 2);
  let d: PyObj | null = iter(data!);
  let s: PyObj | null = iter(selectors!);
  return new PyIter(cls, () => {
    for (;;) {
      if (d === null || s === null) return undefined;
      const v = next(d);
      if (v === undefined) {
        d = s = null;
        return undefined;
      }
      const sel = next(s!);
      if (sel === undefined) {
        d = s = null;
        return undefined;
      }
      if (truthy(sel)) return v;
    }
  });
});

const DropwhileType = iterType("dropwhile", (cls, args, kw) => {
  checkArgs("dropwhile", args, kw, 2, 2);
  const [pred, iterable] = args;
  const it = iter(iterable);
  let dropping = true;
  return new PyIter(cls, () => {
    for (;;) {
      const v = next(it);
      if (v === undefined) return undefined;
      if (!dropping) return v;
      if (!truthy(call(pred, [v]))) {
        dropping = false;
        return v;
      }
    }
  });
});

const TakewhileType = iterType("takewhile", (cls, args, kw) => {
  checkArgs("takewhile", args, kw, 2, 2);
  const [pred, iterable] = args;
  const it = iter(iterable);
  let stop = false;
  return new PyIter(cls, () => {
    if (stop) return undefined;
    const v = next(it);
    if (v === undefined) return undefined;
    if (truthy(call(pred, [v]))) return v;
    stop = true;
    return undefined;
  });
});

const FilterfalseType = iterType("filterfalse", (cls, args, kw) => {
  checkArgs("filterfalse", args, kw, 2, 2);
  const [pred, iterable] = args;
  const it = iter(iterable);
  return new PyIter(cls, () => {
    for (;;) {
      const v = next(it);
      if (v === undefined) return undefined;
      if (!truthy(pred === None ? v : call(pred, [v]))) return v;
    }
  });
});

const StarmapType = iterType("starmap", (cls, args, kw) => {
  checkArgs("starmap", args, kw, 2, 2);
  const [func, iterable] = args;
  const it = iter(iterable);
  return new PyIter(cls, () => {
    const v = next(it);
    if (v === undefined) return undefined;
    const a = v instanceof PyTuple ? v.items : toItems(v);
    return call(func, a.slice());
  });
});
function toItems(x: PyObj): PyObj[] {
  const it = iter(x);
  const out: PyObj[] = [];
  for (let v = next(it); v !== undefined; v = next(it)) out.push(v);
  return out;
}

const PairwiseType = iterType("pairwise", (cls, args, kw) => {
  checkArgs("pairwise", args, kw, 1, 1);
  let it: PyObj | null = iter(args[0]);
  let old: PyObj | undefined;
  return new PyIter(cls, () => {
    if (it === null) return undefined;
    if (old === undefined) {
      old = next(it);
      if (old === undefined) {
        it = null;
        return undefined;
      }
    }
    const v = next(it);
    if (v === undefined) {
      it = null;
      old = undefined;
      return undefined;
    }
    const r = tuple([old, v]);
    old = v;
    return r;
  });
});

// ---- groupby ------------------------------------------------------------------------------------

interface GroupState {
  it: PyObj;
  key: PyObj | null;
  tgtkey: PyObj | undefined;
  currkey: PyObj | undefined;
  currvalue: PyObj | undefined;
  currgrouper: PyIter | null;
}
function groupbyStep(g: GroupState): boolean {
  const v = next(g.it);
  if (v === undefined) return false;
  const k = g.key === null ? v : call(g.key, [v]);
  g.currvalue = v;
  g.currkey = k;
  return true;
}
const GrouperType = inModule(new PyType(TypeType, "_grouper", [ObjectType]), "itertools");
GrouperType.solid = GrouperType;
defMethods(GrouperType, [
  ["__new__", () => {
    throw typeError("cannot create 'itertools._grouper' instances");
  }],
  ["__iter__", (s) => s, 0, 0],
  ["__next__", (s) => {
    const v = (s as PyIter).step();
    if (v === undefined) throw newExc(StopIteration);
    return v;
  }, 0, 0],
]);
const GroupbyType = iterType("groupby", (cls, args, kw) => {
  const [iterable, key] = kwArgs("groupby", args, kw, ["iterable", "key"], 1);
  const g: GroupState = { it: iter(iterable!), key: key === undefined || key === None ? null : key, tgtkey: undefined, currkey: undefined, currvalue: undefined, currgrouper: null };
  return new PyIter(cls, () => {
    g.currgrouper = null;
    for (;;) {
      if (g.currkey === undefined) {
        if (!groupbyStep(g)) return undefined;
      } else if (g.tgtkey === undefined) break;
      else {
        if (!eq(g.tgtkey, g.currkey)) break;
        if (!groupbyStep(g)) return undefined;
      }
    }
    g.tgtkey = g.currkey;
    const tgt = g.tgtkey!;
    const grouper: PyIter = new PyIter(GrouperType, () => {
      if (g.currgrouper !== grouper) return undefined;
      if (g.currvalue === undefined) {
        if (!groupbyStep(g)) return undefined;
      }
      if (!eq(tgt, g.currkey!)) return undefined;
      const r = g.currvalue!;
      g.currvalue = undefined;
      g.currkey = undefined;
      return r;
    });
    g.currgrouper = grouper;
    return tuple([g.currkey!, grouper]);
  });
});

// ---- islice ----------------------------------------------------------------------------------------

function sliceArg(x: PyObj, msg: string): number {
  if (x === None) return -1;
  const v = asInt(x) ?? (typeOf(x).lookup("__index__") !== undefined ? asIndex(x) : null);
  if (v === null) throw valueError(msg);
  if (v < 0 || BigInt(v) > MAXSIZE) throw valueError(msg);
  return Number(v);
}
const IsliceType = iterType("islice", (cls, args, kw) => {
  checkArgs("islice", args, kw, 2, 4);
  const seq = args[0];
  let start = 0;
  let stop = -1;
  let step = 1;
  if (args.length === 2) {
    stop = sliceArg(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  } else {
    const idx = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    start = args[1] === None ? 0 : sliceArg(args[1], idx);
    stop = sliceArg(args[2], idx);
    if (args.length === 4 && args[3] !== None) {
      const s = asInt(args[3]) ?? (typeOf(args[3]).lookup("__index__") !== undefined ? asIndex(args[3]) : null);
      if (s === null || s < 1) throw valueError("Step for islice() must be a positive integer or None.");
      step = Number(s);
    }
  }
  let it: PyObj | null = iter(seq);
  let cnt = 0;
  let nxt = start;
  return new PyIter(cls, () => {
    if (it === null) return undefined;
    while (cnt < nxt) {
      if (next(it) === undefined) {
        it = null;
        return undefined;
      }
      cnt++;
    }
    if (stop !== -1 && cnt >= stop) {
      it = null;
      return undefined;
    }
    const v = next(it);
    if (v === undefined) {
      it = null;
      return undefined;
    }
    cnt++;
    nxt += step;
    if (stop !== -1 && nxt > stop) nxt = stop;
    return v;
  });
});

// ---- tee ------------------------------------------------------------------------------------------

/** The values read from the source, shared by every tee over it; `base` is the first kept index. */
class TeeData {
  values: PyObj[] = [];
  done = false;
  constructor(public it: PyObj) {}
  get(i: number): PyObj | undefined {
    while (i >= this.values.length) {
      if (this.done) return undefined;
      const v = next(this.it);
      if (v === undefined) {
        this.done = true;
        return undefined;
      }
      this.values.push(v);
    }
    return this.values[i];
  }
}
class TeeIter extends PyIter {
  constructor(public data: TeeData, public index: number) {
    super(TeeType, () => {
      const v = this.data.get(this.index);
      if (v !== undefined) this.index++;
      return v;
    });
  }
}
const TeeType = iterType("_tee", (_cls, args, kw) => {
  checkArgs("_tee", args, kw, 1, 1);
  const it = iter(args[0]);
  if (it instanceof TeeIter) return new TeeIter(it.data, it.index);
  return new TeeIter(new TeeData(it), 0);
});
// tee's shared buffer type exists by name (instances are internal to TeeIter here).
const TeeDataType = inModule(new PyType(TypeType, "_tee_dataobject", [ObjectType]), "itertools");
TeeDataType.solid = TeeDataType;
defMethods(TeeDataType, [["__new__", () => {
  throw typeError("cannot create 'itertools._tee_dataobject' instances");
}]]);
defMethods(TeeType, [["__copy__", (s) => new TeeIter((s as TeeIter).data, (s as TeeIter).index), 0, 0]]);

function tee(args: PyObj[], kw: readonly string[] | null): PyObj {
  checkArgs("tee", args, kw, 1, 2);
  const n = args.length === 2 ? asIndex(args[1]) : 2;
  if (n < 0) throw valueError("n must be >= 0");
  if (n === 0) return tuple([]);
  const it = iter(args[0]);
  const out: PyObj[] = [];
  let first: PyObj;
  const copy = getattrOpt(it, "__copy__");
  if (it instanceof TeeIter) first = new TeeIter(it.data, it.index);
  else if (copy !== undefined) first = it;
  else first = new TeeIter(new TeeData(it), 0);
  out.push(first);
  for (let i = 1; i < Number(n); i++) {
    const c = first instanceof TeeIter ? new TeeIter(first.data, first.index) : call(getattrOpt(first, "__copy__")!, []);
    out.push(c);
  }
  return tuple(out);
}

// ---- zip_longest ------------------------------------------------------------------------------------

const ZipLongestType = iterType("zip_longest", (cls, args, kw) => {
  const nkw = kw ? kw.length : 0;
  let fill: PyObj = None;
  for (let k = 0; k < nkw; k++) {
    if (kw![k] !== "fillvalue") throw typeError("zip_longest() got an unexpected keyword argument");
    fill = args[args.length - nkw + k];
  }
  const its: (PyObj | null)[] = args.slice(0, args.length - nkw).map((a) => iter(a));
  let active = its.length;
  return new PyIter(cls, () => {
    if (its.length === 0 || active === 0) return undefined;
    const out: PyObj[] = [];
    for (let i = 0; i < its.length; i++) {
      const it = its[i];
      if (it === null) {
        out.push(fill);
        continue;
      }
      const v = next(it);
      if (v === undefined) {
        its[i] = null;
        active--;
        if (active === 0) return undefined;
        out.push(fill);
      } else out.push(v);
    }
    return tuple(out);
  });
});

export function makeItertools(): PyModule {
  const types: PyType[] = [
    AccumulateType, ChainType, CompressType, CountType, CycleType, DropwhileType, FilterfalseType, GroupbyType, IsliceType, PairwiseType,
    RepeatType, StarmapType, TakewhileType, ZipLongestType, TeeType, TeeDataType, GrouperType, ...combinatoricTypes(),
  ];
  return makeModule("itertools", [["tee", tee]], types.map((t) => [t.name, t] as [string, PyObj]));
}
