// The _lsprof module (Modules/_lsprof.c, 3.10): cProfile's deterministic profiler. A Profiler
// installs itself as the thread's native profile function (trace.ts setNativeProfile, CPython's
// _PyEval_SetProfile), so sys.getprofile() returns it and it sees the same events a Python
// profile function would, without the locals copying. Each 'call'/'c_call' pushes a context and
// each 'return'/'c_return'/'c_exception' pops one, charging the time to an entry per code object
// (or per builtin) and, with subcalls, to a sub-entry per (caller, callee) pair. Times are kept
// in the timer's integer units (nanoseconds for the built-in clock and float timers) and scaled
// only in getstats(), as the C code's _PyTime_t arithmetic is.
import {
  type PyObj, PyObject, PyType, PyList, PyFloat, PyModule, PyBuiltinFunction, BuiltinFunctionType, Frame, None, TypeType, ObjectType,
  typeOf, typeError, valueError, newExc, OverflowError, call, repr, asInt, asIndex, bindArgs, defMethods, toPyExc,
} from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { setNativeProfile, setProfile, isStop } from "../vm/trace.ts";
import { writeUnraisable } from "../vm/gen-finalize.ts";
import { structSeqType, structSeq } from "./posix/structseq.ts";
import { makeModule, inModule, asDouble, cIntArg } from "./util.ts";

/** What a function (code object or builtin) has cost so far. */
interface Entry {
  /** The code object, or the builtin's description ("<built-in method builtins.len>"). */
  userObj: PyObj;
  /** Total time (outermost calls only, so recursion is not counted twice) and time not in subcalls. */
  tt: number;
  it: number;
  callcount: number;
  reccallcount: number;
  /** How many calls of it are running: above 1 the call is recursive. */
  recursionLevel: number;
  /** Per callee, what this function's calls of it cost (created when the first call starts). */
  calls: Map<Entry, SubEntry>;
}
interface SubEntry {
  tt: number;
  it: number;
  callcount: number;
  reccallcount: number;
  recursionLevel: number;
}
/** A call in progress: when it started, and the time its own subcalls took so far. */
interface Context {
  entry: Entry;
  t0: number;
  subt: number;
}

const POF_SUBCALLS = 1;
const POF_BUILTINS = 2;

// _PyTime_t is a signed 64-bit count of nanoseconds.
const TIME_MAX = 2 ** 63;
const timeOverflow = () => newExc(OverflowError, "timestamp too large to convert to C _PyTime_t");

let perf: { now(): number } | null | undefined;
/** _PyTime_GetPerfCounter, in nanoseconds. */
function perfCounterNs(): number {
  if (perf === undefined) perf = (globalThis as { performance?: { now(): number } }).performance ?? null;
  return Math.floor((perf ? perf.now() : interp.host.now()) * 1e6);
}

export class PyProfiler extends PyObject {
  flags = 0;
  timer: PyObj | null = null;
  timeUnit = 0;
  /** Keyed by the code object, or for builtins by what stands for CPython's PyMethodDef (builtinKey). */
  entries = new Map<unknown, Entry>();
  stack: Context[] = [];
  /** The profile hook, bound once so that enable() installs the same function each time. */
  readonly hook = (f: Frame, what: string, arg: PyObj): void => this.event(f, what, arg);

  /**
   * A custom timer's first reading: later ones are kept relative to it, so that an int timer with
   * values past 2**53 (time.time_ns) still gives exact differences, as the C code's int64 does.
   */
  base: bigint | null = null;

  /** call_timer: the custom timer's value in its units, or 0 after reporting its error. */
  now(): number {
    if (this.timer === null) return perfCounterNs();
    let t: bigint;
    try {
      const v = call(this.timer, []);
      t = this.timeUnit > 0 ? nanosecondsFrom(v) : secondsToNs(v);
    } catch (e) {
      if (isStop(e)) throw e;
      writeUnraisable(toPyExc(e), this.timer);
      t = 0n;
    }
    if (this.base === null) this.base = t;
    return Number(t - this.base);
  }

  event(f: Frame, what: string, arg: PyObj): void {
    switch (what) {
      case "call":
        this.enter(f.code, f.code);
        break;
      case "return":
        this.leave(f.code);
        break;
      case "c_call":
        // PyCFunction_Check: builtin functions and bound builtin methods, not method-wrappers
        if (this.flags & POF_BUILTINS && arg instanceof PyBuiltinFunction && arg.cls === BuiltinFunctionType) this.enter(builtinKey(arg), arg);
        break;
      case "c_return":
      case "c_exception":
        if (this.flags & POF_BUILTINS && arg instanceof PyBuiltinFunction && arg.cls === BuiltinFunctionType) this.leave(builtinKey(arg));
        break;
    }
  }

