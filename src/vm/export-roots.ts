// The reachability walk behind buffer exports (src/objects/buffer-exports.ts, design §9): which
// unreleased memoryviews of an exporter the running program can still reach. It starts from the
// running frame and its callers, sys.modules, builtins and the exception being handled, and follows
// the JS object graph (everything a program can name is reachable from these; generators and their
// frames through the objects that hold them). It only errs towards not finding a view: value stacks
// are skipped (the eval loop keeps their live height in a register, so entries above it may be stale
// temporaries) and native closures cannot be looked into.
import { setExportWalker, BufferHold, type Export } from "../objects/buffer-exports.ts";
import { Frame, PyGen, PyType, PyMemoryView, PyMethodDescr, PyClassMethodDescr, PyGetSetDescr, PyCode, type PyObj } from "../objects/index.ts";
import { CodeObject } from "../bytecode/code.ts";
import { interp } from "./interp.ts";

/** Native objects that hold no program data: the walk does not look inside them. */
const OPAQUE = new Set<unknown>([PyMethodDescr, PyClassMethodDescr, PyGetSetDescr, PyCode, CodeObject]);

function roots(): unknown[] {
  const I = interp as unknown as { frame?: unknown; modules?: unknown; builtins?: unknown; excInfo?: unknown; excTb?: unknown; sys?: unknown };
  return [I.frame, I.modules, I.builtins, I.excInfo, I.excTb, I.sys];
}

function reachableViews(exporter: PyObj): { views: Export[]; visited: number } {
  const seen = new Set<object>();
  const views: Export[] = [];
  const work: unknown[] = roots().filter((r) => r !== null && typeof r === "object");
  const push = (x: unknown) => {
    if (x !== null && typeof x === "object" && !seen.has(x)) work.push(x);
  };
  const pushPair = (v: unknown, k: unknown) => (push(k), push(v));
  while (work.length > 0) {
    const x = work.pop() as object;
    if (seen.has(x)) continue;
    seen.add(x);
    if (OPAQUE.has(x.constructor) || ArrayBuffer.isView(x) || x instanceof ArrayBuffer) continue;
    // Static types are shared by every interpreter of the process and hold no program data, but
    // their caches reach objects of earlier runs: walking them made walks grow run after run.
    if (x instanceof PyType && !x.heap) continue;
    if (x instanceof PyMemoryView || x instanceof BufferHold) {
      if (!x.released && x.exporter === exporter) views.push(x);
      else for (const k in x) push((x as unknown as Record<string, unknown>)[k]);
    } else if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) push(x[i]);
    } else if (x instanceof Frame) {
      for (const v of x.fast) push(v);
      for (const v of [x.cells, x.locals, x.globals, x.builtins, x.back, x.gen, x.savedExc, x.savedTb, x.trace, x.localsCache]) push(v);
    } else if (x instanceof PyGen && x.finished) {
      // a finished generator has dropped its frame (gi_frame is None); what else holds it counts
      for (const k in x) if (k !== "frame") push((x as unknown as Record<string, unknown>)[k]);
    } else if (x instanceof Map) {
      x.forEach(pushPair);
    } else if (x instanceof Set) {
      x.forEach(push);
    } else if (!(x instanceof WeakMap || x instanceof WeakSet || x instanceof Promise)) {
      for (const k in x) push((x as Record<string, unknown>)[k]);
    }
  }
  return { views, visited: seen.size };
}

setExportWalker(reachableViews, () => interp);
