// The eval loop (Python/ceval.c _PyEval_EvalFrameDefault for 3.10). Python-to-Python calls push a
// frame and continue in the same loop (no JS recursion); a native function calling back into
// Python runs a nested loop (runFrame). runFrame's switch holds the hot, simple instructions; the
// others run in ops-cold.ts, calls other than the fast paths in ops-calls.ts, and exception
// unwinding through 3.10's block stack in ops-unwind.ts. Generators resume here (resumeGen, genNext).
import {
  type PyObj, PyObject, PyFunction, PyBuiltinFunction, PyMethodDescr, PyTuple, PyList, PyDict, PyBaseException, PyIter, PyGen, PyFloat,
  Frame, BlockType, None, tuple, call, typeOf, getattr, getitem, setitem, contains, truthy, iter, next, lastStopValue, setLastStopValue,
  richCompare, Cmp, binaryOp, inplaceOp, BIN, newExc, toPyExc, KeyboardInterrupt, StopIteration, GeneratorExit, ListType, TupleType,
  DictType, GeneratorType, CoroutineType, AsyncGeneratorType, genResume, genRaised, PyCoroWrapper, genClose, getattrOpt, keyError, noAttribute, seqIndex, intAdd, intSub, strAddLow,
  numberCompare, strCompare, PyListIter, PyRangeIter, FloatType, MAX_GROWN_ITEMS, grownTooLong,
} from "../objects/index.ts";
import * as E from "../objects/exceptions.ts";
import { PyStrIter, PyTupleIter } from "../objects/seq-iters.ts";
import { Op } from "../bytecode/opcodes.ts";
import { expose } from "../objects/frame.ts";
import { recursion } from "../objects/hooks.ts";
import { interp, loopControl } from "./interp.ts";
import { traceCall, traceReturn, traceInstruction, traceStopIteration, isStop } from "./trace.ts";
import { makeFrame, frameFromStack, frameOf1, makeGen, stackArgs, GEN_FLAGS } from "./call.ts";
import { born, claimForLoop, claimFromIter, dropGen, recordOrigin, releaseLocals, releaseStack, storeOwned, writeUnraisable } from "./gen-finalize.ts";
import * as O from "./ops.ts";
import { loadAttrFound, loadMethod, storeAttr } from "./attr-cache.ts";
import { GlobalCache, getGlobal, loadGlobal } from "./global-cache.ts";
import { coldOp, derefError, popExcept } from "./ops-cold.ts";
import { callBuiltinAt, callDescrAt, callGeneric, enterFrame, profiledDescrCall, recursionError } from "./ops-calls.ts";
import { Reraise, addTraceback, endsNativeLoop, fromThrown, raised, thrownAddTb, unwind, rebaseGenHandler, setContext, stackException } from "./ops-unwind.ts";
import { tierUp, warmedUp } from "./jit/tier.ts";
import { RAISED, RETURNED, YIELDED, raiseInCaller, takeRaised } from "./jit/runtime.ts";

export { recursionError, funcDesc } from "./ops-calls.ts";

/** COMPARE_OP's ordering result from a three-way comparison (oparg 0, 1, 4, 5: < <= > >=). */
export const strOrder = (c: number, oparg: number): boolean => (oparg === 0 ? c < 0 : oparg === 1 ? c <= 0 : oparg === 4 ? c > 0 : c >= 0);

const cmpByOp = [Cmp.LT, Cmp.LE, Cmp.EQ, Cmp.NE, Cmp.GT, Cmp.GE];
/** The binary operation of each BINARY_* / INPLACE_* opcode, indexed by opcode number. */
export const binSlots: (typeof BIN.add)[] = [];
for (const [ops, slot] of [
  [[Op.BINARY_ADD, Op.INPLACE_ADD], BIN.add], [[Op.BINARY_SUBTRACT, Op.INPLACE_SUBTRACT], BIN.sub], [[Op.BINARY_MULTIPLY, Op.INPLACE_MULTIPLY], BIN.mul],
  [[Op.BINARY_TRUE_DIVIDE, Op.INPLACE_TRUE_DIVIDE], BIN.truediv], [[Op.BINARY_FLOOR_DIVIDE, Op.INPLACE_FLOOR_DIVIDE], BIN.floordiv],
  [[Op.BINARY_MODULO, Op.INPLACE_MODULO], BIN.mod], [[Op.BINARY_POWER, Op.INPLACE_POWER], BIN.pow], [[Op.BINARY_LSHIFT, Op.INPLACE_LSHIFT], BIN.lshift],
  [[Op.BINARY_RSHIFT, Op.INPLACE_RSHIFT], BIN.rshift], [[Op.BINARY_AND, Op.INPLACE_AND], BIN.and], [[Op.BINARY_OR, Op.INPLACE_OR], BIN.or],
  [[Op.BINARY_XOR, Op.INPLACE_XOR], BIN.xor], [[Op.BINARY_MATRIX_MULTIPLY, Op.INPLACE_MATRIX_MULTIPLY], BIN.matmul],
] as [Op[], typeof BIN.add][]) for (const op of ops) binSlots[op] = slot;

/** Set by runFrame when it returned because a generator frame yielded (not returned). */
export let yielded = false;

// The instruction counter: the loop's only per-instruction overhead is `++ticks.n >= CHECK_EVERY`
// (compiled code adds a basic block's length at its start). Every CHECK_EVERY instructions onTick
// checks the step budget, the deadline and the embedder's interrupt buffer. While something needs
// every instruction (tracing, stepping, an interrupt or a limit already hit), ticks.n is kept at
// CHECK_EVERY - 1 so that each instruction takes the slow path; requestCheck sets it far past
// CHECK_EVERY, so that compiled code which uncounts the rest of a block it leaves early still
// gives the frame back at its next check.
export const CHECK_EVERY = 1024;
export const ticks = { n: 0 };
/** ticks counts single instructions (slow path on each), not a stretch of CHECK_EVERY. */
let exact = false;
/** Slow-path calls until the clock is read again. */
let clockIn = 0;
loopControl.requestCheck = () => {
  if (!exact) {
    if (interp) interp.steps += Math.min(ticks.n, CHECK_EVERY);
    exact = true;
  }
  ticks.n = CHECK_EVERY << 10;
};

