// What compiled code (emit.ts) calls: the slow paths of its inline instructions, which are the
// eval loop's own (so both tiers raise the same errors and call the same dunders), and the calls,
// name lookups and exits, kept here so that each compiled function stays small (V8 optimises a
// function sooner the smaller its bytecode). Built on first use, so that this module and
// eval-loop.ts may import each other.
import {
  type PyObj, PyBaseException, PyFunction, PyBuiltinFunction, PyMethodDescr, PyTuple, PyList, PyDict, PyFloat, PyGen, PyListIter,
  PyRangeIter, PyIter, Frame, None, tuple, getitem, setitem, contains, truthy, binaryOp, inplaceOp, BIN, keyError, seqIndex, strAddLow,
  strCompare, ListType, TupleType, DictType, FloatType, GeneratorType, lastStopValue, getattr,
} from "../../objects/index.ts";
import { BlockType } from "../../objects/frame.ts";
import { recursion } from "../../objects/hooks.ts";
import { interp } from "../interp.ts";
import * as O from "../ops.ts";
import { loadAttr, loadMethod, storeAttr } from "../attr-cache.ts";
import { GlobalCache, loadGlobal } from "../global-cache.ts";
import { coldOp, derefError } from "../ops-cold.ts";
import { callBuiltin, callGeneric, profiledCall, profiledDescrCall } from "../ops-calls.ts";
import { born, releaseOwned } from "../gen-finalize.ts";
import { traceStopIteration } from "../trace.ts";
import { frameFromStack, makeGen, GEN_FLAGS } from "../call.ts";
import { binSlots, compareOther, forIterOther, genNext, getIter, runFrame, strOrder, ticks } from "../eval-loop.ts";

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
  return runFrame(nf, null);
}

/**
 * The call of `fn` by instruction i with argc arguments at stack[from...], the callable's slot
 * being stack[base]: its result, PUSHED, or undefined when runFrame's loop is to make the call
 * (a Python function, too deep to call nested).
 */
function callAt(f: Frame, fn: PyObj, stack: PyObj[], from: number, argc: number, base: number, i: number): PyObj | undefined {
  if (fn instanceof PyFunction) return recursion.depth > NEST_MAX ? undefined : callPy(f, fn, stack, from, argc, i);
  const args = stack.slice(from, from + argc);
  if (fn instanceof PyBuiltinFunction) return interp.profileFunc === null ? callBuiltin(fn, args, null) : profiledCall(fn, args, null);
  f.sp = base;
  f.pc = i + 1;
  const nf = callGeneric(f, fn, args, null);
  return nf === null ? stack[base] : runEntered(f, nf);
}

/** CALL_METHOD of a method found on the type (a Python function or a method descriptor), self at stack[from]. */
function callMethodAt(f: Frame, m: PyObj, stack: PyObj[], from: number, argc: number, i: number): PyObj | undefined {
  if (m instanceof PyFunction) return recursion.depth > NEST_MAX ? undefined : callPy(f, m, stack, from, argc, i);
  const md = m as PyMethodDescr;
  const args = stack.slice(from + 1, from + argc);
  return interp.profileFunc === null ? md.fn(stack[from], args, null) : profiledDescrCall(md, [stack[from]!, ...args]);
}

/** CALL_FUNCTION_KW: the callable at stack[base], argc arguments, then the tuple of keyword names. */
function callKwAt(f: Frame, stack: PyObj[], base: number, argc: number, i: number): PyObj {
  const kwnames = (stack[base + argc + 1] as PyTuple).items as string[];
  f.sp = base;
  f.pc = i + 1;
  const nf = callGeneric(f, stack[base]!, stack.slice(base + 1, base + 1 + argc), kwnames);
  return nf === null ? stack[base]! : runEntered(f, nf);
}

