// When code objects move to the compiled tier (emit.ts): runFrame counts each entry into a frame
// of a code object and each backward jump in it (PyCode.heat), and compiles the code once the
// count reaches jitPolicy.hot. A compiled function starts in V8's own bytecode interpreter, slower
// than runFrame's loop, until V8 optimises it, which takes some ten thousand instructions:
// compiling code that runs a few times (most of what imports run) costs more than it saves, so
// only code that has run a thousand calls or loop iterations is compiled. (With runFrame kept in
// V8's baseline code, as the `dislab` command keeps it, 300 and 30 were measured too: a tenth fewer
// instructions for some benchmark programs, up to half again as many for `import json`.)
import type { PyCode } from "../../objects/index.ts";
import { compileCode } from "./emit.ts";

/** `hot`: the count at which code is compiled (tests set 1 to compile everything that runs). */
export const jitPolicy = { hot: 1000 };
/** Code objects compiled, refused (something the tier does not take), and failed (a bug: the generated text did not compile). */
export const jitStats = { compiled: 0, refused: 0, failed: 0, lastFailure: "" };
/** heat of a code object that was compiled or refused: never counts up to jitPolicy.hot again. */
const SETTLED = -(2 ** 30);

/** Compiles `code` (runFrame calls this for interpreters whose Interp.jit is set); whether it now has compiled code. */
export function tierUp(code: PyCode): boolean {
  code.heat = SETTLED;
  try {
    code.jit = compileCode(code);
    if (code.jit === null) jitStats.refused++;
    else jitStats.compiled++;
  } catch (e) {
    // a bug in emit.ts, or `new Function` refused: a page whose Content-Security-Policy forbids
    // it, which then refuses every compilation, so none is tried again. Either way the code stays
    // interpreted, which is correct.
    jitStats.failed++;
    jitStats.lastFailure = `${code.co.co_name}: ${String(e)}`;
    if (e instanceof EvalError) jitPolicy.hot = Infinity;
    code.jit = null;
  }
  return code.jit !== null;
}
