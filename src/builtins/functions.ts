// The functions of the builtins module (Python/bltinmodule.c): print, len, isinstance, getattr,
// sorted, min/max, sum, round, divmod, pow, hash, id, hex/oct/bin, chr/ord, any/all, format,
// vars/dir/globals/locals, __build_class__, input, exec/eval/compile and __import__. Each is a
// builtin_function_or_method created from a row (name, implementation).
import {
  type PyObj, type Native1, type Native2, PyObject, PyType, PyTuple, PyList, newListFrom, PyDict, PyFunction, PyBuiltinFunction, PyBaseException, PyCode, PyCell, PyFloat, Frame, PyModule,
  None, NotImplemented, Ellipsis, tuple, call, call1, callDescr, typeOf, argTypeName, getattr, getattrOpt, setattr, iter, next, toArray, repr, reprObject, str, ascii, asciiObject, format, formatObj,
  truthy, len, lenExact, hash, richCompare, Cmp, lt, binaryOp, ternaryPow, BIN, unaryOp, typeError, valueError, newExc, bindArgs, noKwargs, arityError, asStr, asInt, asIndex,
  intToBase, listSort, idOf, TypeType, ObjectType, StrType, DictType, FloatType, isInstance, attributeError, AttributeError, EOFError, RuntimeError,
  NotImplementedError, ImportError, ModuleNotFoundError, SyntaxError as SyntaxErrorT, normInt, PyBytesObj, PyByteArray, typeNew, calculateMetaOf,
  objectDir, cpCmp, PyMappingProxy, toPyExc, PySuper, makeSuper, SuperType, OverflowError, chr as chrOf, codePointAt, cpLength, mergeSort,
  PyIter, isIterator, iterTypes, callMethod, typeGetattr, getattrClass, asCInt, setitem, delitem, KeyError,
} from "./imports.ts";
import { CO_OPTIMIZED } from "../bytecode/flags.ts";
import { interp } from "../vm/interp.ts";
import { recursion } from "../objects/hooks.ts";
import { RecursionError, lastStopValue, DISOWNED } from "../objects/index.ts";
import { PyTextIO, TextIOWrapperType, writeForPrint } from "../modules/io/textio.ts";
import { PyUnion, PySplitStr, asText } from "../objects/index.ts";
import { runFrame, callFunction } from "../vm/eval-loop.ts";
import { builtinsFor } from "../vm/call.ts";
import { releaseArgument } from "../vm/gen-finalize.ts";

/** A builtin: its name, its general entry, and its fixed-arity forms (objects/function.ts) if it has them. */
export type Row = [name: string, fn: (args: PyObj[], kw: readonly string[] | null) => PyObj, one?: Native1 | null, two?: Native2 | null];

/** The row of a builtin taking exactly one argument (METH_O): `name(x)` is `f(x)`. */
function unary(name: string, f: Native1): Row {
  return [name, (a, k) => {
    fixedArgs(name, a, k, 1, 1);
    return f(a[0]!);
  }, f];
}

function fixedArgs(name: string, args: PyObj[], kw: readonly string[] | null, min: number, max: number): void {
  noKwargs(name, kw);
  if (args.length < min || args.length > max) throw arityError(name, min, max, args.length);
}

/** callable_iterator (iter(fn, sentinel)): fn is null once the sentinel came or fn raised StopIteration's end. */
export class PyCallableIter extends PyIter {
  constructor(
    public fn: PyObj | null,
    public sentinel: PyObj,
  ) {
    super(iterTypes.callable, null!, null);
    this.step = () => {
      const f = this.fn;
      if (f === null) return undefined;
      const v = call(f, []);
      if (v === this.sentinel || truthy(richCompare(v, this.sentinel, Cmp.EQ))) {
        this.fn = null;
        return undefined;
      }
      return v;
    };
  }
}

export function currentFrame(): Frame | null {
  return (interp as unknown as { frame?: Frame | null }).frame ?? null;
}

/**
 * locals() of a frame: the locals mapping, or a fresh dict of the fast locals and cells. A dict
 * Python code is `seen` to get may keep the generators its locals own (Frame.owned).
 */
