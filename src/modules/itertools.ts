// The itertools module (Modules/itertoolsmodule.c, 3.10): every iterator type as a PyIter whose
// `step` yields the next value (undefined at the end), with the argument checks and messages of
// the C constructors, count/repeat's reprs and __length_hint__. The combinatoric iterators
// (product, permutations, combinations...) are in itertools-comb.ts. Where CPython drops its
// source iterator at exhaustion (islice, takewhile...), these do too, so a later next() never
// pulls from it again.
import {
  type PyObj, PyIter, isIterator, PyType, PyTuple, None, TypeType, ObjectType, tuple, typeOf, argTypeName, iter, next, call, call1, truthy, repr, eq, asInt, asIndex, typeError,
  valueError, defMethods, defClassMethods, binaryOp, BIN, newExc, StopIteration, getattrOpt, PyModule, OverflowError, RuntimeError,
  PyList, PyIntSubclass, PyBaseException, callMethod, PyObject, isNumber, exactNoKwargs, parseTupleAndKeywords, noKwargs, arityError,
  asArgInt, ssizeOf, MemoryError, MAX_GROWN_ITEMS,
} from "../objects/index.ts";
import { makeModule, inModule, nativeIterType, defClassGetitem, type IterMaker } from "./util.ts";
import { combinatoricTypes } from "./itertools-comb.ts";
import { interp } from "../vm/interp.ts";
import { PyError } from "../support/py-error.ts";

const MAXSIZE = 2n ** 63n - 1n;

const iterType = (name: string, make: IterMaker): PyType => nativeIterType("itertools", name, make);