/** The slow path, before the instruction at f.pc: limits, interrupts, tracing and stepping. */
function onTick(f: Frame): void {
  const I = interp;
  I.steps += exact ? 1 : ticks.n;
  const slow = I.traceInstructions || I.interruptRequested || I.limitHit !== null;
  exact = slow;
  ticks.n = slow ? CHECK_EVERY - 1 : 0;
  if (I.limitHit === null) {
    if (I.steps > I.maxSteps) I.limitHit = `step limit exceeded (${I.maxSteps} instructions)`;
    else if (I.deadline !== Infinity && (!exact || --clockIn <= 0)) {
      // the clock is read once per CHECK_EVERY instructions, also when each instruction is checked
      clockIn = CHECK_EVERY;
      if (I.host.now() > I.deadline) I.limitHit = "time limit exceeded";
    }
    if (I.limitHit !== null) loopControl.requestCheck();
  }
  if (I.limitHit !== null) throw newExc(KeyboardInterrupt, I.limitHit);
  const buf = I.interruptBuffer;
  if (buf !== null && buf[0] !== 0) {
    buf[0] = 0;
    I.interruptRequested = true;
  }
  if (I.interruptRequested) {
    // SIGINT's handler runs here, as at CPython's eval breaker: by default (no signal module
    // imported, SIG_DFL, default_int_handler) a KeyboardInterrupt; SIG_IGN ignores it
    I.interruptRequested = false;
    const h = I.signalHandlers.get(2);
    if (h === undefined || h === 0) throw newExc(KeyboardInterrupt);
    if (h !== 1) call(h, [2, expose(f)]);
  }
  if (I.traceInstructions) traceInstruction(f);
}

/**
 * The counter reached CHECK_EVERY at the start of a `blockLength`-instruction block of compiled
 * code: true when the check has nothing to do but count (no tracing, no step limit within the
 * block, no deadline passed, no interrupt or signal pending), having counted; compiled code then
 * runs the block itself, counting it anew. Otherwise compiled code gives the frame to runFrame,
 * whose loop makes the check at the exact instruction, as the interpreter alone would.
 */
export function quickTick(blockLength: number): boolean {
  const I = interp;
  // (any hook: compiled code makes no call, return or c_call events, so it leaves for runFrame)
  if (exact || blockLength >= CHECK_EVERY || I.useTracing || I.limitHit !== null) return false;
  // the step limit is not reached within this block; the clock (which also polls a terminal's
  // keyboard) is read as onTick reads it
  if (I.steps + ticks.n > I.maxSteps || (I.deadline !== Infinity && I.host.now() > I.deadline) || I.interruptRequested) return false;
  const buf = I.interruptBuffer;
  if (buf !== null && buf[0] !== 0) return false;
  I.steps += ticks.n - blockLength;
  ticks.n = 0;
  return true;
}

/**
 * An exception compiled code raised in frame f (`thrown`, or RAISED's takeRaised()) unwound to its
 * handler in f itself, where the compiled code goes on (emit.ts, for code with SETUP_* blocks)
 * instead of giving the frame to runFrame: the handler's index, or -1 when runFrame is to take the
 * exception (no handler in f; a trace function, stepping or a limit, which want the interpreter's
 * exact view; the stepper's and tracer's stop signals).
 */
export function handleInCompiled(f: Frame, thrown: unknown): number {
  const I = interp;
  if (exact || I.useTracing || I.limitHit !== null || !f.blockType.includes(BlockType.SetupFinally) || isStop(thrown)) return -1;
  if (thrown === RAISED) {
    const p = takeRaised(f);
    unwind(f, p.exc, p.addTb, f.sp);
  } else {
    const sp = f.code.jit!.throwSp[f.lasti]!;
    const exc = fromThrown(thrown);
    unwind(f, exc, thrownAddTb, sp >= 0 ? sp : f.sp);
  }
  return f.pc;
}

/** Runs Python function `func` to completion in a nested loop (a call from native code); `self`, unless undefined, before args. */
export function callFunction(func: PyFunction, self: PyObj | undefined, args: PyObj[], kwnames: readonly string[] | null): PyObj {
  const f = makeFrame(func, self, args, kwnames);
  if (func.code.co.co_flags & GEN_FLAGS) {
    const g = makeGen(func, f);
    if (interp.coroOriginDepth !== 0 && g.cls === CoroutineType) recordOrigin(g, interp.frame, interp.frame?.lasti ?? -1);
    return g;
  }
  return runCompiled(f);
}

/** callFunction(func, self, [x], null), without the argument array when self (unless undefined) and x are func's plain parameters. */
export function callFunction1(func: PyFunction, self: PyObj | undefined, x: PyObj): PyObj {
  const f = func.code.co.co_flags & GEN_FLAGS ? null : frameOf1(func, self, x);
  return f === null ? callFunction(func, self, [x], null) : runCompiled(f);
}

/**
 * Frame `f` returned with generators its locals own (gen-finalize.ts): they are closed now, its
 * `caller` being the running frame, as when CPython deallocates a returned frame. Their yields, if
 * any, are not f's.
 */
function releaseLocalsOf(f: Frame, caller: Frame | null): void {
  interp.frame = caller;
  releaseLocals(f);
  yielded = false;
}

/** Set by runCompiled for the runFrame it hands a started frame to: no 'call' trace event for it. */
let handedOver = false;

/**
 * Runs frame `f`, new or a generator's to resume, as runFrame would; when its code is compiled,
 * without runFrame if the compiled code runs it to its return or yield, as most calls and
 * resumptions do: runFrame's prologue and dispatch loop cost about as much as a small function's
 * body. Anything else (an exception, the instruction counter's slow path, a call too deep to run
 * nested) hands the frame to runFrame where compiled code left it.
 */
