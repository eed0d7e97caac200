// Calls made by the eval loop other than its inline fast paths (a Python function with exactly its
// positional arguments, a builtin function, a method descriptor): keyword calls, bound methods,
// types, other callables, calls under a profiler, and entering a called Python frame. Out of
// runFrame's body so that the loop's compiled code stays small.
import {
  type PyObj, PyFunction, PyMethod, PyBuiltinFunction, PyMethodDescr, PyType, PyBaseException, Frame, call, typeCall, typeCall1, newExc,
  RecursionError, typeOf, getattrOpt, str, None, NO_ARGS,
} from "../objects/index.ts";
import { TypeType } from "../objects/builtin-types.ts";
import { recursion } from "../objects/hooks.ts";
import { interp } from "./interp.ts";
import { traceCall, profileCCall } from "./trace.ts";
import { makeFrame, makeGen, stackArgs, GEN_FLAGS } from "./call.ts";
import { born } from "./gen-finalize.ts";

export function recursionError(): PyBaseException {
  return newExc(RecursionError, "maximum recursion depth exceeded");
}

/**
 * A builtin function (or bound builtin method) called from the loop: as cfunction_vectorcall_*
 * does, the call counts one level of recursion, so the depth at which a chain like
 * repr() -> __repr__ -> repr() fails, and the message it fails with, are CPython's.
 */
export function callBuiltin(fn: PyBuiltinFunction, args: PyObj[], kwnames: readonly string[] | null): PyObj {
  enterBuiltin();
  try {
    return fn.fn(args, kwnames);
  } finally {
    recursion.depth--;
  }
}

/** The level of recursion a builtin's call counts (left by the caller's `finally`). */
function enterBuiltin(): void {
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    throw newExc(RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
}

/** callBuiltin of the argc arguments at stack[from...], through the function's fixed-arity form when it has one. */
export function callBuiltinAt(fn: PyBuiltinFunction, stack: PyObj[], from: number, argc: number): PyObj {
  enterBuiltin();
  try {
    if (argc === 1 && fn.fn1 !== null) return fn.fn1(stack[from]!);
    if (argc === 2 && fn.fn2 !== null) return fn.fn2(stack[from]!, stack[from + 1]!);
    return fn.fn(argc === 0 ? NO_ARGS : stackArgs(stack, from, argc), null);
  } finally {
    recursion.depth--;
  }
}

/**
 * A method descriptor called by CALL_METHOD, self and its argc - 1 arguments at stack[from...]:
 * through its fixed-arity form when it has one.
 */
export function callDescrAt(md: PyMethodDescr, stack: PyObj[], from: number, argc: number): PyObj {
  if (argc === 2 && md.fn1 !== null) return md.fn1(stack[from]!, stack[from + 1]!);
  if (argc === 3 && md.fn2 !== null) return md.fn2(stack[from]!, stack[from + 1]!, stack[from + 2]!);
  return md.fn(stack[from]!, argc === 1 ? NO_ARGS : stackArgs(stack, from + 1, argc - 1), null);
}

/** A class called with the argc arguments at stack[from...] (type.__call__). */
export function typeCallAt(t: PyType, stack: PyObj[], from: number, argc: number): PyObj {
  return argc === 1 ? typeCall1(t, stack[from]!) : typeCall(t, argc === 0 ? NO_ARGS : stackArgs(stack, from, argc), null);
}

/** A Python frame called from the loop becomes the running frame: depth check, f_back, 'call' event. */
export function enterFrame(caller: Frame, nf: Frame): Frame {
  const I = interp;
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    throw recursionError();
  }
  nf.back = caller;
  if (I.useTracing) {
    I.frame = nf;
    try {
      traceCall(nf);
    } catch (e) {
      // the trace function raised at the call: the new frame never ran
      recursion.depth--;
      I.frame = caller;
      throw e;
    }
  }
  return nf;
}

/** A builtin called while a profiler is set, with its c_call / c_return / c_exception events. */
export function profiledCall(fn: PyObj, args: PyObj[], kwnames: readonly string[] | null): PyObj {
  return profileCCall(fn, args, kwnames, () => call(fn, args, kwnames));
}
/** A method descriptor called while a profiler is set; args[0] is self. */
export function profiledDescrCall(md: PyMethodDescr, args: PyObj[]): PyObj {
  return profileCCall(md, args, null, () => md.fn(args[0], args.slice(1), null));
}

/**
 * Calls `fn` with (args, kwnames) for the instruction at f.lasti, whose operands are already
 * popped (f.sp). A Python function (also one bound in a method object) gets a frame, returned to
 * be entered by the loop, or a generator pushed; any other callable's result is pushed and null
 * returned.
 */
export function callGeneric(f: Frame, fn: PyObj, args: PyObj[], kwnames: readonly string[] | null): Frame | null {
  let self: PyObj | undefined;
  if (fn instanceof PyMethod && fn.func instanceof PyFunction) {
    self = fn.self;
    fn = fn.func;
  }
  if (fn instanceof PyFunction) {
    const nf = makeFrame(fn, self, args, kwnames);
    if (fn.code.co.co_flags & GEN_FLAGS) {
      f.stack[f.sp++] = born(makeGen(fn, nf), f, f.lasti);
      return null;
    }
    return enterFrame(f, nf);
  }
  let r: PyObj;
  if (interp.profileFunc !== null) r = profiledCall(fn, args, kwnames);
  else if (fn instanceof PyBuiltinFunction) r = callBuiltin(fn, args, kwnames);
  else if (fn instanceof PyType && fn.cls === TypeType) r = typeCall(fn, args, kwnames);
  else r = call(fn, args, kwnames);
  f.stack[f.sp++] = r;
  return null;
}

export function isCallable(x: PyObj): boolean {
  return typeOf(x).lookup("__call__") !== undefined;
}

/**
 * How CPython's messages about a call's * and ** arguments name the callable
 * (_PyObject_FunctionStr): "module.qualname()" from its __qualname__ and __module__ (no module
 * part for None or "builtins"), or just its str() when it has no __qualname__.
 */
export function funcDesc(fn: PyObj): string {
  if (fn instanceof PyMethod) return funcDesc(fn.func);
  const qualname = fn instanceof PyFunction ? fn.qualname : getattrOpt(fn, "__qualname__");
  if (qualname === undefined) return str(fn);
  const module = fn instanceof PyFunction ? fn.module : getattrOpt(fn, "__module__");
  const m = module === undefined || module === None ? null : str(module);
  return m !== null && m !== "builtins" ? `${m}.${str(qualname)}()` : `${str(qualname)}()`;
}
