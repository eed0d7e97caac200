// collections.OrderedDict as _collections gives it (Objects/odictobject.c, 3.10): a dict subclass
// whose order is a doubly linked list of nodes kept beside the dict's own storage. The dict keeps
// insertion order, the list the OrderedDict's (move_to_end changes only the list), so dict's own
// methods called on an OrderedDict (dict.__setitem__(od, k, v)) bypass the list as they do in C,
// and what they leave behind shows as the same KeyErrors. A node is found through the dict: only a
// key the dict holds has one, filed under the dict's canonical key for it.
//
// Iterators (odict_iterator, one type for keys, values, items and reversed) hold the key they give
// next and the OrderedDict's `state`, bumped whenever a node is linked or unlinked: a change of
// state is "OrderedDict mutated during iteration" (and ends the iterator), a change of size without
// one (dict.__setitem__, clear) is "OrderedDict changed size during iteration", raised again on
// every later call.
import {
  type PyObj, PyType, PyIter, PyDict, PyDictView, PyList, None, NotImplemented, TypeType, DictType, DictKeysType, DictValuesType,
  DictItemsType, ObjectType, tuple, typeOf, iter, next, call, callMethod, repr, eq, getattrOpt, getitem, setitem, delitem, contains, len, truthy,
  typeError, valueError, keyError, runtimeError, newExc, StopIteration, defMethods, defClassMethods, bindArgs, reprGuard, isInstance, dictEq,
  dictDescr, toArray, TPFLAGS_MAPPING, PyTuple, PyBaseException, KeyError,
} from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { inModule } from "./util.ts";

class ODictNode {
  prev: ODictNode | null = null;
  next: ODictNode | null = null;
  constructor(
    readonly key: PyObj,
    /** The dict's canonical key for `key` (PyDict.canon), under which `nodes` files this node. */
    readonly canon: unknown,
  ) {}
}

export class PyODict extends PyDict {
  head: ODictNode | null = null;
  tail: ODictNode | null = null;
  nodes = new Map<unknown, ODictNode>();
  /** od_state: bumped when a node is linked or unlinked (iterators compare it). */
  state = 0;
}

export const ODictType = inModule(new PyType(TypeType, "collections.OrderedDict", [DictType], (cls) => new PyODict(cls)), "collections");
ODictType.qualname = "OrderedDict";
ODictType.collectionFlags = TPFLAGS_MAPPING;
ODictType.hasDict = true;
ODictType.ns.set("__dict__", dictDescr(ODictType, false));
ODictType.ns.set("__doc__", "Dictionary that remembers insertion order");
ODictType.ns.set("__hash__", None);

const OD = (x: PyObj) => x as PyODict;
const isExact = (od: PyODict) => od.cls === ODictType;

// ---- the linked list ----------------------------------------------------------------------------

function linkTail(od: PyODict, node: ODictNode): void {
  node.prev = od.tail;
  node.next = null;
  if (od.tail) od.tail.next = node;
  else od.head = node;
  od.tail = node;
  od.state++;
}

function linkHead(od: PyODict, node: ODictNode): void {
  node.next = od.head;
  node.prev = null;
  if (od.head) od.head.prev = node;
  else od.tail = node;
  od.head = node;
  od.state++;
}

function unlink(od: PyODict, node: ODictNode): void {
  if (node.prev) node.prev.next = node.next;
  else od.head = node.next;
  if (node.next) node.next.prev = node.prev;
  else od.tail = node.prev;
  od.state++;
}

/** The node of `key` (hashing it, so an unhashable key raises), or undefined when the dict lacks the key. */
function findNode(od: PyODict, key: PyObj): ODictNode | undefined {
  const c = od.canon(key, false);
  return od.map.has(c) ? od.nodes.get(c) : undefined;
}

function removeNode(od: PyODict, node: ODictNode): void {
  unlink(od, node);
  od.nodes.delete(node.canon);
}

/** The keys in the list's order (a snapshot, for loops that run Python code). */
function keysInOrder(od: PyODict): PyObj[] {
  const out: PyObj[] = [];
  for (let n = od.head; n !== null; n = n.next) out.push(n.key);
  return out;
}

/**
 * The KeyError of PyErr_SetObject(PyExc_KeyError, key), which the C OrderedDict's pop, move_to_end
 * and iterators raise: a tuple key is taken as the exception's arguments (`od.pop((2,))` is
 * KeyError(2)), and None as none, unlike a dict's KeyError, which holds the key itself.
 */
function keyErrorSet(key: PyObj): PyBaseException {
  if (key === None) return newExc(KeyError);
  return key instanceof PyTuple ? newExc(KeyError, ...key.items) : keyError(key);
}