export function runCompiled(f: Frame, toCaller = false): PyObj {
  const I = interp;
  const jit = f.code.jit;
  if (jit === null || I.useTracing || !I.jit || recursion.depth >= recursion.limit) return runFrame(f, null);
  const saved = I.frame ?? null;
  // a generator's caller changes with each resumption
  if (f.gen !== null || f.back === null) f.back = saved;
  recursion.depth++;
  I.frame = f;
  let r: Frame | null;
  try {
    r = jit.run(f);
    if (r !== null && r !== RETURNED && r !== YIELDED && r !== RAISED) {
      // a frame entered for runFrame's loop (past NEST_MAX): run it here, as runEntered does,
      // its result due on f's stack
      recursion.depth--;
      f.stack[f.sp++] = runFrame(r, null);
      r = null;
    }
  } catch (e) {
    recursion.depth--;
    I.frame = saved;
    const sp = jit.throwSp[f.lasti]!;
    if (sp >= 0) f.sp = sp;
    // (fromThrown lets the stepper's stop signals through, before the hand-over is marked)
    const exc = fromThrown(e);
    if (leaves(f, exc, thrownAddTb, f.sp)) {
      if (toCaller) return raiseInCaller(exc);
      throw exc;
    }
    // a handler in f: runFrame unwinds to it and runs the rest of the call, the compiled code
    // again from its loop (going on in the compiled code from this catch measured 30% slower
    // for an exception a native threw into a loop's try block)
    handedOver = true;
    return runFrame(f, new Reraise(exc, thrownAddTb));
  }
  recursion.depth--;
  I.frame = saved;
  if (r === RETURNED) {
    const v = f.stack[f.sp - 1]!;
    if (f.owned !== null) releaseLocalsOf(f, saved);
    f.retire();
    return v;
  }
  if (r === YIELDED) {
    yielded = true;
    return f.stack[f.sp]!;
  }
  if (r === RAISED) {
    const p = takeRaised(f);
    if (leaves(f, p.exc, p.addTb, f.sp)) {
      if (toCaller) return raiseInCaller(p.exc);
      throw p.exc;
    }
    handedOver = true;
    return runFrame(f, p);
  }
  handedOver = true;
  return runFrame(f, null);
}

/**
 * Whether exception `exc`, raised in compiled frame f (value stack `sp` high), leaves f at once:
 * f has no block to unwind and nothing wants the interpreter's view (tracing, stepping, a limit).
 * Then its traceback entry is added and its stack let go, as runFrame's unwind does, and the
 * caller throws it on without entering runFrame: V8 finds where a JS exception passing through
 * runFrame's baseline code is by scanning that function's whole bytecode offset table, about 20 µs
 * a frame (an exception raised two calls down and caught took 50 µs, native CPython 0.35 µs).
 */
function leaves(f: Frame, exc: PyBaseException, addTb: boolean, sp: number): boolean {
  const I = interp;
  if (exact || I.useTracing || I.limitHit !== null || f.blockType.length !== 0 || (addTb && endsNativeLoop(f, exc, sp))) return false;
  if (addTb) addTraceback(exc, f);
  releaseStack(f.stack, 0, sp);
  f.sp = 0;
  return true;
}

/**
 * A generator frame suspended in an except block is resumed: the exception it was handling becomes
 * current again, and leaving the block will restore the resuming caller's (`outer`, `outerTb`).
 */
function enterGenHandler(f: Frame, outer: PyBaseException | null, outerTb: PyObj): void {
  rebaseGenHandler(f, outer, outerTb);
  interp.excInfo = f.savedExc as PyBaseException;
  interp.excTb = f.savedTb;
}
/** A generator frame yields or ends: it keeps the exception it is handling, if any, and the caller's state (`outer`, `outerTb`) is current again. */
function suspendExcState(f: Frame, outer: PyBaseException | null, outerTb: PyObj): void {
  const I = interp;
  f.savedExc = f.blockType.length !== 0 && f.blockType.includes(BlockType.ExceptHandler) ? I.excInfo : null;
  f.savedTb = I.excTb;
  I.excInfo = outer;
  I.excTb = outerTb;
}

/** Resumes generator frame: pushes `value` (or raises `exc` at the yield) and runs to the next yield/return. */
export function resumeGen(g: PyGen, value: PyObj, exc: PyBaseException | null): { done: boolean; value: PyObj } {
  const f = g.frame;
  const I = interp;
  const outerExc = I.excInfo;
  const outerTb = I.excTb;
  if (f.savedExc !== null) enterGenHandler(f, outerExc, outerTb);
  let throwIn: Reraise | null = null;
  try {
    if (g.yieldFrom !== null) {
      const yf = g.yieldFrom;
      g.yieldFrom = null;
      if (exc !== null) {
        const ex = exc;
        // gen_throw: delegate to the sub-iterator first. An error looking up its `throw` is the
        // caller's: the generator stays suspended in its yield from (genResume leaves it so).
        let th: PyObj | undefined;
        if (!(yf instanceof PyGen || yf instanceof PyCoroWrapper || exc.cls.isSubtype(GeneratorExit))) {
          try {
            th = getattrOpt(yf, "throw");
          } catch (e) {
            g.yieldFrom = yf;
            throw e;
          }
        }
        let r: { done: boolean; value: PyObj } | null = null;
        try {
          if (exc.cls.isSubtype(GeneratorExit)) {
            closeSub(yf);
            throwIn = new Reraise(exc, true);
          } else if (yf instanceof PyGen) {
            // as in 3.10.2, the sub-generator runs with this frame as its caller, and this frame
            // itself, not running, has no caller meanwhile
            const caller = I.frame;
            I.frame = f;
            f.back = null;
            try {
              r = genResume(yf, None, exc);
            } finally {
              I.frame = caller;
            }
          } else if (yf instanceof PyCoroWrapper) r = genResume(yf.coro, None, exc);
          else if (th === undefined) throwIn = new Reraise(exc, true);
          else {
            const meth = th;
            r = sendVia(() => call(meth, [ex.cls, ex, ex.traceback]));
          }
        } catch (e) {
          // the sub-iterator raised: pop it and raise in this frame after YIELD_FROM
          f.sp--;
          f.pc++;
          f.lasti = f.pc - 1;
          throwIn = new Reraise(toPyExc(e), true);
        }
        if (r !== null) {
          if (!r.done) {
            g.yieldFrom = yf;
            return r;
          }
          // the sub-iterator finished: YIELD_FROM's result replaces the receiver.
          f.stack[f.sp - 1] = r.value;
          f.pc++;
          f.lasti = f.pc - 1;
          value = None;
          exc = null;
          throwIn = null;
          return runGen(g, null, null, true);
        }
      } else {
        f.stack[f.sp++] = value;
        return runGen(g, null, null, false);
      }
    }
    if (throwIn === null && exc !== null) throwIn = new Reraise(exc, true);
    // raised in a generator suspended in an except block: the exception being handled there becomes
    // its context (gen_send_ex's _PyErr_ChainStackItem)
    if (throwIn !== null && f.savedExc !== null) setContext(throwIn.exc);
    if (throwIn === null) f.stack[f.sp++] = value;
    return runGen(g, throwIn, null, false);
  } finally {
    suspendExcState(f, outerExc, outerTb);
  }
}
/**
 * next() on a generator (FOR_ITER, builtins' next()): the yielded value, or undefined when it
 * returned, its return value then in lastStopValue. A suspended generator's frame is resumed
 * here directly, without genResume's result objects; others (running, finished, in a yield from)
 * take genResume's path.
 */
