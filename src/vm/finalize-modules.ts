// Py_FinalizeEx's finalize_modules, as far as a program can see it: after atexit's callbacks and
// the first flush of the standard streams (Session.finalize), sys's special names are cleared and
// its streams restored, the uncaught exception's frames go with sys.last_value and
// sys.last_traceback, builtins are restored from the copy made at start-up, and __main__ is let go
// of, closing the suspended generators it held (gen-finalize.ts closeAtExit).
import { type PyObj, type PyDict, None } from "../objects/index.ts";
import type { Interp } from "./interp.ts";
import { closeAtExit, releaseUncaught } from "./gen-finalize.ts";

/** sys's names finalize_modules clears (or restores, or empties) before __main__'s objects are finalized. */
const CLEARED_AT_EXIT = new Set([
  "path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback", "path_hooks", "path_importer_cache", "meta_path",
  "__interactivehook__", "stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__", "modules",
]);

/**
 * finalize_modules for interpreter `I` whose __main__ has globals `main`: `builtinsCopy` is
 * interp->builtins_copy, the builtins as made before site's names and the program's changes.
 */
export function finalizeModules(I: Interp, main: PyDict, builtinsCopy: readonly (readonly [PyObj, PyObj])[]): void {
  const sys = I.sys.dict;
  // what outlives the collection that finalizes __main__
  const alive: PyObj[] = [];
  for (const e of sys.entries()) if (typeof e.key !== "string" || !CLEARED_AT_EXIT.has(e.key)) alive.push(e.value);
  alive.push(...[I.traceFunc, I.profileFunc, ...I.asyncgenHooks, ...I.signalHandlers.values()].filter((x) => x !== null));
  // finalize_modules_delete_special: builtins._ and some of sys's names become None, the
  // uncaught exception's frames going with sys.last_value and sys.last_traceback
  const lastValue = sys.getStr("last_value");
  const lastTb = sys.getStr("last_traceback");
  I.builtins.setStr("_", None);
  for (const name of ["path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback"]) sys.setStr(name, None);
  releaseUncaught(lastValue, lastTb, [main, ...alive]);
  for (const name of ["path_hooks", "path_importer_cache", "meta_path", "__interactivehook__"]) sys.setStr(name, None);
  // and the standard streams are restored from sys.__stdin__ and the others
  for (const name of ["stdin", "stdout", "stderr"]) {
    const orig = sys.getStr(`__${name}__`);
    if (orig !== undefined) sys.setStr(name, orig);
  }
  // (sys.modules is cleared, not modelled but for tracebacks; finalize_restore_builtins)
  I.modulesGone = true;
  I.builtins.clear();
  for (const [k, v] of builtinsCopy) I.builtins.set(k, v);
  closeAtExit(main, alive);
}
