// The builtin iterator types (Python/bltinmodule.c: enumerate, zip, map, filter; reversed from
// Objects/enumobject.c) and the __iter__/__next__/__length_hint__ every native iterator type
// exposes to Python. Native iterators are PyIter objects whose `step` returns undefined at the end.
import {
  type PyObj, PyIter, PyType, None, iter, next, call, call1, typeOf, typeError, tuple, truthy, len, seqItem, callDescr, iterTypes, bindArgs,
  asIndex, intAdd, EnumerateType, ZipType, MapType, FilterType, ReversedType, defMethods, newExc, StopIteration, valueError, PyList, PyTuple,
  ListType, TupleType, PyBaseException, IndexError, PyListIter, exactNoKwargs, PyRangeIter, PyBuiltinFunction, PAIRED,
} from "../objects/index.ts";
import { packedSlots } from "../support/v8-shapes.ts";

const iterRows = (t: PyType, hinted: boolean) => {
  defMethods(t, [
    ["__iter__", (s) => s, 0, 0],
    ["__next__", (s) => {
      const v = (s as PyIter).step();
      if (v === undefined) throw newExc(StopIteration);
      return v;
    }, 0, 0],
  ]);
  if (hinted) {
    defMethods(t, [["__length_hint__", (s) => {
      const h = (s as PyIter).lengthHint;
      return h ? h.call(s as PyIter) : 0;
    }, 0, 0]]);
  }
};
// (callable_iterator has none either)
for (const t of Object.values(iterTypes)) iterRows(t, t !== iterTypes.callable);
// enumerate, zip, map and filter have no __length_hint__ (operator.length_hint gives its default)
for (const t of [EnumerateType, ZipType, MapType, FilterType]) iterRows(t, false);
iterRows(ReversedType, true);

/** enumerate: the source iterator and the next count (what __reduce__ gives back). */
export class PyEnumerate extends PyIter {
  constructor(
    cls: PyType,
    public src: PyObj,
    public i: number | bigint,
  ) {
    super(cls, null!, null);
    this.step = () => {
      const v = this.nextItem();
      return v === undefined ? undefined : new PyTuple([this.takeIndex(), v]);
    };
  }
  nextItem(): PyObj | undefined {
    // a list's iterator (enumerate(a_list), the common case) is stepped directly
    const src = this.src;
    return src instanceof PyListIter ? src.next1() : next(src);
  }
  takeIndex(): PyObj {
    const i = this.i;
    this.i = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : intAdd(i, 1);
    return i;
  }
  override nextPair(out: PyObj[], at: number): PyObj | undefined {
    const v = this.nextItem();
    if (v === undefined) return undefined;
    out[at + 1] = this.takeIndex();
    out[at] = v;
    return PAIRED;
  }
}

defMethods(EnumerateType, [["__new__", (cls, args, kw) => {
  const [it, start] = bindArgs("enumerate", args, kw, ["iterable", "start"], 1);
  // (start is converted before the iterable is iterated, as enum_new_impl does)
  const first = start === undefined ? 0 : asIndex(start);
  return new PyEnumerate(cls as PyType, iter(it!), first);
}]]);

/** zip: its iterators and strict (both __reduce__'s; __setstate__ sets strict). */
export class PyZip extends PyIter {
  done = false;
  constructor(
    cls: PyType,
    public its: PyObj[],
    public strict: boolean,
  ) {
    super(cls, null!, null);
    this.step = () => this.next1();
  }
  next1(): PyObj | undefined {
    const its = this.its;
    if (this.done || its.length === 0) return undefined;
    const out = packedSlots<PyObj>(its.length);
    for (let k = 0; k < its.length; k++) {
      const v = next(its[k]);
      if (v === undefined) return this.end(k);
      out[k] = v;
    }
    return tuple(out);
  }
  override nextPair(out: PyObj[], at: number): PyObj | undefined {
    const its = this.its;
    if (its.length !== 2) return this.next1();
    if (this.done) return undefined;
    const a = next(its[0]);
    if (a === undefined) return this.end(0);
    const b = next(its[1]);
    if (b === undefined) return this.end(1);
    out[at + 1] = a;
    out[at] = b;
    return PAIRED;
  }
  /** Iterator k came to its end: zip's end, after strict's checks. */
  private end(k: number): undefined {
    const its = this.its;
    this.done = true;
    if (this.strict) {
      if (k > 0) throw valueError(`zip() argument ${k + 1} is shorter than argument${k > 1 ? "s 1-" + k : " 1"}`);
      for (let j = 1; j < its.length; j++) {
        if (next(its[j]) !== undefined) throw valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
      }
    }
    return undefined;
  }
}

