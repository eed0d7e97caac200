// The _abc accelerator (Modules/_abc.c, 3.10) that abc.ABCMeta is built on: the abstract methods
// of a new ABC, the registry of virtual subclasses, and the caches of isinstance/issubclass answers
// with their invalidation token. Without it abc.py falls back to _py_abc, whose ABCMeta in Python
// made importing collections.abc, typing and the modules that use them several times slower.
//
// It also keeps the 3.10 pattern-matching flags: an ABC whose namespace sets __abc_tpflags__
// (collections.abc.Sequence and Mapping do) gets TPFLAGS_SEQUENCE or TPFLAGS_MAPPING, and a class
// registered with it gets the flag too, with its subclasses (set_collection_flag_recursive), so
// `Sequence.register(C)` makes instances of C match sequence patterns.
//
// CPython keeps the registry and both caches as sets of weak references. dislab's references never
// die (docs/vm-design.md, "No reference counting"), so they hold the classes themselves; _get_dump
// wraps them in weakref objects as CPython's does.
import {
  type PyObj, PyType, PyObject, PyModule, PyList, None, NotImplemented, TypeType, ObjectType, FrozenSetType, PySet, newSet, tuple, typeOf,
  getattr, getattrOpt, setattr, callMethod, toArray, truthy, typeError, newExc, RuntimeError, AssertionError, invalidateType, asStr,
  COLLECTION_FLAGS, PyTuple, call,
} from "../objects/index.ts";
import { issubclassCheck as issubclass } from "../builtins/functions.ts";
import { RefType } from "../builtins/weakref.ts";
import { inModule, makeModule, posFn, type Fn } from "./util.ts";

const AbcDataType = inModule(new PyType(TypeType, "_abc_data", [ObjectType], () => new PyAbcData(0)), "_abc");
AbcDataType.solid = AbcDataType;

/** An ABC's _abc_impl: its virtual subclasses, the classes known to be its subclasses or not, and the token the latter is valid for. */
class PyAbcData extends PyObject {
  registry = new Set<PyObj>();
  cache = new Set<PyObj>();
  negativeCache = new Set<PyObj>();
  constructor(public negativeVersion: number) {
    super(AbcDataType);
  }
}

/** _PyObject_IsAbstract: a true __isabstractmethod__. */
function isAbstract(x: PyObj): boolean {
  const v = getattrOpt(x, "__isabstractmethod__");
  return v !== undefined && truthy(v);
}

/** compute_abstract_methods: the namespace's abstract names, then the bases' abstract names still abstract here. */
function computeAbstractMethods(self: PyObj): void {
  const abstracts = new PySet(FrozenSetType);
  // (a snapshot of the items: __isabstractmethod__ may run code that changes the namespace)
  for (const item of toArray(callMethod(getattr(self, "__dict__"), "items", []))) {
    const pair = toArray(item);
    if (pair.length !== 2) throw typeError("items() returned item which size is not 2");
    if (isAbstract(pair[1]!)) abstracts.add(pair[0]!);
  }
  const bases = getattr(self, "__bases__");
  if (!(bases instanceof PyTuple)) throw typeError("__bases__ is not tuple");
  for (const base of bases.items) {
    const inherited = getattrOpt(base, "__abstractmethods__");
    if (inherited === undefined) continue;
    for (const name of toArray(inherited)) {
      const n = asStr(name);
      const v = n === null ? undefined : getattrOpt(self, n);
      if (v !== undefined && isAbstract(v)) abstracts.add(name);
    }
  }
  setattr(self, "__abstractmethods__", abstracts);
}

/** set_collection_flag_recursive: a class registered with a Sequence or Mapping ABC, and its subclasses, take its flag (builtin types keep theirs). */
function setCollectionFlag(child: PyType, flag: number): void {
  if (!child.heap || (child.collectionFlags & COLLECTION_FLAGS) === flag) return;
  child.collectionFlags = (child.collectionFlags & ~COLLECTION_FLAGS) | flag;
  for (const grandchild of child.subclasses) setCollectionFlag(grandchild, flag);
}

