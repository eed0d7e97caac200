// Closing abandoned generators without reference counts. CPython closes a generator the moment its
// last reference goes (`for x in gen(): break` runs gen's finally blocks at the break). dislab
// keeps objects alive, so it proves the common case cheaply instead: a generator made by a call
// whose result goes straight into GET_ITER (`for x in gen():`, `for x in (genexpr)`, or
// `for x in obj:` whose __iter__ is a generator function) is referenced only by that for loop's
// iterator slot, because nothing ran between its creation and GET_ITER, Python code cannot reach a
// frame's value stack, and a generator's body cannot reach its own generator object. Such a
// generator is "loop-owned": when the slot is dropped (POP_TOP at a break or return, the stack cut
// back by an exception) it is closed as _PyGen_Finalize would, and an exception from close() is
// reported as unraisable. The same holds for an async generator made by the call right before an
// `async for`'s GET_AITER. Two more proofs: a generator the STORE_FAST right after its call binds to
// a local whose every read cannot keep it is owned by that local (claimSlot), and let go when the
// frame returns, or at a STORE_FAST or DELETE_FAST over it (`g = None`, `del g`, `g = gen()`) where
// no read of the local may still be on the value stack (src/bytecode/owned-slots.ts
// releasingStores: not inside `for x in g:`, whose iterator slot still holds it); one passed
// straight to any(), all() or next() goes when that call is done with it (releaseArgument). At
// interpreter exit the suspended generators __main__'s globals reach are closed in the order
// CPython's final collection finalizes them (closeAtExit). What is not proven (a generator stored,
// passed along, or held where Python code can see the frame's locals) is left open
// (docs/vm-design.md §9).
import {
  anyGeneratorSuspended, anyCoroutineUnawaited,
  type PyObj, Frame, PyGen, PyDict, PyList, PyCell, PyMethod, PyModule, PyType, PyObject, PyFunction, GeneratorType, AsyncGeneratorType, CoroutineType, tuple, PyBaseException, PyTraceback, PyTuple, None, genClose, repr, str, call,
  callMethod, typeOf, getattrOpt, warnEx, vm, DISOWNED, PyBuiltinFunction, PySet, PyInstance, exceptionTypes,
} from "../objects/index.ts";
import { Op } from "../bytecode/opcodes.ts";
import { CLAIMABLE, VIA_NEXT } from "../bytecode/owned-slots.ts";
import { structSeqType, structSeq } from "../modules/posix/structseq.ts";
import { warnFromNative } from "../modules/warnings.ts";
import { CO_GENERATOR } from "../bytecode/flags.ts";
import { interp } from "./interp.ts";
import { unraisableText } from "./traceback.ts";

/** Stamps a generator the eval loop just made at instruction `index` of `frame`. */
export function born(g: PyGen, frame: Frame, index: number): PyGen {
  if (interp.coroOriginDepth !== 0 && g.cls === CoroutineType) recordOrigin(g, frame, index);
  // the frame is compared by identity at its next GET_ITER: not to be reused meanwhile
  frame.escaped = true;
  g.bornAt = frame;
  g.bornIndex = index;
  const code = frame.code;
  if (code.ops[index + 1] === Op.STORE_FAST && frame.owned !== DISOWNED) claimSlot(g, frame, code.args[index + 1]!, index);
  return g;
}

/**
 * The STORE_FAST right after the call that made `g` stores it in local k: a local that can own a
 * generator (src/bytecode/owned-slots.ts) owns it until the frame returns. The generator it owned
 * before is let go, as that store drops its last reference, unless a read of the local may still
 * be on the value stack (the store is inside `for x in g:`).
 */
function claimSlot(g: PyGen, frame: Frame, k: number, index: number): void {
  if ((frame.code.ownableSlot(k) & CLAIMABLE) === 0) return;
  const owned = (frame.owned ??= []);
  // in local order, the order frame_dealloc lets go of them in
  let j = 0;
  while (j < owned.length && (owned[j] as number) < k) j += 2;
  if (owned[j] !== k) return void owned.splice(j, 0, k, g);
  const before = owned[j + 1] as PyGen;
  owned[j + 1] = g;
  if (frame.fast[k] === before && frame.code.releasingStore(index + 1)) letGo(before, frame, k);
}

