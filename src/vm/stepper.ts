// The stepping API for the lab: run a program one instruction, line, call or return at a time and
// read the frame stack at each stop (code object, offset, line, value stack, locals, cells,
// globals). It is synchronous and uses no host API, so a web page can drive it.
//
// A JavaScript call stack cannot be suspended and resumed synchronously, and the VM nests native
// calls (a generator driven by a for loop, __init__ called by type.__call__, a key function
// called by sorted), so a stop cannot pause the run. Instead every step replays the program from
// the start with a step hook (Interp.stepHook, called from src/vm/trace.ts) that counts events and
// ends the run (StopRun, which no Python handler sees) at the wanted one, after taking the
// snapshot: the objects a snapshot holds are the live objects of that run, frozen where it stopped.
// Replays see the same input: stdin is fixed and the clock replays the values the first run read,
// so a program that depends only on those behaves identically whether stepped or run. A step
// costs a run up to that point: fine for teaching-sized programs, quadratic for long ones. Each
// replay is a fresh Session (src/vm/session.ts) set up as runProgram sets one up.
import { type PyObj, type Frame, PyDict, None, repr, typeOf } from "../objects/index.ts";
import type { CodeObject } from "../bytecode/code.ts";
import { interp } from "./interp.ts";
import { StopRun, type StepEvent, type StepHook, type StepKind } from "./trace.ts";
import type { RunOptions, RunResult } from "./index.ts";
import { Session } from "./session.ts";

const dirname = (p: string): string => {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
};

export type StepMode = "instruction" | "line" | "call" | "return";

/** A value as the lab shows it: its repr (at the stop) and type name, and the live object. */
export interface ValueSnapshot {
  repr: string;
  type: string;
  value: PyObj;
}

export interface FrameSnapshot {
  code: CodeObject;
  /** co_name: the function's name, "<module>", "<listcomp>", ... */
  name: string;
  filename: string;
  /** Byte offset of the instruction about to run (the innermost frame) or running (its callers); -1 before the first. */
  offset: number;
  line: number | null;
  /** The value stack, bottom first. */
  stack: ValueSnapshot[];
  /** Fast locals of a function frame; the locals mapping of a module or class body. */
  locals: Map<string, ValueSnapshot>;
  /** Cell and free variables (closures), by name. */
  cells: Map<string, ValueSnapshot>;
  globals: Map<string, ValueSnapshot>;
  /** The frame object itself (live). */
  frame: Frame;
}

export interface StepStop {
  /** What stopped the run: an instruction about to run, a new line, a frame starting/returning, an exception raised. */
  kind: StepKind;
  /** Events counted from the start of the run (its position, the same in every replay). */
  position: number;
  /** Outermost frame first. */
  frames: FrameSnapshot[];
  /** For "return": the value returned or yielded; for "exception": the exception. */
  arg: ValueSnapshot | null;
}

export interface StepperOptions extends RunOptions {
  /** Characters kept of each repr in a snapshot (default 2000). */
  maxRepr?: number;
}

const matches = (mode: StepMode, ev: StepEvent): boolean => {
  switch (mode) {
    case "instruction":
      return ev.kind === "instruction";
    case "line":
      return ev.kind === "instruction" && ev.newLine;
    case "call":
      return ev.kind === "call";
    case "return":
      return ev.kind === "return";
  }
};

export class Stepper {
  /** The program ran to its end (result is set). */
  done = false;
  result: RunResult | null = null;
  /** Output up to the current stop (or the end). */
  stdout = "";
  stderr = "";
  private stop: StepStop | null = null;
  private position = -1;
  private readonly clock: number[] = [];
  private interruptAt = -1;

  constructor(
    private readonly source: string | Uint8Array,
    private readonly options: StepperOptions,
  ) {}

  /** Runs to the next stop of this kind; null when the program ended instead (see result). */
  step(mode: StepMode = "instruction"): StepStop | null {
    if (this.done) return null;
    this.replay((ev) => ev.position > this.position && matches(mode, ev.ev));
    return this.stop;
  }

  /** Runs to the end without stopping. */
  run(): RunResult {
    if (!this.done) this.replay(() => false);
    return this.result!;
  }

  /** The frames at the current stop, outermost first ([] before the first step and at the end). */
  frames(): FrameSnapshot[] {
    return this.stop?.frames ?? [];
  }

  /** The current stop, or null. */
  get current(): StepStop | null {
    return this.stop;
  }

  /** KeyboardInterrupt is raised in the program at the next step, as Ctrl-C would. */
  interrupt(): void {
    this.interruptAt = this.position + 1;
  }

  private replay(wanted: (e: { position: number; ev: StepEvent }) => boolean): void {
    let position = -1;
    let clockIndex = 0;
    let out = "";
    let err = "";
    let stopped: StepStop | null = null;
    const maxRepr = this.options.maxRepr ?? 2000;
    const hook = (ev: StepEvent): void => {
      if (stopped !== null) throw new StopRun("stopped");
      position++;
      // SIGINT, delivered at the next instruction boundary
      if (position === this.interruptAt) interp.interrupt();
      if (wanted({ position, ev })) {
        stopped = snapshot(ev, position, maxRepr);
        this.stdout = out;
        this.stderr = err;
        throw new StopRun("step");
      }
    };
    const result = runHooked(this.source, this.options, hook, {
      now: () => {
        // every replay reads the clock values the first one read
        if (clockIndex === this.clock.length) this.clock.push(Date.now());
        return this.clock[clockIndex++];
      },
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
    });
    if (stopped !== null) {
      this.stop = stopped;
      this.position = (stopped as StepStop).position;
      return;
    }
    this.stop = null;
    this.done = true;
    this.result = result;
    this.stdout = result.stdout;
    this.stderr = result.stderr;
  }
}

