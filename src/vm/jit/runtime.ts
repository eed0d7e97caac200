// What compiled code (emit.ts) calls: the slow paths of its inline instructions, which are the
// eval loop's own (so both tiers raise the same errors and call the same dunders), and the calls,
// name lookups and exits, kept here so that each compiled function stays small (V8 optimises a
// function sooner the smaller its bytecode). Built on first use, so that this module and
// eval-loop.ts may import each other.
import {
  type PyObj, grownTooLong, PyBaseException, PyFunction, PyBuiltinFunction, PyMethod, PyMethodDescr, PyTuple, PyList, PyDict, PyFloat, PyGen, PyListIter,
  PyRangeIter, PyIter, PAIRED, PySlice, Frame, None, tuple, getitem, setitem, contains, truthy, binaryOp, inplaceOp, BIN, keyError, strAddLow,
  strCompare, numberCompare, ListType, TupleType, DictType, FloatType, GeneratorType, AsyncGeneratorType, CoroutineType, lastStopValue, getattr, PyType, plainInit,
  newInstance, initResult, newExc, TypeType, noAttribute, IntType, valueError,
} from "../../objects/index.ts";
import { RuntimeError } from "../../objects/exceptions.ts";
import { PyStrIter } from "../../objects/seq-iters.ts";
import { recursion } from "../../objects/hooks.ts";
import { badIntLiteral, bmpCharAt, intFromString, junctionSplits, strRepeat } from "../../support/text/index.ts";
import { interp } from "../interp.ts";
import * as O from "../ops.ts";
import { loadAttr, loadAttrFound, loadMethod, storeAttr } from "../attr-cache.ts";
import { GlobalCache, loadGlobal } from "../global-cache.ts";
import { buildConstKeyMap, buildMap, buildString, callExit, coldOp, derefError, exitFrame, listExtend, popExcept, setupWith } from "../ops-cold.ts";
import { callBuiltinAt, callDescrAt, callGeneric, profiledCall, profiledDescrCall, typeCallAt } from "../ops-calls.ts";
import { born, dropGen, storeOwned } from "../gen-finalize.ts";
import { Reraise, fromThrown, raised, stackException, thrownAddTb } from "../ops-unwind.ts";
import { isStop, traceStopIteration } from "../trace.ts";
import { frameFromStack, makeGen, stackArgs, GEN_FLAGS } from "../call.ts";
import { binSlots, compareOther, forIterOther, genNext, getIter, handleInCompiled, quickTick, runCompiled, strOrder, ticks } from "../eval-loop.ts";

/**
 * Python calls deeper than this take runFrame's flat path (the loop pushes the frame) instead of a
 * nested runFrame, so that the JS stack compiled code uses stays bounded whatever the recursion limit.
 */
export const NEST_MAX = 150;

/** A call's result meaning "a frame was entered for runFrame's loop to run": compiled code returns takePushed(). */
const PUSHED = { pushed: true } as unknown as PyObj;
let pushed: Frame | null = null;
function takePushed(): Frame {
  const nf = pushed!;
  pushed = null;
  return nf;
}

/**
 * What compiled code returns for an exception it raised without a JS throw (which costs a
 * microsecond; a dict's missing key and `raise` are common): takeRaised() is to be raised at
 * f.lasti, unless compiled code unwound it to a handler of its own frame (handleInCompiled).
 */
export const RAISED = { raised: true } as unknown as Frame;
/**
 * The exception behind RAISED, whether the raising frame gets a traceback entry for it (not when
 * it is re-raised), and the stack height it unwinds from (-1: the raising instruction's throwSp).
 */
const pending = { exc: null as PyBaseException | null, addTb: true, sp: -1 };
function raiseLater(exc: PyBaseException, addTb: boolean, sp: number): void {
  pending.exc = exc;
  pending.addTb = addTb;
  pending.sp = sp;
}
/**
 * An exception raised in the compiled frame at the call it is in (RAISED), where a JS throw would
 * have reached it, at ~0.5 µs a throw: one leaving a frame the call ran (runCompiled's toCaller),
 * one a builtin raised (raisedByCall), int() of a non-literal. The frame's traceback entry is added
 * as it unwinds, as for a throw.
 */
export function raiseInCaller(exc: PyBaseException, addTb = true): PyObj {
  raiseLater(exc, addTb, -1);
  return RAISED_VALUE;
}
/** RAISED where a call's result is expected. */
const RAISED_VALUE = RAISED as unknown as PyObj;