  /** ptrace_enter_call and initContext: the timer is read last, so the bookkeeping is not charged. */
  enter(key: unknown, obj: PyObj): void {
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { userObj: obj instanceof PyBuiltinFunction ? describeBuiltin(obj) : obj, tt: 0, it: 0, callcount: 0, reccallcount: 0, recursionLevel: 0, calls: new Map() };
      this.entries.set(key, entry);
    }
    const caller = this.stack.length > 0 ? this.stack[this.stack.length - 1].entry : null;
    const ctx: Context = { entry, t0: 0, subt: 0 };
    this.stack.push(ctx);
    entry.recursionLevel++;
    if (this.flags & POF_SUBCALLS && caller !== null) {
      let sub = caller.calls.get(entry);
      if (sub === undefined) caller.calls.set(entry, (sub = { tt: 0, it: 0, callcount: 0, reccallcount: 0, recursionLevel: 0 }));
      sub.recursionLevel++;
    }
    ctx.t0 = this.now();
  }

  /**
   * ptrace_leave_call: the innermost context ends, charged to the entry of `key` (which is the
   * context's own unless the profiler was enabled inside a call); with no entry it is dropped.
   */
  leave(key: unknown): void {
    if (this.stack.length === 0) return;
    const entry = this.entries.get(key);
    if (entry !== undefined) this.stop(entry);
    else this.stack.pop();
  }

  /** Stop: the innermost context ends; its time goes to `entry` and to its caller's sub-entry. */
  stop(entry: Entry): void {
    const ctx = this.stack.pop()!;
    const tt = this.now() - ctx.t0;
    const it = tt - ctx.subt;
    const prev = this.stack.length > 0 ? this.stack[this.stack.length - 1] : null;
    if (prev !== null) prev.subt += tt;
    if (--entry.recursionLevel === 0) entry.tt += tt;
    else entry.reccallcount++;
    entry.it += it;
    entry.callcount++;
    if (this.flags & POF_SUBCALLS && prev !== null) {
      const sub = prev.entry.calls.get(entry);
      if (sub !== undefined) {
        if (--sub.recursionLevel === 0) sub.tt += tt;
        else sub.reccallcount++;
        sub.it += it;
        sub.callcount++;
      }
    }
  }

  /** flush_unmatched: the calls still running when profiling stops end now. */
  flush(): void {
    while (this.stack.length > 0) this.stop(this.stack[this.stack.length - 1].entry);
  }
}

/** _PyTime_FromSecondsObject (rounding down): a float or int number of seconds, in nanoseconds. */
function secondsToNs(v: PyObj): bigint {
  if (v instanceof PyFloat) {
    if (Number.isNaN(v.value)) throw valueError("Invalid value NaN (not a number)");
    const ns = Math.floor(v.value * 1e9);
    if (!(ns >= -TIME_MAX && ns < TIME_MAX)) throw timeOverflow();
    return BigInt(ns);
  }
  const ns = BigInt(asIndex(v)) * 1_000_000_000n;
  if (ns >= BigInt(TIME_MAX) || ns < -BigInt(TIME_MAX)) throw timeOverflow();
  return ns;
}

/** _PyTime_FromNanosecondsObject: an int only (the timer's units when a timeunit is given). */
function nanosecondsFrom(v: PyObj): bigint {
  const i = asInt(v);
  if (i === null) throw typeError(`expect int, got ${typeOf(v).name}`);
  const ns = BigInt(i);
  if (ns >= BigInt(TIME_MAX) || ns < -BigInt(TIME_MAX)) throw timeOverflow();
  return ns;
}

/**
 * What identifies a builtin across calls, as the PyMethodDef pointer does in C: a module function
 * is one object; a bound method is made anew at each access, so it is known by the attribute it
 * was bound from (list.append's descriptor for every list), or failing that by its description.
 */
function builtinKey(bf: PyBuiltinFunction): unknown {
  const self = bf.self;
  if (self === null || self instanceof PyModule) return bf.fn;
  return typeOf(self).lookup(bf.name) ?? describeBuiltin(bf);
}

/**
 * normalizeUserObj: a builtin is recorded by a description instead of itself, so no reference to
 * its __self__ is kept: repr(type(self).name) for a method found on its object's type ("<method
 * 'append' of 'list' objects>"), else "<built-in method module.name>" with its module if it has one.
 */
function describeBuiltin(bf: PyBuiltinFunction): string {
  const self = bf.self;
  if (self !== null && !(self instanceof PyModule)) {
    const d = typeOf(self).lookup(bf.name);
    if (d !== undefined) {
      try {
        return repr(d);
      } catch (e) {
        if (isStop(e)) throw e;
      }
    }
    return `<built-in method ${bf.name}>`;
  }
  // dislab's builtins functions have no self; CPython's are bound to the builtins module. The
  // other self-less ones are static methods (str.maketrans), which CPython binds to their type.
  const module = self instanceof PyModule ? self.name : interp.builtins.getStr(bf.name) === bf ? "builtins" : null;
  return module === null ? `<built-in method ${bf.name}>` : `<built-in method ${module}.${bf.name}>`;
}