export function genNext(g: PyGen): PyObj | undefined {
  if (g.running || g.finished || g.yieldFrom !== null) {
    const r = genResume(g, None, null);
    if (!r.done) return r.value;
    setLastStopValue(r.value);
    return undefined;
  }
  const f = g.frame;
  const I = interp;
  const outerExc = I.excInfo;
  const outerTb = I.excTb;
  if (f.savedExc !== null) enterGenHandler(f, outerExc, outerTb);
  g.start();
  g.running = true;
  let v: PyObj;
  try {
    f.stack[f.sp++] = None;
    v = runCompiled(f);
  } catch (e) {
    g.finish();
    throw genRaised(g, e);
  } finally {
    g.running = false;
    suspendExcState(f, outerExc, outerTb);
  }
  if (yielded) return v;
  g.finish();
  setLastStopValue(v);
  return undefined;
}

function runGen(g: PyGen, throwIn: Reraise | null, _x: null, _noPush: boolean): { done: boolean; value: PyObj } {
  const v = runFrame(g.frame, throwIn);
  return { done: !yielded, value: v };
}
/**
 * Closes the sub-iterator of a `yield from` that GeneratorExit reached, as gen_close_iter does: one
 * with no `close` is left alone, and an error looking `close` up (not an AttributeError) is
 * reported as unraisable, the generator then closing as if there were none; close() raising
 * propagates.
 */
function closeSub(yf: PyObj): void {
  if (yf instanceof PyGen) genClose(yf);
  else if (yf instanceof PyCoroWrapper) genClose(yf.coro);
  else {
    let c: PyObj | undefined;
    try {
      c = getattrOpt(yf, "close");
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      writeUnraisable(e, yf);
      return;
    }
    if (c !== undefined) call(c, []);
  }
}
function sendVia(f: () => PyObj): { done: boolean; value: PyObj } {
  try {
    return { done: false, value: f() };
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(StopIteration)) return { done: true, value: e.get("value") };
    throw e;
  }
}

/** One send into a `yield from` / `await` receiver. */
function yfSend(recv: PyObj, v: PyObj): { done: boolean; value: PyObj } {
  if (recv instanceof PyGen) return genResume(recv, v, null);
  if (recv instanceof PyCoroWrapper) return genResume(recv.coro, v, null);
  if (v === None) {
    if (recv instanceof PyIter && !recv.cls.heap) {
      setLastStopValue(None);
      const r = recv.step();
      return r === undefined ? { done: true, value: lastStopValue } : { done: false, value: r };
    }
    setLastStopValue(None);
    const r = next(recv);
    return r === undefined ? { done: true, value: lastStopValue } : { done: false, value: r };
  }
  return sendVia(() => call(getattr(recv, "send"), [v]));
}

/** With a tracer, 3.10's YIELD_FROM reports a finished receiver's StopIteration unless it called tp_iternext for a None send. */
function yieldFromTrace(f: Frame, recv: PyObj, sent: PyObj, value: PyObj): void {
  if (value !== None || sent !== None || !(recv instanceof PyIter || (recv instanceof PyGen && recv.cls === GeneratorType) || typeOf(recv).lookup("__next__") !== undefined)) traceStopIteration(f, value);
}

/** FOR_ITER's step of an iterator that is not a generator, a list or range iterator, or a native PyIter. */
export function forIterOther(f: Frame, it: PyObj): PyObj | undefined {
  const v = next(it);
  if (v === undefined && interp.traceFunc !== null && typeOf(it).lookup("__next__") instanceof PyFunction) traceStopIteration(f, lastStopValue);
  return v;
}

/** GET_ITER: the iterator of `v`, claiming a generator for the loop (gen-finalize.ts). */
export function getIter(f: Frame, v: PyObj, i: number): PyObj {
  if (v instanceof PyGen) claimForLoop(v, f, i);
  if (v instanceof PyIter && !v.cls.heap) return v;
  // an exact str, list or tuple: its own __iter__'s iterator, without the lookup and call
  if (typeof v === "string") return new PyStrIter(v, v);
  if (v instanceof PyList && v.cls === ListType) return new PyListIter(v);
  if (v instanceof PyTuple && v.cls === TupleType) return new PyTupleIter(v, v.items);
  const it = iter(v);
  if (it !== v && it instanceof PyGen) claimFromIter(v, it);
  return it;
}

/** COMPARE_OP for operands other than two ints or two strs. */
export function compareOther(a: PyObj, b: PyObj, oparg: number): PyObj {
  const r = numberCompare(a, b, oparg);
  return r !== undefined ? r : richCompare(a, b, cmpByOp[oparg]);
}