/** The exception compiled code returned RAISED for, its context set, with f.sp at the height it unwinds from. */
export function takeRaised(f: Frame): Reraise {
  const exc = pending.exc!;
  pending.exc = null;
  f.sp = pending.sp >= 0 ? pending.sp : f.code.jit!.throwSp[f.lasti]!;
  return new Reraise(raised(exc), pending.addTb);
}

/** RAISE_VARARGS 1 or 2 (`raise exc`, `raise exc from cause`), its operands popped down to sp. */
function raiseNew(exc: PyObj, cause: PyObj | undefined, sp: number): void {
  raiseLater(O.makeRaise(exc, cause), true, sp);
}
/** RAISE_VARARGS 0 (a bare `raise`) at stack height sp: the exception being handled, again. */
function raiseActive(sp: number): void {
  const cur = interp.excInfo;
  if (cur === null) raiseLater(newExc(RuntimeError, "No active exception to reraise"), true, sp);
  else {
    cur.traceback = interp.excTb;
    raiseLater(cur, false, sp);
  }
}
/**
 * RERAISE of `exc` with the traceback `tb` saved under it when it was caught (the handler's three
 * values popped down to sp), whatever the handler set its __traceback__ to since, as CPython 3.10
 * restores the popped traceback. RERAISE 1 makes the instruction that raised it first f_lasti
 * again, as its EXCEPT_HANDLER block recorded.
 */
function reraise(f: Frame, setLasti: number, exc: PyObj, tb: PyObj, sp: number): void {
  if (setLasti !== 0) f.lasti = f.blockHandler[f.blockHandler.length - 1]!;
  const e = stackException(exc, "RERAISE");
  e.traceback = tb;
  raiseLater(e, false, sp);
}

/**
 * What compiled code returns when the frame reached RETURN_VALUE with nothing pending for
 * runFrame's slow path: the frame stands before that instruction (f.pc), the return value on top
 * of its stack. runCompiled returns that value without runFrame; runFrame runs the instruction.
 */
export const RETURNED = { returned: true } as unknown as Frame;
/**
 * What compiled generator code returns when it yielded (YIELD_VALUE run, nothing pending for
 * runFrame's slow path): the frame stands after the instruction, the value at f.stack[f.sp].
 */
export const YIELDED = { yielded: true } as unknown as Frame;

/** Gives the frame back to runFrame at instruction `pc` with stack height `sp`; `uncount` instructions counted ahead were not run. */
function leave(f: Frame, pc: number, sp: number, uncount: number): null {
  ticks.n -= uncount;
  f.pc = pc;
  f.sp = sp;
  return null;
}

/** A frame the instruction at f.lasti entered (enterFrame), its result due at f.stack[f.sp]: run nested, or PUSHED when too deep. */
function runEntered(f: Frame, nf: Frame): PyObj {
  if (recursion.depth > NEST_MAX) {
    pushed = nf;
    return PUSHED;
  }
  recursion.depth--;
  return runCompiled(nf);
}

/**
 * The call of `fn` by instruction i with argc arguments at stack[from...], the callable being
 * stack[from - 1] and the call's result due at stack[base]: its result, PUSHED, or undefined when
 * runFrame's loop is to make the call (a Python function, too deep to call nested).
 */