/** A run in a fresh Session, set up as runProgram sets one up, with the step hook installed. */
function runHooked(
  source: string | Uint8Array,
  o: RunOptions,
  hook: StepHook,
  io: { now: () => number; stdout: (t: string) => void; stderr: (t: string) => void },
): RunResult {
  let out = "";
  let err = "";
  const filename = o.filename;
  try {
    const session = new Session({
      argv: o.argv ?? [filename],
      path0: dirname(filename),
      path: o.path,
      stdin: o.stdin ?? "",
      onStdout: (t) => {
        out += t;
        io.stdout(t);
      },
      onStderr: (t) => {
        err += t;
        io.stderr(t);
      },
      maxSteps: o.maxSteps,
      timeout: o.timeout,
      compile: o.compile,
      readFile: o.readFile,
      fs: o.fs,
      now: io.now,
    });
    session.interp.setStepHook(hook);
    const r = session.run(source, { mode: "exec", filename, setFile: true });
    session.finalize(); // atexit's callbacks are stepped too
    return { stdout: out, stderr: err, exitCode: r.exitCode };
  } catch (e) {
    if (!(e instanceof StopRun)) throw e;
    return { stdout: out, stderr: err, exitCode: -1 };
  }
}

export interface Recording {
  /** The stops, in order, each with the output written before it. */
  stops: (StepStop & { stdout: string; stderr: string })[];
  result: RunResult;
  /** maxStops was reached: the run was ended there (result holds the output so far, exitCode -1). */
  truncated: boolean;
}

/**
 * Runs a program once and records a snapshot at every stop of one kind (design §8: the lab records
 * a run and lets the learner move through it). Cheaper than stepping (one run), but the live values
 * in early snapshots may have changed by the end; their reprs are as they were at the stop.
 */
export function recordProgram(source: string | Uint8Array, options: StepperOptions & { mode?: StepMode; maxStops?: number }): Recording {
  const mode = options.mode ?? "line";
  const maxStops = options.maxStops ?? 10_000;
  const maxRepr = options.maxRepr ?? 2000;
  const stops: Recording["stops"] = [];
  let out = "";
  let err = "";
  let position = -1;
  let truncated = false;
  let atStop: RunResult | null = null;
  const hook: StepHook = (ev) => {
    position++;
    if (!matches(mode, ev)) return;
    if (truncated) throw new StopRun("maxStops");
    if (stops.length === maxStops) {
      truncated = true;
      atStop = { stdout: out, stderr: err, exitCode: -1 };
      throw new StopRun("maxStops");
    }
    stops.push({ ...snapshot(ev, position, maxRepr), stdout: out, stderr: err });
  };
  const result = runHooked(source, options, hook, {
    now: () => Date.now(),
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  });
  // after a StopRun the session reports an internal error: the output ends where the run was cut
  return { stops, result: atStop ?? result, truncated };
}

/** Prepares a program for stepping; nothing runs until the first step(). */
export function startProgram(source: string | Uint8Array, options: StepperOptions): Stepper {
  return new Stepper(source, options);
}

function snapshot(ev: StepEvent, position: number, maxRepr: number): StepStop {
  const frames: FrameSnapshot[] = [];
  for (let f: Frame | null = ev.frame; f !== null; f = f.back) frames.push(frameSnapshot(f, maxRepr));
  frames.reverse();
  const arg = ev.kind === "return" || ev.kind === "exception" ? value(ev.arg, maxRepr) : null;
  return { kind: ev.kind, position, frames, arg };
}

function frameSnapshot(f: Frame, maxRepr: number): FrameSnapshot {
  const co = f.code.co;
  const stack: ValueSnapshot[] = [];
  for (let i = 0; i < f.sp; i++) {
    const v = f.stack[i];
    // LOAD_METHOD leaves an empty slot under a bound method: shown as CPython's NULL
    stack.push(v === undefined ? { repr: "<NULL>", type: "NULL", value: None } : value(v, maxRepr));
  }
  const locals = new Map<string, ValueSnapshot>();
  if (f.locals === null) {
    co.co_varnames.forEach((n, i) => {
      const v = f.fast[i];
      if (v !== undefined) locals.set(n, value(v, maxRepr));
    });
  } else if (f.locals instanceof PyDict) {
    for (const e of f.locals.entries()) if (typeof e.key === "string" && e.key !== "__builtins__") locals.set(e.key, value(e.value, maxRepr));
  }
  const cells = new Map<string, ValueSnapshot>();
  const cellNames = [...co.co_cellvars, ...co.co_freevars];
  cellNames.forEach((n, i) => {
    const c = f.cells[i];
    if (c !== undefined && c.value !== undefined) cells.set(n, value(c.value, maxRepr));
  });
  const globals = new Map<string, ValueSnapshot>();
  for (const e of f.globals.entries()) if (typeof e.key === "string" && e.key !== "__builtins__") globals.set(e.key, value(e.value, maxRepr));
  const line = f.lasti < 0 ? co.co_firstlineno : f.code.lineAt(f.lasti * 2);
  return {
    code: co, name: co.co_name, filename: co.co_filename, offset: f.lasti < 0 ? -1 : f.lasti * 2, line: line < 0 ? null : line,
    stack, locals, cells, globals, frame: f,
  };
}

function value(v: PyObj, maxRepr: number): ValueSnapshot {
  let r: string;
  try {
    r = repr(v);
  } catch {
    r = `<${typeOf(v).name} object (repr failed)>`;
  }
  if (r.length > maxRepr) r = r.slice(0, maxRepr) + "...";
  return { repr: r, type: typeOf(v).name, value: v };
}
