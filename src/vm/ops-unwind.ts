// Exception unwinding for the eval loop (Python/ceval.c's `exception_unwind:` for 3.10), out of
// runFrame's body so that the loop's compiled code stays small: an exception thrown by an
// instruction is turned into a Python exception with its context (fromThrown), then unwound
// through 3.10's block stack, frame by frame (unwind): a SETUP_FINALLY handler gets the old
// exception state and the new exception pushed (3 + 3 values) under an EXCEPT_HANDLER block.
import { type PyObj, PyBaseException, PyTraceback, PyIter, Frame, BlockType, None, StopIteration, SystemError, newExc, toPyExc, setLastStopValue } from "../objects/index.ts";
import { Op } from "../bytecode/opcodes.ts";
import { recursion } from "../objects/hooks.ts";
import { interp } from "./interp.ts";
import { traceException, traceReturn, isStop } from "./trace.ts";
import { releaseStack } from "./gen-finalize.ts";
import { bindsException } from "./caught-finalize.ts";

/** Exceptions to be raised in a frame as it resumes (generator.throw, END_ASYNC_FOR), marked "no new context". */
export class Reraise {
  constructor(
    public exc: PyBaseException,
    public addTb: boolean,
  ) {}
}

/**
 * The exception RERAISE or END_ASYNC_FOR (`op`) re-raises from the value stack. A compiler always
 * leaves one there; bytecode made by hand (code.replace) may leave anything, which CPython would
 * restore as the current exception and crash on later.
 */
export function stackException(v: PyObj, op: string): PyBaseException {
  if (v instanceof PyBaseException) return v;
  throw newExc(SystemError, `${op} found no exception on the value stack`);
}

export function addTraceback(exc: PyBaseException, f: Frame): void {
  exc.traceback = new PyTraceback(exc.traceback, f, f.lasti, f.code.lineAt(f.lasti * 2));
}

/** The exception being handled becomes `exc`'s __context__ (cycles in the chain broken, as _PyErr_SetObject does). */
export function setContext(exc: PyBaseException): void {
  const cur = interp.excInfo;
  if (cur !== null && cur !== exc) {
    // a chain that already has a cycle (not through exc) is walked once round: `slow` moves at half speed
    let o: PyBaseException = cur;
    let slow: PyBaseException = cur;
    let toggle = false;
    for (;;) {
      const c: PyObj = o.context;
      if (!(c instanceof PyBaseException)) break;
      if (c === exc) {
        o.context = None;
        break;
      }
      o = c;
      if (o === slow) break;
      if (toggle) slow = slow.context as PyBaseException;
      toggle = !toggle;
    }
    exc.context = cur;
    // (the exceptions of a chain are not let go of with it: caught-finalize.ts)
    cur.exposed = true;
  }
}

/** An exception an instruction raises without a JS throw: a new one gets its context, as a thrown one does. */
export function raised(e: PyBaseException): PyBaseException {
  if (e.fresh) {
    setContext(e);
    e.fresh = false;
  }
  return e;
}

/** Whether the exception fromThrown returned last gets a traceback entry for the raising frame. */
export let thrownAddTb = true;

/**
 * The Python exception for a JS value thrown by an instruction: a Reraise's (traceback entry as it
 * says), or toPyExc's with its context set. The stepper's and tracer's stop signals pass through.
 */
export function fromThrown(e: unknown): PyBaseException {
  if (isStop(e)) throw e;
  if (e instanceof Reraise) {
    thrownAddTb = e.addTb;
    return e.exc;
  }
  thrownAddTb = true;
  const exc = toPyExc(e);
  if (exc.fresh) {
    setContext(exc);
    exc.fresh = false;
  }
  return exc;
}

/**
 * A generator resumed inside an except block: its outermost EXCEPT_HANDLER block saved the exception
 * state of the caller that was running it when the exception was caught. A generator's own state
 * is empty below that block (CPython's gi_exc_state, which then defers to the caller's), so leaving
 * the block must restore the state of the caller resuming it now: `outer`.
 */
export function rebaseGenHandler(f: Frame, outer: PyBaseException | null, outerTb: PyObj): void {
  const i = f.blockType.indexOf(BlockType.ExceptHandler);
  if (i < 0) return;
  const level = f.blockLevel[i]!;
  f.stack[level] = outer === null ? None : outerTb;
  f.stack[level + 1] = outer === null ? None : outer;
  f.stack[level + 2] = outer === null ? None : outer.cls;
}

