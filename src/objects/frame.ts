// Frames and tracebacks (Objects/frameobject.c, Python/traceback.c). A Frame is the VM's
// activation record and also the Python-visible frame object: code, globals, builtins, locals
// mapping (module/class bodies), fast locals, cells, the value stack, the block stack of 3.10
// (SETUP_FINALLY / SETUP_WITH / EXCEPT_HANDLER) and the link to the caller. Frames are plain data,
// so the lab can read them between any two instructions (design §4, §8).
import { PyObject, type PyObj } from "./object.ts";
import { FrameType, TracebackType, None } from "./builtin-types.ts";
import type { PyCode } from "./code.ts";
import type { PyDict } from "./dict.ts";
import type { PyCell } from "./cell.ts";
import { asMembers, defGetters, defMethods, bindArgs } from "./function.ts";
import { PyDict as Dict } from "./dict.ts";
import { addr } from "./typeobject.ts";
import { typeError, valueError, newExc, OverflowError } from "./exceptions.ts";
import { asIndex } from "./slice.ts";
import { typeOf, argTypeName } from "./protocols.ts";
import { typeSizes } from "./type-sizes.ts";
import { setLineno, TraceState } from "./frame-jump.ts";
import { publicBuiltins } from "./foreign-builtins.ts";
import { PyList } from "./list.ts";
import { packedSlots } from "../support/v8-shapes.ts";

export const enum BlockType {
  SetupFinally = 1,
  ExceptHandler = 2,
}

/**
 * The block stacks of a frame whose code has no SETUP_* instruction: nothing ever pushes onto
 * them (a handler block is pushed only where a SETUP block was popped), so all such frames share
 * these, frozen so that a mistaken push fails loudly.
 */
const NO_BLOCKS = Object.freeze([]) as unknown as number[];
/** The cells of a frame whose code has no cell or free variables. */
const NO_CELLS = Object.freeze([]) as unknown as PyCell[];

class FrameDebug {
  trace: PyObj = None;
  traceLines = true;
  traceOpcodes = false;
  traceState: TraceState = TraceState.None;
  localsCache: PyDict | null = null;
}

/**
 * The most returned frames a code object keeps for reuse: a recursive function's calls then
 * allocate none once its recursion has been this deep (CPython 3.10 keeps one "zombie" frame per
 * code object and a free list of 200 frames for all).
 */
const MAX_SPARES = 32;