/** _PyArg_NoKeywords + _PyArg_CheckPositional, as the C constructors check. */
export function checkArgs(name: string, args: PyObj[], kw: readonly string[] | null, min: number, max: number): void {
  if (kw && kw.length) throw typeError(`${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) throw typeError(`${name} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) throw typeError(`${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/** Keyword binding for the few constructors that take keywords (PyArg_ParseTupleAndKeywords). */
const kwArgs = parseTupleAndKeywords;

/**
 * An iterator whose state is the record `st` rather than closure variables, so that __reduce__ and
 * __setstate__ (pickling and copying, as 3.10's itertools allows) can read and replace it.
 */
class StateIter<S> extends PyIter {
  constructor(cls: PyType, public st: S, step: (st: S) => PyObj | undefined) {
    super(cls, () => step(this.st));
  }
}
const stOf = <S>(s: PyObj): S => (s as StateIter<S>).st;
/** PyObject_IsTrue of a setstate argument. */
const flag = (x: PyObj): boolean => truthy(x);
/** PyLong_AsSsize_t: an int (no __index__). */
function ssizeArg(x: PyObj): number {
  const v = typeof x === "number" || typeof x === "bigint" ? x : typeof x === "boolean" ? (x ? 1 : 0) : x instanceof PyIntSubclass ? x.value : null;
  if (v === null) throw typeError("an integer is required");
  if (typeof v === "bigint") throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}
/** PyArg_ParseTuple's "i": an int through __index__, within a C int. */
/** PyIter_Check: the type has __next__. */
function stateTuple(state: PyObj, min: number, max: number, fmt: string): PyObj[] {
  if (!(state instanceof PyTuple)) throw typeError("state is not a tuple");
  const n = state.items.length;
  if (n < min || n > max) {
    const what = min === max ? "exactly" : n < min ? "at least" : "at most";
    const k = n < min ? min : max;
    throw typeError(`function takes ${what} ${k} argument${k === 1 ? "" : "s"} (${n} given)`);
  }
  void fmt;
  return state.items;
}

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
    const name = typeOf(s).shortName;
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

/** cycle: `saved` is the items seen on the first pass (a list, as __reduce__ shows it); firstpass set
 * by __setstate__ means saved is already complete, so the items the source still gives are not saved. */
interface CycleSt { it: PyObj | null; saved: PyList; firstpass: boolean; index: number }
const CycleType = iterType("cycle", (cls, allArgs, kw) => {
  const args = exactNoKwargs("cycle", cls === CycleType, allArgs, kw);
  checkArgs("cycle", args, null, 1, 1);
  return new StateIter<CycleSt>(cls, { it: iter(args[0]), saved: new PyList([]), firstpass: false, index: 0 }, (st) => {
    if (st.it !== null) {
      const v = next(st.it);
      if (v !== undefined) {
        if (!st.firstpass) st.saved.items.push(v);
        return v;
      }
      st.it = null;
    }
    const saved = st.saved.items;
    if (saved.length === 0) return undefined;
    if (st.index >= saved.length) st.index = 0;
    const v = saved[st.index++];
    if (st.index >= saved.length) st.index = 0;
    return v;
  });
});
defMethods(CycleType, [
  ["__reduce__", (s) => {
    const st = stOf<CycleSt>(s);
    if (st.it === null) {
      const it = iter(st.saved);
      if (st.index !== 0) callMethod(it, "__setstate__", [st.index]);
      return tuple([typeOf(s), tuple([it]), tuple([st.saved, true])]);
    }
    return tuple([typeOf(s), tuple([st.it]), tuple([st.saved, st.firstpass])]);
  }, 0, 0],
  ["__setstate__", (s, [state]) => {
    const [saved, firstpass] = stateTuple(state, 2, 2, "O!i");
    if (!(saved instanceof PyList)) throw typeError(`argument 1 must be list, not ${argTypeName(saved)}`);
    const st = stOf<CycleSt>(s);
    st.saved = saved;
    st.firstpass = asArgInt(firstpass) !== 0;
    st.index = 0;
    return None;
  }, 1, 1],
]);

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
    return r.cnt < 0 ? `${typeOf(s).shortName}(${repr(r.obj)})` : `${typeOf(s).shortName}(${repr(r.obj)}, ${r.cnt})`;
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

/** accumulate: `total` is undefined until the first item (CPython's NULL); `initial` is given back first. */
interface AccumulateSt { it: PyObj; fn: PyObj; total: PyObj | undefined; initial: PyObj }
const AccumulateType = iterType("accumulate", (cls, args, kw) => {
  // accumulate(iterable, func=None, *, initial=None)
  const npos = args.length - (kw ? kw.length : 0);
  if (args.length > 3) throw typeError(`accumulate() takes at most 3 arguments (${args.length} given)`);
  if (npos > 2) throw typeError(`accumulate() takes at most 2 positional arguments (${npos} given)`);
  const [iterable, func, initial] = kwArgs("accumulate", args, kw, ["iterable", "func", "initial"], 1);
  const st: AccumulateSt = { it: iter(iterable!), fn: func ?? None, total: undefined, initial: initial ?? None };
  return new StateIter<AccumulateSt>(cls, st, (st) => {
    if (st.initial !== None) {
      st.total = st.initial;
      st.initial = None;
      return st.total;
    }
    const v = next(st.it);
    if (v === undefined) return undefined;
    const total = st.total;
    st.total = total === undefined ? v : st.fn === None ? binaryOp(total, v, BIN.add) : call(st.fn, [total, v]);
    return st.total;
  });
});
defMethods(AccumulateType, [
  ["__reduce__", (s) => {
    const st = stOf<AccumulateSt>(s);
    if (st.initial !== None) return tuple([typeOf(s), tuple([call(ChainType, [tuple([st.initial]), st.it]), st.fn]), None]);
    if (st.total === None) {
      // a None total cannot be given back through __setstate__ (None means "no total"): rebuild as
      // islice(accumulate(chain((None,), it), fn), 1, None)
      const again = call(typeOf(s), [call(ChainType, [tuple([st.total]), st.it]), st.fn]);
      return tuple([IsliceType, tuple([again, 1, None])]);
    }
    return tuple([typeOf(s), tuple([st.it, st.fn]), st.total ?? None]);
  }, 0, 0],
  ["__setstate__", (s, [state]) => ((stOf<AccumulateSt>(s).total = state), None), 1, 1],
]);

/** chain: the iterator of iterables (null once exhausted) and the one being drained. */
interface ChainSt { source: PyObj | null; active: PyObj | null }
function chainIter(cls: PyType, source: PyObj): PyIter {
  return new StateIter<ChainSt>(cls, { source, active: null }, (st) => {
    for (;;) {
      if (st.active === null) {
        if (st.source === null) return undefined;
        const nx = next(st.source);
        if (nx === undefined) {
          st.source = null;
          return undefined;
        }
        st.active = iter(nx);
      }
      const v = next(st.active);
      if (v !== undefined) return v;
      st.active = null;
    }
  });
}
const ChainType = iterType("chain", (cls, allArgs, kw) => {
  const args = exactNoKwargs("chain", cls === ChainType, allArgs, kw);
  return chainIter(cls, iter(tuple(args.slice())));
});
defClassGetitem(ChainType);
defClassMethods(ChainType, [["from_iterable", (cls, args, kw) => {
  // (a METH_O class method: its messages name it chain.from_iterable())
  noKwargs("chain.from_iterable", kw);
  if (args.length !== 1) throw arityError("chain.from_iterable", 1, 1, args.length);
  return chainIter(cls as PyType, iter(args[0]));
}]]);
defMethods(ChainType, [
  ["__reduce__", (s) => {
    const st = stOf<ChainSt>(s);
    if (st.source === null) return tuple([typeOf(s), tuple([])]);
    return tuple([typeOf(s), tuple([]), tuple(st.active === null ? [st.source] : [st.source, st.active])]);
  }, 0, 0],
  ["__setstate__", (s, [state]) => {
    const [source, active] = stateTuple(state, 1, 2, "O|O");
    if (!isIterator(source) || (active !== undefined && !isIterator(active))) throw typeError("Arguments must be iterators.");
    const st = stOf<ChainSt>(s);
    st.source = source;
    st.active = active ?? null;
    return None;
  }, 1, 1],
]);

const CompressType = iterType("compress", (cls, args, kw) => {
  const [data, selectors] = kwArgs("compress", args, kw, ["data", "selectors"], 2);
  const d = iter(data!);
  const s = iter(selectors!);
  return new StateIter(cls, { d, s }, (st) => {
    for (;;) {
      const v = next(st.d);
      if (v === undefined) return undefined;
      const sel = next(st.s);
      if (sel === undefined) return undefined;
      if (truthy(sel)) return v;
    }
  });
});
defMethods(CompressType, [["__reduce__", (s) => {
  const st = stOf<{ d: PyObj; s: PyObj }>(s);
  return tuple([typeOf(s), tuple([st.d, st.s])]);
}, 0, 0]]);

const DropwhileType = iterType("dropwhile", (cls, allArgs, kw) => {
  const args = exactNoKwargs("dropwhile", cls === DropwhileType, allArgs, kw);
  checkArgs("dropwhile", args, null, 2, 2);
  const [pred, iterable] = args;
  // start: the predicate has failed once, every later item passes
  return new StateIter(cls, { fn: pred, it: iter(iterable), flag: false }, (st) => {
    for (;;) {
      const v = next(st.it);
      if (v === undefined) return undefined;
      if (st.flag) return v;
      if (!truthy(call1(st.fn, v))) {
        st.flag = true;
        return v;
      }
    }
  });
});

const TakewhileType = iterType("takewhile", (cls, allArgs, kw) => {
  const args = exactNoKwargs("takewhile", cls === TakewhileType, allArgs, kw);
  checkArgs("takewhile", args, null, 2, 2);
  const [pred, iterable] = args;
  return new StateIter(cls, { fn: pred, it: iter(iterable), flag: false }, (st) => {
    if (st.flag) return undefined;
    const v = next(st.it);
    if (v === undefined) return undefined;
    if (truthy(call1(st.fn, v))) return v;
    st.flag = true;
    return undefined;
  });
});
// dropwhile's start and takewhile's stop flag: (type, (pred, it), flag) and __setstate__(flag)
interface PredFlagSt { fn: PyObj; it: PyObj; flag: boolean }
for (const t of [DropwhileType, TakewhileType]) {
  defMethods(t, [
    ["__reduce__", (s) => {
      const st = stOf<PredFlagSt>(s);
      return tuple([typeOf(s), tuple([st.fn, st.it]), st.flag ? 1 : 0]);
    }, 0, 0],
    ["__setstate__", (s, [state]) => ((stOf<PredFlagSt>(s).flag = flag(state)), None), 1, 1],
  ]);
}

const FilterfalseType = iterType("filterfalse", (cls, allArgs, kw) => {
  const args = exactNoKwargs("filterfalse", cls === FilterfalseType, allArgs, kw);
  checkArgs("filterfalse", args, null, 2, 2);
  const [pred, iterable] = args;
  return new StateIter(cls, { fn: pred, it: iter(iterable) }, (st) => {
    for (;;) {
      const v = next(st.it);
      if (v === undefined) return undefined;
      if (!truthy(st.fn === None ? v : call1(st.fn, v))) return v;
    }
  });
});

const StarmapType = iterType("starmap", (cls, allArgs, kw) => {
  const args = exactNoKwargs("starmap", cls === StarmapType, allArgs, kw);
  checkArgs("starmap", args, null, 2, 2);
  const [func, iterable] = args;
  return new StateIter(cls, { fn: func, it: iter(iterable) }, (st) => {
    const v = next(st.it);
    if (v === undefined) return undefined;
    const a = v instanceof PyTuple ? v.items : toItems(v);
    return call(st.fn, a.slice());
  });
});
// filterfalse and starmap: (type, (func, it))
for (const t of [FilterfalseType, StarmapType]) {
  defMethods(t, [["__reduce__", (s) => {
    const st = stOf<{ fn: PyObj; it: PyObj }>(s);
    return tuple([typeOf(s), tuple([st.fn, st.it])]);
  }, 0, 0]]);
}
function toItems(x: PyObj): PyObj[] {
  const it = iter(x);
  const out: PyObj[] = [];
  for (let v = next(it); v !== undefined; v = next(it)) out.push(v);
  return out;
}

const PairwiseType = iterType("pairwise", (cls, allArgs, kw) => {
  const args = exactNoKwargs("pairwise", cls === PairwiseType, allArgs, kw);
  checkArgs("pairwise", args, null, 1, 1);
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

/** groupby's state (undefined is CPython's NULL); currgrouper is the group that may still advance. */
interface GroupState {
  it: PyObj;
  key: PyObj;
  tgtkey: PyObj | undefined;
  currkey: PyObj | undefined;
  currvalue: PyObj | undefined;
  currgrouper: GrouperIter | null;
}
function groupbyStep(g: GroupState): boolean {
  const v = next(g.it);
  if (v === undefined) return false;
  const k = g.key === None ? v : call1(g.key, v);
  g.currvalue = v;
  g.currkey = k;
  return true;
}
type GroupbyIter = StateIter<GroupState>;
/** A group: it gives items while it is its groupby's current group and their key equals tgtkey. */
class GrouperIter extends PyIter {
  constructor(cls: PyType, public parent: GroupbyIter, public tgtkey: PyObj) {
    super(cls, () => {
      const g = this.parent.st;
      if (g.currgrouper !== this) return undefined;
      if (g.currvalue === undefined) {
        if (!groupbyStep(g)) return undefined;
      }
      if (!eq(this.tgtkey, g.currkey!)) return undefined;
      const r = g.currvalue!;
      g.currvalue = undefined;
      g.currkey = undefined;
      return r;
    });
  }
}
const GrouperType = inModule(new PyType(TypeType, "itertools._grouper", [ObjectType]), "itertools");
GrouperType.qualname = "_grouper";
GrouperType.solid = GrouperType;
defMethods(GrouperType, [
  ["__new__", (cls, args, kw) => {
    // what unpickling a group calls: _grouper(parent, tgtkey)
    checkArgs("_grouper", args, kw, 2, 2);
    const [parent, tgtkey] = args;
    if (!(typeOf(parent).isSubtype(GroupbyType))) throw typeError(`_grouper() argument 1 must be itertools.groupby, not ${argTypeName(parent)}`);
    const gr = new GrouperIter(cls as PyType, parent as GroupbyIter, tgtkey);
    (parent as GroupbyIter).st.currgrouper = gr;
    return gr;
  }],
  ["__iter__", (s) => s, 0, 0],
  ["__next__", (s) => {
    const v = (s as PyIter).step();
    if (v === undefined) throw newExc(StopIteration);
    return v;
  }, 0, 0],
  ["__reduce__", (s) => {
    const gr = s as GrouperIter;
    if (gr.parent.st.currgrouper !== gr) return tuple([interpIter(), tuple([tuple([])])]);
    return tuple([typeOf(s), tuple([gr.parent, gr.tgtkey])]);
  }, 0, 0],
]);
const GroupbyType = iterType("groupby", (cls, args, kw) => {
  const [iterable, key] = kwArgs("groupby", args, kw, ["iterable", "key"], 1);
  const g: GroupState = { it: iter(iterable!), key: key ?? None, tgtkey: undefined, currkey: undefined, currvalue: undefined, currgrouper: null };
  const self: GroupbyIter = new StateIter<GroupState>(cls, g, (g) => {
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
    const grouper = new GrouperIter(GrouperType, self, g.tgtkey!);
    g.currgrouper = grouper;
    return tuple([g.currkey!, grouper]);
  });
  return self;
});
defMethods(GroupbyType, [
  ["__reduce__", (s) => {
    const g = stOf<GroupState>(s);
    if (g.tgtkey !== undefined && g.currkey !== undefined && g.currvalue !== undefined) {
      return tuple([typeOf(s), tuple([g.it, g.key]), tuple([g.currkey, g.currvalue, g.tgtkey])]);
    }
    return tuple([typeOf(s), tuple([g.it, g.key])]);
  }, 0, 0],
  ["__setstate__", (s, [state]) => {
    const [currkey, currvalue, tgtkey] = stateTuple(state, 3, 3, "OOO");
    const g = stOf<GroupState>(s);
    g.currkey = currkey;
    g.currvalue = currvalue;
    g.tgtkey = tgtkey;
    return None;
  }, 1, 1],
]);
/** builtins.iter, which an exhausted group reduces to. */
const interpIter = (): PyObj => interp.builtins.getStr("iter")!;

// ---- islice ----------------------------------------------------------------------------------------

/** islice_new's PyNumber_AsSsize_t(x, OverflowError) whose failure it clears: -1 for anything that is no index in range. */
function sliceArg(x: PyObj): number {
  let v: number | bigint;
  try {
    v = asIndex(x);
  } catch (e) {
    // CPython clears whatever PyNumber_AsSsize_t raised, an error of __index__ too
    if (e instanceof PyBaseException || e instanceof PyError) return -1;
    throw e;
  }
  if (BigInt(v) > MAXSIZE || BigInt(v) < -MAXSIZE - 1n) return -1;
  return Number(v);
}
const IsliceType = iterType("islice", (cls, allArgs, kw) => {
  const args = exactNoKwargs("islice", cls === IsliceType, allArgs, kw);
  checkArgs("islice", args, null, 2, 4);
  const seq = args[0];
  // 3.10's islice_new: a bad start counts as -1 (caught by the indices check), a bad or -1 stop is
  // its own error, then negative indices, then the step
  let start = 0;
  let stop = -1;
  let step = 1;
  const stopArg = args.length === 2 ? args[1] : args[2];
  if (args.length > 2 && args[1] !== None) start = sliceArg(args[1]);
  if (stopArg !== None) {
    stop = sliceArg(stopArg);
    if (stop === -1) throw valueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (start < 0 || stop < -1) throw valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (args.length === 4 && args[3] !== None) step = sliceArg(args[3]);
  if (args.length === 4 && step < 1) throw valueError("Step for islice() must be a positive integer or None.");
  return new StateIter<IsliceSt>(cls, { it: iter(seq), next: start, stop, step, cnt: 0 }, (st) => {
    const it = st.it;
    if (it === null) return undefined;
    while (st.cnt < st.next) {
      if (next(it) === undefined) {
        st.it = null;
        return undefined;
      }
      st.cnt++;
    }
    if (st.stop !== -1 && st.cnt >= st.stop) {
      st.it = null;
      return undefined;
    }
    const v = next(it);
    if (v === undefined) {
      st.it = null;
      return undefined;
    }
    st.cnt++;
    st.next += st.step;
    if (st.stop !== -1 && (st.next > st.stop || st.next < 0)) st.next = st.stop;
    return v;
  });
});
/** islice: the source (null once done), the index of the next item to give, stop (-1: none), step and items read. */
interface IsliceSt { it: PyObj | null; next: number; stop: number; step: number; cnt: number }
defMethods(IsliceType, [
  ["__reduce__", (s) => {
    const st = stOf<IsliceSt>(s);
    if (st.it === null) return tuple([typeOf(s), tuple([iter(new PyList([])), 0]), 0]);
    return tuple([typeOf(s), tuple([st.it, st.next, st.stop === -1 ? None : st.stop, st.step]), st.cnt]);
  }, 0, 0],
  ["__setstate__", (s, [state]) => ((stOf<IsliceSt>(s).cnt = ssizeArg(state)), None), 1, 1],
]);

// ---- tee ------------------------------------------------------------------------------------------

/**
 * The values read from the source, shared by every tee over it. Positions are absolute: values[0]
 * is position `origin` (0, or less once unpickling put earlier chunks in front). CPython keeps them in
 * linked chunks of LINKCELLS values (teedataobject), which is what pickles show: chunk k of a source
 * holds positions origin + 57k onwards.
 */
class TeeData {
  values: PyObj[] = [];
  origin = 0;
  done = false;
  /** Set while the source's __next__ runs: a tee read from inside it is "cannot re-enter". */
  running = false;
  /** The chunk objects handed out, one per position (tees in one chunk pickle one object). */
  private chunks = new Map<number, TeeChunk>();
  constructor(public it: PyObj) {}
  chunkAt(pos: number): TeeChunk {
    let c = this.chunks.get(pos);
    if (c === undefined) this.chunks.set(pos, (c = new TeeChunk(this, pos)));
    return c;
  }
  get(pos: number): PyObj | undefined {
    const i = pos - this.origin;
    while (i >= this.values.length) {
      if (this.done) return undefined;
      if (this.running) throw newExc(RuntimeError, "cannot re-enter the tee iterator");
      this.running = true;
      let v: PyObj | undefined;
      try {
        v = next(this.it);
      } finally {
        this.running = false;
      }
      if (v === undefined) {
        this.done = true;
        return undefined;
      }
      this.values.push(v);
    }
    return this.values[i];
  }
}
const LINKCELLS = 57;
class TeeIter extends PyIter {
  constructor(public data: TeeData, public index: number) {
    super(TeeType, () => {
      const v = this.data.get(this.index);
      if (v !== undefined) this.index++;
      return v;
    });
  }
}
/** A _tee_dataobject: the chunk of `data` that starts at absolute position `pos`. */
class TeeChunk extends PyObject {
  constructor(public data: TeeData, public pos: number) {
    super(TeeDataType);
  }
}
const TeeType = iterType("_tee", (_cls, args, kw) => {
  checkArgs("_tee", args, kw, 1, 1);
  const it = iter(args[0]);
  if (it instanceof TeeIter) return new TeeIter(it.data, it.index);
  return new TeeIter(new TeeData(it), 0);
});
const TeeDataType = inModule(new PyType(TypeType, "itertools._tee_dataobject", [ObjectType]), "itertools");
TeeDataType.qualname = "_tee_dataobject";
TeeDataType.solid = TeeDataType;
defMethods(TeeDataType, [
  ["__new__", (_cls, args, kw) => {
    // teedataobject_new(it, values, next): a full chunk (57 values) may have a next one, which this
    // one is put in front of; a shorter one may not
    checkArgs("teedataobject", args, kw, 3, 3);
    const [it, values, nextChunk] = args;
    if (!(values instanceof PyList)) throw typeError(`teedataobject() argument 2 must be list, not ${argTypeName(values)}`);
    const n = values.items.length;
    if (n > LINKCELLS) throw valueError("Invalid arguments");
    if (nextChunk !== None && (n !== LINKCELLS || !(nextChunk instanceof TeeChunk))) throw valueError("Invalid arguments");
    if (nextChunk instanceof TeeChunk && nextChunk.pos === nextChunk.data.origin) {
      const d = nextChunk.data;
      d.values = [...values.items, ...d.values];
      d.origin -= n;
      return d.chunkAt(d.origin);
    }
    const d = new TeeData(it);
    d.values = values.items.slice();
    return d.chunkAt(0);
  }],
  ["__reduce__", (s) => {
    const c = s as TeeChunk;
    const d = c.data;
    const start = c.pos - d.origin;
    const values = d.values.slice(start, start + LINKCELLS);
    const nextChunk = d.values.length > start + LINKCELLS ? d.chunkAt(c.pos + LINKCELLS) : None;
    return tuple([TeeDataType, tuple([d.it, new PyList(values), nextChunk])]);
  }, 0, 0],
]);
/** The chunk a tee at absolute `pos` is in, and its index there (an index of 57 has not moved on yet). */
function teeChunkOf(t: TeeIter): [TeeChunk, number] {
  const rel = t.index - t.data.origin;
  const k = rel === 0 ? 0 : Math.floor((rel - 1) / LINKCELLS);
  return [t.data.chunkAt(t.data.origin + k * LINKCELLS), rel - k * LINKCELLS];
}
defMethods(TeeType, [
  ["__reduce__", (s) => {
    const [chunk, index] = teeChunkOf(s as TeeIter);
    return tuple([typeOf(s), tuple([tuple([])]), tuple([chunk, index])]);
  }, 0, 0],
  ["__setstate__", (s, [state]) => {
    const [chunk, index] = stateTuple(state, 2, 2, "O!i");
    if (!(chunk instanceof TeeChunk)) throw typeError(`argument 1 must be itertools._tee_dataobject, not ${typeOf(chunk).name}`);
    const i = asArgInt(index);
    if (i < 0 || i > LINKCELLS) throw valueError("Index out of range");
    const t = s as TeeIter;
    t.data = chunk.data;
    t.index = chunk.pos + i;
    return None;
  }, 1, 1],
]);
defMethods(TeeType, [["__copy__", (s) => new TeeIter((s as TeeIter).data, (s as TeeIter).index), 0, 0]]);

function tee(args: PyObj[], kw: readonly string[] | null): PyObj {
  noKwargs("itertools.tee", kw);
  checkArgs("tee", args, kw, 1, 2);
  const n = args.length === 2 ? ssizeOf(asIndex(args[1])) : 2;
  if (n < 0) throw valueError("n must be >= 0");
  if (n === 0) return tuple([]);
  // CPython's tuple of n tees fails to allocate only past the machine's memory; V8 would abort the
  // process as the array grew past ~2**27 items
  if (n > MAX_GROWN_ITEMS) throw newExc(MemoryError);
  const it = iter(args[0]);
  const out: PyObj[] = [];
  let first: PyObj;
  const copy = getattrOpt(it, "__copy__");
  // an iterator that can copy itself (a tee among them) is the first result, the others its copies
  if (copy !== undefined) first = it;
  else first = new TeeIter(new TeeData(it), 0);
  out.push(first);
  for (let i = 1; i < n; i++) {
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
  return new StateIter<ZipLongestSt>(cls, { its, active: its.length, fill }, (st) => {
    const its = st.its;
    if (its.length === 0 || st.active === 0) return undefined;
    const out: PyObj[] = [];
    for (let i = 0; i < its.length; i++) {
      const it = its[i];
      if (it === null) {
        out.push(st.fill);
        continue;
      }
      const v = next(it);
      if (v === undefined) {
        // the last iterator to run out stays in place (zip_longest_next returns before dropping it)
        st.active--;
        if (st.active === 0) return undefined;
        its[i] = null;
        out.push(st.fill);
      } else out.push(v);
    }
    return tuple(out);
  });
});
/** zip_longest: the iterators (null where one ran out), how many are left, fillvalue. */
interface ZipLongestSt { its: (PyObj | null)[]; active: number; fill: PyObj }
defMethods(ZipLongestType, [
  ["__reduce__", (s) => {
    const st = stOf<ZipLongestSt>(s);
    return tuple([typeOf(s), tuple(st.its.map((it) => it ?? tuple([]))), st.fill]);
  }, 0, 0],
  ["__setstate__", (s, [state]) => ((stOf<ZipLongestSt>(s).fill = state), None), 1, 1],
]);

export function makeItertools(): PyModule {
  const types: PyType[] = [
    AccumulateType, ChainType, CompressType, CountType, CycleType, DropwhileType, FilterfalseType, GroupbyType, IsliceType, PairwiseType,
    RepeatType, StarmapType, TakewhileType, ZipLongestType, TeeType, TeeDataType, GrouperType, ...combinatoricTypes(),
  ];
  return makeModule("itertools", [["tee", tee]], types.map((t) => [t.shortName, t] as [string, PyObj]));
}