/** PyODict_GetItem for a key of the list: a key the dict no longer holds is a KeyError. */
function valueOf(od: PyODict, key: PyObj): PyObj {
  const v = od.get(key);
  if (v === undefined) throw keyError(key);
  return v;
}

// ---- item operations ------------------------------------------------------------------------------

/** PyODict_SetItem: the dict first, then a node for a key that has none. */
export function odictSet(od: PyODict, key: PyObj, value: PyObj): void {
  const c = od.set(key, value);
  if (!od.nodes.has(c)) {
    const node = new ODictNode(key, c);
    od.nodes.set(c, node);
    linkTail(od, node);
  }
}

/** PyODict_DelItem: the node (if any), then the dict's entry (KeyError without one). */
function odictDel(od: PyODict, key: PyObj): void {
  const node = findNode(od, key);
  if (node) removeNode(od, node);
  if (od.del(key) === undefined) throw keyError(key);
}

/**
 * _odict_popkey: key's value, removed, else `dflt`, else KeyError. A subclass is asked through its
 * own __contains__, __getitem__ and __delitem__.
 */
function popKey(od: PyODict, key: PyObj, dflt: PyObj | undefined): PyObj {
  let value: PyObj | undefined;
  const node = findNode(od, key);
  if (isExact(od)) {
    if (node) {
      value = od.get(key);
      if (value !== undefined) {
        removeNode(od, node);
        od.del(key);
      }
    }
  } else if (contains(od, key)) {
    value = getitem(od, key);
    delitem(od, key);
  }
  if (value !== undefined) return value;
  if (dflt !== undefined) return dflt;
  throw keyErrorSet(key);
}

// ---- update (MutableMapping.update as odictobject.c writes it in C) --------------------------------

/** mutablemapping_add_pairs: each item of `pairs` unpacked to exactly (key, value). */
function addPairs(od: PyObj, pairs: PyObj): void {
  const it = iter(pairs);
  for (let pair = next(it); pair !== undefined; pair = next(it)) {
    const pit = iter(pair);
    const key = next(pit);
    if (key === undefined) throw valueError("need more than 0 values to unpack");
    const value = next(pit);
    if (value === undefined) throw valueError("need more than 1 value to unpack");
    if (next(pit) !== undefined) throw valueError("too many values to unpack (expected 2)");
    setitem(od, key, value);
  }
}

/** mutablemapping_update_arg: an exact dict's items, else keys() and [], else items(), else pairs. */
function updateFrom(od: PyObj, arg: PyObj): void {
  if (arg instanceof PyDict && arg.cls === DictType) {
    for (const e of arg.entries()) setitem(od, e.key, e.value);
    return;
  }
  const keys = getattrOpt(arg, "keys");
  if (keys !== undefined) {
    const it = iter(call(keys, []));
    for (let k = next(it); k !== undefined; k = next(it)) setitem(od, k, getitem(arg, k));
    return;
  }
  const items = getattrOpt(arg, "items");
  addPairs(od, items !== undefined ? call(items, []) : arg);
}

/** mutablemapping_update: at most one positional argument, then the keywords in order. */
function update(od: PyObj, args: PyObj[], kw: readonly string[] | null): void {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`update() takes at most 1 positional argument (${npos} given)`);
  if (npos === 1) updateFrom(od, args[0]);
  for (let i = 0; i < nkw; i++) setitem(od, kw![i], args[npos + i]);
}

// ---- iterators and views ------------------------------------------------------------------------

const enum Kind { Keys, Values, Items }

export const ODictIterType = new PyType(TypeType, "odict_iterator", [ObjectType]);
ODictIterType.solid = ODictIterType;
ODictIterType.factory = null;
ODictIterType.ns.set("__doc__", None);
ODictIterType.baseAllowed = false;

class PyODictIter extends PyIter {
  /** null once the iterator has ended (di_odict). */
  od: PyODict | null;
  /** The key to give next, null at the end of the list. */
  current: PyObj | null;
  state: number;
  size: number;
  constructor(od: PyODict, readonly kind: Kind, readonly reversed: boolean) {
    super(ODictIterType, null!, null);
    this.od = od;
    const first = reversed ? od.tail : od.head;
    this.current = first ? first.key : null;
    this.state = od.state;
    this.size = od.size;
    this.step = () => this.nextItem();
  }

  /** odictiter_nextkey. */
  private nextKey(): PyObj | undefined {
    const od = this.od;
    if (od === null) return undefined;
    if (this.current === null) {
      this.od = null;
      return undefined;
    }
    if (od.state !== this.state) {
      this.od = null;
      throw runtimeError("OrderedDict mutated during iteration");
    }
    if (od.size !== this.size) {
      this.size = -1;
      throw runtimeError("OrderedDict changed size during iteration");
    }
    const key = this.current;
    const node = findNode(od, key);
    if (node === undefined) {
      this.current = null;
      throw keyErrorSet(key);
    }
    const after = this.reversed ? node.prev : node.next;
    this.current = after ? after.key : null;
    return key;
  }