function callAt(f: Frame, fn: PyObj, stack: PyObj[], from: number, argc: number, base: number, i: number): PyObj | undefined {
  if (fn instanceof PyFunction) return recursion.depth > NEST_MAX ? undefined : callPy(f, fn, stack, from, argc, i);
  if (fn instanceof PyMethod && fn.func instanceof PyFunction && recursion.depth <= NEST_MAX) {
    // a bound Python method (a with statement's __exit__, a stored callback): self takes the
    // method's stack slot, just below the arguments, as CALL_METHOD's layout has it
    stack[from - 1] = fn.self;
    return callPy(f, fn.func, stack, from - 1, argc + 1, i);
  }
  // int(s) of an exact str, whose ValueError (int() of a name in a tokenizer) is raised without a
  // throw: V8 spends ~0.5 µs on each JS throw (it walks the stack, and makes a message), CPython
  // a third of that on a raise
  if (fn === IntType && argc === 1 && typeof stack[from] === "string") {
    const v = intFromString(stack[from] as string, 10);
    if (v !== null) return v;
    f.lasti = i;
    return raiseInCaller(valueError(badIntLiteral(stack[from] as string, 10)));
  }
  if (fn instanceof PyType) {
    // a class whose call is object.__new__ and a Python __init__: the instance takes the class's
    // stack slot, just below the arguments, and __init__ binds self and them from there
    const init = plainInit(fn);
    if (init !== null && recursion.depth <= NEST_MAX) {
      const obj = newInstance(fn);
      stack[from - 1] = obj;
      const r = callPy(f, init, stack, from - 1, argc + 1, i);
      if (r === RAISED_VALUE) return r;
      initResult(r);
      return obj;
    }
    // any other class of type's (set(x), str(x), a builtin type's constructor): type.__call__,
    // which returns the object (no frame for runFrame's loop), as callGeneric would call it
    if (fn.cls === TypeType && interp.profileFunc === null) {
      try {
        return typeCallAt(fn, stack, from, argc);
      } catch (e) {
        return raisedByCall(f, i, e);
      }
    }
  }
  if (fn instanceof PyBuiltinFunction && interp.profileFunc === null) {
    try {
      return callBuiltinAt(fn, stack, from, argc);
    } catch (e) {
      return raisedByCall(f, i, e);
    }
  }
  const args = stackArgs(stack, from, argc);
  if (fn instanceof PyBuiltinFunction) return profiledCall(fn, args, null);
  f.sp = base;
  f.pc = i + 1;
  const nf = callGeneric(f, fn, args, null);
  return nf === null ? stack[base] : runEntered(f, nf);
}

/**
 * WITH_EXCEPT_START at stack height sp: __exit__ called with the exception's type, value and
 * traceback (a Python one in a frame run nested), its result; undefined when too deep to nest,
 * for runFrame's loop to make the call.
 */
function withExceptStart(stack: PyObj[], sp: number): PyObj | undefined {
  if (recursion.depth > NEST_MAX) return undefined;
  const nf = exitFrame(stack, sp);
  return nf === null ? callExit(stack, sp) : runCompiled(nf);
}

/** CALL_METHOD of a method found on the type (a Python function or a method descriptor), self at stack[from]. */
function callMethodAt(f: Frame, m: PyObj, stack: PyObj[], from: number, argc: number, i: number): PyObj | undefined {
  if (m instanceof PyFunction) return recursion.depth > NEST_MAX ? undefined : callPy(f, m, stack, from, argc, i);
  const md = m as PyMethodDescr;
  if (interp.profileFunc !== null) return profiledDescrCall(md, stack.slice(from, from + argc));
  try {
    return callDescrAt(md, stack, from, argc);
  } catch (e) {
    return raisedByCall(f, i, e);
  }
}

/**
 * What a builtin called by instruction i raised (a JS throw: int() of a name, list.index of a
 * missing item), caught next to the call and raised in the compiled frame without a throw
 * (RAISED), as a missing dict key is: a throw caught by runCompiled, frames above, made V8 walk
 * every frame between. The exception is the one runCompiled's catch would have made of it.
 */
function raisedByCall(f: Frame, i: number, e: unknown): PyObj {
  if (isStop(e)) throw e;
  f.lasti = i;
  const exc = fromThrown(e);
  return raiseInCaller(exc, thrownAddTb);
}

/** CALL_FUNCTION_KW: the callable at stack[base], argc arguments, then the tuple of keyword names. */
function callKwAt(f: Frame, stack: PyObj[], base: number, argc: number, i: number): PyObj {
  const kwnames = (stack[base + argc + 1] as PyTuple).items as string[];
  f.sp = base;
  f.pc = i + 1;
  const nf = callGeneric(f, stack[base]!, stackArgs(stack, base + 1, argc), kwnames);
  return nf === null ? stack[base]! : runEntered(f, nf);
}

/** A Python function called by instruction i of f, with its arguments at stack[from...]: run nested. */
function callPy(f: Frame, fn: PyFunction, stack: PyObj[], from: number, argc: number, i: number): PyObj {
  const nf = frameFromStack(fn, stack, from, argc);
  if (fn.code.co.co_flags & GEN_FLAGS) return born(makeGen(fn, nf), f, i);
  return runCompiled(nf, true);
}

