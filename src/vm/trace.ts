// sys.settrace / sys.setprofile (Python/ceval.c call_trace, maybe_call_line_trace, call_exc_trace,
// C_TRACE; Python/sysmodule.c trace_trampoline, profile_trampoline) and the library's step hook.
// The eval loop calls in here only when Interp.useTracing is set: per instruction through its
// slow path (eval-loop.ts onTick), and at frame entry, return, yield and exception. Events follow
// 3.10: a 'line' event when an instruction starts a new line or jumps backwards, 'opcode' events
// when f_trace_opcodes is set, 'return' on yield too, 'exception' in every frame an exception
// passes through (not on RERAISE), 'c_call'/'c_return'/'c_exception' for builtins, to the
// profiler only. While a trace function runs nothing is traced (tstate->tracing).
import {
  type PyObj, Frame, None, tuple, call, PyBaseException, PyBuiltinFunction, PyMethodDescr, PyTraceback, toPyExc, MethodDescrType,
  typeOf, descrGet, newExc, StopIteration, BuiltinFunctionType,
} from "../objects/index.ts";
import { Op } from "../bytecode/opcodes.ts";
import { expose, frameFastToLocals, frameLocalsToFast } from "../objects/frame.ts";
import { TraceState } from "../objects/frame-jump.ts";
import { interp, type Interp } from "./interp.ts";

/** What the library's step hook sees (src/vm/stepper.ts builds snapshots from it). */
export type StepKind = "instruction" | "line" | "call" | "return" | "exception";
export interface StepEvent {
  kind: StepKind;
  frame: Frame;
  /** For "return": the value returned or yielded (None when the frame exits by an exception). For "exception": the exception. */
  arg: PyObj;
  /** For "instruction": true when 3.10 would emit a 'line' event here (a new line, or a jump backwards). */
  newLine: boolean;
}
export type StepHook = (ev: StepEvent) => void;

/** Recomputes Interp.useTracing after a hook changed; the eval loop's slow path follows it. */
export function updateTracing(I: Interp): void {
  I.updateTracing();
}

export function setTrace(func: PyObj): void {
  const I = interp;
  I.traceFunc = func === None ? null : func;
  updateTracing(I);
}
export function setProfile(func: PyObj): void {
  const I = interp;
  I.profileFunc = func === None ? null : func;
  I.profileNative = null;
  updateTracing(I);
}

/** A native profiler's event handler: frame, event name ('call', 'c_return', ...) and its argument. */
export type NativeProfiler = (f: Frame, what: string, arg: PyObj) => void;
/**
 * _PyEval_SetProfile with a C function (what _lsprof.Profiler.enable does): `hook` gets the events,
 * without the locals copying of a Python profile function; sys.getprofile() returns `owner`.
 */
export function setNativeProfile(owner: PyObj, hook: NativeProfiler): void {
  const I = interp;
  I.profileFunc = owner;
  I.profileNative = hook;
  updateTracing(I);
}

/**
 * Calls a trace or profile function as call_trampoline does: the frame's fast locals are copied to
 * f_locals before and back after, so a tracer can read and change them; on error the traced frame
 * is added to the traceback.
 */
function trampoline(cb: PyObj, f: Frame, what: string, arg: PyObj): PyObj {
  expose(f);
  frameFastToLocals(f);
  // f_locals is written back only if the dict changed (its version moved) during the call
  const d = f.localsCache;
  const version = d === null ? -1 : d.version;
  try {
    return call(cb, [f, what, arg]);
  } catch (e) {
    const exc = toPyExc(e);
    exc.traceback = new PyTraceback(exc.traceback, f, Math.max(0, f.lasti), f.line);
    throw exc;
  } finally {
    if (f.localsCache !== d || (d !== null && d.version !== version)) frameLocalsToFast(f);
  }
}

/**
 * The frame state frame_setlineno checks: a jump is allowed from 'line' and 'opcode' events and
 * from a generator's resumption or yield, not from a new frame's 'call' or from 'return'/'exception'.
 */
function stateFor(f: Frame, what: string, yielding: boolean): TraceState {
  switch (what) {
    case "call":
      return f.lasti < 0 ? TraceState.Created : TraceState.Jumpable;
    case "return":
      return yielding ? TraceState.Jumpable : TraceState.Leaving;
    case "exception":
      return TraceState.Leaving;
    default:
      return TraceState.Jumpable;
  }
}

/** trace_trampoline: 'call' goes to the global function, other events to frame.f_trace. */
function traceEvent(I: Interp, f: Frame, what: string, arg: PyObj, yielding = false): void {
  const cb = what === "call" ? I.traceFunc : f.trace === None ? null : f.trace;
  if (cb === null) return;
  I.tracing++;
  const saved = f.traceState;
  f.traceState = stateFor(f, what, yielding);
  let r: PyObj;
  try {
    r = trampoline(cb, f, what, arg);
  } catch (e) {
    I.traceFunc = null;
    f.trace = None;
    updateTracing(I);
    throw e;
  } finally {
    f.traceState = saved;
    I.tracing--;
  }
  if (r !== None) f.trace = r;
}

function profileEvent(I: Interp, f: Frame, what: string, arg: PyObj, yielding = false): void {
  const native = I.profileNative;
  if (native !== null) {
    I.tracing++;
    try {
      native(f, what, arg);
    } finally {
      I.tracing--;
    }
    return;
  }
  const cb = I.profileFunc!;
  I.tracing++;
  const saved = f.traceState;
  f.traceState = stateFor(f, what, yielding);
  try {
    trampoline(cb, f, what, arg);
  } catch (e) {
    I.profileFunc = null;
    updateTracing(I);
    throw e;
  } finally {
    f.traceState = saved;
    I.tracing--;
  }
}

