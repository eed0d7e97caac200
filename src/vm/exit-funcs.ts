// Running atexit's callbacks (Modules/atexitmodule.c's atexit_callfuncs), kept on the Interp; the
// atexit module (src/modules/atexit.ts) registers them and Session.finalize runs them.
import { PyBaseException, call } from "../objects/index.ts";
import { interp } from "./interp.ts";
import { writeUnraisable } from "./gen-finalize.ts";

/** atexit_callfuncs: every callback, newest first; the list is empty afterwards. */
export function runExitFuncs(): void {
  const I = interp;
  while (I.exitFuncs.length > 0) {
    const cb = I.exitFuncs.pop()!;
    if (cb === null) continue; // unregistered
    try {
      call(cb.fn, cb.args, cb.kw);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      writeUnraisable(e, cb.fn, "Exception ignored in atexit callback");
    }
  }
}
