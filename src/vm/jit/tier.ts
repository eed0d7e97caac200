// When code objects move to the compiled tier (emit.ts): runFrame counts each entry into a frame
// of a code object and each backward jump in it (PyCode.heat), and compiles the code once the
// count reaches jitPolicy.hot plus jitPolicy.perInstruction for each of its instructions. A
// compiled function starts in V8's own bytecode interpreter, slower than runFrame's loop, until V8
// optimises it, and both the compiling and that warming up grow with the code's length, while the
// interpreter runs the calls before it about seven times slower than compiled code (classes_attrs,
// every code object compiled at once or none: 253M against 1,685M instructions a round). So small
// functions go over soon and long ones (a module body, sre_parse's _parse at 1,601 instructions)
// only once they have run long enough to pay for it. A flat count of 1000 left classes_attrs' four
// small methods interpreted for their first thousand calls (a tenth of its time); a flat 100
// compiled the long functions `import json` runs a few hundred times (20% more instructions).
// 100 + 3 per instruction, against 1000 (cachegrind, warm rounds, 2026-12-03): classes_attrs
// 303-314M -> 280M, calls_fib 288M -> 263M, sort_comprehensions 691M -> 624M, the other six
// within ±5%; `import json` 1,543M -> 1,550M, `import typing, dataclasses` 2,375M -> 2,403M,
// `import statistics, argparse` 2,782M -> 2,599M.
import type { PyCode } from "../../objects/index.ts";
import { compileCode } from "./emit.ts";

/** Code is compiled when its count reaches `hot` + `perInstruction` × its length in instructions. */
export const jitPolicy = { hot: 100, perInstruction: 3 };
/** Counts an entry into a frame of `code`, or a backward jump in it: whether it is now due to be compiled. */
export const warmedUp = (code: PyCode): boolean => ++code.heat >= jitPolicy.hot + jitPolicy.perInstruction * code.ops.length;
/** Compiles code at the `count`th entry or backward jump whatever its length (tests: 1 compiles everything that runs). */
export function compileAfter(count: number): void {
  jitPolicy.hot = count;
  jitPolicy.perInstruction = 0;
}
/** Code objects compiled, refused (something the tier does not take), and failed (a bug: the generated text did not compile). */
export const jitStats = { compiled: 0, refused: 0, failed: 0, lastFailure: "" };
/** heat of a code object that was compiled or refused: never counts up to its threshold again. */
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
