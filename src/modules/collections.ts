// The _collections module (Modules/_collectionsmodule.c, 3.10): deque (with maxlen, rotate and
// the "deque mutated during iteration" checks), its two iterator types, defaultdict (a dict
// subclass with __missing__ and its repr), _count_elements (Counter's fast path) and
// _tuplegetter (namedtuple's field descriptor); OrderedDict is odict.ts's. The deque is a
// ring-free array with a moving head index: popleft/appendleft are amortised O(1) by keeping free
// room at the front.
import {
  type PyObj, PyObject, PyType, PyIter, PyDict, PyTuple, PyList, None, NotImplemented, TypeType, ObjectType, DictType, tuple, typeOf, iter, next,
  call, repr, eq, getattr, setitem, asSize, asIndex, typeError, valueError, indexError, attributeError, newExc, defMethods, defGetters,
  binaryOp, BIN, reprGuard, richCompare, Cmp, cmpResult, isInstance, keyError, RuntimeError, StopIteration, newInstance, dictRepr, dictMerge, PyModule, ownNew,
  TPFLAGS_SEQUENCE, addSequenceSlots, parseTupleAndKeywords, byArity, byArity2, asInt, ssizeOf,
} from "../objects/index.ts";
import { makeModule, inModule, posFn, defClassGetitem } from "./util.ts";
import { ODictType } from "./odict.ts";

// ---- deque ---------------------------------------------------------------------------------------