  nextItem(): PyObj | undefined {
    const key = this.nextKey();
    if (key === undefined || this.kind === Kind.Keys) return key;
    const value = this.od!.get(key);
    if (value === undefined) {
      this.od = null;
      throw keyErrorSet(key);
    }
    return this.kind === Kind.Values ? value : tuple([key, value]);
  }

  /** A copy in the same state, so __reduce__ can read what is left without moving this one. */
  copy(): PyODictIter {
    const c = new PyODictIter(this.od ?? new PyODict(), this.kind, this.reversed);
    c.od = this.od;
    c.current = this.current;
    c.state = this.state;
    c.size = this.size;
    return c;
  }
}

defMethods(ODictIterType, [
  ["__iter__", (s) => s, 0, 0],
  ["__next__", (s) => {
    const v = (s as PyODictIter).nextItem();
    if (v === undefined) throw newExc(StopIteration);
    return v;
  }, 0, 0],
  // odictiter_reduce: iter(list(a copy of the iterator))
  ["__reduce__", (s) => {
    const rest: PyObj[] = [];
    const c = (s as PyODictIter).copy();
    for (let v = c.nextItem(); v !== undefined; v = c.nextItem()) rest.push(v);
    return tuple([interp.builtins.getStr("iter")!, tuple([new PyList(rest)])]);
  }, 0, 0],
]);

const viewType = (name: string, base: PyType, kind: Kind): PyType => {
  const t = new PyType(TypeType, name, [base]);
  t.baseAllowed = false;
  t.ns.set("__doc__", None);
  const od = (s: PyObj) => (s as PyDictView).d as PyODict;
  defMethods(t, [
    ["__iter__", (s) => new PyODictIter(od(s), kind, false), 0, 0],
    ["__reversed__", (s) => new PyODictIter(od(s), kind, true), 0, 0],
  ]);
  return t;
};
const ODictKeysType = viewType("odict_keys", DictKeysType, Kind.Keys);
const ODictValuesType = viewType("odict_values", DictValuesType, Kind.Values);
const ODictItemsType = viewType("odict_items", DictItemsType, Kind.Items);

// ---- comparison, |, repr ------------------------------------------------------------------------

/** _odict_keys_equal: the same keys in the same order (each pair compared with ==). */
function keysEqualInOrder(a: PyODict, b: PyODict): boolean {
  const [stateA, stateB] = [a.state, b.state];
  let na = a.head;
  let nb = b.head;
  for (;;) {
    if (na === null) return nb === null;
    if (nb === null) return false;
    if (!eq(na.key, nb.key)) return false;
    if (a.state !== stateA || b.state !== stateB) throw runtimeError("OrderedDict mutated during iteration");
    na = na.next;
    nb = nb.next;
  }
}

/** odict_richcompare: == and != as dict's, and between two OrderedDicts the order too. */
function compare(v: PyObj, w: PyObj, equal: boolean): PyObj {
  if (!isInstance(v, ODictType) || !(w instanceof PyDict)) return NotImplemented;
  let same = dictEq(OD(v), w);
  if (same && isInstance(w, ODictType)) same = keysEqualInOrder(OD(v), OD(w));
  return same === equal;
}

/** odict_or: a copy of `left` made by the OrderedDict operand's type, updated from `right`. */
function union(left: PyObj, right: PyObj): PyObj {
  const leftIsOd = isInstance(left, ODictType);
  const other = leftIsOd ? right : left;
  if (!(other instanceof PyDict)) return NotImplemented;
  const result = call(typeOf(leftIsOd ? left : right), [left]);
  updateFrom(result, right);
  return result;
}

function odictRepr(od: PyODict): string {
  const name = typeOf(od).shortName;
  if (od.size === 0) return `${name}()`;
  return reprGuard(od, "...", () => {
    // an exact OrderedDict lists its own nodes; a subclass is asked for its items()
    const pieces = isExact(od) ? keysInOrder(od).map((k) => tuple([k, valueOf(od, k)])) : toArray(callMethod(od, "items", []));
    return `${name}(${repr(new PyList(pieces))})`;
  });
}

/** odict_sizeof: dict's size, the node index (one pointer per slot of the hash table) and a node per key. */
function sizeOf(od: PyODict): PyObj {
  const dictSize = call(DictType.lookup("__sizeof__")!, [od]) as number;
  const n = od.size;
  if (n === 0) return dictSize;
  let slots = 8;
  while (slots * 2 < n * 3) slots *= 2;
  return dictSize + 8 * slots + 32 * n;
}

