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
export function publicBuiltins(b: PyDict, makeSite = true): PyObj {
  if (b instanceof ForeignBuiltins) return b.target;
  if (makeSite) siteNameMissed(b, null);
  return b;
}

/**
 * The builtins dicts still without the names CPython's site module adds at start-up (exit, quit,
 * help, copyright, credits, license): making them imports _sitebuiltins, and _Printer's __init__
 * imports os, which would more than double a one-line program's start-up. They are made
 * (site-builtins.ts, by `makeSite`) the first time the program looks one up and misses, or looks
 * at the builtins dict itself: builtins.__dict__, f_builtins, function.__builtins__. exec() and
 * eval() put the dict in new globals without making them (a program's exec of a fresh namespace
 * would pay for it), so `__builtins__['exit']` there finds them only once made. Making them runs
 * Python code, which tracers and profilers do not see (it stands for site's start-up work).
 */
export const pendingSite = new WeakSet<PyDict>();
export const siteHooks = { makeSite: (_b: PyDict): void => {} };
const SITE_NAMES = new Set(["quit", "exit", "copyright", "credits", "license", "help"]);

/** Makes the site names in `b` if they are still pending there: whether `name` is one of them. */
export function siteNameMissed(b: PyDict, name: string | null): boolean {
  if (!pendingSite.has(b) || (name !== null && !SITE_NAMES.has(name))) return false;
  pendingSite.delete(b);
  siteHooks.makeSite(b);
  return true;
}

/**
 * A name that an exact-dict lookup did not find in builtins `b`: undefined (the caller's
 * NameError) unless `b` is foreign, which is asked with PyObject_GetItem.
 */
export function builtinMiss(b: PyDict, name: string): PyObj | undefined {
  if (!(b instanceof ForeignBuiltins)) return siteNameMissed(b, name) ? b.getStr(name) : undefined;
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