export class PyDeque extends PyObject {
  buf: (PyObj | undefined)[] = [];
  head = 0;
  /** -1: unbounded; a bigint past 2**53 (exact for repr; no length reaches it). */
  maxlen: number | bigint = -1;
  /** Bumped by every append and pop, as deque->state (iterators compare it). */
  state = 0;
  get length(): number {
    return this.buf.length - this.head;
  }
  at(i: number): PyObj {
    return this.buf[this.head + i]!;
  }
  setAt(i: number, v: PyObj): void {
    this.buf[this.head + i] = v;
  }
  items(): PyObj[] {
    return this.buf.slice(this.head) as PyObj[];
  }
  setItems(items: PyObj[]): void {
    this.buf = items.slice();
    this.head = 0;
  }
  pushRight(v: PyObj): void {
    this.buf.push(v);
    this.state++;
    if (this.maxlen >= 0 && this.length > this.maxlen) this.popLeft();
  }
  pushLeft(v: PyObj): void {
    if (this.head === 0) {
      const room = Math.max(8, this.length);
      this.buf = [...new Array<PyObj | undefined>(room).fill(undefined), ...this.buf.slice(this.head)];
      this.head = room;
    }
    this.buf[--this.head] = v;
    this.state++;
    if (this.maxlen >= 0 && this.length > this.maxlen) this.popRight();
  }
  popRight(): PyObj {
    if (this.length === 0) throw indexError("pop from an empty deque");
    this.state++;
    return this.buf.pop()!;
  }
  popLeft(): PyObj {
    if (this.length === 0) throw indexError("pop from an empty deque");
    const v = this.buf[this.head]!;
    this.buf[this.head++] = undefined;
    this.state++;
    if (this.head > 64 && this.head * 2 > this.buf.length) {
      this.buf = this.buf.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}

/** A static type whose tp_name carries its module ("collections.deque"), __name__/__qualname__ without it. */
function staticType(module: string, name: string, bases: PyType[], factory: ((cls: PyType) => PyObject) | null = null): PyType {
  const t = inModule(new PyType(TypeType, `${module}.${name}`, bases, factory), module);
  t.qualname = name;
  return t;
}
export const DequeType = staticType("collections", "deque", [ObjectType], (cls) => new PyDeque(cls));
DequeType.collectionFlags = TPFLAGS_SEQUENCE;
const DequeIterType = staticType("_collections", "_deque_iterator", [ObjectType]);
const DequeRevIterType = staticType("_collections", "_deque_reverse_iterator", [ObjectType]);
DequeIterType.solid = DequeIterType;
DequeRevIterType.solid = DequeRevIterType;

const DQ = (x: PyObj) => x as PyDeque;
const mutated = () => newExc(RuntimeError, "deque mutated during iteration");

/** A deque iterator's deque and how many items it has given, for __reduce__ (kept aside: iterators of every kind share PyIter's shape). */
const dequeIters = new WeakMap<PyIter, { deque: PyDeque; given: () => number }>();

function dequeIter(d: PyDeque, reverse: boolean): PyIter {
  const state = d.state;
  let i = 0;
  // what __length_hint__ reports: the deque's length when the iterator was made, less the items
  // given, and 0 once a mutation was seen (a later resize of the deque does not change it).
  // The reversed iterator looks at that count before the mutation check, the forward one after.
  let left = d.length;
  const it = new PyIter(reverse ? DequeRevIterType : DequeIterType, () => {
    if (reverse && left === 0) return undefined;
    if (d.state !== state) {
      left = 0;
      throw mutated();
    }
    if (left === 0) return undefined;
    const v = reverse ? d.at(d.length - 1 - i) : d.at(i);
    i++;
    left--;
    return v;
  }, () => left);
  dequeIters.set(it, { deque: d, given: () => i });
  return it;
}
for (const t of [DequeIterType, DequeRevIterType]) {
  const reverse = t === DequeRevIterType;
  defMethods(t, [
    // dequeiter_new: an iterator over a deque, advanced by `index` items (for pickling); its
    // PyArg_ParseTuple has no function name for the messages, and keywords are not looked at
    ["__new__", (_cls, args, kw) => {
      const npos = args.length - (kw ? kw.length : 0);
      if (npos < 1 || npos > 2) throw typeError(`function takes ${npos < 1 ? "at least 1 argument" : "at most 2 arguments"} (${npos} given)`);
      if (!isInstance(args[0], DequeType)) throw typeError(`argument 1 must be collections.deque, not ${typeOf(args[0]).name}`);
      const it = dequeIter(DQ(args[0]), reverse);
      const n = npos === 2 ? asSize(args[1]) : 0;
      for (let i = 0; i < n && it.step() !== undefined; i++);
      return it;
    }],
    ["__iter__", (s) => s, 0, 0],
    ["__next__", (s) => {
      const v = (s as PyIter).step();
      if (v === undefined) throw newExc(StopIteration);
      return v;
    }, 0, 0],
    ["__length_hint__", (s) => (s as PyIter).lengthHint!(), 0, 0],
    // dequeiter_reduce: (type, (deque, items given))
    ["__reduce__", (s) => {
      const st = dequeIters.get(s as PyIter)!;
      return tuple([t, tuple([st.deque, Math.min(st.given(), st.deque.length)])]);
    }, 0, 0],
  ]);
}

function extend(d: PyDeque, iterable: PyObj, left: boolean): void {
  const src = iterable === d ? iter(new PyList(d.items())) : iter(iterable);
  for (let v = next(src); v !== undefined; v = next(src)) {
    if (left) d.pushLeft(v);
    else d.pushRight(v);
  }
}

function newDequeLike(d: PyDeque, items: PyObj[]): PyDeque {
  const r = newInstance(typeOf(d)) as PyDeque;
  r.maxlen = d.maxlen;
  for (const v of items) r.pushRight(v);
  return r;
}

/** deque_copy: a subclass's copy is made by calling the subclass, which must give a deque. */
function dequeCopy(d: PyDeque): PyDeque {
  if (typeOf(d) === DequeType) return newDequeLike(d, d.items());
  const r = d.maxlen < 0 ? call(typeOf(d), [d]) : call(typeOf(d), [d, d.maxlen]);
  if (!(r instanceof PyDeque)) throw typeError(`${typeOf(d).name}() must return a deque, not ${typeOf(r).name}`);
  return r;
}

/** An index for d[i]: int only, negative from the end, IndexError outside. */
function itemIndex(d: PyDeque, k: PyObj): number {
  if (typeOf(k).lookup("__index__") === undefined && typeof k !== "number" && typeof k !== "bigint" && typeof k !== "boolean") {
    throw typeError(`sequence index must be integer, not '${typeOf(k).name}'`);
  }
  let i = asSize(k);
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) throw indexError("deque index out of range");
  return i;
}

/**
 * The first index of x in d[start:stop], or -1. deque.index takes a match even when __eq__ changed
 * the deque; deque.remove (`removing`) checks for a change first, and it is an IndexError there.
 */
function findIndex(d: PyDeque, x: PyObj, start: number, stop: number, removing = false): number {
  const state = d.state;
  for (let i = start; i < Math.min(stop, d.length); i++) {
    const v = d.at(i);
    const same = v === x || eq(v, x);
    if (same && !removing) return i;
    if (d.state !== state) throw removing ? indexError("deque mutated during iteration") : mutated();
    if (same) return i;
  }
  return -1;
}

function rotate(d: PyDeque, n: number): void {
  const len = d.length;
  if (len <= 1) return;
  n %= len;
  if (n === 0) return;
  if (n < 0) n += len;
  const items = d.items();
  d.setItems([...items.slice(len - n), ...items.slice(0, len - n)]);
  d.state++;
}

function compareDeques(a: PyObj, b: PyObj, op: Cmp): PyObj {
  if (!isInstance(b, DequeType)) return NotImplemented;
  const x = DQ(a).items();
  const y = DQ(b).items();
  if ((op === Cmp.EQ || op === Cmp.NE) && x.length !== y.length) return op === Cmp.NE;
  let i = 0;
  while (i < x.length && i < y.length && (x[i] === y[i] || eq(x[i], y[i]))) i++;
  if (i < x.length && i < y.length) {
    if (op === Cmp.EQ) return false;
    if (op === Cmp.NE) return true;
    return richCompare(x[i], y[i], op);
  }
  const c = x.length - y.length;
  return cmpResult(c, op);
}

function dequeRepeat(d: PyDeque, nObj: PyObj): PyDeque {
  const n = asSize(nObj);
  const items = d.items();
  d.setItems([]);
  d.state++;
  if (n > 0 && items.length > 0) {
    if (d.maxlen >= 0 && items.length * n > d.maxlen) {
      // only the last maxlen items survive: append just those
      const total = items.length * n;
      for (let i = total - Number(d.maxlen); i < total; i++) d.pushRight(items[i % items.length]);
    } else for (let k = 0; k < n; k++) for (const v of items) d.pushRight(v);
  }
  return d;
}

defMethods(DequeType, [
  ["__init__", (s, args, kw) => {
    const [iterable, maxlenObj] = parseTupleAndKeywords("deque", args, kw, ["iterable", "maxlen"], 0);
    const d = DQ(s);
    let maxlen: number | bigint = -1;
    if (maxlenObj !== undefined && maxlenObj !== None) {
      // PyLong_AsSsize_t: an int (no __index__), within Py_ssize_t
      const n = asInt(maxlenObj);
      if (n === null) throw typeError("an integer is required");
      if (ssizeOf(n) < 0) throw valueError("maxlen must be non-negative");
      maxlen = n <= Number.MAX_SAFE_INTEGER ? Number(n) : BigInt(n);
    }
    d.maxlen = maxlen;
    if (d.length > 0) {
      d.setItems([]);
      d.state++;
    }
    if (iterable !== undefined) extend(d, iterable, false);
    return None;
  }],
  byArity("append", (s, v) => (DQ(s).pushRight(v), None)),
  byArity("appendleft", (s, v) => (DQ(s).pushLeft(v), None)),
  ["pop", (s) => DQ(s).popRight(), 0, 0],
  ["popleft", (s) => DQ(s).popLeft(), 0, 0],
  byArity("extend", (s, v) => (extend(DQ(s), v, false), None)),
  byArity("extendleft", (s, v) => (extend(DQ(s), v, true), None)),
  ["clear", (s) => {
    DQ(s).setItems([]);
    DQ(s).state++;
    return None;
  }, 0, 0],
  ["copy", (s) => dequeCopy(DQ(s)), 0, 0],
  ["__copy__", (s) => dequeCopy(DQ(s)), 0, 0],
  byArity("count", (s, x) => {
    const d = DQ(s);
    const state = d.state;
    let c = 0;
    for (let i = 0; i < d.length; i++) {
      const v = d.at(i);
      const same = v === x || eq(v, x);
      if (d.state !== state) throw mutated();
      if (same) c++;
    }
    return c;
  }),
  ["index", (s, args) => {
    const d = DQ(s);
    const clamp = (o: PyObj | undefined, dflt: number) => {
      if (o === undefined) return dflt;
      // _PyEval_SliceIndexNotNone: an index (not None), a huge one saturates
      const big = asIndex(o, "slice indices must be integers or have an __index__ method");
      let i = typeof big === "number" ? big : big > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
      if (i < 0) i = Math.max(0, i + d.length);
      return Math.min(i, d.length);
    };
    const i = findIndex(d, args[0], clamp(args[1], 0), clamp(args[2], d.length));
    if (i < 0) throw valueError(`${repr(args[0])} is not in deque`);
    return i;
  }, 1, 3],
  byArity2("insert", (s, i, x) => {
    const d = DQ(s);
    if (d.maxlen >= 0 && d.length >= d.maxlen) throw indexError("deque already at its maximum size");
    let idx = asSize(i);
    const n = d.length;
    if (idx < 0) idx = Math.max(0, idx + n);
    if (idx > n) idx = n;
    const items = d.items();
    items.splice(idx, 0, x);
    d.setItems(items);
    d.state++;
    return None;
  }),
  byArity("remove", (s, x) => {
    const d = DQ(s);
    const i = findIndex(d, x, 0, d.length, true);
    if (i < 0) throw valueError(`${repr(x)} is not in deque`);
    const items = d.items();
    items.splice(i, 1);
    d.setItems(items);
    d.state++;
    return None;
  }),
  ["reverse", (s) => {
    DQ(s).setItems(DQ(s).items().reverse());
    return None;
  }, 0, 0],
  ["rotate", (s, args) => {
    rotate(DQ(s), args.length ? asSize(args[0]) : 1);
    return None;
  }, 0, 1],
  ["__len__", (s) => DQ(s).length, 0, 0],
  ["__bool__", (s) => DQ(s).length > 0, 0, 0],
  ["__iter__", (s) => dequeIter(DQ(s), false), 0, 0],
  ["__reversed__", (s) => dequeIter(DQ(s), true), 0, 0],
  ["__getitem__", (s, [k]) => DQ(s).at(itemIndex(DQ(s), k)), 1, 1],
  ["__setitem__", (s, [k, v]) => (DQ(s).setAt(itemIndex(DQ(s), k), v), None), 2, 2],
  ["__delitem__", (s, [k]) => {
    const d = DQ(s);
    const i = itemIndex(d, k);
    const items = d.items();
    items.splice(i, 1);
    d.setItems(items);
    d.state++;
    return None;
  }, 1, 1],
  ["__contains__", (s, [x]) => findIndex(DQ(s), x, 0, DQ(s).length) >= 0, 1, 1],
  ["__repr__", (s) => {
    const d = DQ(s);
    const name = typeOf(s).shortName;
    return reprGuard(d, "[...]", () => {
      const body = `[${d.items().map((v) => repr(v)).join(", ")}]`;
      return d.maxlen >= 0 ? `${name}(${body}, maxlen=${d.maxlen})` : `${name}(${body})`;
    });
  }, 0, 0],
  ["__add__", (s, [o]) => {
    if (!isInstance(o, DequeType)) throw typeError(`can only concatenate deque (not "${typeOf(o).name}") to deque`);
    const r = dequeCopy(DQ(s));
    extend(r, o, false);
    return r;
  }, 1, 1],
  ["__iadd__", (s, [o]) => (extend(DQ(s), o, false), s), 1, 1],
  ["__mul__", (s, [n]) => dequeRepeat(dequeCopy(DQ(s)), n), 1, 1],
  ["__rmul__", (s, [n]) => dequeRepeat(dequeCopy(DQ(s)), n), 1, 1],
  ["__imul__", (s, [n]) => dequeRepeat(DQ(s), n), 1, 1],
  ["__lt__", (s, [o]) => compareDeques(s, o, Cmp.LT), 1, 1],
  ["__le__", (s, [o]) => compareDeques(s, o, Cmp.LE), 1, 1],
  ["__eq__", (s, [o]) => compareDeques(s, o, Cmp.EQ), 1, 1],
  ["__ne__", (s, [o]) => compareDeques(s, o, Cmp.NE), 1, 1],
  ["__gt__", (s, [o]) => compareDeques(s, o, Cmp.GT), 1, 1],
  ["__ge__", (s, [o]) => compareDeques(s, o, Cmp.GE), 1, 1],
  ["__reduce__", (s) => {
    const d = DQ(s);
    const state = d.dict !== null && d.dict.size > 0 ? d.dict : None;
    return tuple([typeOf(s), d.maxlen < 0 ? tuple([]) : tuple([tuple([]), d.maxlen]), state, dequeIter(d, false)]);
  }, 0, 0],
]);
DequeType.ns.set("__hash__", None);
ownNew(DequeType);
defClassGetitem(DequeType);
defGetters(DequeType, [["maxlen", (s) => (DQ(s).maxlen < 0 ? None : DQ(s).maxlen)]]);

// ---- defaultdict -----------------------------------------------------------------------------------

export class PyDefaultDict extends PyDict {
  factory: PyObj = None;
}
export const DefaultDictType = staticType("collections", "defaultdict", [DictType], (cls) => new PyDefaultDict(cls));
addSequenceSlots(DequeType);
const DD = (x: PyObj) => x as PyDefaultDict;
defClassGetitem(DefaultDictType);

function newDefaultDict(like: PyObj, arg: PyObj): PyObj {
  return call(typeOf(like), [DD(like).factory, arg]);
}

defMethods(DefaultDictType, [
  ["__init__", (s, args, kw) => {
    const nkw = kw ? kw.length : 0;
    const npos = args.length - nkw;
    let rest = args;
    let factory: PyObj = None;
    if (npos > 0) {
      factory = args[0];
      if (factory !== None && typeOf(factory).lookup("__call__") === undefined) throw typeError("first argument must be callable or None");
      rest = args.slice(1);
    }
    DD(s).factory = factory;
    const init = DictType.ns.get("__init__")!;
    return call(init, [s, ...rest], kw);
  }],
  ["__missing__", (s, [k]) => {
    const f = DD(s).factory;
    if (f === None) throw keyError(k);
    const v = call(f, []);
    setitem(s, k, v);
    return v;
  }, 1, 1],
  ["__repr__", (s) => {
    const f = DD(s).factory;
    const base = dictRepr(DD(s));
    const fr = f === None ? "None" : reprGuard(f as PyObject, "...", () => repr(f));
    return `${typeOf(s).shortName}(${fr}, ${base})`;
  }, 0, 0],
  ["copy", (s) => newDefaultDict(s, s), 0, 0],
  ["__copy__", (s) => newDefaultDict(s, s), 0, 0],
  ["__reduce__", (s) => {
    const f = DD(s).factory;
    return tuple([typeOf(s), f === None ? tuple([]) : tuple([f]), None, None, iter(call(getattr(s, "items"), []))]);
  }, 0, 0],
  ["__or__", (s, [o]) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = newDefaultDict(s, s) as PyDict;
    dictMerge(r, o);
    return r;
  }, 1, 1],
  ["__ror__", (s, [o]) => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = newDefaultDict(s, o) as PyDict;
    dictMerge(r, s);
    return r;
  }, 1, 1],
]);
defGetters(DefaultDictType, [["default_factory", (s) => DD(s).factory, (s, v) => {
  DD(s).factory = v ?? None;
}]]);

