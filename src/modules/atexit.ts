// The atexit module (Modules/atexitmodule.c, 3.10): callbacks kept per interpreter and run, last
// registered first, when the interpreter finalizes (Session.finalize, as Py_FinalizeEx's
// call_py_exitfuncs); one that raises, SystemExit included, is reported through
// sys.unraisablehook and the others still run.
import { None, typeError, typeOf, eq } from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { runExitFuncs } from "../vm/exit-funcs.ts";
import { makeModule, posFn, type Fn } from "./util.ts";

const register: Fn = (args, kw) => {
  const nkw = kw ? kw.length : 0;
  if (args.length - nkw < 1) throw typeError(`register() takes at least 1 argument (${args.length - nkw} given)`);
  const fn = args[0];
  if (typeOf(fn).lookup("__call__") === undefined) throw typeError("the first argument must be callable");
  interp.exitFuncs.push({ fn, args: args.slice(1), kw: nkw > 0 ? kw : null });
  return fn;
};

const DOCS = new Map([
  ["register", "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator."],
  ["unregister", "unregister(func) -> None\n\nUnregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered"],
  ["_clear", "_clear() -> None\n\nClear the list of previously registered exit functions."],
  ["_run_exitfuncs", "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook."],
  ["_ncallbacks", "_ncallbacks() -> int\n\nReturn the number of registered exit functions."],
]);

export function makeAtexit() {
  return makeModule("atexit", [
    ["register", register],
    ["unregister", posFn("atexit.unregister", 1, 1, ([fn]) => {
      // A removed callback leaves its slot empty, still counted by _ncallbacks (as 3.10's does).
      const cbs = interp.exitFuncs;
      for (let i = 0; i < cbs.length; i++) {
        const cb = cbs[i];
        if (cb !== null && (cb.fn === fn || eq(cb.fn, fn))) cbs[i] = null;
      }
      return None;
    })],
    ["_clear", posFn("atexit._clear", 0, 0, () => ((interp.exitFuncs = []), None))],
    ["_run_exitfuncs", posFn("atexit._run_exitfuncs", 0, 0, () => (runExitFuncs(), None))],
    ["_ncallbacks", posFn("atexit._ncallbacks", 0, 0, () => interp.exitFuncs.length)],
  ], [], "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n", DOCS);
}