export class Frame extends PyObject {
  fast: (PyObj | undefined)[];
  cells: PyCell[];
  stack: PyObj[];
  sp = 0;
  /** Index of the next instruction. */
  pc = 0;
  /** Index of the instruction being executed (f_lasti / 2). */
  lasti = -1;
  blockType: number[];
  blockHandler: number[];
  blockLevel: number[];
  back: Frame | null = null;
  /** The generator/coroutine that owns this frame, if any. */
  gen: PyObject | null = null;
  /** Set while the frame runs as the bottom of a nested eval loop. */
  isEntry = false;
  /** The exception state saved for a generator frame while it is suspended. */
  savedExc: PyObj | null = null;
  /** The traceback saved with savedExc (Interp.excTb). */
  savedTb: PyObj = None;
  /** What only traced frames and locals() need, made on first use (accessors below). */
  private debug: FrameDebug | null = null;
  /** Python code may hold this frame (expose): it is never reused for another call. */
  escaped = false;
  /**
   * Generators owned by fast locals (src/vm/gen-finalize.ts), as local index then generator, closed
   * when the frame returns; DISOWNED once Python code may see the locals (f_locals, locals(), a
   * traceback through the frame), when no generator of this frame is closed on its behalf any more.
   */
  owned: PyObj[] | null = null;
  /**
   * What `owned` held when a traceback first took the frame (its locals then reachable through
   * tb_frame, but not yet seen): let go of if the traceback is, at exit (gen-finalize.ts
   * releaseUncaught); null once Python code has seen the locals.
   */
  tbOwned: PyObj[] | null = null;
  /** How many traceback entries hold this frame and have not been let go of (src/vm/caught-finalize.ts). */
  tbRefs = 0;
  /** Python code was given this frame object (sys._getframe, f_back, gi_frame): it may outlive its traceback. */
  held = false;
  /** Whether this frame is one of its code's spares (retire), and the next of them. */
  retired = false;
  nextSpare: Frame | null = null;
  constructor(
    public code: PyCode,
    public globals: PyDict,
    public builtins: PyDict,
    public locals: PyObj | null,
  ) {
    super(FrameType);
    const co = code.co;
    this.fast = packedSlots(co.co_nlocals);
    this.cells = code.ncells === 0 ? NO_CELLS : [];
    this.stack = packedSlots(co.co_stacksize + 1);
    if (code.hasBlocks) {
      this.blockType = [];
      this.blockHandler = [];
      this.blockLevel = [];
    } else {
      this.blockType = NO_BLOCKS;
      this.blockHandler = NO_BLOCKS;
      this.blockLevel = NO_BLOCKS;
    }
  }
  // A frame is made at every call: these fields live in a FrameDebug of their own, so that the
  // frames of untraced code are smaller and quicker to make.
  private get dbg(): FrameDebug {
    return (this.debug ??= new FrameDebug());
  }
  /** frame.f_trace, f_trace_lines, f_trace_opcodes (src/vm/trace.ts). */
  get trace(): PyObj {
    return this.debug === null ? None : this.debug.trace;
  }
  set trace(v: PyObj) {
    this.dbg.trace = v;
  }
  get traceLines(): boolean {
    return this.debug === null || this.debug.traceLines;
  }
  set traceLines(v: boolean) {
    this.dbg.traceLines = v;
  }
  get traceOpcodes(): boolean {
    return this.debug !== null && this.debug.traceOpcodes;
  }
  set traceOpcodes(v: boolean) {
    this.dbg.traceOpcodes = v;
  }
  /** The event a trace function is being called for, which decides whether f_lineno may be set. */
  get traceState(): TraceState {
    return this.debug === null ? TraceState.None : this.debug.traceState;
  }
  set traceState(v: TraceState) {
    this.dbg.traceState = v;
  }
  /** The dict locals() returns for a function frame (PyFrame_FastToLocals keeps one per frame). */
  get localsCache(): PyDict | null {
    return this.debug === null ? null : this.debug.localsCache;
  }
  set localsCache(v: PyDict | null) {
    this.dbg.localsCache = v;
  }
  /**
   * Makes this returned frame its code's spare, for the next call to reuse instead of allocating
   * one (CPython keeps a "zombie" frame per code object likewise), unless Python code may hold it
   * (a traceback, sys._getframe, a trace function: expose) or it has what a new frame would not
   * share (a generator, a locals mapping). Everything a new frame starts without is cleared but
   * the cells, which the next call's binding replaces one by one (closures made by this call keep
   * theirs).
   */
  retire(): void {
    const code = this.code;
    if (this.escaped || this.gen !== null || this.locals !== null || code.spares >= MAX_SPARES) return;
    // loops, not fill(): a builtin call costs more than a few stores
    const fast = this.fast;
    for (let i = 0; i < fast.length; i++) fast[i] = undefined;
    const stack = this.stack as (PyObj | undefined)[];
    for (let i = 0; i < stack.length; i++) stack[i] = undefined;
    if (this.blockType.length !== 0) this.blockType.length = this.blockHandler.length = this.blockLevel.length = 0;
    this.sp = 0;
    this.pc = 0;
    this.lasti = -1;
    this.back = null;
    this.isEntry = false;
    this.savedExc = null;
    this.savedTb = None;
    this.debug = null;
    this.retired = true;
    this.nextSpare = code.spare;
    code.spare = this;
    code.spares++;
  }
  get line(): number {
    if (this.lasti < 0) return this.code.co.co_firstlineno;
    return this.code.lineAt(this.lasti * 2);
  }
}