export function frameLocals(f: Frame, seen = true): PyObj {
  if (seen) {
    f.owned = DISOWNED;
    f.tbOwned = null;
    // an `except ... as e` name's exception too (vm/caught-finalize.ts)
    for (const v of f.fast) if (v instanceof PyBaseException) v.exposed = true;
  }
  if (f.locals !== null) {
    // a function's code run by exec with a locals mapping: its fast locals are written into that
    // mapping, as PyFrame_FastToLocals does into f_locals
    if (f.code.co.co_flags & CO_OPTIMIZED) fastToLocals(f, f.locals);
    return f.locals;
  }
  return fastToLocals(f, (f.localsCache ??= new PyDict()));
}

/** PyFrame_FastToLocals: each local and cell variable set in `d` when bound, deleted when not. */
function fastToLocals(f: Frame, d: PyObj): PyObj {
  const co = f.code.co;
  const put = (n: string, v: PyObj | undefined): void => {
    // (PyObject_SetItem/DelItem: a dict subclass's own methods are called)
    if (d instanceof PyDict && typeOf(d) === DictType) {
      if (v !== undefined) d.setStr(n, v);
      else d.delStr(n);
    } else if (v !== undefined) setitem(d, n, v);
    else {
      try {
        delitem(d, n);
      } catch (e) {
        if (!(e instanceof PyBaseException && e.cls.isSubtype(KeyError))) throw e;
      }
    }
  };
  co.co_varnames.forEach((n, i) => put(n, f.fast[i]));
  const cellNames = [...co.co_cellvars, ...co.co_freevars];
  cellNames.forEach((n, i) => put(n, f.cells[i]?.value));
  return d;
}

/** Py_EnterRecursiveCall(where) around one level of isinstance/issubclass (nested tuples, __instancecheck__). */
function recursiveCheck(where: string, body: () => boolean): boolean {
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    throw newExc(RecursionError, "maximum recursion depth exceeded" + where);
  }
  const saved = recursion.where;
  recursion.where = where;
  try {
    return body();
  } finally {
    recursion.where = saved;
    recursion.depth--;
  }
}

function isinstanceCheck(obj: PyObj, cls: PyObj, depth = 0): boolean {
  if (cls instanceof PyType) {
    if (typeOf(obj).isSubtype(cls)) return true;
    if (cls.cls === TypeType) return obj instanceof PyObject && getattrClass(obj, cls);
  }
  if (cls instanceof PyTuple) return recursiveCheck(" in __instancecheck__", () => cls.items.some((c) => isinstanceCheck(obj, c, depth + 1)));
  const ic = typeOf(cls).lookup("__instancecheck__");
  if (ic !== undefined && !(cls instanceof PyType && cls.cls === TypeType)) return recursiveCheck(" in __instancecheck__", () => truthy(callDescr(ic, cls, [obj])));
  if (!(cls instanceof PyType)) {
    const bases = getattrOpt(cls, "__bases__");
    if (bases === undefined || !(bases instanceof PyTuple)) throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    // a class-like object: the instance's __class__ (if it has one) walked through __bases__
    const icls = getattrOpt(obj, "__class__");
    return icls !== undefined && abstractIssubclass(icls, cls);
  }
  return false;
}

/** object_issubclass (3.10): an exact type directly, a tuple item by item, else __subclasscheck__. */
function issubclassCheck(sub: PyObj, cls: PyObj): boolean {
  if (cls instanceof PyType && cls.cls === TypeType) return sub === cls || recursiveIssubclass(sub, cls);
  // (a union answers through its own __subclasscheck__ in 3.10)
  if (cls instanceof PyTuple) return recursiveCheck(" in __subclasscheck__", () => cls.items.some((c) => issubclassCheck(sub, c)));
  const sc = typeOf(cls).lookup("__subclasscheck__");
  if (sc !== undefined) return recursiveCheck(" in __subclasscheck__", () => truthy(callDescr(sc, cls, [sub])));
  return recursiveIssubclass(sub, cls);
}

/** recursive_issubclass: types by their MRO, other objects through their __bases__ tuples. */
function recursiveIssubclass(sub: PyObj, cls: PyObj): boolean {
  if (sub instanceof PyType && cls instanceof PyType) return sub.isSubtype(cls);
  if (abstractBases(sub) === null) throw typeError("issubclass() arg 1 must be a class");
  if (!(cls instanceof PyUnion) && abstractBases(cls) === null) throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return abstractIssubclass(sub, cls);
}

/** abstract_get_bases: `__bases__` when it is a tuple. */
function abstractBases(x: PyObj): PyObj[] | null {
  const b = getattrOpt(x, "__bases__");
  return b instanceof PyTuple ? b.items : null;
}

