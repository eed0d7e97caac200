// Entry points the object layer needs from the VM (layer 3), filled in by src/vm when it loads, so
// objects/ never imports vm/ (docs/architecture.md layering). CPython needs no such seam: its
// abstract.c calls ceval directly.
import type { PyObj } from "./object.ts";
import type { PyDict } from "./dict.ts";
import { markMutable } from "../support/v8-shapes.ts";

export interface VmHooks {
  /**
   * Calls a Python function (PyFunction) with vectorcall arguments, after `self` unless it is
   * undefined (a method's call without a new argument array), running a nested eval loop.
   */
  callFunction(func: PyObj, self: PyObj | undefined, args: PyObj[], kwnames: readonly string[] | null): PyObj;
  /** callFunction(func, self, [x], null), without the array where it can. */
  callFunction1(func: PyObj, self: PyObj | undefined, x: PyObj): PyObj;
  /** The exception currently being handled (sys.exc_info()[1]), or null. */
  currentException(): PyObj | null;
  /** Resumes a generator-like object: returns the yielded value or throws / signals return. */
  resume(gen: PyObj, value: PyObj, exc: PyObj | null): { done: boolean; value: PyObj };
  /** next() on a generator object: the yielded value, or undefined when it returned (the value in lastStopValue). */
  genNext(gen: PyObj): PyObj | undefined;
  /** __name__ in the globals of the running Python frame (type() uses it for __module__). */
  callerModuleName(): PyObj | undefined;
  /** import NAME (for copyreg in object.__reduce_ex__). */
  importModule(name: string): PyObj;
  /** sys.set_asyncgen_hooks' [firstiter, finalizer] of the running interpreter (replaced in place). */
  asyncgenHooks(): [PyObj, PyObj];
  /** -b / -bb of the running interpreter (sys.flags.bytes_warning): 0, 1 or 2. */
  bytesWarning(): number;
  /** The builtins a function or frame with these globals runs with (_PyEval_BuiltinsFromGlobals). */
  builtinsFor(globals: PyDict): PyDict;
}

/** The recursion depth shared by Python frames and recursive native operations (repr, ...). */
export const recursion = { depth: 0, limit: 1000, where: "" };
// set by the first Python frame to return, after its loop may have been optimised
markMutable(recursion, { where: " " });

export const vm: VmHooks = {
  callFunction: () => {
    throw new Error("VM not initialised");
  },
  callFunction1: () => {
    throw new Error("VM not initialised");
  },
  currentException: () => null,
  callerModuleName: () => undefined,
  importModule: () => {
    throw new Error("VM not initialised");
  },
  resume: () => {
    throw new Error("VM not initialised");
  },
  genNext: () => {
    throw new Error("VM not initialised");
  },
  bytesWarning: () => 0,
  builtinsFor: () => {
    throw new Error("VM not initialised");
  },
  asyncgenHooks: () => {
    throw new Error("VM not initialised");
  },
};