/** Instruction i through coldOp on the frame's stored state (height sp); PUSHED if it entered a frame runFrame's loop is to run. */
function coldAt(f: Frame, op: number, arg: number, sp: number, i: number): PyObj | undefined {
  f.lasti = i;
  f.sp = sp;
  f.pc = i + 1;
  const nf = coldOp(f, op, arg);
  if (nf === null) return undefined;
  const r = runEntered(f, nf);
  if (r !== PUSHED) f.stack[f.sp] = r;
  return r;
}

/** LOAD_NAME: locals (a dict), globals, builtins (in module-level code, a miss of LOAD_GLOBAL's cache); anything else through coldOp. */
function loadName(f: Frame, name: string, arg: number, sp: number, i: number): PyObj {
  const loc = f.locals;
  if (loc instanceof PyDict && loc.cls === DictType) {
    if (loc === f.globals) {
      f.lasti = i;
      f.sp = sp;
      return loadGlobal(f.code.cache, i, loc, f.builtins, name);
    }
    const v = loc.getStr(name) ?? f.globals.getStr(name) ?? f.builtins.getStr(name);
    if (v !== undefined) return v;
  }
  coldAt(f, 101, arg, sp, i);
  return f.stack[sp]!;
}

/**
 * STORE_NAME of stack[sp - 1]. In module-level code it caches the globals' entry for the name, which
 * later stores replace the value of (as a store to a key the dict holds does) while no key is added
 * or removed (keysVersion); the builtins' fields of the cache are LOAD_NAME's and unused here.
 */
function storeName(f: Frame, name: string, arg: number, sp: number, i: number): void {
  const loc = f.locals;
  if (loc instanceof PyDict && loc.cls === DictType) {
    loc.setStr(name, f.stack[sp - 1]!);
    const e = loc === f.globals ? loc.strEntry(name) : undefined;
    if (e !== undefined) f.code.cache[i] = new GlobalCache(loc, loc.keysVersion, f.builtins, f.builtins.keysVersion, e);
  } else coldAt(f, 90, arg, sp, i);
}

// The operators of compiled code, one small function each, called with the frame and the
// instruction's index so that f_lasti is stored only on the way to a slow path (which may raise or
// run Python code): two small ints, and an exact float with an exact float or a small int (which
// converts exactly, as float's methods convert it), inline; anything else binaryOp/inplaceOp.
// Each pairing of a float with a float or an int is its own branch reading `.value` where it
// computes: a shared "the operand's double, or undefined" step made V8 box both doubles (a phi of
// double and undefined is a tagged value), 96 bytes allocated per float result instead of 64.

function add(f: Frame, i: number, a: PyObj, b: PyObj, inplace: boolean): PyObj {
  if (typeof a === "number") {
    if (typeof b === "number") {
      const r = a + b;
      if (Number.isSafeInteger(r)) return r;
    } else if (b instanceof PyFloat && b.cls === FloatType) return new PyFloat(a + b.value);
  } else if (a instanceof PyFloat) {
    if (a.cls === FloatType) {
      if (b instanceof PyFloat) {
        if (b.cls === FloatType) return new PyFloat(a.value + b.value);
      } else if (typeof b === "number") return new PyFloat(a.value + b);
    }
  } else if (typeof a === "string" && typeof b === "string") return (b.charCodeAt(0) & 0xfc00) === 0xdc00 ? strAddLow(a, b) : a + b;
  f.lasti = i;
  return inplace ? inplaceOp(a, b, BIN.add) : binaryOp(a, b, BIN.add);
}
function sub(f: Frame, i: number, a: PyObj, b: PyObj, inplace: boolean): PyObj {
  if (typeof a === "number") {
    if (typeof b === "number") {
      const r = a - b;
      if (Number.isSafeInteger(r)) return r;
    } else if (b instanceof PyFloat && b.cls === FloatType) return new PyFloat(a - b.value);
  } else if (a instanceof PyFloat && a.cls === FloatType) {
    if (b instanceof PyFloat) {
      if (b.cls === FloatType) return new PyFloat(a.value - b.value);
    } else if (typeof b === "number") return new PyFloat(a.value - b);
  }
  f.lasti = i;
  return inplace ? inplaceOp(a, b, BIN.sub) : binaryOp(a, b, BIN.sub);
}
/**
 * An exact str times an int makes at most this many units inline (str.__mul__'s own path for the
 * rest, with its errors); a repeat whose junctions would join a false pair takes that path too.
 */