/**
 * STORE_FAST at instruction i of `f` (which owns generators) stores `v` in local k over `old`: a
 * generator the local owned is let go, as CPython drops its last reference after the store, where
 * no read of the local may still be on the value stack (Code.releasingStore). A new generator the
 * store claims was seen to by claimSlot.
 */
export function storeOwned(f: Frame, k: number, v: PyObj, i: number): void {
  const old = f.fast[k];
  f.fast[k] = v;
  const owned = f.owned!;
  if (old === v || !(old instanceof PyGen) || owned === DISOWNED) return;
  for (let j = 0; j < owned.length; j += 2) {
    if (owned[j] !== k) continue;
    if (owned[j + 1] === old) {
      owned.splice(j, 2);
      if (f.code.releasingStore(i)) letGo(old, f, k);
    }
    return;
  }
}

/** Frame `f` returned: the generators its locals still own are let go, as frame_dealloc drops their last references. */
export function releaseLocals(f: Frame): void {
  const owned = f.owned!;
  if (owned === DISOWNED) return;
  f.owned = null;
  for (let j = 0; j < owned.length; j += 2) {
    const k = owned[j] as number;
    if (f.fast[k] === owned[j + 1]) letGo(owned[j + 1] as PyGen, f, k);
  }
}

/** DELETE_FAST at instruction i took `v` out of local k of `f`: a generator the local owned is let go (as storeOwned). */
export function releaseLocal(f: Frame, k: number, v: PyObj, i: number): void {
  const owned = f.owned!;
  for (let j = 0; j < owned.length; j += 2) {
    if (owned[j] !== k) continue;
    if (owned[j + 1] === v) {
      owned.splice(j, 2);
      if (f.code.releasingStore(i)) letGo(v as PyGen, f, k);
    }
    return;
  }
}

/** Closes `g`, owned by local k of `frame`, unless `next(g)` there may have called something else than the builtin. */
function letGo(g: PyGen, frame: Frame, k: number): void {
  if ((frame.code.ownableSlot(k) & VIA_NEXT) !== 0) {
    const next = frame.globals.getStr("next") ?? frame.builtins.getStr("next");
    if (!(next instanceof PyBuiltinFunction && next.name === "next" && next.self === interp.builtinsModule)) return;
  }
  releaseOwned(g);
}

/**
 * A coroutine's cr_origin (with sys.set_coroutine_origin_tracking_depth above 0): the creating
 * frame at instruction `index` and its callers, innermost first, as (filename, line, name).
 */
export function recordOrigin(g: PyGen, frame: Frame | null, index: number): void {
  const entries: PyObj[] = [];
  for (let f = frame, i = index; f !== null && entries.length < interp.coroOriginDepth; f = f.back, i = f?.lasti ?? -1) {
    const co = f.code.co;
    entries.push(tuple([co.co_filename, i < 0 ? co.co_firstlineno : f.code.lineAt(i * 2), co.co_name]));
  }
  g.origin = tuple(entries);
}

/** Whether the instruction before `index` of `frame` made `g`: then nothing else has seen it. */
const madeJustBefore = (g: PyGen, frame: Frame, index: number): boolean => g.bornAt === frame && g.bornIndex === index - 1;

/** GET_ITER at `index`: the generator the previous instruction created becomes loop-owned. */
export function claimForLoop(g: PyGen, frame: Frame, index: number): void {
  if (madeJustBefore(g, frame, index) && (g.cls === GeneratorType || g.cls === AsyncGeneratorType)) g.loopOwned = true;
  g.bornAt = null;
}

/**
 * GET_ITER called `iterable.__iter__` and got `it`: when __iter__ is a plain generator function
 * (`def __iter__(self): yield ...`), `it` was made by that call and seen by nothing else.
 */
export function claimFromIter(iterable: PyObj, it: PyGen): void {
  if (it.started || it.cls !== GeneratorType) return;
  const f = typeOf(iterable).lookup("__iter__");
  if (f instanceof PyFunction && (f.code.co.co_flags & CO_GENERATOR) !== 0 && it.frame.code === f.code) it.loopOwned = true;
}

/**
 * A builtin that reads its argument `arg` only while it runs (any, all, next) is done with it: a
 * generator the instruction right before this call made (`any(x for x in xs)`, `next(gen())`) was
 * seen by nothing else, and CPython closes it as the call's arguments go, stopped early or not.
 */