function abstractIssubclass(derived: PyObj, cls: PyObj): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractBases(derived);
    if (bases === null || bases.length === 0) return false;
    if (bases.length > 1) return recursiveCheck(" in __subclasscheck__", () => bases.some((b) => abstractIssubclass(b, cls)));
    derived = bases[0];
  }
}

function minmax(name: "min" | "max", args: PyObj[], kw: readonly string[] | null): PyObj {
  const nkw = kw ? kw.length : 0;
  const pos = args.slice(0, args.length - nkw);
  let key: PyObj = None;
  let dflt: PyObj | undefined;
  // the positional count first (PyArg_UnpackTuple), then the keywords (PyArg_ParseTupleAndKeywords)
  if (pos.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (nkw > 2) throw typeError(`${name}() takes at most 2 keyword arguments (${nkw} given)`);
  for (let k = 0; k < nkw; k++) {
    const v = args[pos.length + k];
    if (kw![k] === "key") key = v;
    else if (kw![k] === "default") dflt = v;
    else throw typeError(`'${kw![k]}' is an invalid keyword argument for ${name}()`);
  }
  let items: PyObj[];
  if (pos.length === 1) items = toArray(pos[0]);
  else {
    if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = pos;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw valueError(`${name}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = key === None ? best : call1(key, best);
  const op = name === "min" ? Cmp.LT : Cmp.GT;
  for (let i = 1; i < items.length; i++) {
    const k = key === None ? items[i] : call1(key, items[i]);
    if (truthy(richCompare(k, bestKey, op))) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}
/** min(a, b) or max(a, b) (op Cmp.LT or GT): minmax's loop over two items, without an argument array. */
const minmax2 = (op: Cmp) => (a: PyObj, b: PyObj): PyObj => (truthy(richCompare(b, a, op)) ? b : a);

/** getattr(o, name) and hasattr(o, name)'s name, or their TypeError. */
function attrName(name: PyObj, what: string): string {
  const n = asStr(name);
  if (n === null) throw typeError(`${what}(): attribute name must be string`);
  return n;
}
const hasattr2 = (o: PyObj, name: PyObj): boolean => getattrOpt(o, attrName(name, "hasattr")) !== undefined;

function sum(args: PyObj[], kw: readonly string[] | null): PyObj {
  const [it, startArg] = bindArgs("sum", args, kw, ["iterable", "start"], 1, 1);
  // (the iterable first, as builtin_sum_impl gets its iterator before looking at start)
  const src = iter(it!);
  let acc: PyObj = startArg ?? 0;
  if (asStr(acc) !== null) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytesObj) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (acc instanceof PyByteArray) throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  let v: PyObj | undefined;
  // builtin_sum_impl's fast paths, which give what adding one by one gives: ints summed as a
  // number while exact, then floats (and ints) in a double, without an object per step
  if (typeof acc === "number") {
    let i = acc;
    for (v = next(src); v !== undefined; v = next(src)) {
      const b = typeof v === "number" ? v : typeof v === "boolean" ? +v : NaN;
      const s = i + b;
      if (!Number.isSafeInteger(s)) break;
      i = s;
    }
    if (v === undefined) return i;
    acc = binaryOp(i, v, BIN.add);
  }
  if (acc instanceof PyFloat && acc.cls === FloatType) {
    let f = acc.value;
    for (v = next(src); v !== undefined; v = next(src)) {
      if (v instanceof PyFloat && v.cls === FloatType) f += v.value;
      else if (typeof v === "number") f += v;
      else if (typeof v === "boolean") f += +v;
      else break;
    }
    if (v === undefined) return new PyFloat(f);
    acc = binaryOp(new PyFloat(f), v, BIN.add);
  }
  for (v = next(src); v !== undefined; v = next(src)) acc = binaryOp(acc, v, BIN.add);
  return acc;
}

function round(args: PyObj[], kw: readonly string[] | null): PyObj {
  const [x, nd] = bindArgs("round", args, kw, ["number", "ndigits"], 1);
  const f = typeOf(x!).lookup("__round__");
  if (f === undefined) throw typeError(`type ${typeOf(x!).name} doesn't define __round__ method`);
  return nd === undefined || nd === None ? callDescr(f, x!, []) : callDescr(f, x!, [nd]);
}

function powBuiltin(args: PyObj[], kw: readonly string[] | null): PyObj {
  const [b, e, m] = bindArgs("pow", args, kw, ["base", "exp", "mod"], 2);
  if (m === undefined || m === None) return binaryOp(b!, e!, BIN.pow);
  return ternaryPow(b!, e!, m);
}


function dirOf(args: PyObj[]): PyObj {
  if (args.length === 0) {
    const f = currentFrame();
    const loc = f ? frameLocals(f) : new PyDict();
    const keys = toArray(call(getattr(loc, "keys"), []));
    return new PyList(mergeSort(keys, lt));
  }
  const o = args[0];
  // a class's __dir__ is its metaclass's (EnumMeta lists the members)
  const d = typeOf(o).lookup("__dir__");
  const r = d === undefined ? new PyList(objectDir(o)) : callDescr(d, o, []);
  return new PyList(mergeSort(toArray(r), lt));
}

function vars(args: PyObj[], kw: readonly string[] | null): PyObj {
  fixedArgs("vars", args, kw, 0, 1);
  if (args.length === 0) {
    const f = currentFrame();
    return f ? frameLocals(f) : new PyDict();
  }
  const d = getattrOpt(args[0], "__dict__");
  if (d === undefined) throw typeError("vars() argument must have __dict__ attribute");
  return d;
}

// anext(it, default): an awaitable over what __anext__() returned that turns StopAsyncIteration
// into StopIteration(default). As in 3.10.2, each step (__next__, send, throw, close) asks the
// wrapped awaitable for its iterator again: a coroutine's steps reach the same coroutine, an
// object's __await__ is called once per step.
const AnextAwaitableType = new PyType(TypeType, "anext_awaitable", [ObjectType]);
AnextAwaitableType.baseAllowed = false;
class PyAnextAwaitable extends PyObject {
  constructor(public wrapped: PyObj, public dflt: PyObj) {
    super(AnextAwaitableType);
  }
}
function anextStep(s: PyObj, how: (it: PyObj) => PyObj): PyObj {
  const a = s as PyAnextAwaitable;
  try {
    const w = a.wrapped;
    // (a coroutine's iterator is its __await__ wrapper, even while it awaits something)
    return how(w instanceof PyGen && w.cls === CoroutineType ? new PyCoroWrapper(w) : getAwaitableIter(w, 0));
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(StopAsyncIterationT)) throw newExc(StopIteration, a.dflt);
    throw e;
  }
}
defMethods(AnextAwaitableType, [
  ["__await__", (s) => s, 0, 0],
  ["__iter__", (s) => s, 0, 0],
  ["__next__", (s) => anextStep(s, (it) => callMethod(it, "__next__", [])), 0, 0],
  ["send", (s, [v]) => anextStep(s, (it) => callMethod(it, "send", [v])), 1, 1],
  // (throw and close pass their arguments on: the wrapped iterator checks them)
  ["throw", (s, args, kw) => (noKwargs("throw", kw), anextStep(s, (it) => callMethod(it, "throw", args)))],
  ["close", (s, args, kw) => (noKwargs("close", kw), anextStep(s, (it) => callMethod(it, "close", args)))],
]);
import { getAwaitableIter } from "../vm/ops.ts";
import { CoroutineType, PyCoroWrapper, PyGen } from "../objects/index.ts";
import { StopAsyncIteration as StopAsyncIterationT } from "../objects/index.ts";

// ---- class creation --------------------------------------------------------------------------------
function buildClass(args: PyObj[], kw: readonly string[] | null): PyObj {
  const nkw = kw ? kw.length : 0;
  const pos = args.slice(0, args.length - nkw);
  if (pos.length < 2) throw typeError("__build_class__: not enough arguments");
  const func = pos[0];
  if (!(func instanceof PyFunction)) throw typeError("__build_class__: func must be a function");
  const name = asStr(pos[1]);
  if (name === null) throw typeError("__build_class__: name is not a string");
  let bases = pos.slice(2);
  const origBases = bases;
  // PEP 560 __mro_entries__
  if (bases.some((b) => !(b instanceof PyType))) {
    const nb: PyObj[] = [];
    for (const b of bases) {
      if (b instanceof PyType) nb.push(b);
      else {
        const me = getattrOpt(b, "__mro_entries__");
        if (me === undefined) nb.push(b);
        else {
          const entries = call(me, [tuple(origBases)]);
          if (!(entries instanceof PyTuple)) throw typeError("__mro_entries__ must return a tuple");
          nb.push(...entries.items);
        }
      }
    }
    bases = nb;
  }
  let meta: PyObj | undefined;
  const kwNames: string[] = [];
  const kwVals: PyObj[] = [];
  for (let k = 0; k < nkw; k++) {
    if (kw![k] === "metaclass") meta = args[pos.length + k];
    else {
      kwNames.push(kw![k]);
      kwVals.push(args[pos.length + k]);
    }
  }
  let isClass = false;
  if (meta === undefined) {
    meta = bases.length ? typeOf(bases[0]) : TypeType;
    isClass = true;
  } else isClass = meta instanceof PyType;
  if (isClass) meta = calculateMetaOf(meta as PyType, bases);
  const basesT = tuple(bases);
  const prep = getattrOpt(meta, "__prepare__");
  const ns = prep === undefined ? new PyDict() : call(prep, [name, basesT, ...kwVals], kwNames.length ? kwNames : null);
  if (!(ns instanceof PyDict) && typeOf(ns).lookup("__getitem__") === undefined) {
    throw typeError(`${meta instanceof PyType ? meta.name : "<metaclass>"}.__prepare__() must return a mapping, not ${typeOf(ns).name}`);
  }
  // the class body: the function's code run with `ns` as its locals
  const f = new Frame(func.code, func.globals, builtinsFor(func.globals), ns);
  if (func.closure) for (const c of func.closure) f.cells.push(c as PyCell);
  for (let i = 0; i < func.code.co.co_cellvars.length; i++) f.cells.splice(i, 0, new PyCell());
  const cell = runFrame(f, null);
  if (bases !== origBases) {
    if (ns instanceof PyDict) ns.setStr("__orig_bases__", tuple(origBases));
    else call(getattr(ns, "__setitem__"), ["__orig_bases__", tuple(origBases)]);
  }
  const cls = call(meta, [name, basesT, ns, ...kwVals], kwNames.length ? kwNames : null);
  if (cell instanceof PyCell && cls instanceof PyType) {
    // type.__new__ fills the cell from the namespace's __classcell__: a metaclass that dropped it
    // left the class's methods without __class__
    if (cell.value === undefined) throw newExc(RuntimeError, `__class__ not set defining ${repr(pos[1])} as ${repr(cls)}. Was __classcell__ propagated to type.__new__?`);
    if (cell.value !== cls) throw typeError(`__class__ set to ${repr(cell.value)} defining ${repr(pos[1])} as ${repr(cls)}`);
  }
  return cls;
}

// ---- exec / eval / compile: src/builtins/compile.ts ------------------------------------------------
import { compileBuiltin, execEval } from "./compile.ts";

// ---- input ------------------------------------------------------------------------------------
function input(args: PyObj[], kw: readonly string[] | null): PyObj {
  fixedArgs("input", args, kw, 0, 1);
  // builtin_input_impl: the three streams must be there; failing flushes are ignored (PyErr_Clear)
  const stream = (name: string): PyObj => {
    const f = interp.sys.dict.getStr(name);
    if (f === undefined || f === None) throw newExc(RuntimeError, `input(): lost sys.${name}`);
    return f;
  };
  const stdin = stream("stdin");
  const out = stream("stdout");
  const errStream = stream("stderr");
  const flush = (f: PyObj) => {
    try {
      callMethod(f, "flush", []);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
    }
  };
  flush(errStream);
  if (args.length) callMethod(out, "write", [str(args[0])]);
  flush(out);
  // PyFile_GetLine(stdin, -1): a str or bytes line, its newline stripped
  const line = callMethod(stdin, "readline", []);
  const s = asStr(line);
  if (s === null) {
    if (!(line instanceof PyBytesObj)) throw typeError("object.readline() returned non-string");
    if (line.bytes.length === 0) throw newExc(EOFError, "EOF when reading a line");
    return line.bytes[line.bytes.length - 1] === 10 ? new PyBytesObj(line.bytes.slice(0, -1)) : line;
  }
  if (s === "") throw newExc(EOFError, "EOF when reading a line");
  return s.endsWith("\n") ? s.slice(0, -1) : s;
}

/** str(x) as an object, for a str holding a false pair (protocols' str() returns a JS string). */
const strObj = (x: PyObj): PyObj => callDescr(typeOf(x).lookup("__str__")!, x, []);

function print(args: PyObj[], kw: readonly string[] | null): PyObj {
  const nkw = kw ? kw.length : 0;
  const n = args.length - nkw;
  let sep: PyObj = None;
  let end: PyObj = None;
  let file: PyObj = None;
  let flushArg: PyObj = false;
  // the keywords as _PyArg_ParseStackAndKeywords parses "|OOOp:print": the count first, then
  // flush's truth ("p") before an unknown name is reported, and all before anything is written
  if (nkw > 4) throw typeError(`print() takes at most 4 keyword arguments (${nkw} given)`);
  let unknown: string | null = null;
  for (let k = 0; k < nkw; k++) {
    const v = args[n + k];
    switch (kw![k]) {
      case "sep": sep = v; break;
      case "end": end = v; break;
      case "file": file = v; break;
      case "flush": flushArg = v; break;
      default: unknown ??= kw![k];
    }
  }
  const flush = truthy(flushArg);
  if (unknown !== null) throw typeError(`'${unknown}' is an invalid keyword argument for print()`);
  if (sep !== None && asStr(sep) === null) throw typeError(`sep must be None or a string, not ${typeOf(sep).name}`);
  if (end !== None && asStr(end) === null) throw typeError(`end must be None or a string, not ${typeOf(end).name}`);
  if (file === None) {
    file = getattr(interp.sys, "stdout");
    if (file === None) return None;
  }
  const sepS = sep === None ? " " : asStr(sep)!;
  if (file instanceof PyTextIO && file.cls === TextIOWrapperType) {
    // A native TextIOWrapper (sys.stdout): one write of the whole line, the same bytes as
    // CPython's piecewise writes; what was built is still written if a str() fails.
    let text = "";
    try {
      for (let i = 0; i < n; i++) {
        if (i > 0) text += sepS;
        const x = args[i];
        if (x instanceof PySplitStr) {
          // a str holding a false pair is written on its own, as CPython writes each piece
          if (text) writeForPrint(file, text);
          text = "";
          writeForPrint(file, asText(strObj(x))!);
        } else text += str(x);
      }
    } catch (e) {
      if (text) writeForPrint(file, text);
      throw e;
    }
    writeForPrint(file, text + (end === None ? "\n" : asStr(end)!));
    if (flush) callMethod(file, "flush", []);
    return None;
  }
  const write = getattr(file, "write");
  for (let i = 0; i < n; i++) {
    if (i > 0) call(write, [sepS]);
    call(write, [args[i] instanceof PySplitStr ? strObj(args[i]) : str(args[i])]);
  }
  call(write, [end === None ? "\n" : asStr(end)!]);
  if (flush) callMethod(file, "flush", []);
  return None;
}

function superNoArgs(): PyObj {
  const f = currentFrame();
  if (f === null) throw newExc(RuntimeError, "super(): no current frame");
  const co = f.code.co;
  if (co.co_argcount === 0 && !(co.co_flags & 4)) throw newExc(RuntimeError, "super(): no arguments");
  let first: PyObj | undefined = f.fast[0];
  if (first === undefined) {
    const ci = co.co_cellvars.indexOf(co.co_varnames[0]);
    if (ci >= 0) first = f.cells[ci]?.value;
  }
  if (first === undefined) throw newExc(RuntimeError, "super(): arg[0] deleted");
  const fi = co.co_freevars.indexOf("__class__");
  if (fi < 0) throw newExc(RuntimeError, "super(): __class__ cell not found");
  const cell = f.cells[co.co_cellvars.length + fi];
  if (cell === undefined || cell.value === undefined) throw newExc(RuntimeError, "super(): empty __class__ cell");
  if (!(cell.value instanceof PyType)) throw newExc(RuntimeError, "super(): __class__ is not a type");
  return makeSuper(cell.value, first);
}
import { defMethods } from "../objects/index.ts";
// super.__init__ (super_init: _PyArg_NoKeywords, then PyArg_ParseTuple's "|O!O:super"; no
// arguments: the calling frame's first argument and __class__ cell)
defMethods(SuperType, [["__init__", (s, args, kw) => {
  noKwargs("super", kw);
  if (args.length > 2) throw typeError(`super() takes at most 2 arguments (${args.length} given)`);
  const r = args.length === 0 ? (superNoArgs() as PySuper) : makeSuper(args[0], args.length > 1 ? args[1] : None);
  const su = s as PySuper;
  su.type = r.type;
  su.obj = r.obj;
  su.objType = r.objType;
  return None;
}]]);

/** The TypeError of next() for an object that is not an iterator, or nothing. */
function checkIterator(it: PyObj): void {
  if (!isIterator(it)) throw typeError(`'${typeOf(it).name}' object is not an iterator`);
}

/** next(it): its next item; StopIteration (with a generator's return value) at its end. */
function builtinNext(it: PyObj): PyObj {
  checkIterator(it);
  if (it instanceof PyIter && !it.cls.heap) {
    const v = it.step();
    if (v === undefined) throw it.returnsValue === true && lastStopValue !== None ? newExc(stopIterT(), lastStopValue) : newExc(stopIterT());
    return v;
  }
  const v = callDescr(typeOf(it).lookup("__next__")!, it, []);
  // next(gen()): the generator goes with this call's arguments
  if (it instanceof PyGen && it.bornAt !== null) releaseArgument(it);
  return v;
}

/** next(it, default). */
function builtinNextOr(it: PyObj, dflt: PyObj): PyObj {
  checkIterator(it);
  const v = next(it);
  return v === undefined ? dflt : v;
}

export const builtinFunctionRows: Row[] = [
  ["print", print],
  unary("len", lenExact),
  unary("repr", reprObject),
  unary("ascii", asciiObject),
  ["isinstance", (a, k) => {
    noKwargs("isinstance", k);
    if (a.length !== 2) throw typeError(`isinstance expected 2 arguments, got ${a.length}`);
    return isinstanceCheck(a[0], a[1]);
  }, null, isinstanceCheck],
  ["issubclass", (a, k) => {
    noKwargs("issubclass", k);
    if (a.length !== 2) throw typeError(`issubclass expected 2 arguments, got ${a.length}`);
    return issubclassCheck(a[0], a[1]);
  }],
  ["getattr", (a, k) => {
    fixedArgs("getattr", a, k, 2, 3);
    const n = attrName(a[1], "getattr");
    if (a.length === 3) return getattrOpt(a[0], n) ?? a[2];
    return getattr(a[0], n);
  }, null, (o, name) => getattr(o, attrName(name, "getattr"))],
  ["setattr", (a, k) => {
    fixedArgs("setattr", a, k, 3, 3);
    const n = asStr(a[1]);
    if (n === null) throw typeError(`attribute name must be string, not '${typeOf(a[1]).name}'`);
    setattr(a[0], n, a[2]);
    return None;
  }],
  ["delattr", (a, k) => {
    fixedArgs("delattr", a, k, 2, 2);
    const n = asStr(a[1]);
    if (n === null) throw typeError(`attribute name must be string, not '${typeOf(a[1]).name}'`);
    setattr(a[0], n, undefined);
    return None;
  }],
  ["hasattr", (a, k) => {
    fixedArgs("hasattr", a, k, 2, 2);
    return hasattr2(a[0], a[1]);
  }, null, hasattr2],
  ["iter", (a, k) => {
    fixedArgs("iter", a, k, 1, 2);
    if (a.length === 1) return iter(a[0]);
    const [fn, sentinel] = a;
    if (typeOf(fn).lookup("__call__") === undefined) throw typeError("iter(v, w): v must be callable");
    return new PyCallableIter(fn, sentinel);
  }],
  ["next", (a, k) => {
    fixedArgs("next", a, k, 1, 2);
    return a.length === 1 ? builtinNext(a[0]) : builtinNextOr(a[0], a[1]);
  }, builtinNext, builtinNextOr],
  ["sorted", (a, k) => {
    const nkw = k ? k.length : 0;
    if (a.length - nkw !== 1) throw typeError(`sorted expected 1 argument, got ${a.length - nkw}`);
    const lst = newListFrom(a[0]);
    const [key, rev] = bindArgs("sort", a.slice(1), k, ["key", "reverse"], 0, 0);
    listSort(lst, key ?? None, rev === undefined ? false : Number(asIndex(rev)) !== 0);
    return lst;
  }],
  ["min", (a, k) => minmax("min", a, k), null, minmax2(Cmp.LT)],
  ["max", (a, k) => minmax("max", a, k), null, minmax2(Cmp.GT)],
  ["sum", sum],
  // (an exact int's and float's without looking up __abs__)
  unary("abs", (x) =>
    typeof x === "number" ? (x < 0 ? -x : x)
    : x instanceof PyFloat && x.cls === FloatType ? new PyFloat(Math.abs(x.value))
    : unaryOp(x, "__abs__", "abs")),
  ["divmod", (a, k) => {
    fixedArgs("divmod", a, k, 2, 2);
    return binaryOp(a[0], a[1], BIN.divmod);
  }],
  ["pow", powBuiltin],
  ["round", round],
  unary("hash", (x) => normInt(hash(x))),
  unary("id", idOf),
  unary("hex", (x) => intToBase(asIndex(x), 16)),
  unary("oct", (x) => intToBase(asIndex(x), 8)),
  unary("bin", (x) => intToBase(asIndex(x), 2)),
  unary("chr", (x) => {
    // (an int argument in range, the usual call: an int is a JS number, a bool is not)
    if (typeof x === "number" && x >= 0 && x <= 0x10ffff) return chrOf(x);
    const v = asCInt(x);
    if (v < 0 || v > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
    return chrOf(v);
  }),
  unary("ord", (x) => {
    const s = asStr(x);
    if (s !== null) {
      const n = x instanceof PySplitStr ? len(x) : cpLength(s);
      if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
      return codePointAt(s, 0);
    }
    if (x instanceof PyBytesObj || x instanceof PyByteArray) {
      if (x.bytes.length !== 1) throw typeError(`ord() expected a character, but string of length ${x.bytes.length} found`);
      return x.bytes[0];
    }
    throw typeError(`ord() expected string of length 1, but ${typeOf(x).name} found`);
  }),
  ["any", (a, k) => {
    fixedArgs("any", a, k, 1, 1);
    const it = iter(a[0]);
    try {
      for (let v = next(it); v !== undefined; v = next(it)) if (truthy(v)) return true;
      return false;
    } finally {
      releaseArgument(a[0]!);
    }
  }],
  ["all", (a, k) => {
    fixedArgs("all", a, k, 1, 1);
    const it = iter(a[0]);
    try {
      for (let v = next(it); v !== undefined; v = next(it)) if (!truthy(v)) return false;
      return true;
    } finally {
      releaseArgument(a[0]!);
    }
  }],
  ["format", (a, k) => {
    const [v, spec] = bindArgs("format", a, k, ["value", "format_spec"], 1, 2);
    const sp = spec === undefined ? "" : asStr(spec);
    if (sp === null) throw typeError(`format() argument 2 must be str, not ${argTypeName(spec!)}`);
    return formatObj(v!, sp);
  }],
  unary("callable", (x) => typeOf(x).lookup("__call__") !== undefined),
  ["vars", vars],
  ["dir", (a, k) => {
    fixedArgs("dir", a, k, 0, 1);
    return dirOf(a);
  }],
  ["globals", (a, k) => {
    fixedArgs("globals", a, k, 0, 0);
    return currentFrame()?.globals ?? new PyDict();
  }],
  ["locals", (a, k) => {
    fixedArgs("locals", a, k, 0, 0);
    const f = currentFrame();
    return f ? frameLocals(f) : new PyDict();
  }],
  ["__build_class__", buildClass],
  ["input", input],
  ["exec", (a, k) => execEval("exec", a, k)],
  ["eval", (a, k) => execEval("eval", a, k)],
  ["compile", compileBuiltin],
  ["breakpoint", (a, k) => {
    const hook = interp.sys.dict.getStr("breakpointhook");
    if (hook === undefined) throw newExc(RuntimeError, "lost sys.breakpointhook");
    return call(hook, a, k);
  }],
  ["aiter", (a, k) => {
    fixedArgs("aiter", a, k, 1, 1);
    const f = typeOf(a[0]).lookup("__aiter__");
    if (f === undefined) throw typeError(`'${typeOf(a[0]).name}' object is not an async iterable`);
    return callDescr(f, a[0], []);
  }],
  ["anext", (a, k) => {
    fixedArgs("anext", a, k, 1, 2);
    const f = typeOf(a[0]).lookup("__anext__");
    if (f === undefined) throw typeError(`'${typeOf(a[0]).name}' object is not an async iterator`);
    const awaitable = callDescr(f, a[0], []);
    if (a.length === 1) return awaitable;
    return new PyAnextAwaitable(awaitable, a[1]);
  }],
];
import { StopIteration } from "../objects/index.ts";
const stopIterT = () => StopIteration;
export {
  issubclassCheck, callFunction, PyModule, PyMappingProxy, cpCmp, attributeError, AttributeError, ImportError, ModuleNotFoundError,
  SyntaxErrorT, PyBuiltinFunction, PyBaseException, Ellipsis, ObjectType, StrType, DictType, isInstance, typeNew, typeGetattr,
};