const SHORT_REPEAT = 1 << 20;
function mul(f: Frame, i: number, a: PyObj, b: PyObj, inplace: boolean): PyObj {
  if (typeof a === "number") {
    if (typeof b === "number") {
      // a zero product is +0: a JS -0 is no Python int
      const r = a * b;
      if (Number.isSafeInteger(r)) return r + 0;
    } else if (b instanceof PyFloat) {
      if (b.cls === FloatType) return new PyFloat(a * b.value);
    } else if (typeof b === "string") {
      if (b.length * a <= SHORT_REPEAT && (a <= 1 || !junctionSplits(b, b))) return strRepeat(b, a);
    }
  } else if (a instanceof PyFloat) {
    if (a.cls === FloatType) {
      if (b instanceof PyFloat) {
        if (b.cls === FloatType) return new PyFloat(a.value * b.value);
      } else if (typeof b === "number") return new PyFloat(a.value * b);
    }
  } else if (typeof a === "string" && typeof b === "number") {
    if (a.length * b <= SHORT_REPEAT && (b <= 1 || !junctionSplits(a, a))) return strRepeat(a, b);
  }
  f.lasti = i;
  return inplace ? inplaceOp(a, b, BIN.mul) : binaryOp(a, b, BIN.mul);
}
function truediv(f: Frame, i: number, a: PyObj, b: PyObj, inplace: boolean): PyObj {
  // two safe ints are exact doubles, so a / b is the correctly rounded quotient CPython computes
  if (typeof a === "number") {
    if (typeof b === "number") {
      if (b !== 0) return new PyFloat(a / b);
    } else if (b instanceof PyFloat && b.cls === FloatType && b.value !== 0) return new PyFloat(a / b.value);
  } else if (a instanceof PyFloat && a.cls === FloatType) {
    if (b instanceof PyFloat) {
      if (b.cls === FloatType && b.value !== 0) return new PyFloat(a.value / b.value);
    } else if (typeof b === "number" && b !== 0) return new PyFloat(a.value / b);
  }
  f.lasti = i;
  return inplace ? inplaceOp(a, b, BIN.truediv) : binaryOp(a, b, BIN.truediv);
}
/** Operators with an int fast path on non-negative or int32 operands only: % // & | ^. */
function intOp(f: Frame, i: number, a: PyObj, b: PyObj, op: number): PyObj {
  if (typeof a === "number" && typeof b === "number") {
    switch (op) {
      case 22: case 59: // % : JS's for a non-negative int by a positive one
        if (a >= 0 && b > 0) return a % b;
        break;
      case 26: case 28: // //: (a - a % b) / b is exact for those
        if (a >= 0 && b > 0) return (a - (a % b)) / b;
        break;
      // & ^ |: on two int32s JS's operators are Python's (two's complement)
      case 64: case 77:
        if ((a | 0) === a && (b | 0) === b) return a & b;
        break;
      case 65: case 78:
        if ((a | 0) === a && (b | 0) === b) return a ^ b;
        break;
      case 66: case 79:
        if ((a | 0) === a && (b | 0) === b) return a | b;
        break;
    }
  }
  f.lasti = i;
  // the in-place forms: INPLACE_MODULO, INPLACE_FLOOR_DIVIDE, INPLACE_AND/XOR/OR
  return op === 59 || op === 28 || op >= 77 ? inplaceOp(a, b, binSlots[op]!) : binaryOp(a, b, binSlots[op]!);
}

/** COMPARE_OP (op 0-5: < <= == != > >=). */
function compare(f: Frame, i: number, a: PyObj, b: PyObj, op: number): PyObj {
  if (typeof a === "string" && typeof b === "string") {
    if (op === 2) return a === b;
    if (op === 3) return a !== b;
    return strOrder(strCompare(a, b), op);
  }
  // ints and exact floats
  const r = numberCompare(a, b, op);
  if (r !== undefined) return r;
  f.lasti = i;
  return compareOther(a, b, op);
}

/** LOAD_ATTR; undefined when it raised AttributeError for a name the lookups did not find (takeRaised). */
function loadAttrAt(C: unknown[], i: number, o: PyObj, name: string): PyObj | undefined {
  const v = loadAttrFound(C, i, o, name);
  if (v === undefined) raiseLater(noAttribute(o, name), true, -1);
  return v;
}