export function releaseArgument(arg: PyObj): void {
  const f = interp.frame;
  if (arg instanceof PyGen && f != null && madeJustBefore(arg, f, f.lasti)) {
    arg.bornAt = null;
    releaseOwned(arg);
  }
}

/**
 * A loop-owned generator's slot is gone: close it now (a finished or unstarted one has nothing to
 * run). An async generator with a finalizer from sys.set_asyncgen_hooks is handed to it instead
 * (an event loop schedules its aclose()), as _PyGen_Finalize does.
 */
function releaseOwned(g: PyGen): void {
  g.loopOwned = false;
  if (g.finished || g.running) return;
  const finalizer = g.finalizer;
  if (finalizer !== null && !g.agClosed) reportingUnraisable(g, () => call(finalizer, [g]));
  else if (g.started) reportingUnraisable(g, () => genClose(g));
  else if (g.cls === CoroutineType) reportingUnraisable(g, () => warnUnawaited(g));
}

/**
 * Runs `finalize` (closing `g`, or its asyncgen finalizer) where nothing can take an exception: one
 * it raises is reported as unraisable, and the exception being handled stays what it was.
 */
export function reportingUnraisable(g: PyGen, finalize: () => unknown): void {
  const handled = interp.excInfo;
  const handledTb = interp.excTb;
  try {
    finalize();
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    writeUnraisable(e, g);
  } finally {
    interp.excInfo = handled;
    interp.excTb = handledTb;
  }
}

/**
 * POP_TOP at instruction `index` of `frame` dropped generator `g`. A loop-owned one is closed. A
 * coroutine that the instruction just before made (a call of an async function as a statement,
 * `asyncio.sleep(1)` without `await`) was seen by nothing else and never ran: CPython drops its last
 * reference here, and _PyGen_Finalize warns that it was never awaited.
 */
export function dropGen(g: PyGen, frame: Frame, index: number): void {
  if (g.loopOwned) releaseOwned(g);
  else if (g.cls === CoroutineType && madeJustBefore(g, frame, index) && !g.started) {
    g.bornAt = null;
    frame.lasti = index;
    reportingUnraisable(g, () => warnUnawaited(g));
  }
}

/**
 * _PyErr_WarnUnawaitedCoroutine: warnings._warn_unawaited_coroutine(coro) (importing warnings), which
 * warns "coroutine '...' was never awaited" (with the coroutine's origin when sys tracks it) as a
 * RuntimeWarning from the running frame, the coroutine as its source; at interpreter exit, with
 * sys.modules cleared, _warnings warns it itself, from sys's line 1 (filters and sys's registry
 * as they are).
 */
function warnUnawaited(coro: PyGen): void {
  // at exit sys.modules is gone: C's warnings warns from no frame ("sys:1: RuntimeWarning: ...")
  if (interp.modulesGone) return void warnFromNative(exceptionTypes.get("RuntimeWarning")!, `coroutine '${coro.qualname}' was never awaited`);
  const warnings = vm.importModule("warnings");
  const warn = getattrOpt(warnings, "_warn_unawaited_coroutine");
  if (warn !== undefined) call(warn, [coro]);
  else warnEx("RuntimeWarning", `coroutine '${coro.qualname}' was never awaited`);
}

/** The values stack[from..to) are being discarded: close the loop-owned generators among them, top first. */
export function releaseStack(stack: PyObj[], from: number, to: number): void {
  for (let k = to - 1; k >= from; k--) {
    const v = stack[k];
    if (v instanceof PyGen && v.loopOwned) releaseOwned(v);
  }
}