export function makeAbc(): PyModule {
  /** abc_invalidation_counter: bumped by every registration, so negative caches know they are stale. */
  let token = 0;

  const implOf = (self: PyObj): PyAbcData => {
    const impl = getattr(self, "_abc_impl");
    if (!(impl instanceof PyAbcData)) throw typeError("_abc_impl is set to a wrong type");
    return impl;
  };

  const abcInit = (self: PyObj): PyObj => {
    computeAbstractMethods(self);
    setattr(self, "_abc_impl", new PyAbcData(token));
    // __abc_tpflags__ in the class's own namespace: the flag for sequence or mapping patterns, then gone
    if (self instanceof PyType) {
      const flags = self.ns.get("__abc_tpflags__");
      if (flags !== undefined) {
        if (typeof flags === "number") {
          if ((flags & COLLECTION_FLAGS) === COLLECTION_FLAGS) throw typeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
          self.collectionFlags |= flags & COLLECTION_FLAGS;
        }
        self.ns.delete("__abc_tpflags__");
        invalidateType(self);
      }
    }
    return None;
  };

  const register = (self: PyObj, subclass: PyObj): PyObj => {
    if (!(subclass instanceof PyType)) throw typeError("Can only register classes");
    if (issubclass(subclass, self)) return subclass;
    // (the cycle test comes after "already a subclass": X.register(X) is a no-op)
    if (issubclass(self, subclass)) throw newExc(RuntimeError, "Refusing to create an inheritance cycle");
    implOf(self).registry.add(subclass);
    token++;
    if (self instanceof PyType) {
      const flag = self.collectionFlags & COLLECTION_FLAGS;
      if (flag !== 0) setCollectionFlag(subclass, flag);
    }
    return subclass;
  };

  const instanceCheck = (self: PyObj, instance: PyObj): PyObj => {
    const impl = implOf(self);
    const subclass = getattr(instance, "__class__");
    if (impl.cache.has(subclass)) return true;
    const subtype = typeOf(instance);
    if (subtype === subclass) {
      if (impl.negativeVersion === token && impl.negativeCache.has(subclass)) return false;
      return callMethod(self, "__subclasscheck__", [subclass]);
    }
    const r = callMethod(self, "__subclasscheck__", [subclass]);
    return truthy(r) ? r : callMethod(self, "__subclasscheck__", [subtype]);
  };

  const subclassCheck = (self: PyObj, subclass: PyObj): PyObj => {
    if (!(subclass instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
    const impl = implOf(self);
    // 1. the cache, 2. the negative cache (emptied when a registration made it stale)
    if (impl.cache.has(subclass)) return true;
    if (impl.negativeVersion < token) {
      impl.negativeCache.clear();
      impl.negativeVersion = token;
    } else if (impl.negativeCache.has(subclass)) return false;
    // 3. the subclass hook
    const ok = callMethod(self, "__subclasshook__", [subclass]);
    if (ok === true) {
      impl.cache.add(subclass);
      return true;
    }
    if (ok === false) {
      impl.negativeCache.add(subclass);
      return false;
    }
    if (ok !== NotImplemented) throw newExc(AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
    // 4. a real subclass, 5. a subclass of a registered class, 6. of a subclass
    const found = subclass.mro.includes(self as PyType) || [...impl.registry].some((r) => issubclass(subclass, r)) || subclassesOf(self).some((s) => issubclass(subclass, s));
    (found ? impl.cache : impl.negativeCache).add(subclass);
    return found;
  };

  const subclassesOf = (self: PyObj): PyObj[] => {
    const subclasses = callMethod(self, "__subclasses__", []);
    if (!(subclasses instanceof PyList)) throw typeError("__subclasses__() must return a list");
    return subclasses.items.slice();
  };

  const weakSet = (classes: Set<PyObj>): PySet => newSet([...classes].map((c) => call(RefType, [c])));

  const fns: [string, Fn][] = [
    ["get_cache_token", posFn("_abc.get_cache_token", 0, 0, () => token)],
    ["_abc_init", posFn("_abc._abc_init", 1, 1, ([self]) => abcInit(self!))],
    ["_abc_register", posFn("_abc._abc_register", 2, 2, ([self, subclass]) => register(self!, subclass!))],
    ["_abc_instancecheck", posFn("_abc._abc_instancecheck", 2, 2, ([self, instance]) => instanceCheck(self!, instance!))],
    ["_abc_subclasscheck", posFn("_abc._abc_subclasscheck", 2, 2, ([self, subclass]) => subclassCheck(self!, subclass!))],
    ["_get_dump", posFn("_abc._get_dump", 1, 1, ([self]) => {
      const impl = implOf(self!);
      return tuple([weakSet(impl.registry), weakSet(impl.cache), weakSet(impl.negativeCache), impl.negativeVersion]);
    })],
    ["_reset_registry", posFn("_abc._reset_registry", 1, 1, ([self]) => {
      implOf(self!).registry.clear();
      return None;
    })],
    ["_reset_caches", posFn("_abc._reset_caches", 1, 1, ([self]) => {
      const impl = implOf(self!);
      impl.cache.clear();
      impl.negativeCache.clear();
      return None;
    })],
  ];
  return makeModule("_abc", fns, [], "Module contains faster C implementation of abc.ABCMeta");
}