// ---- the module's types ---------------------------------------------------------------------------

const ProfilerEntryType = structSeqType("_lsprof", "profiler_entry", ["code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"]);
const ProfilerSubentryType = structSeqType("_lsprof", "profiler_subentry", ["code", "callcount", "reccallcount", "totaltime", "inlinetime"]);

export const ProfilerType = inModule(new PyType(TypeType, "_lsprof.Profiler", [ObjectType], (cls) => new PyProfiler(cls)), "_lsprof");
ProfilerType.qualname = "Profiler";
ProfilerType.ns.set("__doc__", "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n    Builds a profiler object using the specified timer function.\n    The default timer is a fast built-in one based on real time.\n    For custom timer functions returning integers, timeunit can\n    be a float specifying a scale (i.e. how long each integer unit\n    is, in seconds).\n");

const P = (x: PyObj) => x as PyProfiler;

/** setSubcalls / setBuiltins: 0 clears the flag, a positive value sets it, a negative one leaves it. */
function setFlag(p: PyProfiler, flag: number, v: number): void {
  if (v === 0) p.flags &= ~flag;
  else if (v > 0) p.flags |= flag;
}

defMethods(ProfilerType, [
  ["__init__", (s, args, kw) => {
    const [timer, unit, subcalls, builtins] = bindArgs("Profiler", args, kw, ["timer", "timeunit", "subcalls", "builtins"], 0);
    const timeUnit = unit === undefined ? 0 : asDouble(unit);
    const sub = subcalls === undefined ? 1 : cIntArg(subcalls);
    const blt = builtins === undefined ? 1 : cIntArg(builtins);
    const p = P(s);
    setFlag(p, POF_SUBCALLS, sub);
    setFlag(p, POF_BUILTINS, blt);
    p.timeUnit = timeUnit;
    // timer=None is kept as None and called, as the C code does with any object it is given
    p.timer = timer === undefined ? null : timer;
    p.base = null;
    return None;
  }],
  ["enable", (s, args, kw) => {
    const [subcalls, builtins] = bindArgs("enable", args, kw, ["subcalls", "builtins"], 0);
    const p = P(s);
    setFlag(p, POF_SUBCALLS, subcalls === undefined ? -1 : cIntArg(subcalls));
    setFlag(p, POF_BUILTINS, builtins === undefined ? -1 : cIntArg(builtins));
    setNativeProfile(p, p.hook);
    return None;
  }],
  ["disable", (s) => {
    const p = P(s);
    setProfile(None);
    p.flush();
    return None;
  }, 0, 0],
  ["clear", (s) => {
    // clearEntries: the calls in progress are forgotten too, so their returns are not counted
    const p = P(s);
    p.entries = new Map();
    p.stack = [];
    return None;
  }, 0, 0],
  ["getstats", (s, args, kw) => {
    // clinic's defining_class parser (3.10.2) words it as a limit of 0
    const nkw = kw ? kw.length : 0;
    if (args.length > nkw) throw typeError(`getstats() takes at most 0 arguments (${args.length} given)`);
    if (nkw > 0) throw typeError(`getstats() takes at most 0 keyword arguments (${nkw} given)`);
    return getstats(P(s));
  }],
]);

/** Profiler.getstats(): an entry per function called at least once, times scaled to seconds. */
function getstats(p: PyProfiler): PyList {
  const factor = p.timer === null || p.timeUnit === 0 ? 1e-9 : p.timeUnit;
  const out: PyObj[] = [];
  for (const e of p.entries.values()) {
    if (e.callcount === 0) continue;
    let calls: PyObj = None;
    if (e.calls.size > 0) {
      const subs: PyObj[] = [];
      for (const [callee, se] of e.calls) {
        subs.push(structSeq(ProfilerSubentryType, [callee.userObj, se.callcount, se.reccallcount, new PyFloat(factor * se.tt), new PyFloat(factor * se.it)]));
      }
      calls = new PyList(subs);
    }
    out.push(structSeq(ProfilerEntryType, [e.userObj, e.callcount, e.reccallcount, new PyFloat(factor * e.tt), new PyFloat(factor * e.it), calls]));
  }
  return new PyList(out);
}

export function makeLsprof(): PyModule {
  return makeModule("_lsprof", [], [
    ["Profiler", ProfilerType],
    ["profiler_entry", ProfilerEntryType],
    ["profiler_subentry", ProfilerSubentryType],
  ], "Fast profiler");
}
