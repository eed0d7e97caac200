// The eval loop's second switch: the instructions that are rare in hot loops (name deletion,
// imports, class bodies, with/async with, building sets and dicts, unpacking with a star, pattern
// matching, calls with * and **, ...). runFrame (eval-loop.ts) keeps only the hot, simple opcodes
// inline and sends every other one here, so that its compiled code stays small: TurboFan compiles
// it quickly, and an instruction first met after it was optimised does not deoptimise it.
//
// coldOp works on the frame's own state: runFrame stores its sp and pc into the frame before the
// call and reloads them after. Case labels are literal opcode numbers (checked against Op by
// test/vm/op-labels.test.ts), so the switch compiles to a jump table.
import {
  type PyObj, PyFunction, PyMethod, PyType, PyTuple, PyList, ListType, TupleType, listExtendSized, PyDict, PySet, PySlice, PyGen, PyCode, PyBaseException, Frame, BlockType,
  None, AssertionError, tuple, callDescr, typeOf, getattrOpt, setattr, setitem, delitem, iter, unaryOp, iterableItems, dictMerge, asStr, len,
  typeError, newExc, attributeError, descrGet, strJoinExact, call, DictType, GeneratorType, AsyncGeneratorType, CoroutineType,
  isSequenceType, builtinMiss, builtinImport, dictMergeEntries, next, getitem, str,
} from "../objects/index.ts";
import * as E from "../objects/exceptions.ts";
import { CO_COROUTINE, CO_ITERABLE_COROUTINE } from "../bytecode/flags.ts";
import { Op } from "../bytecode/opcodes.ts";
import { interp } from "./interp.ts";
import { makeFrame, GEN_FLAGS } from "./call.ts";
import * as O from "./ops.ts";
import { callGeneric, enterFrame, funcDesc } from "./ops-calls.ts";
import { Reraise, restoreExcState, stackException, unwindExceptHandler } from "./ops-unwind.ts";
import { claimForLoop, releaseLocal } from "./gen-finalize.ts";
import { releaseCaught } from "./caught-finalize.ts";

/**
 * Runs the instruction `op` (at f.lasti, with `oparg`) on f's stack (height f.sp, next
 * instruction f.pc). Returns a Python frame the instruction called, for the loop to enter, or null.
 */
