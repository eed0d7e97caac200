// Calling Python functions (Python/ceval.c _PyEval_MakeFrameVector): binding vectorcall
// arguments to a new frame's fast locals with 3.10's error messages (which name the function by
// its __qualname__), cells and free variables, and generator/coroutine creation for code objects
// with CO_GENERATOR / CO_COROUTINE / CO_ASYNC_GENERATOR.
import {
  type PyObj, PyFunction, PyDict, PyCell, Frame, PyGen, tuple, None, typeError, GeneratorType, CoroutineType, AsyncGeneratorType, repr,
  builtinsFromValue,
} from "../objects/index.ts";
import type { PyCode } from "../objects/code.ts";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS } from "../bytecode/flags.ts";
import { interp } from "./interp.ts";

export const GEN_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/**
 * A frame for `func` called by the eval loop with the `argc` positional arguments at
 * stack[from...]: the usual call (exactly co_argcount of them, or fewer and the rest from the
 * defaults, no *args, **kwargs or keyword-only parameters) copies them straight into the fast
 * locals, without an argument array.
 */
export function frameFromStack(func: PyFunction, stack: PyObj[], from: number, argc: number): Frame {
  const code = func.code;
  const argcount = code.co.co_argcount;
  if (code.simpleArgs) {
    if (argc === argcount) return simpleFrame(func, code, undefined, stack, from, argc);
    if (argc < argcount && argc >= argcount - (func.defaults?.length ?? 0)) return defaultsFrame(func, code, stack, from, argc);
  }
  if (argc >= argcount && code.starArgsOnly) return starArgsFrame(func, code, undefined, stack, from, argc);
  return bindFrame(func, stackArgs(stack, from, argc), null);
}

/**
 * The n values at stack[from...] as a new array (a call's arguments, a display's items): literals
 * for the usual few, as Array.prototype.slice is a builtin call that costs more than copying them.
 * (Their elements kind follows the values, as the compiled tier's spelled-out literals' do; making
 * them all of the general kind, as slices of the stack are, measured worse: dict_str +2.8%.)
 */
export function stackArgs(stack: PyObj[], from: number, n: number): PyObj[] {
  switch (n) {
    case 0:
      return [];
    case 1:
      return [stack[from]!];
    case 2:
      return [stack[from]!, stack[from + 1]!];
    case 3:
      return [stack[from]!, stack[from + 1]!, stack[from + 2]!];
    default:
      return stack.slice(from, from + n);
  }
}

/** A frame whose parameters are exactly `self` (unless undefined) and the n values at src[from...]. */
function simpleFrame(func: PyFunction, code: PyCode, self: PyObj | undefined, src: PyObj[], from: number, n: number): Frame {
  const f = newFrame(func, code);
  const fast = f.fast;
  let k = 0;
  if (self !== undefined) fast[k++] = self;
  for (let i = 0; i < n; i++) fast[k++] = src[from + i];
  if (code.ncells !== 0) bindCells(f, func);
  return f;
}

/**
 * A frame whose parameters are exactly the n values at src[from...] and then the last of its
 * defaults (a call leaving out parameters that have defaults), without bindFrame's argument array.
 */
function defaultsFrame(func: PyFunction, code: PyCode, src: PyObj[], from: number, n: number): Frame {
  const f = newFrame(func, code);
  const fast = f.fast;
  for (let i = 0; i < n; i++) fast[i] = src[from + i];
  const defaults = func.defaults!;
  const argcount = code.co.co_argcount;
  for (let k = n, d = defaults.length - (argcount - n); k < argcount; k++, d++) fast[k] = defaults[d];
  if (code.ncells !== 0) bindCells(f, func);
  return f;
}

/**
 * A frame for code whose parameters are positional ones and *args, called with `self` (unless
 * undefined; then there is at least one positional parameter) and the n values at src[from...],
 * at least as many as the positional parameters (`def __exit__(self, *exc)`, wrappers'
 * `*args`): the rest become the *args tuple.
 */