// ---- _count_elements and _tuplegetter ------------------------------------------------------------

function countElements([mapping, iterable]: PyObj[]): PyObj {
  const it = iter(iterable);
  const get = getattr(mapping, "get");
  for (let e = next(it); e !== undefined; e = next(it)) {
    const old = call(get, [e, 0]);
    setitem(mapping, e, binaryOp(old, 1, BIN.add));
  }
  return None;
}

class PyTupleGetter extends PyObject {
  constructor(public index: number, public doc: PyObj) {
    super(TupleGetterType);
  }
}
const TupleGetterType = staticType("_collections", "_tuplegetter", [ObjectType]);
TupleGetterType.solid = TupleGetterType;
const TG = (x: PyObj) => x as PyTupleGetter;
defMethods(TupleGetterType, [
  ["__new__", (_cls, args, kw) => {
    if (kw && kw.length) throw typeError("_tuplegetter() takes no keyword arguments");
    if (args.length !== 2) throw typeError(`_tuplegetter expected 2 arguments, got ${args.length}`);
    return new PyTupleGetter(asSize(args[0]), args[1]);
  }],
  ["__get__", (s, [obj]) => {
    if (obj === None) return s;
    if (!(obj instanceof PyTuple)) {
      throw typeError(`descriptor for index '${TG(s).index}' for tuple subclasses doesn't apply to '${typeOf(obj).name}' object`);
    }
    const i = TG(s).index;
    if (i < 0 || i >= obj.items.length) throw indexError("tuple index out of range");
    return obj.items[i];
  }, 1, 2],
  ["__set__", () => {
    throw attributeError("can't set attribute");
  }, 2, 2],
  ["__delete__", () => {
    throw attributeError("can't delete attribute");
  }, 1, 1],
  ["__reduce__", (s) => tuple([TupleGetterType, tuple([TG(s).index, TG(s).doc])]), 0, 0],
  ["__repr__", (s) => `_tuplegetter(${TG(s).index}, ${repr(TG(s).doc)})`, 0, 0],
]);
defGetters(TupleGetterType, [["__doc__", (s) => TG(s).doc, (s, v) => {
  TG(s).doc = v ?? None;
}]]);

export function makeCollections(): PyModule {
  return makeModule("_collections", [["_count_elements", posFn("_count_elements", 2, 2, countElements)]], [
    ["deque", DequeType], ["defaultdict", DefaultDictType], ["_deque_iterator", DequeIterType], ["_deque_reverse_iterator", DequeRevIterType],
    ["_tuplegetter", TupleGetterType], ["OrderedDict", ODictType],
  ], "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n");
}

