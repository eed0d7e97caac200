// Buffer exports (bytearray's ob_exports, BytesIO's exports): CPython refuses to resize an object
// while a memoryview of it is alive ("Existing exports of data: object cannot be re-sized"), and a
// view stops being alive when it is released or its last reference goes. dislab has no refcounts,
// so a count of unreleased views alone would refuse resizes CPython allows
// (`memoryview(ba)[0]; ba.append(1)`). Instead the count is only a cheap "maybe": when a resize
// finds unreleased views, a reachability walk from the running program's roots (frames' locals and
// cells, module globals, the exception being handled; design §9) looks for one of them. Views it
// cannot reach are garbage in CPython's terms too and stop counting; if one is reachable the resize
// raises BufferError. The walk never looks where it cannot be sure (value stacks, whose live
// height the eval loop keeps in a register, and native closures), so it may miss a live view and
// allow a resize CPython would refuse, but it never refuses one CPython allows.
import type { PyObj } from "./object.ts";
import { newExc, BufferError } from "./exceptions.ts";
import { Frame } from "./frame.ts";
import { PyGen } from "./generator.ts";
import { PyClassMethodDescr, PyGetSetDescr, PyMethodDescr } from "./function.ts";
import { PyCode } from "./code.ts";
import { CodeObject } from "../bytecode/code.ts";

/** A view as the bookkeeping sees it: the generation of the count it is part of. */
export interface Export {
  exportEpoch: number;
}
interface Exports {
  /** Unreleased views counted in the current generation. */
  count: number;
  /** Bumped by every walk: views counted before it no longer decrement the count. */
  epoch: number;
}
const exportsOf = new WeakMap<object, Exports>();

export function addExport(obj: PyObj, view: Export): void {
  let e = exportsOf.get(obj as object);
  if (e === undefined) exportsOf.set(obj as object, (e = { count: 0, epoch: 0 }));
  e.count++;
  view.exportEpoch = e.epoch;
}
export function releaseExport(obj: PyObj, view: Export): void {
  const e = exportsOf.get(obj as object);
  if (e !== undefined && view.exportEpoch === e.epoch) e.count--;
}

let isLiveView: (x: unknown, obj: PyObj) => x is Export = (_x, _o): _x is Export => false;
/** memoryview.ts says which objects are unreleased views of an exporter. */
export const setLiveViewTest = (f: typeof isLiveView) => (isLiveView = f);
let roots: () => unknown[] = () => [];
let workDone: () => number = () => 0;
/** The VM supplies the walk's roots and its instruction count (src/vm/export-roots.ts). */
export function setExportRoots(r: typeof roots, work: typeof workDone): void {
  roots = r;
  workDone = work;
}

/**
 * The walks' budget, in objects visited: a fixed allowance plus a share of the instructions run,
 * so a loop that resizes a bytearray after every temporary view cannot spend most of its time
 * walking. Past it, a resize is allowed without a walk (the direction that never raises falsely).
 */
const WALK_ALLOWANCE = 2_000_000;
const WALK_PER_INSTRUCTION = 0.5;
let walked = 0;

/** Whether `obj` has a view the running program can still reach (counting only those from now on). */
export function hasLiveExports(obj: PyObj): boolean {
  const e = exportsOf.get(obj as object);
  if (e === undefined || e.count === 0) return false;
  if (walked > WALK_ALLOWANCE + WALK_PER_INSTRUCTION * workDone()) return false;
  const found = reachableViews(obj);
  e.epoch++;
  e.count = found.length;
  for (const v of found) v.exportEpoch = e.epoch;
  return found.length > 0;
}

/** The resize check of bytearray and BytesIO (_canresize, CHECK_EXPORTS). */
export function checkResizable(obj: PyObj): void {
  if (hasLiveExports(obj)) throw newExc(BufferError, "Existing exports of data: object cannot be re-sized");
}

/** Native objects that hold no program data: the walk does not look inside them. */
const OPAQUE = new Set<unknown>([PyMethodDescr, PyClassMethodDescr, PyGetSetDescr, PyCode, CodeObject]);

/** Every unreleased view of `obj` reachable from the roots, by a walk over the JS object graph. */
function reachableViews(obj: PyObj): Export[] {
  const seen = new Set<object>();
  const found: Export[] = [];
  const work: unknown[] = roots().filter((r) => r !== null && typeof r === "object");
  const push = (x: unknown) => {
    if (x !== null && typeof x === "object" && !seen.has(x)) work.push(x);
  };
  const pushPair = (v: unknown, k: unknown) => (push(k), push(v));
  while (work.length > 0) {
    const x = work.pop() as object;
    if (seen.has(x)) continue;
    seen.add(x);
    const ctor = x.constructor;
    if (OPAQUE.has(ctor) || ArrayBuffer.isView(x) || x instanceof ArrayBuffer) continue;
    if (isLiveView(x, obj)) {
      found.push(x);
      continue;
    }
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) push(x[i]);
    } else if (x instanceof Frame) {
      // everything but the value stack, whose entries above the live height may be stale
      for (const v of x.fast) push(v);
      for (const v of [x.cells, x.locals, x.globals, x.builtins, x.back, x.gen, x.savedExc, x.trace, x.localsCache]) push(v);
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
  walked += seen.size;
  return found;
}