/** BINARY_SUBSCR; undefined when it raised KeyError (takeRaised). */
function subscr(f: Frame, i: number, c: PyObj, k: PyObj): PyObj | undefined {
  if (typeof k === "number") {
    if (c instanceof PyList && c.cls === ListType) {
      const v = c.items[k < 0 ? k + c.items.length : k];
      if (v !== undefined) return v;
    } else if (c instanceof PyTuple && c.cls === TupleType) {
      const v = c.items[k < 0 ? k + c.items.length : k];
      if (v !== undefined) return v;
    } else if (typeof c === "string") {
      const v = bmpCharAt(c, k);
      if (v !== undefined) return v;
    }
  }
  f.lasti = i;
  if (c instanceof PyDict && c.cls === DictType) {
    const v = c.get(k);
    if (v === undefined) raiseLater(keyError(k), true, -1);
    return v;
  }
  return getitem(c, k);
}

/** STORE_SUBSCR: c[k] = v (its operands in stack order). */
function storeSubscr(f: Frame, i: number, v: PyObj, c: PyObj, k: PyObj): void {
  if (c instanceof PyList && c.cls === ListType && typeof k === "number") {
    const items = c.items;
    const j = k < 0 ? k + items.length : k;
    if (j >= 0 && j < items.length) {
      items[j] = v;
      return;
    }
  }
  f.lasti = i;
  if (c instanceof PyDict && c.cls === DictType) c.set(k, v);
  else setitem(c, k, v);
}

/** FOR_ITER's step: the next value, or undefined at the end. */
function forIter(f: Frame, i: number, it: PyObj): PyObj | undefined {
  if (it instanceof PyListIter || it instanceof PyRangeIter || it instanceof PyStrIter) return it.next1();
  f.lasti = i;
  if (it instanceof PyGen && it.cls === GeneratorType) {
    const v = genNext(it);
    if (v === undefined && lastStopValue !== None && interp.traceFunc !== null) traceStopIteration(f, lastStopValue);
    return v;
  }
  return it instanceof PyIter && !it.cls.heap ? it.step() : forIterOther(f, it);
}

/**
 * FOR_ITER whose value UNPACK_SEQUENCE 2 takes next, with the iterator's value due at S[d]: PAIRED
 * when the iterator wrote the pair's items where the unpacking leaves them (PyIter.nextPair), else
 * as forIter.
 */
function forIterPair(f: Frame, i: number, it: PyObj, S: PyObj[], d: number): PyObj | undefined {
  if (!(it instanceof PyIter) || it.nextPair === undefined || it.cls.heap) return forIter(f, i, it);
  f.lasti = i;
  return it.nextPair(S, d);
}

/** A local read before assignment (LOAD_FAST of an unset slot). */
function unbound(f: Frame, i: number, k: number): never {
  f.lasti = i;
  throw O.unboundLocal(f.code.co.co_varnames[k]!);
}

/** Truth of a value other than True and False, for a conditional jump. */
function truthyAt(f: Frame, i: number, v: PyObj): boolean {
  f.lasti = i;
  return truthy(v);
}

/** The names generated code uses, bound once per compiled function from this object. */
export type Runtime = ReturnType<typeof makeRuntime>;
let runtime: Runtime | null = null;
export const getRuntime = (): Runtime => (runtime ??= makeRuntime());

function makeRuntime() {
  return {
    T: ticks, PUSHED, RAISED, RETURNED, YIELDED, quickTick, takePushed, leave, callAt, callMethodAt, callKwAt, coldAt, loadName, storeName, PyList, GlobalCache, GeneratorType, AsyncGeneratorType, CoroutineType,
    tuple, truthyAt, contains, binaryOp, inplaceOp, binSlots, add, sub, mul, truediv, intOp, compare, subscr, storeSubscr, getIter,
    forIter, forIterPair, PAIRED, grownTooLong, loadGlobal, loadAttr, loadAttrAt, storeAttr, loadMethod, getattr, derefError, dropGen, storeOwned, popExcept, unbound, excMatches: O.excMatches,
    raiseNew, raiseActive, reraise, handleInCompiled, setupWith, withExceptStart,
    unpackSequence: O.unpackSequence, formatValue: O.formatValue, makeFunction: O.makeFunction, None,
    buildMap, buildConstKeyMap, buildString, PySlice, listExtend,
  };
}
