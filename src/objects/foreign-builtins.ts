// Builtins that are not an exact dict: globals whose '__builtins__' is a dict subclass, another
// mapping, or any other object (ceval.c's LOAD_NAME, LOAD_GLOBAL and LOAD_BUILD_CLASS then look
// names up with PyObject_GetItem, a KeyError meaning "not found"; IMPORT_NAME's dict-only lookup
// fails). Frames keep a PyDict as their builtins so that the lookups' fast paths stay monomorphic:
// a ForeignBuiltins holds no entries, so every lookup in it misses and reaches builtinMiss.
import type { PyObj, PyObject } from "./object.ts";
import { PyDict } from "./dict.ts";
import { DictType, ModuleType } from "./builtin-types.ts";
import { KeyError, PyBaseException, newExc, SystemError } from "./exceptions.ts";
import { getitem, typeOf } from "./protocols.ts";

export class ForeignBuiltins extends PyDict {
  constructor(public target: PyObj) {
    super();
  }
}

/**
 * A frame's builtins from the value of its globals' '__builtins__' (_PyEval_BuiltinsFromGlobals):
 * a module stands for its dict; an exact dict is used as it is.
 */
export function builtinsFromValue(b: PyObj): PyDict {
  if (b instanceof PyDict && b.cls === DictType) return b;
  if (typeOf(b).isSubtype(ModuleType) && (b as PyObject).dict instanceof PyDict) return (b as PyObject).dict!;
  return new ForeignBuiltins(b);
}

/** What f_builtins and function.__builtins__ show: the object itself for foreign builtins. */
export const publicBuiltins = (b: PyDict): PyObj => (b instanceof ForeignBuiltins ? b.target : b);

/**
 * A name that an exact-dict lookup did not find in builtins `b`: undefined (the caller's
 * NameError) unless `b` is foreign, which is asked with PyObject_GetItem.
 */
export function builtinMiss(b: PyDict, name: string): PyObj | undefined {
  if (!(b instanceof ForeignBuiltins)) return undefined;
  try {
    return getitem(b.target, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(KeyError)) return undefined;
    throw e;
  }
}

/** IMPORT_NAME's `__import__` lookup, _PyDict_GetItemIdWithError: any dict (no __getitem__ override), else SystemError. */
export function builtinImport(b: PyDict): PyObj | undefined {
  if (!(b instanceof ForeignBuiltins)) return b.getStr("__import__");
  if (b.target instanceof PyDict) return b.target.getStr("__import__");
  throw newExc(SystemError, "Objects/dictobject.c:1490: bad argument to internal function");
}
