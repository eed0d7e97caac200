// Buffer exports (bytearray's ob_exports, BytesIO's exports): CPython refuses to resize an object
// while a memoryview of it is alive ("Existing exports of data: object cannot be re-sized"), and a
// view stops being alive when it is released or its last reference goes. dislab has no refcounts,
// so a count of unreleased views alone would refuse resizes CPython allows
// (`memoryview(ba)[0]; ba.append(1)`). Instead the count is only a cheap "maybe": when a resize
// finds unreleased views, a reachability walk from the running program's roots (frames' locals and
// cells, module globals, the exception being handled: src/vm/export-roots.ts; design §9) looks for one of them. Views it
// cannot reach are garbage in CPython's terms too and stop counting; if one is reachable the resize
// raises BufferError. The walk never looks where it cannot be sure (value stacks, whose live
// height the eval loop keeps in a register, and native closures), so it may miss a live view and
// allow a resize CPython would refuse, but it never refuses one CPython allows.
import type { PyObj } from "./object.ts";
import { newExc, BufferError } from "./exceptions.ts";

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

/** The exporter of each view not yet released. */
const exporterOf = new WeakMap<Export, PyObj>();

export function addExport(obj: PyObj, view: Export): void {
  let e = exportsOf.get(obj as object);
  if (e === undefined) exportsOf.set(obj as object, (e = { count: 0, epoch: 0 }));
  e.count++;
  view.exportEpoch = e.epoch;
  exporterOf.set(view, obj);
}
export function releaseExport(obj: PyObj, view: Export): void {
  exporterOf.delete(view);
  const e = exportsOf.get(obj as object);
  if (e !== undefined && view.exportEpoch === e.epoch) e.count--;
}


/**
 * An export held by a native object rather than a memoryview (an re scanner holds its subject's
 * buffer until it is freed): counted while unreleased and reachable, as a view is.
 */
export class BufferHold implements Export {
  exportEpoch = 0;
  released = false;
  constructor(public exporter: PyObj) {
    addExport(exporter, this);
  }
  release(): void {
    if (this.released) return;
    this.released = true;
    releaseExport(this.exporter, this);
  }
}

/** The VM's reachability walk: every unreleased view of an exporter the program can still reach. */
let reachableViews: (exporter: PyObj) => { views: Export[]; visited: number } = () => ({ views: [], visited: 0 });
/** The running interpreter's account: instructions run, and objects its walks have visited. */
export interface WalkAccount {
  steps: number;
  exportsWalked: number;
}
let account: () => WalkAccount = () => ({ steps: 0, exportsWalked: 0 });
/** Installed by src/vm/export-roots.ts, with the running interpreter's account that bounds the walks. */
export function setExportWalker(walk: typeof reachableViews, acct: typeof account): void {
  reachableViews = walk;
  account = acct;
}

/**
 * The walks' budget, in objects visited: a fixed allowance plus a share of the instructions run,
 * so a loop that resizes a bytearray after every temporary view cannot spend most of its time
 * walking. Past it, a resize is allowed without a walk (the direction that never raises falsely).
 */
const WALK_ALLOWANCE = 2_000_000;
const WALK_PER_INSTRUCTION = 0.5;

/** Whether `obj` has a view the running program can still reach (counting only those from now on). */
export function hasLiveExports(obj: PyObj): boolean {
  const e = exportsOf.get(obj as object);
  if (e === undefined || e.count === 0) return false;
  // per interpreter, so one program's walks do not use up the next one's allowance
  const a = account();
  if (a.exportsWalked > WALK_ALLOWANCE + WALK_PER_INSTRUCTION * a.steps) return false;
  const { views, visited } = reachableViews(obj);
  a.exportsWalked += visited;
  e.epoch++;
  e.count = views.length;
  for (const v of views) v.exportEpoch = e.epoch;
  return views.length > 0;
}

/**
 * The resize check of bytearray and BytesIO (_canresize, CHECK_EXPORTS). `arg`, the argument of the
 * resizing method, counts as alive if it is an unreleased view of `obj` (`ba[:2] = memoryview(ba)`),
 * whatever the walk finds, as CPython's reference from the call's arguments keeps it.
 */
export function checkResizable(obj: PyObj, arg?: PyObj): void {
  if ((arg !== undefined && exporterOf.get(arg as unknown as Export) === obj) || hasLiveExports(obj)) throw exportsError();
}
export const exportsError = () => newExc(BufferError, "Existing exports of data: object cannot be re-sized");