/** Frame.owned of a frame whose locals Python code may hold. */
export const DISOWNED: PyObj[] = Object.freeze([]) as unknown as PyObj[];

/** `f` as a frame object for Python code (sys._getframe, f_back, gi_frame), with its callers through f_back. */
export function holdFrame(f: Frame): Frame {
  for (let x: Frame | null = f; x !== null && !x.held; x = x.back) x.held = true;
  return expose(f);
}

/** Marks `f` and its callers as reachable from Python code, so that none is reused (Frame.retire). */
export function expose(f: Frame): Frame {
  for (let x: Frame | null = f; x !== null && !x.escaped; x = x.back) x.escaped = true;
  return f;
}

export class PyTraceback extends PyObject {
  constructor(
    public next: PyObj,
    public frame: Frame,
    public lasti: number,
    public lineno: number,
  ) {
    super(TracebackType);
    expose(frame);
    frame.tbRefs++;
    // tb_frame.f_locals reaches the locals, for as long as the traceback lives
    if (frame.owned !== null && frame.owned !== DISOWNED) frame.tbOwned = frame.owned;
    frame.owned = DISOWNED;
  }
}

/** frame.f_locals, locals(): `seen` unless only the VM looks (a trace call's refresh, below). */
let localsOf: (f: Frame, seen?: boolean) => PyObj = (f) => f.locals ?? new Dict();
export const setLocalsOf = (fn: typeof localsOf) => (localsOf = fn);

/** PyFrame_FastToLocals: refreshes the dict f_locals returns for a function frame. */
export function frameFastToLocals(f: Frame): void {
  if (f.locals === null) localsOf(f, false);
}

/**
 * PyFrame_LocalsToFast(f, clear=1): copies f_locals back into the fast locals and cells, so a
 * trace function's changes to frame.f_locals take effect; a name missing from the dict unbinds
 * the local.
 */
export function frameLocalsToFast(f: Frame): void {
  const d = f.localsCache;
  if (f.locals !== null || d === null) return;
  const co = f.code.co;
  const names = co.co_varnames;
  for (let i = 0; i < names.length; i++) f.fast[i] = d.getStr(names[i]);
  // an argument that is also a cell variable lives in its cell only
  for (const ai of f.code.cellIndex) if (ai >= 0) f.fast[ai] = undefined;
  const ncell = co.co_cellvars.length;
  const nfree = co.co_freevars.length;
  for (let i = 0; i < ncell + nfree; i++) {
    const c = f.cells[i];
    if (c === undefined) continue;
    const v = d.getStr(i < ncell ? co.co_cellvars[i] : co.co_freevars[i - ncell]);
    if (c.value !== v) c.value = v;
  }
}

function boolAttr(name: string, v: PyObj | undefined): boolean {
  if (typeof v !== "boolean") throw typeError(`attribute value type must be bool`);
  void name;
  return v;
}

const FR = (x: PyObj) => x as Frame;

/** frame.clear(): the VM's (src/vm/frame-clear.ts), which knows which frames are executing. */
let clearFrame: (f: Frame) => void = () => {};
export const setClearFrame = (fn: typeof clearFrame) => (clearFrame = fn);

