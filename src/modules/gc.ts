// The gc module (Modules/gcmodule.c, 3.10). dislab has no reference counting and no cycle collector
// of its own: unreachable objects, cycles included, are reclaimed by the JavaScript engine's
// collector. So a collection here finds nothing to free (collect() returns 0 and reports
// collected=0 to gc.callbacks, as CPython does when there is no cyclic garbage), the allocation
// counts stay at 0 and there is one generation of objects in effect (get_objects(g) lists every
// tracked object for g=2 and none for the younger ones). What the module says about the object graph
// is real: get_referents follows each type's references in tp_traverse's order, and get_objects,
// get_referrers and freeze walk the objects the program can reach (from the running frames,
// sys.modules, builtins and the exception being handled), which are the ones CPython's collector
// would hold. is_tracked follows CPython's rules (atoms never, dicts only while they hold a tracked
// key or value, tuples as after a collection untracks those of atoms).
import {
  type PyObj, PyBaseException, PyObject, PyType, PyList, PyMethod, PyCell, PyTuple, PyDict, PySet, PyFunction, PyModule, Frame, PyGen, DISOWNED, gcTracked,
  None, typeOf, call, newExc, typeError, ValueError, bindArgs, noKwargs,
  asCInt,
  asArgInt,
  asSize,
  isIndexable,
} from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { expose } from "../objects/frame.ts";
import { makeModule, posFn, type Fn } from "./util.ts";


/** The objects `x` refers to, in the order CPython's tp_traverse visits them. */
function referents(x: PyObj): PyObj[] {
  if (typeof x !== "object") return [];
  if (x instanceof PyList || x instanceof PyTuple) {
    const out: PyObj[] = [];
    for (let i = x.items.length - 1; i >= 0; i--) out.push(x.items[i]); // list_traverse and tupletraverse go backwards
    return withInstanceParts(x, out);
  }
  if (x instanceof PyDict) {
    const out: PyObj[] = [];
    // a dict of str keys only visits its values; any other key switches dict_traverse to value, key
    const strKeys = x.keys().every((k) => typeof k === "string");
    for (const e of x.entries()) strKeys ? out.push(e.value) : out.push(e.value, e.key);
    return withInstanceParts(x, out);
  }
  if (x instanceof PySet) return withInstanceParts(x, x.items());
  if (x instanceof PyFunction) {
    const out: PyObj[] = [x.code, x.globals];
    if (x.builtins) out.push(x.builtins);
    out.push(x.module);
    if (x.defaults) out.push(new PyTuple(x.defaults));
    if (x.kwdefaults) out.push(x.kwdefaults);
    out.push(x.doc, x.name);
    if (x.dict) out.push(x.dict);
    if (x.closure) out.push(new PyTuple(x.closure));
    if (x.annotations !== None) out.push(x.annotations);
    out.push(x.qualname);
    return out;
  }
  if (x instanceof PyModule) return [x.dict];
  if (x instanceof Frame) {
    // its locals' values go to Python code: none of them is owned by the frame any more (gen-finalize.ts)
    x.owned = DISOWNED;
    x.tbOwned = null;
    const out: PyObj[] = [];
    if (x.back) out.push(x.back);
    out.push(x.code, x.builtins, x.globals);
    if (x.locals) out.push(x.locals);
    if (x.trace !== None) out.push(x.trace);
    for (const v of x.fast) if (v !== undefined) out.push(v);
    for (const c of x.cells) out.push(c);
    return out;
  }
  if (x instanceof PyMethod) return [x.func, x.self];
  if (x instanceof PyCell) return x.value === undefined ? [] : [x.value];
  return withInstanceParts(x, []);
}

/**
 * subtype_traverse: an instance of a heap type refers to its __dict__ and its type before what its
 * builtin base visits. A class refers to its namespace dict, __mro__, __bases__ and __base__
 * (type_traverse).
 */