/** The exception state an EXCEPT_HANDLER block saved at stack[level..level+2] (traceback, exception, type) becomes current again. */
export function restoreExcState(stack: PyObj[], level: number): void {
  const v = stack[level + 1];
  if (v instanceof PyBaseException) {
    interp.excInfo = v;
    interp.excTb = stack[level]!;
  } else {
    interp.excInfo = null;
    interp.excTb = None;
  }
}

/** Pops an EXCEPT_HANDLER block's three saved values at `level`: the exception state they held is restored. */
export function unwindExceptHandler(stack: PyObj[], level: number): number {
  restoreExcState(stack, level);
  return level;
}

/** A StopIteration raised by the step of the native iterator FOR_ITER was advancing (a map's function, a filter's __bool__). */
export function endsNativeLoop(f: Frame, exc: PyBaseException, sp: number): boolean {
  return f.code.ops[f.lasti] === Op.FOR_ITER && f.stack[sp - 1] instanceof PyIter && exc.cls.isSubtype(StopIteration);
}

/**
 * Unwinds `exc`, raised at f's current instruction with the value stack `sp` high, to the nearest
 * handler: in f or a caller up to the loop's entry frame. Returns the frame to continue with, its
 * pc at the handler and its sp above the pushed exception state; past the entry frame, throws exc.
 */
export function unwind(f: Frame, exc: PyBaseException, addTb: boolean, sp: number): Frame {
  const I = interp;
  if (addTb && endsNativeLoop(f, exc, sp)) {
    // FOR_ITER takes tp_iternext's NULL with StopIteration set as the iterator's end: a tracer
    // sees the exception (call_exc_trace; what it raises is cleared too), the loop goes on past it.
    // Caught here rather than around each step, which costs every iteration of a compiled loop.
    if (I.useTracing) traceException(f, exc);
    setLastStopValue(exc.get("value"));
    releaseStack(f.stack, sp - 1, sp);
    f.sp = sp - 1;
    f.pc = f.lasti + 1 + f.code.args[f.lasti]!;
    return f;
  }
  if (addTb) {
    addTraceback(exc, f);
    if (I.useTracing) exc = traceException(f, exc);
  }
  for (;;) {
    const stack = f.stack;
    while (f.blockType.length > 0) {
      const bt = f.blockType.pop()!;
      const handler = f.blockHandler.pop()!;
      const level = f.blockLevel.pop()!;
      if (bt === BlockType.ExceptHandler) {
        sp = unwindExceptHandler(stack, level);
        continue;
      }
      if (sp > level) releaseStack(stack, level, sp);
      sp = level;
      f.blockType.push(BlockType.ExceptHandler);
      // the raising instruction, which RERAISE 1 makes f_lasti again (the line a finished frame reports)
      f.blockHandler.push(f.lasti);
      f.blockLevel.push(sp);
      const old = I.excInfo;
      stack[sp++] = old === null ? None : I.excTb;
      stack[sp++] = old === null ? None : old;
      stack[sp++] = old === null ? None : old.cls;
      I.excInfo = exc;
      I.excTb = exc.traceback;
      // an except block that binds it to a name read, or a tracer, may keep it
      // (a with statement's or a finally block's handler gives it to no name: those of except
      // clauses start with DUP_TOP; hand-made bytecode's may do anything)
      if (!exc.exposed && (I.useTracing || ((f.code.ops[handler] === Op.DUP_TOP || f.code.exceptBinds === true) && bindsException(f.code, handler)))) {
        exc.exposed = true;
      }
      stack[sp++] = exc.traceback;
      stack[sp++] = exc;
      stack[sp++] = exc.cls;
      f.sp = sp;
      f.pc = handler;
      return f;
    }
    // no handler in this frame: leave it
    releaseStack(stack, 0, sp);
    f.sp = 0;
    if (I.useTracing) {
      try {
        traceReturn(f, None);
      } catch (e) {
        if (isStop(e)) throw e;
        exc = toPyExc(e);
      }
    }
    if (f.isEntry) {
      f.isEntry = false;
      throw exc;
    }
    recursion.depth--;
    f = f.back!;
    I.frame = f;
    sp = f.sp;
    addTraceback(exc, f);
    if (I.useTracing) exc = traceException(f, exc);
  }
}