/** sys.unraisablehook's argument (a struct sequence, as CPython's). */
export const UnraisableHookArgsType = structSeqType("builtins", "UnraisableHookArgs", ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"]);

/**
 * _PyErr_WriteUnraisableMsg: sys.unraisablehook gets the exception (an exception with no traceback gets
 * the running frame's line, as _PyErr_WriteUnraisableMsg does); a hook that fails is reported by
 * the default hook under "Exception ignored in sys.unraisablehook".
 */
export function writeUnraisable(e: PyBaseException, obj: PyObj, errMsg: PyObj = None): void {
  const f = (interp as { frame?: Frame | null }).frame;
  if (!(e.traceback instanceof PyTraceback) && f) e.traceback = new PyTraceback(None, f, f.lasti, f.code.lineAt(f.lasti * 2));
  const hook = interp.sys.dict.getStr("unraisablehook");
  const args = structSeq(UnraisableHookArgsType, [e.cls, e, e.traceback, errMsg, obj]);
  if (hook === undefined || hook === None || hook === interp.sys.dict.getStr("__unraisablehook__")) return void defaultUnraisableHook(args);
  try {
    call(hook, [args]);
  } catch (e2) {
    if (!(e2 instanceof PyBaseException)) throw e2;
    defaultUnraisableHook(structSeq(UnraisableHookArgsType, [e2.cls, e2, e2.traceback, "Exception ignored in sys.unraisablehook", hook]));
  }
}

/**
 * sys.__unraisablehook__ (write_unraisable_exc_file): "Exception ignored in: <obj>" (or "err_msg:
 * <obj>", or "err_msg:" alone), then the traceback and the exception on sys.stderr.
 */
export function defaultUnraisableHook(args: PyObj): PyObj {
  const [type, value, tb, errMsg, obj] = (args as PyTuple).items;
  let text = "";
  if (obj !== None) {
    let r: string;
    try {
      r = repr(obj);
    } catch {
      r = "<object repr() failed>";
    }
    text = `${errMsg !== None ? `${str(errMsg)}: ` : "Exception ignored in: "}${r}\n`;
  } else if (errMsg !== None) text = `${str(errMsg)}:\n`;
  text += unraisableText(type, value, tb);
  const stderr = interp.sys.dict.getStr("stderr");
  try {
    if (stderr !== undefined && stderr !== None) {
      callMethod(stderr, "write", [text]);
      return None;
    }
  } catch {
    // as PyErr_WriteUnraisable: a failing stderr is not reported further
  }
  interp.host.write(2, text);
  return None;
}

/**
 * Interpreter exit (Py_FinalizeEx's finalize_modules): sys.modules lets go of __main__, and the
 * collection that follows finalizes the program's garbage in the order of the collector's list,
 * closing the suspended generators held by __main__'s globals (their finally blocks print then).
 * The full collection Py_FinalizeEx runs before that, while __main__ is alive, left the objects
 * only __main__ reaches in the order its scan rescued them from its tentatively-unreachable list:
 * breadth first from __main__'s dict, each object's referents in its tp_traverse order (a dict's
 * values in order, a list's and a tuple's items last first, an instance's __dict__, a function's
 * defaults, keyword defaults and closure cells, a class's namespace, a generator's frame and then
 * its fast locals, cells and value stack). That order holds when no full collection ran while the
 * program made them (a program making many objects may see another); a set's items in its
 * iteration order, an instance's `__slots__` before its `__dict__`; other modules, builtins and
 * native objects are not followed. Each generator found is closed as releaseOwned does, unless
 * it never started or has an asyncgen finalizer; a coroutine never started warns that it was
 * never awaited.
 */
export function closeAtExit(main: PyDict, alive: readonly PyObj[]): void {
  // (the walks below go through every object __main__ reaches: a program that left none suspended,
  // and no coroutine unawaited, skips them)
  if (!anyGeneratorSuspended() && !anyCoroutineUnawaited()) return;
  // __main__ kept alive past the collection by what outlives it (sys.unraisablehook = a function of
  // __main__, a trace function, a signal handler): its generators are not finalized there, and by
  // the time they are sys is cleared, their output lost
  if (reachesMain(main, alive)) return;
  const found: PyGen[] = [];
  // how many references each generator has from what the walk saw, and the frame of the first
  const refs = new Map<PyGen, number>();
  const heldBy = new Map<PyGen, Frame>();
  walk([main], (x, from) => {
    if (!(x instanceof PyGen)) return true;
    const n = refs.get(x);
    refs.set(x, (n ?? 0) + 1);
    if (n !== undefined) return false;
    if (from instanceof Frame) heldBy.set(x, from);
    found.push(x);
    return true;
  }, (f) => f.globals === main, (t) => isMainClass(t), true);
  // A generator that finishes as it is closed lets go of its frame, and with it of the generators
  // only that frame held: they are closed right then, as their last reference goes.
  const done = new Set<PyGen>();
  const close = (g: PyGen): void => {
    if (done.has(g)) return;
    done.add(g);
    // a coroutine never awaited warns so (_PyGen_Finalize); (asyncgen finalizers are not called,
    // their event loop has ended)
    if (!g.started && !g.finished && g.cls === CoroutineType) return void reportingUnraisable(g, () => warnUnawaited(g));
    if (!g.started || g.finished || g.finalizer !== null) return;
    const frame = g.frame;
    releaseOwned(g);
    if (!g.finished) return;
    for (const h of found) if (heldBy.get(h) === frame && refs.get(h) === 1) close(h);
  };
  // (a step or time limit reached stops them)
  for (const g of found) if (interp.limitHit === null) close(g);
}

const isMainClass = (t: PyType): boolean => t.ns.get("__module__") === "__main__";

/** Whether `roots` reach __main__'s dict, one of its functions, classes or generators (walk's kinds of objects). */
function reachesMain(main: PyDict, roots: readonly PyObj[]): boolean {
  let found = false;
  walk(roots, (x) => {
    if (x === main || (x instanceof PyFunction && x.globals === main) || (x instanceof PyType && isMainClass(x)) || (x instanceof PyGen && x.frame.globals === main)) found = true;
    return !found;
  }, () => true, () => true);
  return found;
}

/**
 * Breadth first from `roots`, each object's referents in CPython's tp_traverse order (closeAtExit):
 * `visit(x, from)` is told of every reference met (`from` the object or intermediate container
 * holding it) and answers whether to go into x, the first time it is met. Functions are followed
 * when `intoFunction` says so, classes when `intoClass` does, exceptions (their args, traceback,
 * cause, context and __dict__) and traceback entries (tb_next) with `intoExceptions`; modules and
 * other native objects never.
 */
function walk(
  roots: readonly PyObj[],
  visit: (x: PyObj, from: Node) => boolean,
  intoFunction: (f: PyFunction) => boolean,
  intoClass: (t: PyType) => boolean,
  intoExceptions = false,
): void {
  const seen = new Set<object>();
  const queue: Node[] = [];
  let from: Node = [];
  const ref = (x: PyObj | undefined | null): void => {
    if (x == null || typeof x !== "object") return;
    if (visit(x, from) && !seen.has(x)) {
      seen.add(x);
      queue.push(x);
    }
  };
  const refs = (xs: readonly (PyObj | undefined)[], reversed: boolean): void => {
    if (reversed) for (let i = xs.length - 1; i >= 0; i--) ref(xs[i]);
    else for (const x of xs) ref(x);
  };
  /** A container object of its own in CPython (a function's defaults, a frame): a level of its own. */
  const node = (n: PyObj[] | Frame | null): void => {
    if (n !== null && !seen.has(n)) {
      seen.add(n);
      queue.push(n);
    }
  };
  for (const r of roots) ref(r);
  for (let q = 0; q < queue.length; q++) {
    const x = (from = queue[q]!);
    if (Array.isArray(x)) refs(x, true);
    else if (x instanceof Frame) {
      refs(x.fast, false);
      refs(x.cells, false);
      // (a finished frame's stack is empty)
      if (x.gen instanceof PyGen && !x.gen.finished) refs(x.stack.slice(0, x.sp), false);
    } else if (x instanceof PyDict) {
      for (const e of x.entries()) {
        ref(e.value);
        if (typeof e.key === "object") ref(e.key);
      }
    } else if (x instanceof PyList || x instanceof PyTuple) refs(x.items, true);
    else if (x instanceof PyGen) node(x.finished ? null : x.frame);
    else if (x instanceof PyCell) ref(x.value);
    else if (x instanceof PyMethod) {
      ref(x.func);
      ref(x.self);
    } else if (x instanceof PyFunction) {
      if (!intoFunction(x)) continue;
      node(x.defaults);
      ref(x.kwdefaults);
      ref(x.dict);
      node(x.closure);
    } else if (x instanceof PyType) {
      // tp_dict: the namespace, a node of its own, names in order (a node's items are visited last first)
      if (x.heap && intoClass(x)) node([...x.ns.values()].reverse());
    } else if (intoExceptions && x instanceof PyBaseException) {
      // BaseException_traverse: __dict__, args, traceback, cause, context
      ref(x.dict);
      node(x.args);
      ref(x.traceback);
      ref(x.cause);
      ref(x.context);
    } else if (intoExceptions && x instanceof PyTraceback) {
      ref(x.next);
      node(x.frame);
    }
    else if (x instanceof PySet) {
      // (a subclass's instance: its __dict__ and class first, as subtype_traverse before set_traverse)
      if (x.cls.heap) instanceParts(x);
      // set_traverse: the table in order, which is iteration order
      refs(x.items(), false);
    } else if (x instanceof PyObject && !(x instanceof PyModule) && x.cls.heap && (x.dict !== null || (x instanceof PyInstance && x.slots !== null))) instanceParts(x);
  }
  /**
   * subtype_traverse: the __slots__ of each class from the instance's own down its bases (each
   * class's in the sorted order of its layout), then __dict__, then the class.
   */
  function instanceParts(x: PyObject): void {
    const slots = x instanceof PyInstance ? x.slots : null;
    if (slots !== null) {
      for (let t: PyType | null = x.cls.solid; t !== null && t.heap && t.slotNames !== null; t = t.base?.solid ?? null) {
        for (let k = t.ownSlotsFrom; k < t.slotNames.length; k++) ref(slots[k]);
        if (t.ownSlotsFrom === 0) break;
      }
    }
    ref(x.dict);
    ref(x.cls);
  }
}

/** What walk goes through: objects, and CPython's intermediate containers (a function's defaults tuple, a frame). */
type Node = PyObj | PyObj[] | Frame;

/**
 * Interpreter exit, before closeAtExit (finalize_modules clearing sys.last_value and then
 * sys.last_traceback): the uncaught exception `exc` goes, with the exceptions of its __cause__ and
 * __context__ chains and their tracebacks, then its own traceback `tb`; a frame goes with the last
 * traceback entry holding it (innermost first, as tb_dealloc lets go of tb_next before tb_frame),
 * and the generators its locals owned when the first traceback took it (Frame.tbOwned) are let go
 * of in local order. Nothing goes when what stays (`roots`: __main__'s globals and what outlives
 * the final collection) reaches one of those exceptions or tracebacks.
 */
export function releaseUncaught(exc: PyObj | undefined, tb: PyObj | undefined, roots: readonly PyObj[]): void {
  if (!(exc instanceof PyBaseException)) return;
  // references to each exception, traceback entry and frame from the others (and from sys)
  const count = new Map<PyObj, number>();
  const incref = (x: PyObj): boolean => {
    if (!(x instanceof PyBaseException || x instanceof PyTraceback)) return false;
    const n = count.get(x) ?? 0;
    count.set(x, n + 1);
    return n === 0;
  };
  const work: PyObj[] = [exc];
  incref(exc);
  if (tb !== undefined) {
    incref(tb);
    work.push(tb);
  }
  const frameRefs = new Map<Frame, number>();
  while (work.length > 0) {
    const x = work.pop()!;
    if (x instanceof PyBaseException) {
      for (const y of [x.traceback, x.cause, x.context]) if (incref(y)) work.push(y);
    } else if (x instanceof PyTraceback) {
      if (incref(x.next)) work.push(x.next);
      frameRefs.set(x.frame, (frameRefs.get(x.frame) ?? 0) + 1);
    }
  }
  let reached = false;
  walk(roots, (x) => {
    if (count.has(x)) reached = true;
    return !reached;
  }, () => true, () => true, true);
  if (reached) return;
  const decref = (x: PyObj): void => {
    const n = count.get(x);
    if (n === undefined) return;
    count.set(x, n - 1);
    if (n !== 1) return;
    if (x instanceof PyBaseException) {
      // BaseException_clear: args, traceback, cause, context
      decref(x.traceback);
      decref(x.cause);
      decref(x.context);
    } else if (x instanceof PyTraceback) {
      decref(x.next);
      const f = x.frame;
      const left = frameRefs.get(f)! - 1;
      frameRefs.set(f, left);
      if (left === 0) releaseTbOwned(f);
    }
  };
  decref(exc);
  if (tb !== undefined) decref(tb);
}

/** Frame `f`, finished, is let go of by the last traceback holding it: as releaseLocals, for what it owned then. */
export function releaseTbOwned(f: Frame): void {
  const owned = f.tbOwned;
  if (owned === null || interp.limitHit !== null) return;
  f.tbOwned = null;
  for (let j = 0; j < owned.length; j += 2) {
    const k = owned[j] as number;
    if (f.fast[k] === owned[j + 1]) letGo(owned[j + 1] as PyGen, f, k);
  }
}