/** A Python function called by instruction i of f, with its arguments at stack[from...]: run nested. */
function callPy(f: Frame, fn: PyFunction, stack: PyObj[], from: number, argc: number, i: number): PyObj {
  const nf = frameFromStack(fn, stack, from, argc);
  if (fn.code.co.co_flags & GEN_FLAGS) return born(makeGen(fn, nf), f, i);
  return runFrame(nf, null);
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

/** LOAD_NAME: locals (a dict), globals, builtins; anything else through coldOp. */
function loadName(f: Frame, name: string, arg: number, sp: number, i: number): PyObj {
  const loc = f.locals;
  if (loc instanceof PyDict && loc.cls === DictType) {
    const v = loc.getStr(name) ?? f.globals.getStr(name) ?? f.builtins.getStr(name);
    if (v !== undefined) return v;
  }
  coldAt(f, 101, arg, sp, i);
  return f.stack[sp]!;
}

/** STORE_NAME of stack[sp - 1]. */
function storeName(f: Frame, name: string, arg: number, sp: number, i: number): void {
  const loc = f.locals;
  if (loc instanceof PyDict && loc.cls === DictType) loc.setStr(name, f.stack[sp - 1]!);
  else coldAt(f, 90, arg, sp, i);
}

/** BINARY_ADD / INPLACE_ADD of anything but two small ints. */
function addOther(a: PyObj, b: PyObj, inplace: boolean): PyObj {
  if (typeof a === "string" && typeof b === "string") return (b.charCodeAt(0) & 0xfc00) === 0xdc00 ? strAddLow(a, b) : a + b;
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FloatType && b.cls === FloatType) return new PyFloat(a.value + b.value);
  return inplace ? inplaceOp(a, b, BIN.add) : binaryOp(a, b, BIN.add);
}

/** BINARY_SUBSCR of anything but a list indexed in range by a small int. */
function subscrOther(c: PyObj, k: PyObj): PyObj {
  if (c instanceof PyTuple && c.cls === TupleType && typeof k === "number") return c.items[seqIndex(k, c.items.length, "tuple index out of range", "tuple")]!;
  if (c instanceof PyDict && c.cls === DictType) {
    const v = c.get(k);
    if (v === undefined) throw keyError(k);
    return v;
  }
  return getitem(c, k);
}

/** STORE_SUBSCR. */
function storeSubscr(c: PyObj, k: PyObj, v: PyObj): void {
  if (c instanceof PyList && c.cls === ListType && typeof k === "number") {
    const items = c.items;
    const j = k < 0 ? k + items.length : k;
    if (j >= 0 && j < items.length) {
      items[j] = v;
      return;
    }
  } else if (c instanceof PyDict && c.cls === DictType) return c.set(k, v);
  setitem(c, k, v);
}

/** FOR_ITER's step of an iterator other than a list or range iterator. */
function forIterAny(f: Frame, it: PyObj): PyObj | undefined {
  if (it instanceof PyGen && it.cls === GeneratorType) {
    const v = genNext(it);
    if (v === undefined && lastStopValue !== None && interp.traceFunc !== null) traceStopIteration(f, lastStopValue);
    return v;
  }
  return it instanceof PyIter ? it.step() : forIterOther(f, it);
}

/** POP_EXCEPT: the EXCEPT_HANDLER block goes, and the exception state it saved (at stack[sp - 2]) is restored. */
function popExcept(f: Frame, sp: number): void {
  const bt = f.blockType.pop();
  f.blockHandler.pop();
  f.blockLevel.pop();
  if (bt !== BlockType.ExceptHandler) {
    f.sp = sp;
    coldOp(f, 89, 0);
  }
  const v = f.stack[sp - 2];
  interp.excInfo = v instanceof PyBaseException ? v : null;
}

function unboundLocal(f: Frame, k: number): PyBaseException {
  return O.unboundLocal(f.code.co.co_varnames[k]!);
}

/** The names generated code uses, bound once per compiled function from this object. */
export type Runtime = ReturnType<typeof makeRuntime>;
let runtime: Runtime | null = null;
export const getRuntime = (): Runtime => (runtime ??= makeRuntime());

function makeRuntime() {
  return {
    T: ticks, PUSHED, takePushed, leave, callAt, callMethodAt, callKwAt, coldAt, loadName, storeName, PyList, PyListIter, PyRangeIter,
    GlobalCache, ListType, GeneratorType, tuple, truthy, contains, binaryOp, inplaceOp, binSlots, addOther, subscrOther, storeSubscr, strCompare,
    strOrder, compareOther, getIter, forIterAny, loadGlobal, loadAttr, storeAttr, loadMethod, getattr, derefError, releaseOwned, popExcept,
    unboundLocal, excMatches: O.excMatches, unpackSequence: O.unpackSequence, formatValue: O.formatValue,
  };
}
