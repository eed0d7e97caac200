// frame.clear() (Objects/frameobject.c's frame_clear): drops what a frame holds, its local variables,
// cells, value stack and trace function, so that they can be freed while the frame itself is kept,
// as traceback.clear_frames does for each frame of a traceback. A frame still executing cannot be
// cleared; a suspended generator's frame first has its generator finalized (closed as if dropped).
import { type Frame, type PyObj, PyGen, None, runtimeError, genClose, setClearFrame, defMethods, GeneratorType, CoroutineType, AsyncGeneratorType } from "../objects/index.ts";
import { CO_COROUTINE } from "../bytecode/flags.ts";
import { reportingUnraisable } from "./gen-finalize.ts";
import { currentFrame } from "../builtins/functions.ts";

/** Whether `f` is running: a generator's frame while its generator runs, any other frame while on the call stack. */
function isExecuting(f: Frame): boolean {
  if (f.gen instanceof PyGen) return f.gen.running;
  for (let x = currentFrame(); x !== null; x = x.back) if (x === f) return true;
  return false;
}

/**
 * _PyGen_Finalize: closes a generator that has not finished, reporting an exception from close() as
 * unraisable. A coroutine never awaited is not closed (CPython warns that it was never awaited,
 * which dislab does not); its cleared frame cannot run, so it counts as finished.
 */
function finalizeGen(g: PyGen): void {
  if (g.finished) return;
  if (!g.started && g.frame.code.co.co_flags & CO_COROUTINE) {
    g.finish();
    return;
  }
  reportingUnraisable(g, () => genClose(g));
}

function clearFrame(f: Frame): void {
  if (isExecuting(f)) throw runtimeError("cannot clear an executing frame");
  if (f.gen instanceof PyGen) finalizeGen(f.gen);
  // (f_locals then reads {} for a function's frame: the dict is refreshed from these slots;
  // a module or class body's own namespace is not the frame's to clear)
  f.fast.fill(undefined);
  if (f.cells.length !== 0) f.cells = [];
  f.stack.fill(undefined as unknown as PyObj);
  f.sp = 0;
  if (f.blockType.length !== 0) f.blockType.length = f.blockHandler.length = f.blockLevel.length = 0;
  if (f.trace !== None) f.trace = None;
}

setClearFrame(clearFrame);

// tp_finalize's slot wrapper (wrap_del): `g.__del__()` finalizes the generator as the collector would
for (const T of [GeneratorType, CoroutineType, AsyncGeneratorType]) {
  defMethods(T, [["__del__", (s) => (finalizeGen(s as PyGen), None), 0, 0]]);
}