defMethods(ODictType, [
  // odict_init: "arguments", plural, as its own message says
  ["__init__", (s, args, kw) => {
    const npos = args.length - (kw ? kw.length : 0);
    if (npos > 1) throw typeError(`expected at most 1 arguments, got ${npos}`);
    update(s, args, kw);
    return None;
  }],
  ["__setitem__", (s, [k, v]) => (odictSet(OD(s), k, v), None), 2, 2],
  ["__delitem__", (s, [k]) => (odictDel(OD(s), k), None), 1, 1],
  ["__iter__", (s) => new PyODictIter(OD(s), Kind.Keys, false), 0, 0],
  ["__reversed__", (s) => new PyODictIter(OD(s), Kind.Keys, true), 0, 0],
  ["__repr__", (s) => odictRepr(OD(s)), 0, 0],
  ["__eq__", (s, [o]) => compare(s, o, true), 1, 1],
  ["__ne__", (s, [o]) => compare(s, o, false), 1, 1],
  ["__lt__", () => NotImplemented, 1, 1],
  ["__le__", () => NotImplemented, 1, 1],
  ["__gt__", () => NotImplemented, 1, 1],
  ["__ge__", () => NotImplemented, 1, 1],
  ["__or__", (s, [o]) => union(s, o), 1, 1],
  ["__ror__", (s, [o]) => union(o, s), 1, 1],
  ["__ior__", (s, [o]) => (updateFrom(s, o), s), 1, 1],
  ["__sizeof__", (s) => sizeOf(OD(s)), 0, 0],
  ["__reduce__", (s) => {
    // the instance's __dict__ when it holds anything, then the items as an iterator
    let state = getattrOpt(s, "__dict__") ?? None;
    if (state !== None && len(state) === 0) state = None;
    return tuple([typeOf(s), tuple([]), state, None, iter(callMethod(s, "items", []))]);
  }, 0, 0],
  ["keys", (s) => new PyDictView(ODictKeysType, OD(s)), 0, 0],
  ["values", (s) => new PyDictView(ODictValuesType, OD(s)), 0, 0],
  ["items", (s) => new PyDictView(ODictItemsType, OD(s)), 0, 0],
  ["update", (s, args, kw) => (update(s, args, kw), None)],
  ["clear", (s) => {
    const od = OD(s);
    od.clear();
    od.head = od.tail = null;
    od.nodes.clear();
    return None;
  }, 0, 0],
  ["copy", (s) => {
    const od = OD(s);
    if (isExact(od)) {
      const c = new PyODict(ODictType);
      for (const k of keysInOrder(od)) odictSet(c, k, valueOf(od, k));
      return c;
    }
    const c = call(typeOf(od), []);
    for (const k of keysInOrder(od)) setitem(c, k, getitem(od, k));
    return c;
  }, 0, 0],
  ["setdefault", (s, args, kw) => {
    const [key, dflt = None] = bindArgs("setdefault", args, kw, ["key", "default"], 1);
    const od = OD(s);
    if (isExact(od)) {
      const v = od.get(key!);
      if (v !== undefined) return v;
      odictSet(od, key!, dflt);
      return dflt;
    }
    if (contains(od, key!)) return getitem(od, key!);
    setitem(od, key!, dflt);
    return dflt;
  }],
  ["pop", (s, args, kw) => {
    const [key, dflt] = bindArgs("pop", args, kw, ["key", "default"], 1);
    return popKey(OD(s), key!, dflt);
  }],
  ["popitem", (s, args, kw) => {
    const [last = true] = bindArgs("popitem", args, kw, ["last"], 0);
    const od = OD(s);
    if (od.head === null) throw keyError("dictionary is empty");
    const key = (truthy(last) ? od.tail : od.head)!.key;
    return tuple([key, popKey(od, key, undefined)]);
  }],
  ["move_to_end", (s, args, kw) => {
    const [key, last = true] = bindArgs("move_to_end", args, kw, ["key", "last"], 1);
    const od = OD(s);
    const toEnd = truthy(last);
    const end = toEnd ? od.tail : od.head;
    if (end === null) throw keyErrorSet(key!);
    // (the end node itself, by identity, stays where it is)
    if (key === end.key) return None;
    const node = findNode(od, key!);
    if (node === undefined) throw keyErrorSet(key!);
    if (node !== end) {
      unlink(od, node);
      if (toEnd) linkTail(od, node);
      else linkHead(od, node);
    }
    return None;
  }],
]);

defClassMethods(ODictType, [
  // _PyDict_FromKeys for a type that is not exactly dict: cls(), then d[key] = value for each key
  ["fromkeys", (cls, args, kw) => {
    const [iterable, value = None] = bindArgs("fromkeys", args, kw, ["iterable", "value"], 1);
    const d = call(cls, []);
    const it = iter(iterable!);
    for (let k = next(it); k !== undefined; k = next(it)) setitem(d, k, value);
    return d;
  }],
]);