function starArgsFrame(func: PyFunction, code: PyCode, self: PyObj | undefined, src: PyObj[], from: number, n: number): Frame {
  const f = newFrame(func, code);
  const fast = f.fast;
  const argcount = code.co.co_argcount;
  let k = 0;
  if (self !== undefined) fast[k++] = self;
  let i = from;
  while (k < argcount) fast[k++] = src[i++];
  fast[k] = tuple(src.slice(i, from + n));
  if (code.ncells !== 0) bindCells(f, func);
  return f;
}

/** A new frame for a call of `func`: one of its code's spare frames (Frame.retire) if it has one. */
function newFrame(func: PyFunction, code: PyCode): Frame {
  const builtins = func.builtins ?? (func.builtins = builtinsFor(func.globals));
  const f = code.spare;
  if (f === null) return new Frame(code, func.globals, builtins, null);
  code.spare = f.nextSpare;
  code.spares--;
  f.nextSpare = null;
  f.retired = false;
  // functions made by exec in other namespaces share code objects
  f.globals = func.globals;
  f.builtins = builtins;
  return f;
}

/**
 * A frame for `func` called from native code with `self` (unless undefined) and the one argument
 * `x` (a map's function, a sort's key, a binary operator's method), or null unless those are
 * exactly its plain parameters: no argument array.
 */
export function frameOf1(func: PyFunction, self: PyObj | undefined, x: PyObj): Frame | null {
  const code = func.code;
  const k = self === undefined ? 0 : 1;
  if (!code.simpleArgs || code.co.co_argcount !== k + 1) return null;
  const f = newFrame(func, code);
  if (self !== undefined) f.fast[0] = self;
  f.fast[k] = x;
  if (code.ncells !== 0) bindCells(f, func);
  return f;
}

/**
 * A frame for `func` called with (args, kwnames), arguments bound, after `self` unless it is
 * undefined (a method's: not copied into a new argument array first).
 */
export function makeFrame(func: PyFunction, self: PyObj | undefined, args: PyObj[], kwnames: readonly string[] | null): Frame {
  const code = func.code;
  const first = self === undefined ? 0 : 1;
  // the common call (exactly the positional parameters) stays small enough for V8 to inline
  if (kwnames === null || kwnames.length === 0) {
    const argcount = code.co.co_argcount;
    if (args.length + first === argcount && code.simpleArgs) return simpleFrame(func, code, self, args, 0, args.length);
    // (self is a positional parameter's, not the first of *args)
    if (args.length + first >= argcount && argcount >= first && code.starArgsOnly) return starArgsFrame(func, code, self, args, 0, args.length);
  }
  return bindFrame(func, first === 0 ? args : [self!, ...args], kwnames);
}