function withInstanceParts(x: PyObject, out: PyObj[]): PyObj[] {
  if (x instanceof PyType) {
    if (x.heap) out.push(namespaceDict(x), new PyTuple(x.mro), new PyTuple(x.bases), x.bases[0]);
    return out;
  }
  const pre: PyObj[] = [];
  if (x.dict) pre.push(x.dict);
  if (x.cls.heap) pre.push(x.cls);
  return pre.length === 0 ? out : [...pre, ...out];
}

/**
 * A class's namespace as gc shows it: CPython's tp_dict is a dict object, dislab keeps the
 * namespace in the type itself (PyType.ns). One dict per class, refilled from the namespace each
 * time gc hands it out, so that gc.get_referrers leads from a method's function to the class dict
 * and from there to the class (how trace.py's --listfuncs and --trackcalls name "Class.method").
 */
const namespaceDicts = new WeakMap<PyType, PyDict>();
function namespaceDict(t: PyType): PyDict {
  let d = namespaceDicts.get(t);
  if (d === undefined) namespaceDicts.set(t, (d = new PyDict()));
  d.clear();
  for (const [k, v] of t.ns) d.setStr(k, v);
  return d;
}

function isTracked(x: PyObj): boolean {
  // only an object whose type has Py_TPFLAGS_HAVE_GC (object() and the atoms have not; every
  // class has, a float subclass with __slots__ = () too)
  if (!gcTracked(x)) return false;
  if (typeof x !== "object") return false;
  if (x instanceof PyType || x.cls.heap) return true;
  if (x instanceof PyDict) {
    for (const e of x.entries()) if (isTracked(e.key) || isTracked(e.value)) return true;
    return false;
  }
  if (x instanceof PyTuple) return x.items.some(isTracked);
  return true;
}

/** Every tracked Python object the program can reach (what CPython's generations hold). */
function reachableObjects(): PyObject[] {
  const seen = new Set<object>();
  const found: PyObject[] = [];
  const running = (interp as unknown as { frame?: Frame | null }).frame ?? null;
  const work: unknown[] = [running, interp.modules, interp.builtins, interp.excInfo, interp.excTb, interp.sys];
  while (work.length > 0) {
    const x = work.pop();
    if (x === null || typeof x !== "object" || seen.has(x)) continue;
    seen.add(x);
    if (ArrayBuffer.isView(x) || x instanceof ArrayBuffer || x instanceof WeakMap || x instanceof WeakSet || x instanceof Promise) continue;
    if (x instanceof Frame) {
      // a code object's spare frames are no program's; any other one the program may now hold,
      // and the generators its locals owned (gen-finalize.ts) with it
      if (x.retired) continue;
      expose(x);
      x.owned = DISOWNED;
      x.tbOwned = null;
    }
    // a generator found here goes to Python code: no for loop's slot or call holds it alone any more
    if (x instanceof PyGen) {
      x.loopOwned = false;
      x.bornAt = null;
    }
    // and an exception, however it is held (vm/caught-finalize.ts)
    if (x instanceof PyBaseException) x.exposed = true;
    if (x instanceof PyObject) {
      if (isTracked(x)) found.push(x);
      // static types hold no program data (their caches may reach other interpreters' objects)
      if (x instanceof PyType && !x.heap) continue;
      if (x instanceof PyType) work.push(namespaceDict(x));
    }
    if (Array.isArray(x)) for (let i = 0; i < x.length; i++) work.push(x[i]);
    else if (x instanceof Map) x.forEach((v, k) => work.push(k, v));
    else if (x instanceof Set) x.forEach((v) => work.push(v));
    else for (const k in x) work.push((x as Record<string, unknown>)[k]);
  }
  return found;
}

const GENERATIONS = 3;

