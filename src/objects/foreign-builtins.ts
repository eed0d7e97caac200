// Builtins that are not an exact dict: globals whose '__builtins__' is a dict subclass, another
// mapping, or any other object (ceval.c's LOAD_NAME, LOAD_GLOBAL and LOAD_BUILD_CLASS then look
// names up with PyObject_GetItem, a KeyError meaning "not found"; IMPORT_NAME's dict-only lookup
// fails). Frames keep a PyDict as their builtins so that the lookups' fast paths stay monomorphic:
// a ForeignBuiltins holds no entries, so every lookup in it misses and reaches builtinMiss.
import type { PyObj, PyObject } from "./object.ts";
import { PyDict } from "./dict.ts";
import { DictType, ModuleType, None } from "./builtin-types.ts";
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
export function publicBuiltins(b: PyDict): PyObj {
  return b instanceof ForeignBuiltins ? b.target : b;
}

/**
 * The names CPython's site module adds to builtins at start-up (exit, quit, help, copyright,
 * credits, license), in site.main's order. Making their values imports _sitebuiltins, and
 * _Printer's __init__ imports os, which would more than double a one-line program's start-up; so
 * `pendingSite.add(b)` gives the builtins dict b their keys at start-up, where site puts them, with
 * entries whose value is made (site-builtins.ts, by `siteHooks.makeSite`, all six at once) the
 * first time anything reads one: a global lookup, `builtins.exit`, `__builtins__['exit']` in an
 * exec'd namespace, a copy of the dict. A value stored before then stays. Making them runs Python
 * code, which tracers and profilers do not see (it stands for site's start-up work).
 */
export const siteHooks = { makeSite: (): Map<string, PyObj> => new Map() };
const SITE_NAMES = ["quit", "exit", "copyright", "credits", "license", "help"];

export const pendingSite = {
  add(b: PyDict): void {
    const slots: { name: string; value: PyObj; stored: boolean }[] = [];
    let pending = true;
    for (const name of SITE_NAMES) {
      const slot = { name, value: None as PyObj, stored: false };
      slots.push(slot);
      b.setStr(name, None);
      Object.defineProperty(b.strEntry(name)!, "value", {
        get: () => {
          if (pending) {
            pending = false;
            const made = siteHooks.makeSite();
            for (const s of slots) if (!s.stored) s.value = made.get(s.name)!;
          }
          return slot.value;
        },
        set: (v: PyObj) => {
          slot.value = v;
          slot.stored = true;
        },
      });
    }
  },
};

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
