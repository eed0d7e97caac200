// The eval loop (Python/ceval.c _PyEval_EvalFrameDefault for 3.10): one switch over Op numbers.
// Python-to-Python calls push a frame and continue in the same loop (no JS recursion); a native
// function calling back into Python runs a nested loop (runFrame). Exceptions are thrown JS
// values caught once per loop and unwound through 3.10's block stack: SETUP_FINALLY handlers get
// the old exception state and the new exception pushed (3 + 3 values) under an EXCEPT_HANDLER
// block. This file is long because the switch is one unit; helpers live in ops.ts.
import {
  type PyObj, PyObject, PyFunction, PyMethod, PyBuiltinFunction, PyMethodDescr, PyType, PyTuple, PyList, PyDict, PySet, PyCell, PySlice,
  PyBaseException, PyIter, PyGen, PyFloat, Frame, PyTraceback, BlockType, None, NotImplemented, Ellipsis, tuple, call, callDescr, typeOf,
  getattr, setattr, getitem, setitem, delitem, contains, truthy, iter, next, lastStopValue, setLastStopValue, toArray, richCompare, Cmp,
  binaryOp, inplaceOp, unaryOp, BIN, typeError, newExc, toPyExc, AssertionError, KeyboardInterrupt, RecursionError, StopIteration,
  GeneratorExit, ListType, TupleType, DictType, StrType, GeneratorType, CoroutineType, AsyncGeneratorType, dictMerge, asStr, len, genResume, genRaised,
  PyCoroWrapper, genClose, isInstance, PyAsyncGenSend, repr, getattrOpt, keyError, genericGetattr, PyInstance, noAttribute,
  seqIndex, attributeError, typeCall, intAdd, intSub, intCmp, PyStrSubclass, strAddLow, strJoinExact,
} from "../objects/index.ts";
import { Op } from "../bytecode/opcodes.ts";
import { recursion } from "../objects/hooks.ts";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE } from "../bytecode/flags.ts";
import { interp, loopControl } from "./interp.ts";
import { traceCall, traceReturn, traceException, traceInstruction, traceStopIteration, profileCCall, isStop } from "./trace.ts";
import { makeFrame, frameFromStack, makeGen, GEN_FLAGS } from "./call.ts";
import { born, claimForLoop, claimFromIter, releaseOwned, releaseStack } from "./gen-finalize.ts";
import * as O from "./ops.ts";
import { loadAttr, loadMethod, storeAttr } from "./attr-cache.ts";
import { GlobalCache, loadGlobal } from "./global-cache.ts";
import { numberCompare, strCompare } from "../objects/index.ts";

/** COMPARE_OP's ordering result from a three-way comparison (oparg 0, 1, 4, 5: < <= > >=). */
const strOrder = (c: number, oparg: number): boolean => (oparg === 0 ? c < 0 : oparg === 1 ? c <= 0 : oparg === 4 ? c > 0 : c >= 0);
import { PyListIter, PyRangeIter, FloatType } from "../objects/index.ts";

const cmpByOp = [Cmp.LT, Cmp.LE, Cmp.EQ, Cmp.NE, Cmp.GT, Cmp.GE];
const binSlots = {
  [Op.BINARY_ADD]: BIN.add, [Op.BINARY_SUBTRACT]: BIN.sub, [Op.BINARY_MULTIPLY]: BIN.mul, [Op.BINARY_TRUE_DIVIDE]: BIN.truediv,
  [Op.BINARY_FLOOR_DIVIDE]: BIN.floordiv, [Op.BINARY_MODULO]: BIN.mod, [Op.BINARY_POWER]: BIN.pow, [Op.BINARY_LSHIFT]: BIN.lshift,
  [Op.BINARY_RSHIFT]: BIN.rshift, [Op.BINARY_AND]: BIN.and, [Op.BINARY_OR]: BIN.or, [Op.BINARY_XOR]: BIN.xor,
  [Op.BINARY_MATRIX_MULTIPLY]: BIN.matmul,
  [Op.INPLACE_ADD]: BIN.add, [Op.INPLACE_SUBTRACT]: BIN.sub, [Op.INPLACE_MULTIPLY]: BIN.mul, [Op.INPLACE_TRUE_DIVIDE]: BIN.truediv,
  [Op.INPLACE_FLOOR_DIVIDE]: BIN.floordiv, [Op.INPLACE_MODULO]: BIN.mod, [Op.INPLACE_POWER]: BIN.pow, [Op.INPLACE_LSHIFT]: BIN.lshift,
  [Op.INPLACE_RSHIFT]: BIN.rshift, [Op.INPLACE_AND]: BIN.and, [Op.INPLACE_OR]: BIN.or, [Op.INPLACE_XOR]: BIN.xor,
  [Op.INPLACE_MATRIX_MULTIPLY]: BIN.matmul,
} as Record<number, typeof BIN.add>;

/** Set by runFrame when it returned because a generator frame yielded (not returned). */
export let yielded = false;

/** Exceptions to be raised in a frame as it resumes (generator.throw), marked "no new context". */
class Reraise {
  constructor(
    public exc: PyBaseException,
    public addTb: boolean,
  ) {}
}

// The instruction counter: the loop's only per-instruction overhead is `++ticks >= CHECK_EVERY`.
// Every CHECK_EVERY instructions onTick checks the step budget, the deadline and the embedder's
// interrupt buffer. While something needs every instruction (tracing, stepping, an interrupt or a
// limit already hit), ticks is kept at CHECK_EVERY - 1 so that each instruction takes the slow path.
const CHECK_EVERY = 1024;
let ticks = 0;
/** ticks counts single instructions (slow path on each), not a stretch of CHECK_EVERY. */
let exact = false;
/** Slow-path calls until the clock is read again. */
let clockIn = 0;
loopControl.requestCheck = () => {
  if (!exact) {
    if (interp) interp.steps += ticks;
    exact = true;
  }
  ticks = CHECK_EVERY - 1;
};

/** The slow path, before the instruction at f.pc: limits, interrupts, tracing and stepping. */
function onTick(f: Frame): void {
  const I = interp;
  I.steps += exact ? 1 : ticks;
  const slow = I.useTracing || I.interruptRequested || I.limitHit !== null;
  exact = slow;
  ticks = slow ? CHECK_EVERY - 1 : 0;
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
    if (h !== 1) call(h, [2, f]);
  }
  if (I.useTracing) traceInstruction(f);
}

export function recursionError(): PyBaseException {
  return newExc(RecursionError, "maximum recursion depth exceeded");
}