// runFrame's native calls and cold instructions, each behind a small catch: what they raise (a JS
// throw: int() of a name, a failed import) is caught next to the throw and handed to runFrame as
// THREW with `caught` set, which it unwinds by `break dispatch`. A throw caught by runFrame itself
// made V8 look for the handler in runFrame's baseline code by scanning its whole bytecode offset
// table (~20-40 us in cold code, where try/except ImportError and friends mostly run).
const THREW = { threw: true } as unknown as PyObj & Frame;
let caught: PyBaseException | null = null;
let caughtAddTb = true;
function threw(e: unknown): PyObj & Frame {
  caught = fromThrown(e);
  caughtAddTb = thrownAddTb;
  return THREW;
}
/** A method descriptor called by CALL_METHOD with self and its arguments at stack[from...] (argc in all). */
function guardedDescr(md: PyMethodDescr, stack: PyObj[], from: number, argc: number): PyObj {
  try {
    return interp.profileFunc !== null ? profiledDescrCall(md, stack.slice(from, from + argc)) : callDescrAt(md, stack, from, argc);
  } catch (e) {
    return threw(e);
  }
}
function guardedBuiltin(fn: PyBuiltinFunction, stack: PyObj[], from: number, argc: number): PyObj {
  try {
    return callBuiltinAt(fn, stack, from, argc);
  } catch (e) {
    return threw(e);
  }
}
function guardedGeneric(f: Frame, fn: PyObj, args: PyObj[], kwnames: string[] | null): Frame | null {
  try {
    return callGeneric(f, fn, args, kwnames);
  } catch (e) {
    return threw(e);
  }
}
function guardedCold(f: Frame, op: number, oparg: number): Frame | null {
  try {
    return coldOp(f, op, oparg);
  } catch (e) {
    return threw(e);
  }
}

/**
 * Runs `entry` (and the frames it calls) until `entry` returns or, for a generator frame, yields.
 * `pending` is an exception to raise at the current instruction (generator.throw).
 *
 * Only the hot, simple instructions are inline; the others run in coldOp (ops-cold.ts) on the
 * frame's stored state. Keeping this function small matters as much as its fast paths: each time
 * TurboFan optimises it (again after an instruction met for the first time, with no type feedback
 * yet, deoptimised it) costs 50-130 ms of compiler time, which is why the `dislab` command keeps it
 * in V8's baseline code altogether (bin/dislab.js, --turbo-filter): hot code runs compiled. Case
 * labels are literal opcode numbers (checked against Op by test/vm/op-labels.test.ts) so that the
 * switch is a jump table, not a chain of comparisons with the enum's properties.
 */