/** f_back: a generator's frame has a caller only while it runs (each resumption its own). */
function callerOf(f: Frame): PyObj {
  const back = f.back;
  if (back === null || (f.gen !== null && !(f.gen as PyObject & { running: boolean }).running)) return None;
  return holdFrame(back);
}
defGetters(FrameType, [
  ["f_code", (s) => FR(s).code],
  ["f_globals", (s) => FR(s).globals],
  ["f_builtins", (s) => publicBuiltins(FR(s).builtins)],
  ["f_locals", (s) => localsOf(FR(s))],
  ["f_back", (s) => callerOf(FR(s))],
  // an instruction without a line (a co_linetable entry of -128) reads as None
  ["f_lineno", (s) => { const n = FR(s).line; return n < 0 ? None : n; }, (s, v) => setLineno(FR(s), v)],
  // frame_getlasti: -1 before the first instruction (inspect.getgeneratorstate reads it).
  ["f_lasti", (s) => (FR(s).lasti < 0 ? -1 : FR(s).lasti * 2)],
  ["f_trace", (s) => FR(s).trace, (s, v) => (FR(s).trace = v ?? None)],
  ["f_trace_lines", (s) => FR(s).traceLines, (s, v) => (FR(s).traceLines = boolAttr("f_trace_lines", v))],
  ["f_trace_opcodes", (s) => FR(s).traceOpcodes, (s, v) => (FR(s).traceOpcodes = boolAttr("f_trace_opcodes", v))],
]);
asMembers(FrameType, ["f_back", "f_code", "f_builtins", "f_globals", "f_trace_lines", "f_trace_opcodes"]);
defMethods(FrameType, [
  ["__repr__", (s) => `<frame at ${addr(s)}, file '${FR(s).code.co.co_filename}', line ${FR(s).line}, code ${FR(s).code.co.co_name}>`, 0, 0],
  ["clear", (s) => (clearFrame(FR(s)), None), 0, 0],
  ["__sizeof__", (s) => {
    // frame_sizeof: the object (one slot included) and a slot for each stack entry, local, cell and free variable
    const co = FR(s).code.co;
    const extras = co.co_stacksize + co.co_nlocals + co.co_cellvars.length + co.co_freevars.length;
    return typeSizes(FrameType)[0] + 8 * (extras - 1);
  }, 0, 0],
]);
const TB = (x: PyObj) => x as PyTraceback;

/** tb_next_set: None or a traceback that does not lead back to this one. */
function setTbNext(self: PyTraceback, v: PyObj | undefined): void {
  if (v === undefined) throw typeError("can't delete tb_next attribute");
  if (v !== None && !(v instanceof PyTraceback)) throw typeError(`expected traceback object, got '${typeOf(v).name}'`);
  for (let cursor: PyObj = v; cursor instanceof PyTraceback; cursor = cursor.next) {
    if (cursor === self) throw valueError("traceback loop detected");
  }
  self.next = v;
}

/** A C int argument (clinic's `int`): __index__, OverflowError outside 32 bits. */
function cIntArg(x: PyObj): number {
  const v = asIndex(x);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) throw newExc(OverflowError, "Python int too large to convert to C int");
  return v;
}

const TB_PARAMS = ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"];
defGetters(TracebackType, [
  ["tb_next", (s) => TB(s).next, (s, v) => setTbNext(TB(s), v)],
  ["tb_frame", (s) => TB(s).frame],
  // lasti counts instructions (2 bytes each); a traceback built from Python may hold an odd byte offset
  ["tb_lasti", (s) => TB(s).lasti * 2],
  ["tb_lineno", (s) => TB(s).lineno],
]);
// tb_frame, tb_lasti and tb_lineno are read-only members ("readonly attribute")
asMembers(TracebackType, ["tb_frame", "tb_lasti", "tb_lineno"]);
defMethods(TracebackType, [
  // tb_dir: the four attributes, in this order
  ["__dir__", () => new PyList(["tb_frame", "tb_next", "tb_lasti", "tb_lineno"]), 0, 0],
  // tb_new: types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno), as its clinic binds them
  ["__new__", (_c, args, kw) => {
    if (args.length > 4) throw typeError(`TracebackType() takes at most 4 arguments (${args.length} given)`);
    const [next, frame, lasti, lineno] = bindArgs("TracebackType", args, kw, TB_PARAMS, 4);
    if (!(frame instanceof Frame)) throw typeError(`TracebackType() argument 'tb_frame' must be frame, not ${argTypeName(frame!)}`);
    const bytesOffset = cIntArg(lasti!);
    const line = cIntArg(lineno!);
    if (next !== None && !(next instanceof PyTraceback)) throw typeError(`expected traceback object or None, got '${typeOf(next!).name}'`);
    return new PyTraceback(next!, frame, bytesOffset / 2, line);
  }],
]);
TracebackType.ns.set("__doc__", "TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)\n--\n\nCreate a new traceback object.");