const DOCS = new Map([
  ["enable", "enable($module, /)\n--\n\nEnable automatic garbage collection."],
  ["disable", "disable($module, /)\n--\n\nDisable automatic garbage collection."],
  ["isenabled", "isenabled($module, /)\n--\n\nReturns true if automatic garbage collection is enabled."],
  ["collect", "collect($module, /, generation=2)\n--\n\nRun the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned."],
  ["get_count", "get_count($module, /)\n--\n\nReturn a three-tuple of the current collection counts."],
  ["get_threshold", "get_threshold($module, /)\n--\n\nReturn the current collection thresholds."],
  ["set_threshold", "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n"],
  ["get_debug", "get_debug($module, /)\n--\n\nGet the garbage collection debugging flags."],
  ["set_debug", "set_debug($module, flags, /)\n--\n\nSet the garbage collection debugging flags.\n\n  flags\n    An integer that can have the following bits turned on:\n      DEBUG_STATS - Print statistics during collection.\n      DEBUG_COLLECTABLE - Print collectable objects found.\n      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects\n        found.\n      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.\n      DEBUG_LEAK - Debug leaking programs (everything but STATS).\n\nDebugging information is written to sys.stderr."],
  ["get_stats", "get_stats($module, /)\n--\n\nReturn a list of dictionaries containing per-generation statistics."],
  ["get_objects", "get_objects($module, /, generation=None)\n--\n\nReturn a list of objects tracked by the collector (excluding the list returned).\n\n  generation\n    Generation to extract the objects from.\n\nIf generation is not None, return only the objects tracked by the collector\nthat are in that generation."],
  ["get_referrers", "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs."],
  ["get_referents", "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs."],
  ["is_tracked", "is_tracked($module, obj, /)\n--\n\nReturns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false."],
  ["is_finalized", "is_finalized($module, obj, /)\n--\n\nReturns true if the object has been already finalized by the GC."],
  ["freeze", "freeze($module, /)\n--\n\nFreeze all current tracked objects and ignore them for future collections.\n\nThis can be used before a POSIX fork() call to make the gc copy-on-write friendly.\nNote: collection before a POSIX fork() call may free pages for future allocation\nwhich can cause copy-on-write."],
  ["unfreeze", "unfreeze($module, /)\n--\n\nUnfreeze all objects in the permanent generation.\n\nPut all objects in the permanent generation back into oldest generation."],
  ["get_freeze_count", "get_freeze_count($module, /)\n--\n\nReturn the number of objects in the permanent generation."],
]);

const MODULE_DOC =
  "This module provides access to the garbage collector for reference cycles.\n\n" +
  "enable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\n" +
  "isenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\n" +
  "get_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\n" +
  "set_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\n" +
  "get_threshold() -- Return the current the collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\n" +
  "is_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\n" +
  "get_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\n" +
  "freeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\n" +
  "get_freeze_count() -- Return the number of objects in the permanent generation.\n";