export function runFrame(entry: Frame, pending: Reraise | null): PyObj {
  const I = interp;
  // a frame runCompiled hands over was called already: no second 'call' trace event
  const resumed = handedOver;
  handedOver = false;
  if (++recursion.depth > recursion.limit + (pending ? 50 : 0)) {
    recursion.depth--;
    throw recursionError();
  }
  const savedFrame = I.frame ?? null;
  const savedWhere = recursion.where;
  entry.isEntry = true;
  // a generator's caller changes with each resumption; a frame called from native code has the
  // running Python frame as its f_back, as in CPython
  if (entry.gen || entry.back === null) entry.back = savedFrame;
  let f = entry;
  let exc: PyBaseException | null = null;
  let addTb = true;
  if (pending) {
    exc = pending.exc;
    addTb = pending.addTb;
  }
  yielded = false;
  try {
    if (I.useTracing && !resumed) {
      I.frame = f;
      traceCall(f);
    }
    // Each pass of this loop (re)loads the running frame's state into locals: at entry, after a
    // call pushed a frame or a return popped one, and after an exception found its handler. The
    // locals are captured by no closure, so V8 keeps them in registers.
    frames: for (;;) {
      I.frame = f;
      const code = f.code;
      const ops = code.ops;
      const opargs = code.args;
      const consts = code.consts;
      const names = code.co.co_names;
      const stack = f.stack;
      const fast = f.fast;
      let sp = f.sp;
      let pc = f.pc;
      if (exc === null) {
        try {
          // the compiled tier (jit/emit.ts) runs what it can first; sp -2 tells the handler below
          // to take the height at a throw from its table
          if (I.jit && !I.useTracing && (code.jit !== null || (warmedUp(code) && tierUp(code)))) {
            sp = -2;
            const nf = code.jit!.run(f);
            if (nf === RAISED) {
              // an exception compiled code raised without a JS throw (a dict's missing key, `raise`)
              const p = takeRaised(f);
              exc = p.exc;
              addTb = p.addTb;
              sp = f.sp;
            } else if (nf === YIELDED) {
              yielded = true;
              return f.stack[f.sp]!;
            } else if (nf !== null && nf !== RETURNED) {
              f = nf;
              continue frames;
            } else {
              // RETURNED: RETURN_VALUE, counted by compiled code, runs below
              if (nf === RETURNED) ticks.n--;
              sp = f.sp;
              pc = f.pc;
            }
          }
          // an exception raised by an instruction itself (raise, RERAISE) leaves this loop by
          // `break dispatch` with exc set, which costs far less than a JS throw and catch
          if (exc === null) dispatch: for (;;) {
            if (++ticks.n >= CHECK_EVERY) {
              f.sp = sp;
              f.pc = pc;
              onTick(f);
              // a trace function may have moved the frame (f_lineno = N) and unwound its stacks
              pc = f.pc;
              sp = f.sp;
            }
            const i = pc++;
            f.lasti = i;
            const op = ops[i];
            const oparg = opargs[i];
            switch (op) {
              case 124: { // LOAD_FAST
                const v = fast[oparg];
                if (v === undefined) throw O.unboundLocal(code.co.co_varnames[oparg]);
                stack[sp++] = v;
                break;
              }
              case 125: // STORE_FAST
                // (a frame owning generators checks what the store drops: gen-finalize.ts)
                if (f.owned === null) fast[oparg] = stack[--sp];
                else storeOwned(f, oparg, stack[--sp], i);
                break;
              case 100: // LOAD_CONST
                stack[sp++] = consts[oparg];
                break;
              case 1: { // POP_TOP
                const v = stack[--sp];
                // an exact-type test first: POP_TOP mostly drops None and numbers
                if (typeof v === "object" && (v.cls === GeneratorType || v.cls === AsyncGeneratorType || v.cls === CoroutineType)) dropGen(v as PyGen, f, i);
                break;
              }
              case 2: { // ROT_TWO
                const a = stack[sp - 1];
                stack[sp - 1] = stack[sp - 2];
                stack[sp - 2] = a;
                break;
              }
              case 3: { // ROT_THREE
                const a = stack[sp - 1];
                stack[sp - 1] = stack[sp - 2];
                stack[sp - 2] = stack[sp - 3];
                stack[sp - 3] = a;
                break;
              }
              case 4: // DUP_TOP
                stack[sp] = stack[sp - 1];
                sp++;
                break;
              case 5: // DUP_TOP_TWO
                stack[sp] = stack[sp - 2];
                stack[sp + 1] = stack[sp - 1];
                sp += 2;
                break;
              case 9: // NOP
              case 144: // EXTENDED_ARG
                break;
              case 12: // UNARY_NOT
                stack[sp - 1] = !truthy(stack[sp - 1]);
                break;
              case 23: // BINARY_ADD
              case 55: { // INPLACE_ADD
                const b = stack[--sp];
                const a = stack[sp - 1];
                if (typeof a === "number" && typeof b === "number") {
                  const r = a + b;
                  stack[sp - 1] = Number.isSafeInteger(r) ? r : intAdd(a, b);
                } else if (typeof a === "string" && typeof b === "string") stack[sp - 1] = (b.charCodeAt(0) & 0xfc00) === 0xdc00 ? strAddLow(a, b) : a + b;
                else if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FloatType && b.cls === FloatType) stack[sp - 1] = new PyFloat(a.value + b.value);
                else stack[sp - 1] = op === 23 ? binaryOp(a, b, BIN.add) : inplaceOp(a, b, BIN.add);
                break;
              }
              case 24: // BINARY_SUBTRACT
              case 56: { // INPLACE_SUBTRACT
                const b = stack[--sp];
                const a = stack[sp - 1];
                if (typeof a === "number" && typeof b === "number") {
                  const r = a - b;
                  stack[sp - 1] = Number.isSafeInteger(r) ? r : intSub(a, b);
                } else stack[sp - 1] = op === 24 ? binaryOp(a, b, BIN.sub) : inplaceOp(a, b, BIN.sub);
                break;
              }
              case 16: case 19: case 20: case 22: case 26: case 27: case 62: case 63: case 64: case 65: case 66: { // BINARY_* (others)
                const b = stack[--sp];
                stack[sp - 1] = binaryOp(stack[sp - 1], b, binSlots[op]);
                break;
              }
              case 17: case 28: case 29: case 57: case 59: case 67: case 75: case 76: case 77: case 78: case 79: { // INPLACE_* (others)
                const b = stack[--sp];
                stack[sp - 1] = inplaceOp(stack[sp - 1], b, binSlots[op]);
                break;
              }
              case 25: { // BINARY_SUBSCR
                const k = stack[--sp];
                const c = stack[sp - 1];
                if (c instanceof PyList && c.cls === ListType && typeof k === "number") {
                  const n = c.items.length;
                  const j = k < 0 ? k + n : k;
                  if (j < 0 || j >= n) throw newExc(E.IndexError, "list index out of range");
                  stack[sp - 1] = c.items[j];
                } else if (c instanceof PyTuple && c.cls === TupleType && typeof k === "number") {
                  stack[sp - 1] = c.items[seqIndex(k, c.items.length, "tuple index out of range", "tuple")];
                } else if (c instanceof PyDict && c.cls === DictType) {
                  const v = c.get(k);
                  if (v === undefined) {
                    // a missing key raises here, without a JS throw (a plain dict has no __missing__)
                    exc = raised(keyError(k));
                    addTb = true;
                    break dispatch;
                  }
                  stack[sp - 1] = v;
                } else stack[sp - 1] = getitem(c, k);
                break;
              }
              case 60: { // STORE_SUBSCR
                const k = stack[sp - 1];
                const c = stack[sp - 2];
                const v = stack[sp - 3];
                sp -= 3;
                if (c instanceof PyList && c.cls === ListType && typeof k === "number") {
                  const n = c.items.length;
                  const j = k < 0 ? k + n : k;
                  if (j < 0 || j >= n) throw newExc(E.IndexError, "list assignment index out of range");
                  c.items[j] = v;
                } else if (c instanceof PyDict && c.cls === DictType) c.set(k, v);
                else setitem(c, k, v);
                break;
              }
              case 107: { // COMPARE_OP
                const b = stack[--sp];
                const a = stack[sp - 1];
                if (typeof a === "number" && typeof b === "number") {
                  let r: boolean;
                  switch (oparg) {
                    case 0: r = a < b; break;
                    case 1: r = a <= b; break;
                    case 2: r = a === b; break;
                    case 3: r = a !== b; break;
                    case 4: r = a > b; break;
                    default: r = a >= b;
                  }
                  stack[sp - 1] = r;
                } else if (typeof a === "string" && typeof b === "string") {
                  stack[sp - 1] = oparg === 2 ? a === b : oparg === 3 ? a !== b : strOrder(strCompare(a, b), oparg);
                } else stack[sp - 1] = compareOther(a, b, oparg);
                break;
              }
              case 117: { // IS_OP
                const b = stack[--sp];
                stack[sp - 1] = (stack[sp - 1] === b) !== (oparg === 1);
                break;
              }
              case 118: { // CONTAINS_OP
                const c = stack[--sp];
                stack[sp - 1] = contains(c, stack[sp - 1]) !== (oparg === 1);
                break;
              }
              case 110: // JUMP_FORWARD
                pc += oparg;
                break;
              case 113: // JUMP_ABSOLUTE
              case 114: // POP_JUMP_IF_FALSE
              case 115: { // POP_JUMP_IF_TRUE
                if (op !== 113) {
                  const v = stack[--sp];
                  if (op === 114 ? v === true || (v !== false && truthy(v)) : v === false || (v !== true && !truthy(v))) break;
                }
                // a loop's backward jump: where the compiled tier takes over a hot loop
                if (oparg < pc && I.jit && (code.jit !== null || warmedUp(code))) {
                  f.pc = oparg;
                  f.sp = sp;
                  continue frames;
                }
                pc = oparg;
                break;
              }
              case 111: // JUMP_IF_FALSE_OR_POP
                if (!truthy(stack[sp - 1])) pc = oparg;
                else sp--;
                break;
              case 112: // JUMP_IF_TRUE_OR_POP
                if (truthy(stack[sp - 1])) pc = oparg;
                else sp--;
                break;
              case 68: // GET_ITER
                stack[sp - 1] = getIter(f, stack[sp - 1], i);
                break;
              case 93: { // FOR_ITER
                const it = stack[sp - 1];
                let v: PyObj | undefined;
                // a generator is told by its exact type (one load), before instanceof tests that would each walk its prototype chain
                if ((it as PyObject).cls === GeneratorType) {
                  v = genNext(it as PyGen);
                  if (v === undefined && lastStopValue !== None && I.traceFunc !== null) traceStopIteration(f, lastStopValue);
                } else if (it instanceof PyListIter) v = it.next1();
                else if (it instanceof PyRangeIter) v = it.next1();
                // (a Python subclass of a native iterator may override __next__: forIterOther's lookup)
                else if (it instanceof PyIter && !it.cls.heap) v = it.step();
                else v = forIterOther(f, it);
                // without a branch of its own for the loop's end (which often comes only after
                // the loop was optimised), so that the arithmetic there has type feedback
                const done = v === undefined;
                stack[sp] = v as PyObj;
                sp += done ? -1 : 1;
                pc += done ? oparg : 0;
                break;
              }
              case 116: { // LOAD_GLOBAL
                const g = f.globals;
                const b = f.builtins;
                const c = code.cache[i];
                if (c instanceof GlobalCache && c.g === g && c.gk === g.keysVersion && c.b === b && c.bk === b.keysVersion) stack[sp++] = c.entry.value;
                else stack[sp++] = loadGlobal(code.cache, i, g, b, names[oparg]);
                break;
              }
              case 101: { // LOAD_NAME
                const loc = f.locals;
                if (loc instanceof PyDict && loc.cls === DictType) {
                  const name = names[oparg];
                  if (loc === f.globals) {
                    stack[sp++] = getGlobal(code.cache, i, loc, f.builtins, name);
                    break;
                  }
                  let v = loc.getStr(name);
                  if (v === undefined) v = f.globals.getStr(name);
                  if (v === undefined) v = f.builtins.getStr(name);
                  if (v !== undefined) {
                    stack[sp++] = v;
                    break;
                  }
                }
                f.sp = sp;
                f.pc = pc;
                sp = -1;
                coldOp(f, 101, oparg);
                sp = f.sp;
                break;
              }
              case 90: { // STORE_NAME
                const loc = f.locals;
                if (loc instanceof PyDict && loc.cls === DictType) {
                  loc.setStr(names[oparg], stack[--sp]);
                  break;
                }
                f.sp = sp;
                f.pc = pc;
                sp = -1;
                coldOp(f, 90, oparg);
                sp = f.sp;
                break;
              }
              case 136: { // LOAD_DEREF
                const v = f.cells[oparg].value;
                if (v === undefined) throw derefError(f, oparg);
                stack[sp++] = v;
                break;
              }
              case 137: // STORE_DEREF
                f.cells[oparg].value = stack[--sp];
                break;
              case 135: // LOAD_CLOSURE
                stack[sp++] = f.cells[oparg];
                break;
              case 106: { // LOAD_ATTR
                // a missing attribute raises here, without a JS throw: code probing with
                // try/except AttributeError runs here cold, and V8 finds the handler of a throw
                // through runFrame's baseline code by scanning its whole offset table (~20 µs)
                const o = stack[sp - 1];
                const v = loadAttrFound(code.cache, i, o, names[oparg]);
                if (v === undefined) {
                  exc = raised(noAttribute(o, names[oparg]));
                  addTb = true;
                  break dispatch;
                }
                stack[sp - 1] = v;
                break;
              }
              case 95: { // STORE_ATTR
                const o = stack[sp - 1];
                const v = stack[sp - 2];
                sp -= 2;
                storeAttr(code.cache, i, o, names[oparg], v);
                break;
              }
              case 160: { // LOAD_METHOD
                const o = stack[sp - 1];
                const d = loadMethod(code.cache, i, o, names[oparg]);
                if (d !== undefined) {
                  stack[sp - 1] = d;
                  stack[sp++] = o;
                } else {
                  const v = loadAttrFound(code.cache, i, o, names[oparg]);
                  if (v === undefined) {
                    exc = raised(noAttribute(o, names[oparg]));
                    addTb = true;
                    break dispatch;
                  }
                  stack[sp - 1] = undefined as unknown as PyObj;
                  stack[sp++] = v;
                }
                break;
              }
              case 131: // CALL_FUNCTION
              case 161: { // CALL_METHOD
                // the callable, then its arguments: CALL_METHOD's slot below them holds a method
                // found on the type (then self is the first argument) or undefined
                let base = sp - oparg - 1;
                let fn = stack[base];
                let from = base + 1;
                let argc = oparg;
                let method = false;
                if (op === 161) {
                  base--;
                  fn = stack[base];
                  if (fn === undefined) fn = stack[base + 1];
                  else {
                    from = base + 1;
                    argc++;
                    method = true;
                  }
                }
                sp = base;
                if (fn instanceof PyFunction) {
                  // the common call: the arguments go from the stack to the new frame's locals
                  const nf = frameFromStack(fn, stack, from, argc);
                  if (fn.code.co.co_flags & GEN_FLAGS) {
                    stack[sp++] = born(makeGen(fn, nf), f, i);
                    break;
                  }
                  f.sp = sp;
                  f.pc = pc;
                  f = enterFrame(f, nf);
                  continue frames;
                }
                if (method || (fn instanceof PyBuiltinFunction && I.profileFunc === null)) {
                  const v = method ? guardedDescr(fn as PyMethodDescr, stack, from, argc) : guardedBuiltin(fn as PyBuiltinFunction, stack, from, argc);
                  if (v === THREW) {
                    exc = caught!;
                    addTb = caughtAddTb;
                    break dispatch;
                  }
                  stack[sp++] = v;
                  break;
                }
                const a = stackArgs(stack, from, argc);
                f.sp = sp;
                f.pc = pc;
                sp = -1;
                const nf = guardedGeneric(f, fn, a, null);
                if (nf === THREW) {
                  exc = caught!;
                  addTb = caughtAddTb;
                  sp = f.sp;
                  break dispatch;
                }
                if (nf !== null) {
                  f = nf;
                  continue frames;
                }
                sp = f.sp;
                break;
              }
              case 141: { // CALL_FUNCTION_KW
                const kwnames = (stack[--sp] as PyTuple).items as string[];
                const base = sp - oparg - 1;
                const a = stackArgs(stack, base + 1, oparg);
                f.sp = base;
                f.pc = pc;
                sp = -1;
                const nf = guardedGeneric(f, stack[base], a, kwnames);
                if (nf === THREW) {
                  exc = caught!;
                  addTb = caughtAddTb;
                  sp = f.sp;
                  break dispatch;
                }
                if (nf !== null) {
                  f = nf;
                  continue frames;
                }
                sp = f.sp;
                break;
              }
              case 83: { // RETURN_VALUE
                const rv = stack[--sp];
                f.sp = sp;
                if (I.useTracing) traceReturn(f, rv);
                if (f.isEntry) {
                  f.isEntry = false;
                  if (f.owned !== null) releaseLocalsOf(f, f.back);
                  // a generator resumed by a nested run in this frame may have left `yielded` set
                  yielded = false;
                  if (f.gen && f.blockType.length !== 0) f.blockType.length = 0;
                  return rv;
                }
                recursion.depth--;
                const done = f;
                f = f.back!;
                f.stack[f.sp++] = rv;
                if (done.owned !== null) releaseLocalsOf(done, f);
                continue frames;
              }
              case 86: { // YIELD_VALUE
                const v = stack[--sp];
                f.sp = sp;
                f.pc = pc;
                if (I.useTracing) traceReturn(f, v, true);
                if (f.gen) (f.gen as PyGen).awaitedValue = false;
                yielded = true;
                return v;
              }
              case 72: { // YIELD_FROM
                const v = stack[--sp];
                const recv = stack[sp - 1];
                const r = yfSend(recv, v);
                if (r.done) {
                  if (I.traceFunc !== null) yieldFromTrace(f, recv, v, r.value);
                  stack[sp - 1] = r.value;
                  break;
                }
                f.sp = sp;
                f.pc = i;
                // as 3.10 re-executes YIELD_FROM, f_lasti names the instruction before it meanwhile
                f.lasti = i - 1;
                if (I.useTracing) traceReturn(f, r.value, true);
                const g = f.gen as PyGen;
                g.yieldFrom = recv;
                g.awaitedValue = true;
                yielded = true;
                return r.value;
              }
              case 129: // GEN_START
                sp--;
                break;
              case 122: // SETUP_FINALLY
                f.blockType.push(BlockType.SetupFinally);
                f.blockHandler.push(pc + oparg);
                f.blockLevel.push(sp);
                break;
              case 87: // POP_BLOCK
                f.blockType.pop();
                f.blockHandler.pop();
                f.blockLevel.pop();
                break;
              case 89: // POP_EXCEPT
                f.pc = pc;
                popExcept(f, sp);
                sp -= 3;
                break;
              case 119: // RERAISE
                if (oparg !== 0) f.lasti = f.blockHandler[f.blockHandler.length - 1]!;
                exc = stackException(stack[sp - 2], "RERAISE");
                // with the traceback saved under it, not __traceback__ as the handler may have set it
                exc.traceback = stack[sp - 3];
                addTb = false;
                sp -= 3;
                break dispatch;
              case 121: { // JUMP_IF_NOT_EXC_MATCH
                const right = stack[--sp];
                const left = stack[--sp];
                if (!O.excMatches(left, right)) pc = oparg;
                break;
              }
              case 130: { // RAISE_VARARGS
                if (oparg === 0) {
                  const cur = I.excInfo;
                  if (cur === null) throw newExc(E.RuntimeError, "No active exception to reraise");
                  // (raised with the traceback it was caught with, as _PyErr_Restore of exc_info)
                  cur.traceback = I.excTb;
                  exc = cur;
                  addTb = false;
                  break dispatch;
                }
                const cause = oparg === 2 ? stack[--sp] : undefined;
                exc = raised(O.makeRaise(stack[--sp], cause));
                addTb = true;
                break dispatch;
              }
              case 102: { // BUILD_TUPLE
                const items = stackArgs(stack, sp - oparg, oparg);
                sp -= oparg;
                stack[sp++] = tuple(items);
                break;
              }
              case 103: { // BUILD_LIST
                const items = stackArgs(stack, sp - oparg, oparg);
                sp -= oparg;
                stack[sp++] = new PyList(items);
                break;
              }
              case 145: { // LIST_APPEND
                const v = stack[--sp];
                const items = (stack[sp - oparg] as PyList).items;
                if (items.push(v) > MAX_GROWN_ITEMS) grownTooLong(items);
                break;
              }
              case 92: { // UNPACK_SEQUENCE
                const items = O.unpackSequence(stack[--sp], oparg);
                for (let k = oparg - 1; k >= 0; k--) stack[sp++] = items[k];
                break;
              }
              case 155: { // FORMAT_VALUE
                const spec = (oparg & 4) === 4 ? stack[--sp] : null;
                stack[sp - 1] = O.formatValue(stack[sp - 1], oparg, spec);
                break;
              }
              default: {
                // every other instruction runs on the frame's stored state (ops-cold.ts)
                f.sp = sp;
                f.pc = pc;
                sp = -1;
                const nf = guardedCold(f, op, oparg);
                if (nf === THREW) {
                  // (a cold instruction keeps the stack height in the frame)
                  exc = caught!;
                  addTb = caughtAddTb;
                  sp = f.sp;
                  break dispatch;
                }
                if (nf !== null) {
                  f = nf;
                  continue frames;
                }
                sp = f.sp;
                pc = f.pc;
              }
            }
          }
        } catch (e) {
          // a cold instruction (sp = -1 meanwhile) keeps the stack height in the frame
          if (sp === -2) sp = code.jit!.throwSp[f.lasti] ?? -1;
          if (sp < 0) sp = f.sp;
          exc = fromThrown(e);
          addTb = thrownAddTb;
        }
      }
      f = unwind(f, exc, addTb, sp);
      exc = null;
    }
  } finally {
    recursion.depth--;
    recursion.where = savedWhere;
    I.frame = savedFrame;
  }
}
