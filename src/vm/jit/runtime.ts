// What compiled code (emit.ts) calls: the slow paths of its inline instructions, which are the
// eval loop's own (so both tiers raise the same errors and call the same dunders), and a few
// helpers that keep the generated text short. Built on first use, so that this module and
// eval-loop.ts may import each other.
import {
  type PyObj, PyBaseException, PyFunction, PyBuiltinFunction, PyMethodDescr, PyTuple, PyList, PyDict, PyFloat, PyGen,
  PyListIter, PyRangeIter, PyIter, Frame, None, tuple, getitem, setitem, contains, truthy, binaryOp, inplaceOp, BIN, newExc, keyError, seqIndex,
  intAdd, intSub, strAddLow, strCompare, ListType, TupleType, DictType, FloatType, GeneratorType, lastStopValue, getattr,
} from "../../objects/index.ts";
import * as E from "../../objects/exceptions.ts";
import { BlockType } from "../../objects/frame.ts";
import { interp } from "../interp.ts";
import * as O from "../ops.ts";
import { loadAttr, loadMethod, storeAttr } from "../attr-cache.ts";
import { GlobalCache, loadGlobal } from "../global-cache.ts";
import { coldOp, derefError } from "../ops-cold.ts";
import { callBuiltin, callGeneric, profiledCall, profiledDescrCall } from "../ops-calls.ts";
import { releaseOwned } from "../gen-finalize.ts";
import { traceStopIteration } from "../trace.ts";
import { binSlots, compareOther, forIterOther, genNext, getIter, runFrame, strOrder, ticks } from "../eval-loop.ts";
import { frameFromStack, makeGen, GEN_FLAGS } from "../call.ts";
import { born } from "../gen-finalize.ts";
import { recursion } from "../../objects/hooks.ts";

/**
 * Python calls deeper than this take runFrame's flat path (the loop pushes the frame) instead of a
 * nested runFrame, so that the JS stack compiled code uses stays bounded, whatever the recursion limit.
 */
export const NEST_MAX = 150;

/** A Python function called by compiled instruction `i` of f, with its arguments at stack[from..]: runs it nested. */
function callPy(f: Frame, fn: PyFunction, stack: PyObj[], from: number, argc: number, i: number): PyObj {
  const nf = frameFromStack(fn, stack, from, argc);
  if (fn.code.co.co_flags & GEN_FLAGS) return born(makeGen(fn, nf), f, i);
  return runFrame(nf, null);
}

/** A frame a compiled instruction called and entered (enterFrame): run nested instead of by the loop. */
function runEntered(nf: Frame): PyObj {
  recursion.depth--;
  return runFrame(nf, null);
}

/** BINARY_ADD / INPLACE_ADD of anything but two small ints. */
function addOther(a: PyObj, b: PyObj, inplace: boolean): PyObj {
  if (typeof a === "string" && typeof b === "string") return (b.charCodeAt(0) & 0xfc00) === 0xdc00 ? strAddLow(a, b) : a + b;
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === FloatType && b.cls === FloatType) return new PyFloat(a.value + b.value);
  return inplace ? inplaceOp(a, b, BIN.add) : binaryOp(a, b, BIN.add);
}

/** BINARY_SUBSCR of anything but a list indexed by a small int. */
function subscrOther(c: PyObj, k: PyObj): PyObj {
  if (c instanceof PyTuple && c.cls === TupleType && typeof k === "number") return c.items[seqIndex(k, c.items.length, "tuple index out of range", "tuple")];
  if (c instanceof PyDict && c.cls === DictType) {
    const v = c.get(k);
    if (v === undefined) throw keyError(k);
    return v;
  }
  return getitem(c, k);
}

/** STORE_SUBSCR of anything but a list at a small int. */
function storeSubscrOther(c: PyObj, k: PyObj, v: PyObj): void {
  if (c instanceof PyDict && c.cls === DictType) c.set(k, v);
  else setitem(c, k, v);
}

/** FOR_ITER's step of a generator. */
function forIterGen(f: Frame, g: PyGen): PyObj | undefined {
  const v = genNext(g);
  if (v === undefined && lastStopValue !== None && interp.traceFunc !== null) traceStopIteration(f, lastStopValue);
  return v;
}

/** FOR_ITER's step of an iterator other than a generator, a list or a range iterator. */
function forIterAny(f: Frame, it: PyObj): PyObj | undefined {
  return it instanceof PyIter ? it.step() : forIterOther(f, it);
}

/** A builtin function called with positional arguments (profiled when a profiler is set). */
function callBuiltinPos(fn: PyBuiltinFunction, args: PyObj[]): PyObj {
  return interp.profileFunc === null ? callBuiltin(fn, args, null) : profiledCall(fn, args, null);
}

/** A method descriptor called with self and positional arguments (profiled when a profiler is set). */
function callDescrPos(md: PyMethodDescr, self: PyObj, args: PyObj[]): PyObj {
  return interp.profileFunc === null ? md.fn(self, args, null) : profiledDescrCall(md, [self, ...args]);
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
    T: ticks, Rec: recursion, callPy, runEntered, None, PyFunction, PyBuiltinFunction, PyMethodDescr, PyList, PyDict, PyListIter, PyRangeIter, GlobalCache, ListType, DictType, GeneratorType,
    tuple, truthy, contains, binaryOp, inplaceOp, binSlots, intAdd, intSub, addOther, subscrOther, storeSubscrOther, strCompare, strOrder,
    compareOther, newExc, IndexError: E.IndexError, getIter, forIterGen, forIterAny, loadGlobal, loadAttr, storeAttr, loadMethod,
    getattr, callBuiltinPos, callDescrPos, callGeneric, coldOp, derefError, releaseOwned, popExcept, unboundLocal,
    excMatches: O.excMatches, unpackSequence: O.unpackSequence, formatValue: O.formatValue,
  };
}