export function makeGc(): PyModule {
  // the collector's state, per interpreter (each import of a fresh interpreter builds its own module)
  let enabled = true;
  let debug = 0;
  const thresholds = [700, 10, 10];
  const collections = [0, 0, 0];
  let frozen = 0;
  const garbage = new PyList([]);
  const callbacks = new PyList([]);

  const collect: Fn = (args, kw) => {
    const [g] = bindArgs("collect", args, kw, ["generation"], 0);
    const gen = g === undefined ? GENERATIONS - 1 : asCInt(g);
    if (gen < 0 || gen >= GENERATIONS) throw newExc(ValueError, "invalid generation");
    const report = (phase: string) => {
      if (callbacks.items.length === 0) return;
      const info = new PyDict();
      info.setStr("generation", gen);
      info.setStr("collected", 0);
      info.setStr("uncollectable", 0);
      for (const cb of callbacks.items.slice()) call(cb, [phase, info]);
    };
    report("start");
    collections[gen]++;
    report("stop");
    return 0;
  };

  const getObjects: Fn = (args, kw) => {
    const [g] = bindArgs("get_objects", args, kw, ["generation"], 0);
    if (g !== undefined && g !== None) {
      // _Py_convert_optional_to_ssize_t: anything with __index__, as PyNumber_AsSsize_t converts it
      if (!isIndexable(g)) throw typeError(`argument should be integer or None, not '${typeOf(g).name}'`);
      const gen = asSize(g);
      if (gen >= GENERATIONS) throw newExc(ValueError, `generation parameter must be less than the number of available generations (${GENERATIONS})`);
      // -1 is the C default, "every generation"
      if (gen < -1) throw newExc(ValueError, "generation parameter cannot be negative");
      if (gen >= 0 && gen < GENERATIONS - 1) return new PyList([]);
    }
    return new PyList(reachableObjects());
  };

  const setThreshold: Fn = (args, kw) => {
    noKwargs("set_threshold", kw);
    if (args.length < 1) throw typeError(`set_threshold() takes at least 1 argument (${args.length} given)`);
    if (args.length > 3) throw typeError(`set_threshold() takes at most 3 arguments (${args.length} given)`);
    const vals = args.map((a) => asArgInt(a));
    vals.forEach((v, i) => (thresholds[i] = v));
    return None;
  };

  const getReferrers: Fn = (args, kw) => {
    noKwargs("get_referrers", kw);
    const out: PyObj[] = [];
    for (const o of reachableObjects()) if (referents(o).some((r) => args.some((a) => a === r))) out.push(o);
    return new PyList(out);
  };

  const getReferents: Fn = (args, kw) => {
    noKwargs("get_referents", kw);
    const out: PyObj[] = [];
    for (const a of args) if (isTracked(a) || a instanceof PyTuple || a instanceof PyDict) out.push(...referents(a));
    return new PyList(out);
  };

  const m = makeModule("gc", [
    ["enable", posFn("gc.enable", 0, 0, () => ((enabled = true), None))],
    ["disable", posFn("gc.disable", 0, 0, () => ((enabled = false), None))],
    ["isenabled", posFn("gc.isenabled", 0, 0, () => enabled)],
    ["collect", collect],
    ["get_count", posFn("gc.get_count", 0, 0, () => new PyTuple([0, 0, 0]))],
    ["get_threshold", posFn("gc.get_threshold", 0, 0, () => new PyTuple(thresholds.slice()))],
    ["set_threshold", setThreshold],
    ["get_debug", posFn("gc.get_debug", 0, 0, () => debug)],
    ["set_debug", posFn("set_debug", 1, 1, ([f]) => ((debug = asCInt(f)), None))],
    ["get_stats", posFn("gc.get_stats", 0, 0, () => new PyList(collections.map((n) => {
      const d = new PyDict();
      d.setStr("collections", n);
      d.setStr("collected", 0);
      d.setStr("uncollectable", 0);
      return d;
    })))],
    ["get_objects", getObjects],
    ["get_referrers", getReferrers],
    ["get_referents", getReferents],
    ["is_tracked", posFn("gc.is_tracked", 1, 1, ([o]) => isTracked(o))],
    // nothing is finalized by a collector here (__del__ never runs: design §9)
    ["is_finalized", posFn("gc.is_finalized", 1, 1, () => false)],
    ["freeze", posFn("gc.freeze", 0, 0, () => ((frozen += reachableObjects().length), None))],
    ["unfreeze", posFn("gc.unfreeze", 0, 0, () => ((frozen = 0), None))],
    ["get_freeze_count", posFn("gc.get_freeze_count", 0, 0, () => frozen)],
  ], [
    ["garbage", garbage],
    ["callbacks", callbacks],
    ["DEBUG_STATS", 1],
    ["DEBUG_COLLECTABLE", 2],
    ["DEBUG_UNCOLLECTABLE", 4],
    ["DEBUG_SAVEALL", 32],
    ["DEBUG_LEAK", 38],
  ], MODULE_DOC, DOCS);
  return m;
}