/**
 * A builtin function (or bound builtin method) called from the loop: as cfunction_vectorcall_*
 * does, the call counts one level of recursion, so the depth at which a chain like
 * repr() -> __repr__ -> repr() fails, and the message it fails with, are CPython's.
 */
function callBuiltin(fn: PyBuiltinFunction, args: PyObj[], kwnames: readonly string[] | null): PyObj {
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    throw newExc(RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  try {
    return fn.fn(args, kwnames);
  } finally {
    recursion.depth--;
  }
}

/** Runs Python function `func` to completion in a nested loop (a call from native code). */
export function callFunction(func: PyFunction, args: PyObj[], kwnames: readonly string[] | null): PyObj {
  const f = makeFrame(func, args, kwnames);
  if (func.code.co.co_flags & GEN_FLAGS) return makeGen(func, f);
  return runFrame(f, null);
}

/** Resumes generator frame: pushes `value` (or raises `exc` at the yield) and runs to the next yield/return. */
export function resumeGen(g: PyGen, value: PyObj, exc: PyBaseException | null): { done: boolean; value: PyObj } {
  const f = g.frame;
  const I = interp;
  const outerExc = I.excInfo;
  if (f.savedExc !== null) I.excInfo = f.savedExc as PyBaseException;
  let throwIn: Reraise | null = null;
  try {
    if (g.yieldFrom !== null) {
      const yf = g.yieldFrom;
      g.yieldFrom = null;
      if (exc !== null) {
        const ex = exc;
        // gen_throw: delegate to the sub-iterator first.
        let r: { done: boolean; value: PyObj } | null = null;
        try {
          if (exc.cls.isSubtype(GeneratorExit)) {
            closeSub(yf);
            throwIn = new Reraise(exc, true);
          } else if (yf instanceof PyGen) r = genResume(yf, None, exc);
          else if (yf instanceof PyCoroWrapper) r = genResume(yf.coro, None, exc);
          else {
            const th = getattrOpt(yf, "throw");
            if (th === undefined) throwIn = new Reraise(exc, true);
            else r = sendVia(() => call(th, [ex.cls, ex, ex.traceback]));
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
    if (throwIn === null) f.stack[f.sp++] = value;
    return runGen(g, throwIn, null, false);
  } finally {
    f.savedExc = f.blockType.includes(BlockType.ExceptHandler) ? I.excInfo : null;
    I.excInfo = outerExc;
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
  if (f.savedExc !== null) I.excInfo = f.savedExc as PyBaseException;
  g.started = true;
  g.running = true;
  let v: PyObj;
  try {
    f.stack[f.sp++] = None;
    v = runFrame(f, null);
  } catch (e) {
    g.finished = true;
    throw genRaised(g, e);
  } finally {
    g.running = false;
    f.savedExc = f.blockType.length !== 0 && f.blockType.includes(BlockType.ExceptHandler) ? I.excInfo : null;
    I.excInfo = outerExc;
  }
  if (yielded) return v;
  g.finished = true;
  setLastStopValue(v);
  return undefined;
}

function runGen(g: PyGen, throwIn: Reraise | null, _x: null, _noPush: boolean): { done: boolean; value: PyObj } {
  const v = runFrame(g.frame, throwIn);
  return { done: !yielded, value: v };
}
function closeSub(yf: PyObj): void {
  if (yf instanceof PyGen) genClose(yf);
  else if (yf instanceof PyCoroWrapper) genClose(yf.coro);
  else {
    const c = getattrOpt(yf, "close");
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
    if (recv instanceof PyIter) {
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

function addTraceback(exc: PyBaseException, f: Frame): void {
  exc.traceback = new PyTraceback(exc.traceback, f, f.lasti, f.code.lineAt(f.lasti * 2));
}

function setContext(exc: PyBaseException): void {
  const cur = interp.excInfo;
  if (cur !== null && cur !== exc) {
    // break cycles in the context chain, as _PyErr_SetObject does
    let o: PyBaseException | null = cur;
    while (o !== null) {
      const c: PyObj = o.context;
      if (c === exc) {
        o.context = None;
        break;
      }
      o = c instanceof PyBaseException ? c : null;
    }
    exc.context = cur;
  }
}

/** An exception an instruction raises without a JS throw: a new one gets its context, as the loop's catch does. */
function raised(e: PyBaseException): PyBaseException {
  if (e.fresh) {
    setContext(e);
    e.fresh = false;
  }
  return e;
}

/**
 * Runs `entry` (and the frames it calls) until `entry` returns or, for a generator frame, yields.
 * `pending` is an exception to raise at the current instruction (generator.throw).
 */
export function runFrame(entry: Frame, pending: Reraise | null): PyObj {
  const I = interp;
  if (++I.depth > I.recursionLimit + (pending ? 50 : 0)) {
    I.depth--;
    throw recursionError();
  }
  const savedFrame = (I as { frame?: Frame | null }).frame ?? null;
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
    if (I.useTracing) {
      (I as { frame?: Frame | null }).frame = f;
      traceCall(f);
    }
    // Each pass of this loop (re)loads the running frame's state into locals: at entry, after a
    // call pushed a frame or a return popped one, and after an exception found its handler. The
    // locals are captured by no closure, so V8 keeps them in registers.
    frames: for (;;) {
      (I as { frame?: Frame | null }).frame = f;
      const code = f.code;
      const ops = code.ops;
      const opargs = code.args;
      const consts = code.consts;
      const names = code.co.co_names;
      let stack = f.stack;
      const fast = f.fast;
      let sp = f.sp;
      let pc = f.pc;
      if (exc === null) {
        try {
          // an exception raised by an instruction itself (raise, RERAISE) leaves this loop by
          // `break dispatch` with exc set, which costs far less than a JS throw and catch
          dispatch: for (;;) {
            if (++ticks >= CHECK_EVERY) {
              f.sp = sp;
              f.pc = pc;
              onTick(f);
              // a trace function may have moved the frame (f_lineno = N) and unwound its stacks
              pc = f.pc;
              sp = f.sp;
            }
            const i = pc++;
            f.lasti = i;
            const oparg = opargs[i];
            switch (ops[i]) {
              case Op.NOP:
              case Op.EXTENDED_ARG:
                break;
              case Op.LOAD_FAST: {
                const v = fast[oparg];
                if (v === undefined) throw O.unboundLocal(code.co.co_varnames[oparg]);
                stack[sp++] = v;
                break;
              }
              case Op.STORE_FAST:
                fast[oparg] = stack[--sp];
                break;
              case Op.DELETE_FAST:
                if (fast[oparg] === undefined) throw O.unboundLocal(code.co.co_varnames[oparg]);
                fast[oparg] = undefined;
                break;
              case Op.LOAD_CONST:
                stack[sp++] = consts[oparg];
                break;
              case Op.POP_TOP: {
                const v = stack[--sp];
                // an exact-type test first: POP_TOP mostly drops None and numbers
                if (typeof v === "object" && v.cls === GeneratorType && (v as PyGen).loopOwned) releaseOwned(v as PyGen);
                break;
              }
              case Op.ROT_TWO: {
                const a = stack[sp - 1];
                stack[sp - 1] = stack[sp - 2];
                stack[sp - 2] = a;
                break;
              }
              case Op.ROT_THREE: {
                const a = stack[sp - 1];
                stack[sp - 1] = stack[sp - 2];
                stack[sp - 2] = stack[sp - 3];
                stack[sp - 3] = a;
                break;
              }
              case Op.ROT_FOUR: {
                const a = stack[sp - 1];
                stack[sp - 1] = stack[sp - 2];
                stack[sp - 2] = stack[sp - 3];
                stack[sp - 3] = stack[sp - 4];
                stack[sp - 4] = a;
                break;
              }
              case Op.ROT_N: {
                const a = stack[sp - 1];
                for (let k = 1; k < oparg; k++) stack[sp - k] = stack[sp - k - 1];
                stack[sp - oparg] = a;
                break;
              }
              case Op.DUP_TOP:
                stack[sp] = stack[sp - 1];
                sp++;
                break;
              case Op.DUP_TOP_TWO:
                stack[sp] = stack[sp - 2];
                stack[sp + 1] = stack[sp - 1];
                sp += 2;
                break;
              case Op.UNARY_POSITIVE:
                stack[sp - 1] = unaryOp(stack[sp - 1], "__pos__", "+");
                break;
              case Op.UNARY_NEGATIVE:
                stack[sp - 1] = unaryOp(stack[sp - 1], "__neg__", "-");
                break;
              case Op.UNARY_INVERT:
                stack[sp - 1] = unaryOp(stack[sp - 1], "__invert__", "~");
                break;
              case Op.UNARY_NOT:
                stack[sp - 1] = !truthy(stack[sp - 1]);
                break;
              case Op.BINARY_ADD: {
                const b = stack[--sp];
                const a = stack[sp - 1];
                if (typeof a === "number" && typeof b === "number") {
                  const r = a + b;
                  stack[sp - 1] = Number.isSafeInteger(r) ? r : intAdd(a, b);
                } else if (typeof a === "string" && typeof b === "string") stack[sp - 1] = (b.charCodeAt(0) & 0xfc00) === 0xdc00 ? strAddLow(a, b) : a + b;
                else if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FloatType && b.cls === FloatType) stack[sp - 1] = new PyFloat(a.value + b.value);
                else stack[sp - 1] = binaryOp(a, b, BIN.add);
                break;
              }
              case Op.BINARY_SUBTRACT: {
                const b = stack[--sp];
                const a = stack[sp - 1];
                if (typeof a === "number" && typeof b === "number") {
                  const r = a - b;
                  stack[sp - 1] = Number.isSafeInteger(r) ? r : intSub(a, b);
                } else stack[sp - 1] = binaryOp(a, b, BIN.sub);
                break;
              }
              case Op.INPLACE_ADD: {
                const b = stack[--sp];
                const a = stack[sp - 1];
                if (typeof a === "number" && typeof b === "number") {
                  const r = a + b;
                  stack[sp - 1] = Number.isSafeInteger(r) ? r : intAdd(a, b);
                } else if (typeof a === "string" && typeof b === "string") stack[sp - 1] = (b.charCodeAt(0) & 0xfc00) === 0xdc00 ? strAddLow(a, b) : a + b;
                else stack[sp - 1] = inplaceOp(a, b, BIN.add);
                break;
              }
              case Op.BINARY_MULTIPLY: case Op.BINARY_TRUE_DIVIDE: case Op.BINARY_FLOOR_DIVIDE: case Op.BINARY_MODULO:
              case Op.BINARY_POWER: case Op.BINARY_LSHIFT: case Op.BINARY_RSHIFT: case Op.BINARY_AND: case Op.BINARY_OR:
              case Op.BINARY_XOR: case Op.BINARY_MATRIX_MULTIPLY: {
                const b = stack[--sp];
                stack[sp - 1] = binaryOp(stack[sp - 1], b, binSlots[ops[i]]);
                break;
              }
              case Op.INPLACE_SUBTRACT: case Op.INPLACE_MULTIPLY: case Op.INPLACE_TRUE_DIVIDE: case Op.INPLACE_FLOOR_DIVIDE:
              case Op.INPLACE_MODULO: case Op.INPLACE_POWER: case Op.INPLACE_LSHIFT: case Op.INPLACE_RSHIFT: case Op.INPLACE_AND:
              case Op.INPLACE_OR: case Op.INPLACE_XOR: case Op.INPLACE_MATRIX_MULTIPLY: {
                const b = stack[--sp];
                stack[sp - 1] = inplaceOp(stack[sp - 1], b, binSlots[ops[i]]);
                break;
              }
              case Op.BINARY_SUBSCR: {
                const k = stack[--sp];
                const c = stack[sp - 1];
                if (c instanceof PyList && c.cls === ListType && typeof k === "number") {
                  const n = c.items.length;
                  const j = k < 0 ? k + n : k;
                  if (j < 0 || j >= n) throw newExc(indexErrorType(), "list index out of range");
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
                }
                else stack[sp - 1] = getitem(c, k);
                break;
              }
              case Op.STORE_SUBSCR: {
                const k = stack[sp - 1];
                const c = stack[sp - 2];
                const v = stack[sp - 3];
                sp -= 3;
                if (c instanceof PyList && c.cls === ListType && typeof k === "number") {
                  const n = c.items.length;
                  const j = k < 0 ? k + n : k;
                  if (j < 0 || j >= n) throw newExc(indexErrorType(), "list assignment index out of range");
                  c.items[j] = v;
                } else if (c instanceof PyDict && c.cls === DictType) c.set(k, v);
                else setitem(c, k, v);
                break;
              }
              case Op.DELETE_SUBSCR: {
                const k = stack[--sp];
                delitem(stack[--sp], k);
                break;
              }
              case Op.COMPARE_OP: {
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
                } else {
                  const r = numberCompare(a, b, oparg);
                  stack[sp - 1] = r !== undefined ? r : richCompare(a, b, cmpByOp[oparg]);
                }
                break;
              }
              case Op.IS_OP: {
                const b = stack[--sp];
                const a = stack[sp - 1];
                stack[sp - 1] = isSame(a, b) !== (oparg === 1);
                break;
              }
              case Op.CONTAINS_OP: {
                const c = stack[--sp];
                const a = stack[sp - 1];
                stack[sp - 1] = contains(c, a) !== (oparg === 1);
                break;
              }
              case Op.JUMP_FORWARD:
                pc += oparg;
                break;
              case Op.JUMP_ABSOLUTE:
                pc = oparg;
                break;
              case Op.POP_JUMP_IF_FALSE: {
                const v = stack[--sp];
                if (v === false || (v !== true && !truthy(v))) pc = oparg;
                break;
              }
              case Op.POP_JUMP_IF_TRUE: {
                const v = stack[--sp];
                if (v === true || (v !== false && truthy(v))) pc = oparg;
                break;
              }
              case Op.JUMP_IF_FALSE_OR_POP:
                if (!truthy(stack[sp - 1])) pc = oparg;
                else sp--;
                break;
              case Op.JUMP_IF_TRUE_OR_POP:
                if (truthy(stack[sp - 1])) pc = oparg;
                else sp--;
                break;
              case Op.GET_ITER: {
                const v = stack[sp - 1];
                if (v instanceof PyGen) claimForLoop(v, f, i);
                if (!(v instanceof PyIter)) {
                  const it = iter(v);
                  if (it !== v && it instanceof PyGen) claimFromIter(v, it);
                  stack[sp - 1] = it;
                }
                break;
              }
              case Op.FOR_ITER: {
                const it = stack[sp - 1];
                let v: PyObj | undefined;
                // a generator is told by its exact type (one load), before instanceof tests that would each walk its prototype chain
                if ((it as PyObject).cls === GeneratorType) {
                  v = genNext(it as PyGen);
                  if (v === undefined && lastStopValue !== None && I.traceFunc !== null) traceStopIteration(f, lastStopValue);
                } else if (it instanceof PyListIter) v = it.next1();
                else if (it instanceof PyRangeIter) v = it.next1();
                else if (it instanceof PyIter) v = it.step();
                else {
                  v = next(it);
                  if (v === undefined && I.traceFunc !== null && typeOf(it).lookup("__next__") instanceof PyFunction) traceStopIteration(f, lastStopValue);
                }
                if (v === undefined) {
                  sp--;
                  pc += oparg;
                } else stack[sp++] = v;
                break;
              }
              case Op.LOAD_GLOBAL: {
                const g = f.globals;
                const b = f.builtins;
                const c = code.cache[i];
                if (c instanceof GlobalCache && c.g === g && c.gk === g.keysVersion && c.b === b && c.bk === b.keysVersion) stack[sp++] = c.entry.value;
                else stack[sp++] = loadGlobal(code.cache, i, g, b, names[oparg]);
                break;
              }
              case Op.STORE_GLOBAL:
                f.globals.setStr(names[oparg], stack[--sp]);
                break;
              case Op.DELETE_GLOBAL:
                if (!f.globals.delStr(names[oparg])) throw O.nameError(names[oparg]);
                break;
              case Op.LOAD_NAME: {
                const name = names[oparg];
                const loc = f.locals;
                if (loc === null) throw newExc(systemErrorType(), `no locals when loading '${name}'`);
                let v = O.mappingGet(loc, name);
                if (v === undefined) v = f.globals.getStr(name);
                if (v === undefined) v = f.builtins.getStr(name);
                if (v === undefined) throw O.nameError(name);
                stack[sp++] = v;
                break;
              }
              case Op.STORE_NAME: {
                const loc = f.locals;
                const v = stack[--sp];
                if (loc instanceof PyDict && loc.cls === DictType) loc.setStr(names[oparg], v);
                else if (loc === null) throw newExc(systemErrorType(), `no locals found when storing '${names[oparg]}'`);
                else setitem(loc, names[oparg], v);
                break;
              }
              case Op.DELETE_NAME: {
                const loc = f.locals!;
                const name = names[oparg];
                if (loc instanceof PyDict && loc.cls === DictType) {
                  if (!loc.delStr(name)) throw O.nameError(name);
                } else {
                  try {
                    delitem(loc, name);
                  } catch {
                    throw O.nameError(name);
                  }
                }
                break;
              }
              case Op.LOAD_DEREF: {
                const v = f.cells[oparg].value;
                if (v === undefined) throw derefError(f, oparg);
                stack[sp++] = v;
                break;
              }
              case Op.LOAD_CLASSDEREF: {
                const co = code.co;
                const name = oparg < co.co_cellvars.length ? co.co_cellvars[oparg] : co.co_freevars[oparg - co.co_cellvars.length];
                let v = f.locals ? O.mappingGet(f.locals, name) : undefined;
                if (v === undefined) {
                  v = f.cells[oparg].value;
                  if (v === undefined) throw derefError(f, oparg);
                }
                stack[sp++] = v;
                break;
              }
              case Op.STORE_DEREF:
                f.cells[oparg].value = stack[--sp];
                break;
              case Op.DELETE_DEREF:
                if (f.cells[oparg].value === undefined) throw derefError(f, oparg);
                f.cells[oparg].value = undefined;
                break;
              case Op.LOAD_CLOSURE:
                stack[sp++] = f.cells[oparg];
                break;
              case Op.LOAD_ATTR:
                stack[sp - 1] = loadAttr(code.cache, i, stack[sp - 1], names[oparg]);
                break;
              case Op.STORE_ATTR: {
                const o = stack[sp - 1];
                const v = stack[sp - 2];
                sp -= 2;
                storeAttr(code.cache, i, o, names[oparg], v);
                break;
              }
              case Op.DELETE_ATTR:
                setattr(stack[--sp], names[oparg], undefined);
                break;
              case Op.LOAD_METHOD: {
                const o = stack[sp - 1];
                const name = names[oparg];
                const d = loadMethod(code.cache, i, o, name);
                if (d !== undefined) {
                  stack[sp - 1] = d;
                  stack[sp++] = o;
                  break;
                }
                stack[sp - 1] = undefined as unknown as PyObj;
                stack[sp++] = getattr(o, name);
                break;
              }
              case Op.CALL_METHOD: {
                const base = sp - oparg - 2;
                const meth = stack[base];
                let r: PyObj;
                if (meth === undefined) {
                  const fn = stack[base + 1];
                  sp = base;
                  if (fn instanceof PyFunction) {
                    const nf = frameFromStack(fn, stack, base + 2, oparg);
                    if (fn.code.co.co_flags & GEN_FLAGS) {
                      stack[sp++] = born(makeGen(fn, nf), f, i);
                      break;
                    }
                    f.sp = sp;
                    f.pc = pc;
                    f = enterFrame(I, f, nf);
                    continue frames;
                  }
                  const a = stack.slice(base + 2, base + 2 + oparg);
                  r = I.profileFunc !== null ? profiledCall(fn, a, null) : fn instanceof PyBuiltinFunction ? callBuiltin(fn, a, null) : call(fn, a, null);
                } else {
                  sp = base;
                  if (meth instanceof PyFunction) {
                    const nf = frameFromStack(meth, stack, base + 1, oparg + 1);
                    if (meth.code.co.co_flags & GEN_FLAGS) {
                      stack[sp++] = born(makeGen(meth, nf), f, i);
                      break;
                    }
                    f.sp = sp;
                    f.pc = pc;
                    f = enterFrame(I, f, nf);
                    continue frames;
                  }
                  const md = meth as PyMethodDescr;
                  r = I.profileFunc === null ? md.fn(stack[base + 1], stack.slice(base + 2, base + 2 + oparg), null) : profiledDescrCall(md, stack.slice(base + 1, base + 2 + oparg));
                }
                stack[sp++] = r;
                break;
              }
              case Op.CALL_FUNCTION:
              case Op.CALL_FUNCTION_KW: {
                let kwnames: readonly string[] | null = null;
                if (ops[i] === Op.CALL_FUNCTION_KW) kwnames = (stack[--sp] as PyTuple).items as string[];
                const base = sp - oparg - 1;
                let fn = stack[base];
                sp = base;
                if (kwnames === null && fn instanceof PyFunction) {
                  // the common call: the arguments go from the stack to the new frame's locals
                  const nf = frameFromStack(fn, stack, base + 1, oparg);
                  if (fn.code.co.co_flags & GEN_FLAGS) {
                    stack[sp++] = born(makeGen(fn, nf), f, i);
                    break;
                  }
                  f.sp = sp;
                  f.pc = pc;
                  f = enterFrame(I, f, nf);
                  continue frames;
                }
                const a = stack.slice(base + 1, base + 1 + oparg);
                if (fn instanceof PyMethod && fn.func instanceof PyFunction) {
                  a.unshift(fn.self);
                  fn = fn.func;
                }
                if (fn instanceof PyFunction) {
                  const nf = makeFrame(fn, a, kwnames);
                  if (fn.code.co.co_flags & GEN_FLAGS) {
                    stack[sp++] = born(makeGen(fn, nf), f, i);
                    break;
                  }
                  f.sp = sp;
                  f.pc = pc;
                  f = enterFrame(I, f, nf);
                  continue frames;
                }
                if (I.profileFunc !== null) stack[sp++] = profiledCall(fn, a, kwnames);
                else if (fn instanceof PyBuiltinFunction) stack[sp++] = callBuiltin(fn, a, kwnames);
                else if (fn instanceof PyType && fn.cls === typeType()) stack[sp++] = typeCall(fn, a, kwnames);
                else stack[sp++] = call(fn, a, kwnames);
                break;
              }
              case Op.CALL_FUNCTION_EX: {
                let kwargs: PyObj | null = null;
                if (oparg & 1) kwargs = stack[--sp];
                const pos = stack[--sp];
                const fn = stack[--sp];
                let a: PyObj[];
                if (pos instanceof PyTuple) a = pos.items.slice();
                else {
                  try {
                    a = toArray(pos);
                  } catch (e) {
                    if (e instanceof PyBaseException && e.cls.name === "TypeError" && typeOf(pos).lookup("__iter__") === undefined) throw typeError(`${funcDesc(fn)} argument after * must be an iterable, not ${typeOf(pos).name}`);
                    throw e;
                  }
                }
                let kwn: string[] | null = null;
                if (kwargs !== null) {
                  let d: PyDict;
                  if (kwargs instanceof PyDict) d = kwargs;
                  else {
                    if (getattrOpt(kwargs, "keys") === undefined) throw typeError(`${funcDesc(fn)} argument after ** must be a mapping, not ${typeOf(kwargs).name}`);
                    d = new PyDict();
                    dictMerge(d, kwargs);
                  }
                  kwn = [];
                  for (const e of d.entries()) {
                    const k = asStr(e.key);
                    if (k === null) throw typeError("keywords must be strings");
                    kwn.push(k);
                    a.push(e.value);
                  }
                  if (kwn.length === 0) kwn = null;
                }
                let target = fn;
                if (target instanceof PyMethod && target.func instanceof PyFunction) {
                  a.unshift(target.self);
                  target = target.func;
                }
                if (target instanceof PyFunction) {
                  const nf = makeFrame(target, a, kwn);
                  if (target.code.co.co_flags & GEN_FLAGS) {
                    stack[sp++] = born(makeGen(target, nf), f, i);
                    break;
                  }
                  f.sp = sp;
                  f.pc = pc;
                  f = enterFrame(I, f, nf);
                  continue frames;
                }
                stack[sp++] = I.profileFunc !== null ? profiledCall(target, a, kwn) : target instanceof PyBuiltinFunction ? callBuiltin(target, a, kwn) : call(target, a, kwn);
                break;
              }
              case Op.MAKE_FUNCTION: {
                const qn = stack[--sp];
                const co = stack[--sp] as import("../objects/index.ts").PyCode;
                const closure = oparg & 8 ? (stack[--sp] as PyTuple).items : null;
                const annotations = oparg & 4 ? stack[--sp] : None;
                const kwdefaults = oparg & 2 ? (stack[--sp] as PyDict) : null;
                const defaults = oparg & 1 ? (stack[--sp] as PyTuple).items : null;
                stack[sp++] = O.makeFunction(co, qn, f.globals, closure, annotations, kwdefaults, defaults);
                break;
              }
              case Op.RETURN_VALUE: {
                const rv = stack[--sp];
                f.sp = sp;
                if (I.useTracing) traceReturn(f, rv);
                if (f.isEntry) {
                  f.isEntry = false;
                  // a generator resumed by a nested run in this frame may have left `yielded` set
                  yielded = false;
                  if (f.gen && f.blockType.length !== 0) f.blockType.length = 0;
                  return rv;
                }
                I.depth--;
                f = f.back!;
                f.stack[f.sp++] = rv;
                continue frames;
              }
              case Op.YIELD_VALUE: {
                const v = stack[--sp];
                f.sp = sp;
                f.pc = pc;
                if (I.useTracing) traceReturn(f, v, true);
                if (f.gen) (f.gen as PyGen).awaitedValue = false;
                yielded = true;
                return v;
              }
              case Op.YIELD_FROM: {
                const v = stack[--sp];
                const recv = stack[sp - 1];
                const r = yfSend(recv, v);
                // with a tracer, 3.10 calls tp_iternext for a None send to an iterator, send() otherwise
                if (r.done && I.traceFunc !== null && (r.value !== None || v !== None || !(recv instanceof PyIter || (recv instanceof PyGen && recv.cls === GeneratorType) || typeOf(recv).lookup("__next__") !== undefined))) traceStopIteration(f, r.value);
                if (r.done) {
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
              case Op.GEN_START:
                sp--;
                break;
              case Op.GET_YIELD_FROM_ITER: {
                const v = stack[sp - 1];
                if (v instanceof PyGen && v.cls === CoroutineType) {
                  if (!(code.co.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                } else if (!(v instanceof PyGen && v.cls === GeneratorType)) stack[sp - 1] = iter(v);
                break;
              }
              case Op.GET_AWAITABLE:
                stack[sp - 1] = O.getAwaitableIter(stack[sp - 1], oparg);
                break;
              case Op.GET_AITER:
                stack[sp - 1] = O.getAiter(stack[sp - 1]);
                break;
              case Op.GET_ANEXT:
                stack[sp] = O.getAnext(stack[sp - 1]);
                sp++;
                break;
              case Op.BEFORE_ASYNC_WITH: {
                const o = stack[sp - 1];
                const t = typeOf(o);
                const enter = t.lookup("__aenter__");
                if (enter === undefined) throw attributeError("__aenter__");
                const exit = t.lookup("__aexit__");
                if (exit === undefined) throw attributeError("__aexit__");
                stack[sp - 1] = bindMethod(exit, o);
                stack[sp++] = callDescr(enter, o, []);
                break;
              }
              case Op.SETUP_ASYNC_WITH: {
                const res = stack[--sp];
                f.blockType.push(BlockType.SetupFinally);
                f.blockHandler.push(pc + oparg);
                f.blockLevel.push(sp);
                stack[sp++] = res;
                break;
              }
              case Op.END_ASYNC_FOR: {
                const et = stack[--sp];
                if (et instanceof PyType && et.isSubtype(stopAsyncType())) {
                  f.blockType.pop();
                  f.blockHandler.pop();
                  const level = f.blockLevel.pop()!;
                  sp = unwindExceptHandler(stack, level, sp);
                  sp--;
                  break;
                }
                const val = stack[--sp] as PyBaseException;
                sp--;
                throw new Reraise(val, false);
              }
              case Op.SETUP_FINALLY:
                f.blockType.push(BlockType.SetupFinally);
                f.blockHandler.push(pc + oparg);
                f.blockLevel.push(sp);
                break;
              case Op.POP_BLOCK:
                f.blockType.pop();
                f.blockHandler.pop();
                f.blockLevel.pop();
                break;
              case Op.POP_EXCEPT: {
                const bt = f.blockType.pop();
                f.blockHandler.pop();
                f.blockLevel.pop();
                if (bt !== BlockType.ExceptHandler) throw newExc(systemErrorType(), "popped block is not an except handler");
                const v = stack[sp - 2];
                sp -= 3;
                I.excInfo = v instanceof PyBaseException ? v : null;
                break;
              }
              case Op.RERAISE: {
                exc = stack[sp - 2] as PyBaseException;
                addTb = false;
                sp -= 3;
                break dispatch;
              }
              case Op.SETUP_WITH: {
                const o = stack[sp - 1];
                const t = typeOf(o);
                const enter = t.lookup("__enter__");
                if (enter === undefined) throw attributeError("__enter__");
                const exit = t.lookup("__exit__");
                if (exit === undefined) throw attributeError("__exit__");
                stack[sp - 1] = bindMethod(exit, o);
                const res = callDescr(enter, o, []);
                f.blockType.push(BlockType.SetupFinally);
                f.blockHandler.push(pc + oparg);
                f.blockLevel.push(sp);
                stack[sp++] = res;
                break;
              }
              case Op.WITH_EXCEPT_START: {
                const exitFn = stack[sp - 7];
                if (exitFn instanceof PyMethod && exitFn.func instanceof PyFunction && !(exitFn.func.code.co.co_flags & GEN_FLAGS)) {
                  // a Python __exit__ runs in this loop; its return value lands where call()'s would
                  const nf = makeFrame(exitFn.func, [exitFn.self, stack[sp - 1], stack[sp - 2], stack[sp - 3]], null);
                  f.sp = sp;
                  f.pc = pc;
                  f = enterFrame(I, f, nf);
                  continue frames;
                }
                stack[sp] = call(exitFn, [stack[sp - 1], stack[sp - 2], stack[sp - 3]]);
                sp++;
                break;
              }
              case Op.JUMP_IF_NOT_EXC_MATCH: {
                const right = stack[--sp];
                const left = stack[--sp];
                if (!O.excMatches(left, right)) pc = oparg;
                break;
              }
              case Op.RAISE_VARARGS: {
                if (oparg === 0) {
                  const cur = I.excInfo;
                  if (cur === null) throw newExc(runtimeErrorType(), "No active exception to reraise");
                  exc = cur;
                  addTb = false;
                  break dispatch;
                }
                const cause = oparg === 2 ? stack[--sp] : undefined;
                exc = raised(O.makeRaise(stack[--sp], cause));
                addTb = true;
                break dispatch;
              }
              case Op.LOAD_ASSERTION_ERROR:
                stack[sp++] = AssertionError;
                break;
              case Op.LOAD_BUILD_CLASS: {
                const bc = f.builtins.getStr("__build_class__");
                if (bc === undefined) throw newExc(nameErrorType(), "__build_class__ not found");
                stack[sp++] = bc;
                break;
              }
              case Op.SETUP_ANNOTATIONS: {
                const loc = f.locals!;
                if (loc instanceof PyDict) {
                  if (loc.getStr("__annotations__") === undefined) loc.setStr("__annotations__", new PyDict());
                } else if (O.mappingGet(loc, "__annotations__") === undefined) setitem(loc, "__annotations__", new PyDict());
                break;
              }
              case Op.PRINT_EXPR: {
                const v = stack[--sp];
                const hook = getattrOpt(I.sys, "displayhook");
                if (hook === undefined) throw newExc(runtimeErrorType(), "lost sys.displayhook");
                call(hook, [v]);
                break;
              }
              case Op.BUILD_TUPLE: {
                const items = stack.slice(sp - oparg, sp);
                sp -= oparg;
                stack[sp++] = tuple(items);
                break;
              }
              case Op.BUILD_LIST: {
                const items = stack.slice(sp - oparg, sp);
                sp -= oparg;
                stack[sp++] = new PyList(items);
                break;
              }
              case Op.BUILD_SET: {
                const s = new PySet();
                for (let k = sp - oparg; k < sp; k++) s.add(stack[k]);
                sp -= oparg;
                stack[sp++] = s;
                break;
              }
              case Op.BUILD_MAP: {
                const d = new PyDict();
                for (let k = sp - 2 * oparg; k < sp; k += 2) d.set(stack[k], stack[k + 1]);
                sp -= 2 * oparg;
                stack[sp++] = d;
                break;
              }
              case Op.BUILD_CONST_KEY_MAP: {
                const keys = (stack[--sp] as PyTuple).items;
                const d = new PyDict();
                for (let k = 0; k < oparg; k++) d.set(keys[k], stack[sp - oparg + k]);
                sp -= oparg;
                stack[sp++] = d;
                break;
              }
              case Op.BUILD_STRING: {
                let s = "";
                let k = sp - oparg;
                for (; k < sp; k++) {
                  const v = stack[k];
                  // a str with a false pair, or one that may start one: joined exactly
                  if (typeof v !== "string" || (v.charCodeAt(0) & 0xfc00) === 0xdc00) break;
                  s += v;
                }
                const r = k < sp ? strJoinExact(stack.slice(sp - oparg, sp)) : s;
                sp -= oparg;
                stack[sp++] = r;
                break;
              }
              case Op.BUILD_SLICE: {
                const step = oparg === 3 ? stack[--sp] : None;
                const stop = stack[--sp];
                const start = stack[--sp];
                stack[sp++] = new PySlice(start, stop, step);
                break;
              }
              case Op.LIST_APPEND: {
                const v = stack[--sp];
                (stack[sp - oparg] as PyList).items.push(v);
                break;
              }
              case Op.SET_ADD: {
                const v = stack[--sp];
                (stack[sp - oparg] as PySet).add(v);
                break;
              }
              case Op.MAP_ADD: {
                const v = stack[--sp];
                const k = stack[--sp];
                (stack[sp - oparg] as PyDict).set(k, v);
                break;
              }
              case Op.LIST_EXTEND: {
                const v = stack[--sp];
                const l = stack[sp - oparg] as PyList;
                if (v instanceof PyList || v instanceof PyTuple) l.items.push(...v.items);
                else {
                  if (typeOf(v).lookup("__iter__") === undefined && typeOf(v).lookup("__getitem__") === undefined) {
                    const fn = stack[sp - oparg - 1];
                    if (fn !== undefined && ops[i + 1] === Op.LIST_TO_TUPLE && isCallable(fn)) throw typeError(`${funcDesc(fn)} argument after * must be an iterable, not ${typeOf(v).name}`);
                    throw typeError(`Value after * must be an iterable, not ${typeOf(v).name}`);
                  }
                  l.items.push(...toArray(v));
                }
                break;
              }
              case Op.LIST_TO_TUPLE:
                stack[sp - 1] = tuple((stack[sp - 1] as PyList).items);
                break;
              case Op.SET_UPDATE: {
                const v = stack[--sp];
                (stack[sp - oparg] as PySet).update(v);
                break;
              }
              case Op.DICT_UPDATE: {
                const v = stack[--sp];
                const d = stack[sp - oparg] as PyDict;
                if (!(v instanceof PyDict) && getattrOpt(v, "keys") === undefined) throw typeError(`'${typeOf(v).name}' object is not a mapping`);
                dictMerge(d, v);
                break;
              }
              case Op.DICT_MERGE: {
                const v = stack[--sp];
                const d = stack[sp - oparg] as PyDict;
                const fn = stack[sp - oparg - 2];
                if (!(v instanceof PyDict) && getattrOpt(v, "keys") === undefined) throw typeError(`${funcDesc(fn)} argument after ** must be a mapping, not ${typeOf(v).name}`);
                const src = new PyDict();
                dictMerge(src, v);
                for (const e of src.entries()) {
                  if (d.get(e.key) !== undefined) {
                    const k = asStr(e.key);
                    if (k === null) throw typeError(`${funcDesc(fn)} keywords must be strings`);
                    throw typeError(`${funcDesc(fn)} got multiple values for keyword argument '${k}'`);
                  }
                  d.set(e.key, e.value);
                }
                break;
              }
              case Op.UNPACK_SEQUENCE: {
                const v = stack[--sp];
                const items = O.unpackSequence(v, oparg);
                for (let k = oparg - 1; k >= 0; k--) stack[sp++] = items[k];
                break;
              }
              case Op.UNPACK_EX: {
                const v = stack[--sp];
                const items = O.unpackEx(v, oparg & 0xff, oparg >> 8);
                for (let k = items.length - 1; k >= 0; k--) stack[sp++] = items[k];
                break;
              }
              case Op.FORMAT_VALUE: {
                const spec = (oparg & 4) === 4 ? stack[--sp] : null;
                stack[sp - 1] = O.formatValue(stack[sp - 1], oparg, spec);
                break;
              }
              case Op.IMPORT_NAME: {
                const fromlist = stack[--sp];
                const level = stack[sp - 1];
                const imp = f.builtins.getStr("__import__");
                if (imp === undefined) throw newExc(importErrorType(), "__import__ not found");
                stack[sp - 1] = call(imp, [names[oparg], f.globals, f.locals ?? None, fromlist, level]);
                break;
              }
              case Op.IMPORT_FROM:
                stack[sp] = O.importFrom(stack[sp - 1], names[oparg]);
                sp++;
                break;
              case Op.IMPORT_STAR: {
                const m = stack[--sp];
                O.importStar(m, f.locals!);
                break;
              }
              case Op.GET_LEN:
                stack[sp] = len(stack[sp - 1]);
                sp++;
                break;
              case Op.MATCH_MAPPING:
                stack[sp] = O.isMatchMapping(stack[sp - 1]);
                sp++;
                break;
              case Op.MATCH_SEQUENCE:
                stack[sp] = O.isMatchSequence(stack[sp - 1]);
                sp++;
                break;
              case Op.MATCH_KEYS: {
                const r = O.matchKeys(stack[sp - 2], stack[sp - 1] as PyTuple);
                stack[sp++] = r;
                stack[sp++] = r !== None;
                break;
              }
              case Op.COPY_DICT_WITHOUT_KEYS:
                stack[sp - 1] = O.copyDictWithoutKeys(stack[sp - 2], stack[sp - 1] as PyTuple);
                break;
              case Op.MATCH_CLASS: {
                const kw = stack[--sp] as PyTuple;
                const cls = stack[--sp];
                const subject = stack[sp - 1];
                const r = O.matchClass(subject, cls, oparg, kw);
                stack[sp - 1] = r;
                stack[sp++] = r !== None;
                break;
              }
              default:
                throw newExc(systemErrorType(), `unknown opcode ${ops[i]}`);
            }
          }
        } catch (e) {
          if (isStop(e)) throw e;
          if (e instanceof Reraise) {
            exc = e.exc;
            addTb = e.addTb;
          } else {
            exc = toPyExc(e);
            addTb = true;
            if (exc.fresh) {
              setContext(exc);
              exc.fresh = false;
            }
          }
        }
      }
      // ---- exception unwinding ------------------------------------------------------------------
      if (addTb) {
        addTraceback(exc, f);
        if (I.useTracing) exc = traceException(f, exc);
      }
      let handled = false;
      while (!handled) {
        while (f.blockType.length > 0) {
          const bt = f.blockType.pop()!;
          const handler = f.blockHandler.pop()!;
          const level = f.blockLevel.pop()!;
          if (bt === BlockType.ExceptHandler) {
            sp = unwindExceptHandler(stack, level, sp);
            continue;
          }
          if (sp > level) releaseStack(stack, level, sp);
          sp = level;
          f.blockType.push(BlockType.ExceptHandler);
          f.blockHandler.push(-1);
          f.blockLevel.push(sp);
          const old = I.excInfo;
          stack[sp++] = old === null ? None : old.traceback;
          stack[sp++] = old === null ? None : old;
          stack[sp++] = old === null ? None : old.cls;
          I.excInfo = exc;
          stack[sp++] = exc.traceback;
          stack[sp++] = exc;
          stack[sp++] = exc.cls;
          f.sp = sp;
          f.pc = handler;
          handled = true;
          break;
        }
        if (handled) break;
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
        I.depth--;
        f = f.back!;
        (I as { frame?: Frame | null }).frame = f;
        stack = f.stack;
        sp = f.sp;
        addTraceback(exc, f);
        if (I.useTracing) exc = traceException(f, exc);
      }
      exc = null;
    }
  } finally {
    I.depth--;
    recursion.where = savedWhere;
    (I as { frame?: Frame | null }).frame = savedFrame;
  }
}

/** A Python frame called from the loop becomes the running frame: depth check, f_back, 'call' event. */
function enterFrame(I: typeof interp, caller: Frame, nf: Frame): Frame {
  if (++I.depth > I.recursionLimit) {
    I.depth--;
    throw recursionError();
  }
  nf.back = caller;
  if (I.useTracing) {
    (I as { frame?: Frame | null }).frame = nf;
    try {
      traceCall(nf);
    } catch (e) {
      // the trace function raised at the call: the new frame never ran
      I.depth--;
      (I as { frame?: Frame | null }).frame = caller;
      throw e;
    }
  }
  return nf;
}

/** A builtin called while a profiler is set, with its c_call / c_return / c_exception events. */
function profiledCall(fn: PyObj, args: PyObj[], kwnames: readonly string[] | null): PyObj {
  return profileCCall(fn, args, kwnames, () => call(fn, args, kwnames));
}
function profiledDescrCall(md: PyMethodDescr, args: PyObj[]): PyObj {
  return profileCCall(md, args, null, () => md.fn(args[0], args.slice(1), null));
}

function unwindExceptHandler(stack: PyObj[], level: number, sp: number): number {
  sp = level + 3;
  const v = stack[sp - 2];
  sp -= 3;
  interp.excInfo = v instanceof PyBaseException ? v : null;
  return sp;
}

function isSame(a: PyObj, b: PyObj): boolean {
  return a === b;
}

function derefError(f: Frame, idx: number): PyBaseException {
  const co = f.code.co;
  if (idx < co.co_cellvars.length) return O.unboundLocal(co.co_cellvars[idx]);
  return O.unboundFree(co.co_freevars[idx - co.co_cellvars.length]);
}

function bindMethod(d: PyObj, o: PyObj): PyObj {
  if (d instanceof PyFunction) return new PyMethod(d, o);
  return callDescrGet(d, o);
}
import { descrGet } from "../objects/index.ts";
const callDescrGet = (d: PyObj, o: PyObj) => descrGet(d, o, typeOf(o));

function isCallable(x: PyObj): boolean {
  return typeOf(x).lookup("__call__") !== undefined;
}
export function funcDesc(fn: PyObj): string {
  if (fn instanceof PyFunction) {
    const m = asStr(fn.module);
    return m !== null && m !== "builtins" ? `${m}.${fn.qualname}()` : `${fn.qualname}()`;
  }
  if (fn instanceof PyBuiltinFunction) return `${fn.qualname}()`;
  if (fn instanceof PyMethod) return funcDesc(fn.func);
  if (fn instanceof PyType) return `${fn.name}()`;
  return `${typeOf(fn).name} object`;
}

import * as E from "../objects/exceptions.ts";
import { ObjectType, TypeType } from "../objects/builtin-types.ts";
const indexErrorType = () => E.IndexError;
const systemErrorType = () => E.SystemError;
const runtimeErrorType = () => E.RuntimeError;
const nameErrorType = () => E.NameError;
const importErrorType = () => E.ImportError;
const stopAsyncType = () => E.StopAsyncIteration;
const typeType = () => TypeType;
export {
  PyObject, Ellipsis, NotImplemented, StrType, AsyncGeneratorType, CO_ASYNC_GENERATOR, isInstance, PyAsyncGenSend, repr, keyError, genericGetattr,
  noAttribute, intCmp, PyCell, PyStrSubclass,
};