/** map and filter: the function and the source iterators, as __reduce__ returns them. */
export class PyMapFilter extends PyIter {
  constructor(
    cls: PyType,
    public fn: PyObj,
    public its: PyObj[],
  ) {
    super(cls, null!, null);
    this.step = cls.isSubtype(FilterType) ? () => this.nextFiltered() : () => this.nextMapped();
  }
  nextMapped(): PyObj | undefined {
    const its = this.its;
    if (its.length === 1) {
      // (a range's or a list's iterator, the usual source, stepped without next()'s generic path)
      const src = its[0]!;
      const v = src instanceof PyRangeIter || src instanceof PyListIter ? src.next1() : next(src);
      if (v === undefined) return undefined;
      const fn = this.fn;
      if (fn instanceof PyBuiltinFunction) return fn.fn1 !== null ? fn.fn1(v) : fn.fn([v], null);
      return call1(fn, v);
    }
    const vals = packedSlots<PyObj>(its.length);
    for (let k = 0; k < its.length; k++) {
      const v = next(its[k]);
      if (v === undefined) return undefined;
      vals[k] = v;
    }
    return call(this.fn, vals);
  }
  nextFiltered(): PyObj | undefined {
    const fn = this.fn;
    for (;;) {
      const v = next(this.its[0]);
      if (v === undefined) return undefined;
      if (fn === None ? truthy(v) : truthy(call1(fn, v))) return v;
    }
  }
}

/** reversed over a sequence: the index of the next item; seq is null once exhausted. */
export class PyReversed extends PyIter {
  constructor(
    cls: PyType,
    public seq: PyObj | null,
    public i: number,
  ) {
    super(cls, null!, null);
    this.step = () => {
      if (this.seq !== null && this.i >= 0) {
        try {
          const v = seqItem(this.seq, this.i);
          this.i--;
          return v;
        } catch (e) {
          // reversed_next: any error ends the iteration, and only a sequence that shrank ends it quietly
          this.seq = null;
          this.i = -1;
          if (!(e instanceof PyBaseException && (e.cls.isSubtype(IndexError) || e.cls.isSubtype(StopIteration)))) throw e;
          return undefined;
        }
      }
      this.seq = null;
      this.i = -1;
      return undefined;
    };
    // reversed_len: asks the sequence for its length again (an error from __len__ propagates)
    this.lengthHint = () => {
      if (this.seq === null) return 0;
      const n = len(this.seq);
      return n < this.i + 1 ? 0 : this.i + 1;
    };
  }
}

defMethods(ZipType, [["__new__", (cls, args, kw) => {
  let strict = false;
  const nkw = kw ? kw.length : 0;
  if (nkw > 1) throw typeError(`zip() takes at most 1 keyword argument (${nkw} given)`);
  for (let k = 0; k < nkw; k++) {
    if (kw![k] !== "strict") throw typeError(`'${kw![k]}' is an invalid keyword argument for zip()`);
    strict = truthy(args[args.length - nkw + k]);
  }
  const its = args.slice(0, args.length - nkw).map((a, n) => {
    try {
      return iter(a);
    } catch (e) {
      void n;
      throw e;
    }
  });
  return new PyZip(cls as PyType, its, strict);
}]]);

defMethods(MapType, [["__new__", (cls, allArgs, kw) => {
  const args = exactNoKwargs("map", cls === MapType, allArgs, kw);
  if (args.length < 2) throw typeError("map() must have at least two arguments.");
  const fn = args[0];
  const its = args.slice(1).map((a, n) => {
    if (typeOf(a).lookup("__iter__") === undefined && typeOf(a).lookup("__getitem__") === undefined) throw typeError(`'${typeOf(a).name}' object is not iterable`);
    void n;
    return iter(a);
  });
  return new PyMapFilter(cls as PyType, fn, its);
}]]);

defMethods(FilterType, [["__new__", (cls, allArgs, kw) => {
  const args = exactNoKwargs("filter", cls === FilterType, allArgs, kw);
  if (args.length !== 2) throw typeError(`filter expected 2 arguments, got ${args.length}`);
  const [fn, src] = args;
  return new PyMapFilter(cls as PyType, fn, [iter(src)]);
}]]);

defMethods(ReversedType, [["__new__", (cls, allArgs, kw) => {
  const args = exactNoKwargs("reversed", cls === ReversedType, allArgs, kw);
  if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`);
  const seq = args[0];
  const rf = typeOf(seq).lookup("__reversed__");
  if (rf !== undefined && rf !== None) return callDescr(rf, seq, []);
  // PySequence_Check, then PySequence_Size: a __getitem__ without __len__ fails on the length
  if (rf === None || !isSequenceType(typeOf(seq)) || typeOf(seq).isSubtype(dictType())) {
    throw typeError(`'${typeOf(seq).name}' object is not reversible`);
  }
  return new PyReversed(cls as PyType, seq, len(seq) - 1);
}]]);
import { DictType, isSequenceType } from "../objects/index.ts";
const dictType = () => DictType;
export { PyList, PyTuple, ListType, TupleType };