/** makeFrame's binding of keyword, default, *args and **kwargs parameters. */
function bindFrame(func: PyFunction, args: PyObj[], kwnames: readonly string[] | null): Frame {
  const code = func.code;
  const co = code.co;
  const f = newFrame(func, code);
  const fast = f.fast;
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const argcount = co.co_argcount;
  const kwonly = co.co_kwonlyargcount;
  const flags = co.co_flags;
  const varnames = co.co_varnames;
  const qn = func.qualname;
  // fast path: exact positional call, no defaults needed
  if (nkw === 0 && npos === argcount && code.simpleArgs) {
    for (let i = 0; i < npos; i++) fast[i] = args[i];
  } else {
    const total = argcount + kwonly;
    let kwdict: PyDict | null = null;
    if (flags & CO_VARKEYWORDS) {
      kwdict = new PyDict();
      fast[total + (flags & CO_VARARGS ? 1 : 0)] = kwdict;
    }
    const n = Math.min(npos, argcount);
    for (let i = 0; i < n; i++) fast[i] = args[i];
    if (flags & CO_VARARGS) fast[total] = tuple(args.slice(n, npos));
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const v = args[npos + k];
      let idx = -1;
      for (let j = co.co_posonlyargcount; j < total; j++) if (varnames[j] === name) {
        idx = j;
        break;
      }
      if (idx < 0) {
        if (kwdict === null) throw unexpectedKeyword(code, qn, kwnames!, name);
        kwdict.setStr(name, v);
        continue;
      }
      if (fast[idx] !== undefined) throw typeError(`${qn}() got multiple values for argument '${name}'`);
      fast[idx] = v;
    }
    if (!(flags & CO_VARARGS) && npos > argcount) {
      const defaults = func.defaults?.length ?? 0;
      let kwonlyGiven = 0;
      for (let k = 0; k < nkw; k++) {
        const idx = varnames.indexOf(kwnames![k]);
        if (idx >= argcount && idx < total) kwonlyGiven++;
      }
      const takes = defaults ? `from ${argcount - defaults} to ${argcount}` : `${argcount}`;
      const word = defaults ? "positional arguments" : argcount === 1 ? "positional argument" : "positional arguments";
      const given = kwonlyGiven
        ? `${plural(npos, "positional argument")} (and ${plural(kwonlyGiven, "keyword-only argument")}) were given`
        : `${npos} ${npos === 1 ? "was" : "were"} given`;
      throw typeError(`${qn}() takes ${takes} ${word} but ${given}`);
    }
    if (npos < argcount) {
      const defaults = func.defaults;
      const nd = defaults ? defaults.length : 0;
      const firstDefault = argcount - nd;
      const missing: string[] = [];
      for (let i = npos; i < firstDefault; i++) if (fast[i] === undefined) missing.push(varnames[i]);
      if (missing.length) throw typeError(`${qn}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${nameList(missing)}`);
      for (let i = Math.max(npos, firstDefault); i < argcount; i++) if (fast[i] === undefined) fast[i] = defaults![i - firstDefault];
    }
    if (kwonly) {
      const missing: string[] = [];
      for (let i = argcount; i < total; i++) {
        if (fast[i] !== undefined) continue;
        const d = func.kwdefaults?.getStr(varnames[i]);
        if (d !== undefined) fast[i] = d;
        else missing.push(varnames[i]);
      }
      if (missing.length) throw typeError(`${qn}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? "" : "s"}: ${nameList(missing)}`);
    }
  }
  if (code.ncells !== 0) bindCells(f, func);
  if (code.callLocals) f.locals = func.globals;
  return f;
}

/**
 * The error for keyword `name`, which no parameter takes, in a call of a function without
 * **kwargs: if any keyword of the call names a positional-only parameter, those parameters, in
 * their order (as _PyEval_MakeFrameVector checks at the first keyword it cannot place).
 */
function unexpectedKeyword(code: PyCode, qn: string, kwnames: readonly string[], name: string): PyObj {
  const varnames = code.co.co_varnames;
  const posonly: string[] = [];
  for (let j = 0; j < code.co.co_posonlyargcount; j++) if (kwnames.includes(varnames[j])) posonly.push(varnames[j]);
  if (posonly.length) return typeError(`${qn}() got some positional-only arguments passed as keyword arguments: '${posonly.join(", ")}'`);
  return typeError(`${qn}() got an unexpected keyword argument '${name}'`);
}

/** The frame's cells: a new one per cell variable (holding the argument of that name, if any), then the closure's. */
function bindCells(f: Frame, func: PyFunction): void {
  const code = func.code;
  const fast = f.fast;
  const cells = f.cells;
  const ncell = code.co.co_cellvars.length;
  const nargs = code.nargs;
  // by index: a reused frame (Frame.retire) has its previous call's cells there
  for (let i = 0; i < ncell; i++) {
    const ai = code.cellIndex[i];
    if (ai >= 0 && ai < nargs) {
      cells[i] = new PyCell(fast[ai]);
      fast[ai] = undefined;
    } else cells[i] = new PyCell();
  }
  const closure = func.closure!;
  const nfree = code.co.co_freevars.length;
  for (let i = 0; i < nfree; i++) cells[ncell + i] = closure[i] as PyCell;
}

/** _PyEval_BuiltinsFromGlobals: the frame builtins for functions and code run with these globals. */
export function builtinsFor(globals: PyDict): PyDict {
  const b = globals.getStr("__builtins__");
  return b === undefined ? interp.builtins : builtinsFromValue(b);
}

/** A generator/coroutine object for a frame whose code has a generator flag. */
export function makeGen(func: PyFunction, f: Frame): PyGen {
  const flags = f.code.co.co_flags;
  const cls = flags & CO_COROUTINE ? CoroutineType : flags & CO_ASYNC_GENERATOR ? AsyncGeneratorType : GeneratorType;
  const g = new PyGen(cls, f, func.name, func.qualname);
  f.gen = g;
  return g;
}
export { None, repr };