export function coldOp(f: Frame, op: number, oparg: number): Frame | null {
  const stack = f.stack;
  let sp = f.sp;
  switch (op) {
    case 6: { // ROT_FOUR
      const a = stack[sp - 1];
      stack[sp - 1] = stack[sp - 2];
      stack[sp - 2] = stack[sp - 3];
      stack[sp - 3] = stack[sp - 4];
      stack[sp - 4] = a;
      break;
    }
    case 99: { // ROT_N
      const a = stack[sp - 1];
      for (let k = 1; k < oparg; k++) stack[sp - k] = stack[sp - k - 1];
      stack[sp - oparg] = a;
      break;
    }
    case 10: // UNARY_POSITIVE
      stack[sp - 1] = unaryOp(stack[sp - 1], "__pos__", "+");
      break;
    case 11: // UNARY_NEGATIVE
      stack[sp - 1] = unaryOp(stack[sp - 1], "__neg__", "-");
      break;
    case 15: // UNARY_INVERT
      stack[sp - 1] = unaryOp(stack[sp - 1], "__invert__", "~");
      break;
    case 126: { // DELETE_FAST
      const v = f.fast[oparg];
      if (v === undefined) throw O.unboundLocal(f.code.co.co_varnames[oparg]);
      f.fast[oparg] = undefined;
      if (f.owned !== null) releaseLocal(f, oparg, v, f.lasti);
      break;
    }
    case 61: { // DELETE_SUBSCR
      const k = stack[--sp];
      f.sp = --sp;
      delitem(stack[sp], k);
      break;
    }
    case 97: // STORE_GLOBAL
      f.globals.setStr(f.code.co.co_names[oparg], stack[--sp]);
      break;
    case 98: { // DELETE_GLOBAL
      const name = f.code.co.co_names[oparg];
      if (!f.globals.delStr(name)) throw O.nameError(name);
      break;
    }
    case 101: // LOAD_NAME (locals not a plain dict)
      stack[sp++] = loadName(f, f.code.co.co_names[oparg]);
      break;
    case 90: { // STORE_NAME (locals not a plain dict)
      const loc = f.locals;
      const name = f.code.co.co_names[oparg];
      const v = stack[--sp];
      if (loc === null) throw newExc(E.SystemError, `no locals found when storing '${name}'`);
      f.sp = sp;
      if (loc instanceof PyDict && loc.cls === DictType) loc.setStr(name, v);
      else setitem(loc, name, v);
      break;
    }
    case 91: // DELETE_NAME
      deleteName(f, f.code.co.co_names[oparg]);
      break;
    case 148: { // LOAD_CLASSDEREF
      const co = f.code.co;
      const name = oparg < co.co_cellvars.length ? co.co_cellvars[oparg] : co.co_freevars[oparg - co.co_cellvars.length];
      let v = f.locals ? O.mappingGet(f.locals, name) : undefined;
      if (v === undefined) {
        v = f.cells[oparg].value;
        if (v === undefined) throw derefError(f, oparg);
      }
      stack[sp++] = v;
      break;
    }
    case 138: // DELETE_DEREF
      if (f.cells[oparg].value === undefined) throw derefError(f, oparg);
      f.cells[oparg].value = undefined;
      break;
    case 96: // DELETE_ATTR
      f.sp = --sp;
      setattr(stack[sp], f.code.co.co_names[oparg], undefined);
      break;
    case 142: // CALL_FUNCTION_EX
      return callEx(f, oparg);
    case 132: { // MAKE_FUNCTION
      const qn = stack[--sp];
      const co = stack[--sp] as PyCode;
      const closure = oparg & 8 ? (stack[--sp] as PyTuple).items : null;
      const annotations = oparg & 4 ? stack[--sp] : None;
      const kwdefaults = oparg & 2 ? (stack[--sp] as PyDict) : null;
      const defaults = oparg & 1 ? (stack[--sp] as PyTuple).items : null;
      stack[sp++] = O.makeFunction(co, qn, f.globals, closure, annotations, kwdefaults, defaults);
      break;
    }
    case 69: { // GET_YIELD_FROM_ITER
      const v = stack[sp - 1];
      if (v instanceof PyGen && v.cls === CoroutineType) {
        if (!(f.code.co.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
      } else if (!(v instanceof PyGen && v.cls === GeneratorType)) stack[sp - 1] = iter(v);
      break;
    }
    case 73: { // GET_AWAITABLE
      // the error names __aenter__/__aexit__ after the instructions 'async with' emits (format_awaitable_error)
      const i = f.lasti;
      const ops = f.code.ops;
      const prev = i > 0 ? ops[i - 1] : -1;
      const where = prev === Op.BEFORE_ASYNC_WITH ? 1 : prev === Op.WITH_EXCEPT_START || (prev === Op.CALL_FUNCTION && i > 1 && ops[i - 2] === Op.DUP_TOP) ? 2 : oparg;
      stack[sp - 1] = O.getAwaitableIter(stack[sp - 1], where);
      break;
    }
    case 50: { // GET_AITER
      const v = stack[sp - 1];
      // an async generator made by the call just before belongs to this async for (gen-finalize.ts)
      if (v instanceof PyGen && v.cls === AsyncGeneratorType) claimForLoop(v, f, f.lasti);
      stack[sp - 1] = O.getAiter(v);
      break;
    }
    case 51: // GET_ANEXT
      stack[sp] = O.getAnext(stack[sp - 1]);
      sp++;
      break;
    case 52: { // BEFORE_ASYNC_WITH
      const o = stack[sp - 1]!;
      stack[sp] = callDescr(bindExit(stack, sp, "__aenter__", "__aexit__"), o, []);
      sp++;
      break;
    }
    case 154: { // SETUP_ASYNC_WITH
      const res = stack[--sp];
      pushBlock(f, f.pc + oparg, sp);
      stack[sp++] = res;
      break;
    }
    case 54: { // END_ASYNC_FOR
      const et = stack[--sp];
      if (et instanceof PyType && et.isSubtype(E.StopAsyncIteration)) {
        f.blockType.pop();
        f.blockHandler.pop();
        sp = unwindExceptHandler(stack, f.blockLevel.pop()!);
        sp--;
        break;
      }
      const val = stackException(stack[--sp], "END_ASYNC_FOR");
      f.sp = --sp;
      throw new Reraise(val, false);
    }
    case 143: // SETUP_WITH
      stack[sp] = setupWith(f, stack, sp, f.pc + oparg);
      sp++;
      break;
    case 49: { // WITH_EXCEPT_START
      // a Python __exit__ runs in the loop; its return value lands where call()'s would
      const nf = exitFrame(stack, sp);
      if (nf !== null) return enterFrame(f, nf);
      stack[sp] = callExit(stack, sp);
      sp++;
      break;
    }
    case 89: // POP_EXCEPT whose block is not an except handler
      throw newExc(E.SystemError, "popped block is not an except handler");
    case 74: // LOAD_ASSERTION_ERROR
      stack[sp++] = AssertionError;
      break;
    case 71: { // LOAD_BUILD_CLASS
      const bc = f.builtins.getStr("__build_class__") ?? builtinMiss(f.builtins, "__build_class__");
      if (bc === undefined) throw newExc(E.NameError, "__build_class__ not found");
      stack[sp++] = bc;
      break;
    }
    case 85: { // SETUP_ANNOTATIONS
      const loc = f.locals!;
      // (only an exact dict is read directly: a subclass's __getitem__/__missing__ may answer)
      if (loc instanceof PyDict && loc.cls === DictType) {
        if (loc.getStr("__annotations__") === undefined) loc.setStr("__annotations__", new PyDict());
      } else if (O.mappingGet(loc, "__annotations__") === undefined) setitem(loc, "__annotations__", new PyDict());
      break;
    }
    case 70: { // PRINT_EXPR
      const v = stack[--sp];
      f.sp = sp;
      const hook = getattrOpt(interp.sys, "displayhook");
      if (hook === undefined) throw newExc(E.RuntimeError, "lost sys.displayhook");
      call(hook, [v]);
      break;
    }
    case 104: { // BUILD_SET
      const s = new PySet();
      for (let k = sp - oparg; k < sp; k++) s.add(stack[k]);
      sp -= oparg;
      stack[sp++] = s;
      break;
    }
    case 105: { // BUILD_MAP
      const d = buildMap(stack, sp - 2 * oparg, oparg);
      sp -= 2 * oparg;
      stack[sp++] = d;
      break;
    }
    case 156: { // BUILD_CONST_KEY_MAP
      const keys = (stack[--sp] as PyTuple).items;
      const d = buildConstKeyMap(keys, stack, sp - oparg, oparg);
      sp -= oparg;
      stack[sp++] = d;
      break;
    }
    case 157: { // BUILD_STRING
      const r = buildString(stack, sp - oparg, oparg);
      sp -= oparg;
      stack[sp++] = r;
      break;
    }
    case 133: { // BUILD_SLICE
      const step = oparg === 3 ? stack[--sp] : None;
      const stop = stack[--sp];
      const start = stack[--sp];
      stack[sp++] = new PySlice(start, stop, step);
      break;
    }
    case 146: { // SET_ADD
      const v = stack[--sp];
      f.sp = sp;
      (stack[sp - oparg] as PySet).add(v);
      break;
    }
    case 147: { // MAP_ADD
      const v = stack[--sp];
      const k = stack[--sp];
      f.sp = sp;
      (stack[sp - oparg] as PyDict).set(k, v);
      break;
    }
    case 162: { // LIST_EXTEND
      const v = stack[--sp];
      f.sp = sp;
      listExtend(stack[sp - oparg] as PyList, v);
      break;
    }
    case 82: // LIST_TO_TUPLE
      stack[sp - 1] = tuple((stack[sp - 1] as PyList).items);
      break;
    case 163: { // SET_UPDATE
      const v = stack[--sp];
      f.sp = sp;
      (stack[sp - oparg] as PySet).update(v);
      break;
    }
    case 165: { // DICT_UPDATE
      const v = stack[--sp];
      f.sp = sp;
      const d = stack[sp - oparg] as PyDict;
      if (!(v instanceof PyDict) && getattrOpt(v, "keys") === undefined) throw typeError(`'${typeOf(v).name}' object is not a mapping`);
      dictMerge(d, v);
      break;
    }
    case 164: { // DICT_MERGE
      const v = stack[--sp];
      f.sp = sp;
      mergeKwargs(stack[sp - oparg] as PyDict, v, stack[sp - oparg - 2]);
      break;
    }
    case 94: { // UNPACK_EX
      const v = stack[--sp];
      f.sp = sp;
      const items = O.unpackEx(v, oparg & 0xff, oparg >> 8);
      for (let k = items.length - 1; k >= 0; k--) stack[sp++] = items[k];
      break;
    }
    case 108: { // IMPORT_NAME
      const fromlist = stack[--sp];
      f.sp = sp;
      const level = stack[sp - 1];
      const imp = builtinImport(f.builtins);
      if (imp === undefined) throw newExc(E.ImportError, "__import__ not found");
      stack[sp - 1] = call(imp, [f.code.co.co_names[oparg], f.globals, f.locals ?? None, fromlist, level]);
      break;
    }
    case 109: // IMPORT_FROM
      stack[sp] = O.importFrom(stack[sp - 1], f.code.co.co_names[oparg]);
      sp++;
      break;
    case 84: { // IMPORT_STAR
      const m = stack[--sp];
      f.sp = sp;
      O.importStar(m, f.locals!);
      break;
    }
    case 30: // GET_LEN
      stack[sp] = len(stack[sp - 1]);
      sp++;
      break;
    case 31: // MATCH_MAPPING
      stack[sp] = O.isMatchMapping(stack[sp - 1]);
      sp++;
      break;
    case 32: // MATCH_SEQUENCE
      stack[sp] = O.isMatchSequence(stack[sp - 1]);
      sp++;
      break;
    case 33: { // MATCH_KEYS
      const r = O.matchKeys(stack[sp - 2], stack[sp - 1] as PyTuple);
      stack[sp++] = r;
      stack[sp++] = r !== None;
      break;
    }
    case 34: // COPY_DICT_WITHOUT_KEYS
      stack[sp - 1] = O.copyDictWithoutKeys(stack[sp - 2], stack[sp - 1] as PyTuple);
      break;
    case 152: { // MATCH_CLASS
      const kw = stack[--sp] as PyTuple;
      const cls = stack[--sp];
      f.sp = sp;
      const subject = stack[sp - 1];
      const r = O.matchClass(subject, cls, oparg, kw);
      stack[sp - 1] = r;
      stack[sp++] = r !== None;
      break;
    }
    default: {
      // bytecode made by hand: an argument out of range (PyCode.badOperands), running off the end
      // of the code, or an opcode 3.10 does not have (ceval's default case, whose line goes to the
      // C-level stderr)
      const i = f.lasti;
      const why = f.code.badOperands?.get(i);
      if (why !== undefined) throw newExc(E.SystemError, why);
      if (i >= f.code.ops.length) throw newExc(E.SystemError, `the code ends at offset ${2 * f.code.ops.length} without returning`);
      interp.host.write(2, `XXX lineno: ${f.code.lineAt(2 * i)}, opcode: ${op}\n`);
      throw newExc(E.SystemError, "unknown opcode");
    }
  }
  f.sp = sp;
  return null;
}

function pushBlock(f: Frame, handler: number, level: number): void {
  f.blockType.push(BlockType.SetupFinally);
  f.blockHandler.push(handler);
  f.blockLevel.push(level);
}

// The displays coldOp and the compiled tier (jit/emit.ts) build from the n values at stack[from...].

/** BUILD_MAP: a dict of n key/value pairs. */
export function buildMap(stack: PyObj[], from: number, n: number): PyDict {
  const d = new PyDict();
  for (let k = from; k < from + 2 * n; k += 2) d.set(stack[k]!, stack[k + 1]!);
  return d;
}

/** BUILD_CONST_KEY_MAP: a dict of `keys` (a constant tuple's items) and n values. */
export function buildConstKeyMap(keys: PyObj[], stack: PyObj[], from: number, n: number): PyDict {
  const d = new PyDict();
  for (let k = 0; k < n; k++) d.set(keys[k]!, stack[from + k]!);
  return d;
}

/** BUILD_STRING: n strs joined. */
export function buildString(stack: PyObj[], from: number, n: number): PyObj {
  let s = "";
  let k = from;
  for (; k < from + n; k++) {
    const v = stack[k];
    // a str with a false pair, or one that may start one: joined exactly
    if (typeof v !== "string" || (v.charCodeAt(0) & 0xfc00) === 0xdc00) break;
    s += v;
  }
  return k < from + n ? strJoinExact(stack.slice(from, from + n)) : s;
}

/** LOAD_NAME: the frame's locals mapping, then globals, then builtins. */
export function loadName(f: Frame, name: string): PyObj {
  const loc = f.locals;
  if (loc === null) throw newExc(E.SystemError, `no locals when loading '${name}'`);
  let v = O.mappingGet(loc, name);
  if (v === undefined) v = f.globals.getStr(name);
  if (v === undefined) v = f.builtins.getStr(name) ?? builtinMiss(f.builtins, name);
  if (v === undefined) throw O.nameError(name);
  return v;
}

function deleteName(f: Frame, name: string): void {
  const loc = f.locals!;
  if (loc instanceof PyDict && loc.cls === DictType) {
    if (!loc.delStr(name)) throw O.nameError(name);
  } else {
    try {
      delitem(loc, name);
    } catch {
      throw O.nameError(name);
    }
  }
}

export function derefError(f: Frame, idx: number): PyBaseException {
  const co = f.code.co;
  if (idx < co.co_cellvars.length) return O.unboundLocal(co.co_cellvars[idx]);
  return O.unboundFree(co.co_freevars[idx - co.co_cellvars.length]);
}

/**
 * POP_EXCEPT of the frame's stack at height sp (f.pc past it): the EXCEPT_HANDLER block goes, and
 * the exception state it saved (at stack[sp - 2]) is restored; a block of another kind is
 * coldOp's SystemError.
 */
export function popExcept(f: Frame, sp: number): void {
  const bt = f.blockType.pop();
  f.blockHandler.pop();
  f.blockLevel.pop();
  if (bt !== BlockType.ExceptHandler) {
    f.sp = sp;
    coldOp(f, 89, 0);
  }
  const dropped = interp.excInfo;
  restoreExcState(f.stack, sp - 3);
  // the exception handled goes, and the frames of its traceback with it when nothing else held it
  if (dropped !== null && !dropped.exposed && dropped !== interp.excInfo) releaseCaught(dropped);
}

/**
 * SETUP_WITH with the manager at stack[sp - 1]: __exit__ bound in its slot, the block to `handler`
 * set up after __enter__ returned (as 3.10's ceval does), and __enter__'s result returned.
 */
export function setupWith(f: Frame, stack: PyObj[], sp: number, handler: number): PyObj {
  const o = stack[sp - 1]!;
  const res = callDescr(bindExit(stack, sp, "__enter__", "__exit__"), o, []);
  pushBlock(f, handler, sp);
  return res;
}

/**
 * WITH_EXCEPT_START at stack height sp, the __exit__ SETUP_WITH bound 7 below the top: a frame for
 * it, the exception's type, value and traceback bound, when it is a Python function (not a
 * generator's); else null, and callExit calls it.
 */
export function exitFrame(stack: PyObj[], sp: number): Frame | null {
  const exit = stack[sp - 7];
  // __exit__ is given the exception, and may keep it (caught-finalize.ts)
  const exc = stack[sp - 2];
  if (exc instanceof PyBaseException) exc.exposed = true;
  if (!(exit instanceof PyMethod && exit.func instanceof PyFunction) || exit.func.code.co.co_flags & GEN_FLAGS) return null;
  return makeFrame(exit.func, exit.self, [stack[sp - 1]!, stack[sp - 2]!, stack[sp - 3]!], null);
}
export const callExit = (stack: PyObj[], sp: number): PyObj => call(stack[sp - 7]!, [stack[sp - 1]!, stack[sp - 2]!, stack[sp - 3]!]);

/**
 * SETUP_WITH's and BEFORE_ASYNC_WITH's lookups on the manager at stack[sp - 1], on its type as
 * special_lookup's: the __enter__ (__aenter__) found, returned unbound, and the __exit__
 * (__aexit__) bound to the manager, in the manager's slot. AttributeError for either missing.
 */
function bindExit(stack: PyObj[], sp: number, enterName: string, exitName: string): PyObj {
  const o = stack[sp - 1]!;
  const t = typeOf(o);
  const enter = t.lookup(enterName);
  if (enter === undefined) throw attributeError(enterName);
  const exit = t.lookup(exitName);
  if (exit === undefined) throw attributeError(exitName);
  stack[sp - 1] = bindMethod(exit, o);
  return enter;
}

function bindMethod(d: PyObj, o: PyObj): PyObj {
  if (d instanceof PyFunction) return new PyMethod(d, o);
  return descrGet(d, o, typeOf(o));
}

/**
 * LIST_EXTEND: `[*v]`, or the positional arguments of a call with `*v` after others (`f(1, *v)`,
 * `f(*u, *v)`). 3.10 words a refusal here as a display's ("Value after *") even in a call: only a
 * lone `f(*v)`, which CALL_FUNCTION_EX checks, names the function.
 */
export function listExtend(l: PyList, v: PyObj): void {
  // exact lists and tuples only: a subclass's __iter__ decides what it unpacks to
  const t = typeOf(v);
  if (t !== ListType && t !== TupleType && t.lookup("__iter__") === undefined && !isSequenceType(t)) throw typeError(`Value after * must be an iterable, not ${t.name}`);
  listExtendSized(l, v);
}

/**
 * A call's `**v` merged into its keyword dict `d` (DICT_MERGE, and CALL_FUNCTION_EX for a mapping
 * that is not an exact dict): _PyDict_MergeEx with override 2, so a key already there, or one a
 * mapping's keys() lists twice, is "got multiple values" (whatever its type, named by its str()).
 * A dict that iterates as a dict gives its entries; any other mapping its keys(), each looked up
 * after checking it is new.
 */
function mergeKwargs(d: PyDict, v: PyObj, fn: PyObj): void {
  const repeated = (k: PyObj) => typeError(`${funcDesc(fn)} got multiple values for keyword argument '${str(k)}'`);
  if (v instanceof PyDict && (v.cls === DictType || typeOf(v).lookup("__iter__") === DictType.ns.get("__iter__"))) {
    for (const e of dictMergeEntries(v)) {
      if (d.get(e.key) !== undefined) throw repeated(e.key);
      d.set(e.key, e.value);
    }
    return;
  }
  const keys = getattrOpt(v, "keys");
  if (keys === undefined) throw typeError(`${funcDesc(fn)} argument after ** must be a mapping, not ${typeOf(v).name}`);
  const it = iter(call(keys, []));
  for (let k = next(it); k !== undefined; k = next(it)) {
    if (d.get(k) !== undefined) throw repeated(k);
    d.set(k, getitem(v, k));
  }
}

/** CALL_FUNCTION_EX: `fn(*pos)` or `fn(*pos, **kwargs)`. */
function callEx(f: Frame, oparg: number): Frame | null {
  const stack = f.stack;
  let sp = f.sp;
  let kwargs: PyObj | null = null;
  if (oparg & 1) kwargs = stack[--sp];
  const pos = stack[--sp];
  const fn = stack[--sp];
  f.sp = sp;
  let a: PyObj[];
  if (pos instanceof PyTuple) a = pos.items.slice();
  else {
    // check_args_iterable: refused only without __iter__ and __getitem__; errors while iterating propagate
    const t = typeOf(pos);
    if (t.lookup("__iter__") === undefined && !isSequenceType(t)) throw typeError(`${funcDesc(fn)} argument after * must be an iterable, not ${t.name}`);
    a = iterableItems(pos);
  }
  let kwn: string[] | null = null;
  if (kwargs !== null) {
    let d: PyDict;
    if (kwargs instanceof PyDict && kwargs.cls === DictType) d = kwargs;
    else mergeKwargs((d = new PyDict()), kwargs, fn);
    kwn = [];
    for (const e of d.entries()) {
      const k = asStr(e.key);
      if (k === null) throw typeError("keywords must be strings");
      kwn.push(k);
      a.push(e.value);
    }
    if (kwn.length === 0) kwn = null;
  }
  return callGeneric(f, fn, a, kwn);
}