function stepEvent(I: Interp, kind: StepKind, f: Frame, arg: PyObj, newLine: boolean): void {
  // the stepper's snapshots hold the live frames
  expose(f);
  I.tracing++;
  try {
    I.stepHook!({ kind, frame: f, arg, newLine });
  } finally {
    I.tracing--;
  }
}

/** A frame starts or resumes (the top of _PyEval_EvalFrameDefault). */
export function traceCall(f: Frame): void {
  const I = interp;
  if (I.tracing) return;
  if (I.stepHook !== null) stepEvent(I, "call", f, None, false);
  if (I.traceFunc !== null) traceEvent(I, f, "call", None);
  if (I.profileFunc !== null) profileEvent(I, f, "call", None);
}

/** A frame returns, yields (value, yielding) or is left by an exception (None). */
export function traceReturn(f: Frame, value: PyObj, yielding = false): void {
  const I = interp;
  if (I.tracing) return;
  if (I.stepHook !== null) stepEvent(I, "return", f, value, false);
  if (I.traceFunc !== null) traceEvent(I, f, "return", value, yielding);
  if (I.profileFunc !== null) profileEvent(I, f, "return", value, yielding);
}

/**
 * call_exc_trace: an exception was raised in (or passed into) frame f. Returns the exception that
 * continues: the original, or the one the trace function raised.
 */
export function traceException(f: Frame, exc: PyBaseException): PyBaseException {
  const I = interp;
  if (I.tracing) return exc;
  try {
    if (I.stepHook !== null) stepEvent(I, "exception", f, exc, false);
    if (I.traceFunc !== null) traceEvent(I, f, "exception", tuple([exc.cls, exc, exc.traceback]));
  } catch (e) {
    if (isStop(e)) throw e;
    return toPyExc(e);
  }
  return exc;
}

/**
 * The 'exception' event FOR_ITER and YIELD_FROM give (only to sys.settrace) when the iterator ended
 * by setting StopIteration: a generator returning a value other than None, an iterator whose
 * __next__ raised, a send() that finished. The exception is made here, without a traceback, as
 * the C code sets it.
 */
export function traceStopIteration(f: Frame, value: PyObj): void {
  const I = interp;
  if (I.tracing || I.traceFunc === null) return;
  const exc = value === None ? newExc(StopIteration) : newExc(StopIteration, value);
  traceEvent(I, f, "exception", tuple([exc.cls, exc, None]));
}

/**
 * Before the instruction at f.pc (f.lasti still names the previous one): the 'line' and 'opcode'
 * events of maybe_call_line_trace, and the step hook. The instruction after an EXTENDED_ARG is
 * not a dispatch point in 3.10, so it gets no event.
 */
export function traceInstruction(f: Frame): void {
  const I = interp;
  if (I.tracing) return;
  const prev = f.lasti;
  const next = f.pc;
  const code = f.code;
  if (prev >= 0 && next === prev + 1 && code.ops[prev] === Op.EXTENDED_ARG) return;
  const line = code.lineAt(next * 2);
  const last = prev < 0 ? -1 : code.lineAt(prev * 2);
  const newLine = line !== -1 && (next < prev || line !== last);
  // f_lasti names the instruction about to run, as in CPython's tracing_dispatch; a jump made
  // by setting f_lineno moves f.pc (and f.lasti), and the loop fetches from there
  f.lasti = next;
  if (I.stepHook !== null) stepEvent(I, "instruction", f, None, newLine);
  if (I.traceFunc !== null && f.trace !== None) {
    if (newLine && f.traceLines) traceEvent(I, f, "line", None);
    if (f.traceOpcodes) traceEvent(I, f, "opcode", None);
  }
}

/**
 * Calls a builtin from the eval loop with the profiler's 'c_call', 'c_return' and 'c_exception'
 * events (C_TRACE): for builtin functions and bound builtin methods, and for a method descriptor
 * called with its self (reported as the bound method).
 */
export function profileCCall(fn: PyObj, args: PyObj[], kwnames: readonly string[] | null, run: () => PyObj): PyObj {
  const I = interp;
  const f = (I as { frame?: Frame | null }).frame;
  let reported: PyObj | null = null;
  if (I.profileFunc !== null && I.tracing === 0 && f) {
    // PyCFunction_CheckExact: a bound slot wrapper ((1).__add__, a method-wrapper) gets no events
    if (fn instanceof PyBuiltinFunction && fn.cls === BuiltinFunctionType) reported = fn;
    else if (fn instanceof PyMethodDescr && fn.cls === MethodDescrType && args.length > 0) reported = descrGet(fn, args[0], typeOf(args[0]));
  }
  if (reported === null) return run();
  void kwnames;
  profileEvent(I, f!, "c_call", reported);
  let r: PyObj;
  try {
    r = run();
  } catch (e) {
    if (I.profileFunc !== null && !isStop(e)) {
      try {
        profileEvent(I, f!, "c_exception", reported);
      } catch (e2) {
        throw e2;
      }
    }
    throw e;
  }
  if (I.profileFunc !== null) profileEvent(I, f!, "c_return", reported);
  return r;
}

/** Thrown by a step hook to end a run at once: no Python handler or finally block sees it. */
export class StopRun {
  constructor(public reason: string) {}
}
export const isStop = (e: unknown): e is StopRun => e instanceof StopRun;
export { PyBaseException };
