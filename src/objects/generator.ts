// Generators, coroutines and async generators (Objects/genobject.c). Each owns a suspended Frame;
// the VM resumes it through hooks.resume, which runs the frame until it yields (done=false) or
// returns (done=true). send/throw/close follow 3.10's rules, including RuntimeError for a
// StopIteration escaping a generator (PEP 479) and "generator ignored GeneratorExit".
import { PyObject, type PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import { AsyncGeneratorType, AsyncGenASendType, AsyncGenAThrowType, TracebackType, CoroutineType, CoroutineWrapperType, GeneratorType, None } from "./builtin-types.ts";
import * as E from "./exceptions.ts";
import { PyBaseException, newExc, typeError, runtimeError } from "./exceptions.ts";
import { asStr, call, isInstance, repr, typeOf } from "./protocols.ts";
import { PyTuple } from "./tuple.ts";
import { arityError, defGetters, defMethods, noKwargs, byArity } from "./function.ts";
import { vm } from "./hooks.ts";
import { PyTraceback, holdFrame, type Frame } from "./frame.ts";
import { addr } from "./typeobject.ts";
import { PyType as PT } from "./type.ts";

/**
 * Generators (of every interpreter in this process) started and not yet finished, those dropped
 * while suspended included: at 0 no suspended generator exists, and interpreter exit can skip its
 * walk of every object __main__ reaches looking for them (src/vm/gen-finalize.ts closeAtExit).
 */
let startedUnfinished = 0;
export const anyGeneratorSuspended = (): boolean => startedUnfinished > 0;
/** Coroutines made and neither started nor closed: at 0 interpreter exit has none to warn about (closeAtExit). */
let unawaited = 0;
export const anyCoroutineUnawaited = (): boolean => unawaited > 0;

export class PyGen extends PyObject {
  running = false;
  /** The frame is finished (returned or raised): further sends raise StopIteration. */
  finished = false;
  started = false;
  /** Marks it started (its frame ran): it counts as suspended until finish(). */
  start(): void {
    if (this.started) return;
    this.started = true;
    startedUnfinished++;
    if (this.cls === CoroutineType && !this.finished) unawaited--;
  }
  /** Marks it finished: further sends raise StopIteration. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.started) startedUnfinished--;
    else if (this.cls === CoroutineType) unawaited--;
  }
  name: string;
  qualname: string;
  /** For yield from / await: the object being delegated to. */
  yieldFrom: PyObj | null = null;
  /** async generators: whether the last value came from `yield` (vs an awaited one). */
  awaitedValue = false;
  /**
   * Where the eval loop created it by calling a generator function (the calling frame and the
   * call's instruction index), until the next instruction looks at it: a GET_ITER right after that
   * call knows nothing else has seen the generator (src/vm/gen-finalize.ts).
   */
  bornAt: object | null = null;
  bornIndex = -1;
  /** Only a for loop's iterator slot refers to it: dropping that slot closes it, as refcounting would. */
  loopOwned = false;
  /** Async generators: an asend/athrow step is awaiting inside it (ag_running_async). */
  runningAsync = false;
  /** Async generators: aclose() began, or a step ended it (ag_closed). */
  agClosed = false;
  /** Async generators: sys.set_asyncgen_hooks' firstiter was called, and the finalizer then set. */
  hooksInited = false;
  finalizer: PyObj | null = null;
  /** Coroutines: cr_origin, the (filename, line, function) of the callers that created it, or null. */
  origin: PyObj | null = null;
  constructor(
    cls: PyType,
    public frame: Frame,
    name: string,
    qualname: string,
  ) {
    super(cls);
    this.name = name;
    this.qualname = qualname;
    if (cls === CoroutineType) unawaited++;
  }
  get kind(): string {
    return this.cls === GeneratorType ? "generator" : this.cls === CoroutineType ? "coroutine" : "async generator";
  }
}

const G = (x: PyObj) => x as PyGen;

/** gen.send(value) / next(gen): the yielded value; throws StopIteration(value) at the end. */
export function genSend(g: PyGen, value: PyObj, exc: PyBaseException | null = null): PyObj {
  const r = genResume(g, value, exc);
  if (r.done) throw r.value === None ? newExc(g.cls === AsyncGeneratorType ? E.StopAsyncIteration : E.StopIteration) : newExc(E.StopIteration, r.value);
  return r.value;
}

/** One resumption: {done, value}; exceptions from the frame propagate (with PEP 479 applied). */
export function genResume(g: PyGen, value: PyObj, exc: PyBaseException | null): { done: boolean; value: PyObj } {
  if (g.running) throw newExc(E.ValueError, `${g.kind} already executing`);
  if (g.finished) {
    if (g.cls === CoroutineType) throw runtimeError("cannot reuse already awaited coroutine");
    if (exc) throw exc;
    return { done: true, value: None };
  }
  if (!g.started && value !== None && !exc) throw typeError(`can't send non-None value to a just-started ${g.kind}`);
  g.start();
  g.running = true;
  try {
    const r = vm.resume(g, value, exc);
    if (r.done) g.finish();
    return r;
  } catch (e) {
    // the sub-iterator's `throw` could not be looked up: the generator is still suspended
    if (g.yieldFrom !== null) throw e;
    g.finish();
    throw genRaised(g, e);
  } finally {
    g.running = false;
  }
}

/**
 * What a generator's caller sees of an exception its frame raised: PEP 479 turns StopIteration
 * (and StopAsyncIteration in an async generator) into RuntimeError.
 */
export function genRaised(g: PyGen, e: unknown): unknown {
  if (e instanceof PyBaseException) {
    if (e.cls.isSubtype(E.StopIteration)) {
      const err = runtimeError(`${g.kind} raised StopIteration`);
      err.cause = e;
      err.context = e;
      err.suppressContext = true;
      return err;
    }
    if (g.cls === AsyncGeneratorType && e.cls.isSubtype(E.StopAsyncIteration)) {
      const err = runtimeError("async generator raised StopAsyncIteration");
      err.cause = e;
      err.context = e;
      err.suppressContext = true;
      return err;
    }
  }
  return e;
}

/**
 * The exception throw(typ[, val[, tb]]) raises in the generator. Bad arguments are a TypeError
 * for the caller; a class is instantiated as `raise` would (a tuple value gives its arguments),
 * and when that fails the failure is what the generator gets (3.10 normalizes the exception as it
 * is thrown in).
 */
function toException(typ: PyObj, val: PyObj | undefined, tb: PyObj | undefined): PyBaseException {
  if (tb !== undefined && tb !== None && typeOf(tb) !== TracebackType) throw typeError("throw() third argument must be a traceback object");
  let e: PyBaseException;
  if (typ instanceof PT && typ.isException) {
    if (val instanceof PyBaseException && isInstance(val, typ)) e = val;
    else {
      const args = val === undefined || val === None ? [] : val instanceof PyTuple ? [...val.items] : [val];
      try {
        const made = call(typ, args);
        if (!(made instanceof PyBaseException)) throw typeError(`calling ${repr(typ)} should have returned an instance of BaseException, not ${typeOf(made).name}`);
        e = made;
      } catch (err) {
        if (!(err instanceof PyBaseException)) throw err;
        return err;
      }
    }
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) throw typeError("instance exception may not have a separate value");
    e = typ;
  } else throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
  if (tb !== undefined && tb !== None) e.traceback = tb;
  e.exposed = true;
  return e;
}

/**
 * throw() into a generator that has not started: its body never runs, but the exception is raised
 * in its frame, at its first line (which the traceback shows), and leaves it as any other would:
 * StopIteration becomes RuntimeError (PEP 479).
 */
function throwUnstarted(g: PyGen, e: PyBaseException): never {
  g.finish();
  const f = g.frame;
  e.traceback = new PyTraceback(e.traceback, f, -1, f.code.co.co_firstlineno);
  throw genRaised(g, e);
}

export function genThrow(g: PyGen, args: PyObj[]): PyObj {
  const e = toException(args[0], args[1], args[2]);
  if (!g.started && !g.finished) throwUnstarted(g, e);
  return genSend(g, None, e);
}

export function genClose(g: PyGen): PyObj {
  if (g.finished || !g.started) {
    g.finish();
    return None;
  }
  try {
    genResumeThrow(g, newExc(E.GeneratorExit));
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls.isSubtype(E.GeneratorExit) || e.cls.isSubtype(E.StopIteration))) return None;
    throw e;
  }
  throw runtimeError(`${g.kind} ignored GeneratorExit`);
}
function genResumeThrow(g: PyGen, e: PyBaseException): void {
  const r = genResume(g, None, e);
  // (gen_send_ex: an async generator that returns raises StopAsyncIteration, which gen_close does
  // not take for a clean close, so finalizing one that returns on GeneratorExit reports it)
  if (r.done) throw newExc(g.cls === AsyncGeneratorType ? E.StopAsyncIteration : E.StopIteration);
}

/** A str to set as a generator's __name__/__qualname__ (gen_set_name); anything else is a TypeError. */
function nameValue(v: PyObj | undefined, attr: string): string {
  const n = v === undefined ? null : asStr(v);
  if (n === null) throw typeError(`${attr} must be set to a string object`);
  return n;
}
for (const T of [GeneratorType, CoroutineType, AsyncGeneratorType]) {
  const prefix = T === GeneratorType ? "gi" : T === CoroutineType ? "cr" : "ag";
  defGetters(T, [
    ["__name__", (s) => G(s).name, (s, v) => (G(s).name = nameValue(v, "__name__"))],
    ["__qualname__", (s) => G(s).qualname, (s, v) => (G(s).qualname = nameValue(v, "__qualname__"))],
    [`${prefix}_frame`, (s) => (G(s).finished ? None : holdFrame(G(s).frame))],
    // (an async generator's ag_running is 3.10's ag_running_async: true while an asend/athrow step is
    // awaiting, not only while the frame runs)
    [`${prefix}_running`, T === AsyncGeneratorType ? (s) => G(s).runningAsync : (s) => G(s).running],
    [`${prefix}_code`, (s) => G(s).frame.code],
    [T === CoroutineType ? "cr_await" : T === GeneratorType ? "gi_yieldfrom" : "ag_await", (s) => G(s).yieldFrom ?? None],
  ]);
  defMethods(T, [
    ["__repr__", (s) => `<${T.name} object ${G(s).qualname} at ${addr(s)}>`, 0, 0],
  ]);
}
defMethods(GeneratorType, [
  ["__iter__", (s) => s, 0, 0],
  ["__next__", (s) => genSend(G(s), None), 0, 0],
  byArity("send", (s, v) => genSend(G(s), v)),
  ["throw", (s, args) => genThrow(G(s), args), 1, 3],
  ["close", (s) => genClose(G(s)), 0, 0],
]);
defGetters(CoroutineType, [["cr_origin", (s) => G(s).origin ?? None]]);
defMethods(CoroutineType, [
  byArity("send", (s, v) => genSend(G(s), v)),
  ["throw", (s, args) => genThrow(G(s), args), 1, 3],
  ["close", (s) => genClose(G(s)), 0, 0],
  ["__await__", (s) => new PyCoroWrapper(G(s)), 0, 0],
]);

/** The iterator coroutine.__await__() returns (coroutine_wrapper). */
export class PyCoroWrapper extends PyObject {
  constructor(public coro: PyGen) {
    super(CoroutineWrapperType);
  }
}
defMethods(CoroutineWrapperType, [
  ["__iter__", (s) => s, 0, 0],
  ["__next__", (s) => genSend((s as PyCoroWrapper).coro, None), 0, 0],
  byArity("send", (s, v) => genSend((s as PyCoroWrapper).coro, v)),
  ["throw", (s, args) => genThrow((s as PyCoroWrapper).coro, args), 1, 3],
  ["close", (s) => genClose((s as PyCoroWrapper).coro), 0, 0],
]);

// ---- async generators: asend/athrow objects drive the generator one step per await ------------
// A value the generator awaits is passed up to the awaiting coroutine; a value it `yield`s ends
// the step with StopIteration(value). While a step is awaiting, the generator is "running async":
// a second __anext__()/asend()/athrow()/aclose() awaitable may not start (3.10's
// ag_running_async), and an asend/athrow once finished cannot be awaited again.
const INIT = 0, ITER = 1, CLOSED = 2;


/**
 * The first __anext__/asend/athrow/aclose of an async generator calls sys.set_asyncgen_hooks'
 * firstiter with it (asyncio registers it there, to close it when its loop shuts down) and keeps
 * the finalizer of that time.
 */
function initHooks(g: PyGen): void {
  if (g.hooksInited) return;
  g.hooksInited = true;
  const [firstiter, finalizer] = vm.asyncgenHooks();
  if (finalizer !== None) g.finalizer = finalizer;
  if (firstiter !== None) {
    // the hook may keep it: no longer only its async for's (src/vm/gen-finalize.ts)
    g.loopOwned = false;
    call(firstiter, [g]);
  }
}

/** One resumption of the generator for an asend/athrow: a yielded value becomes StopIteration(value). */
function unwrapStep(g: PyGen, run: () => { done: boolean; value: PyObj }): PyObj {
  let r: { done: boolean; value: PyObj };
  try {
    r = run();
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls.isSubtype(E.StopAsyncIteration) || e.cls.isSubtype(E.GeneratorExit))) g.agClosed = true;
    g.runningAsync = false;
    throw e;
  }
  if (r.done) {
    g.agClosed = true;
    g.runningAsync = false;
    throw newExc(E.StopAsyncIteration);
  }
  if (g.awaitedValue) return r.value;
  g.runningAsync = false;
  // (a yielded None ends the step with a StopIteration without args, as a returning coroutine's)
  throw r.value === None ? newExc(E.StopIteration) : newExc(E.StopIteration, r.value);
}

/** gen.throw(e) as one resumption. */
function throwStep(g: PyGen, e: PyBaseException): { done: boolean; value: PyObj } {
  if (!g.started && !g.finished) throwUnstarted(g, e);
  return genResume(g, None, e);
}

export class PyAsyncGenSend extends PyObject {
  state = INIT;
  constructor(public gen: PyGen, public value: PyObj) {
    super(AsyncGenASendType);
  }
}
function asendSend(a: PyAsyncGenSend, v: PyObj): PyObj {
  if (a.state === CLOSED) throw runtimeError("cannot reuse already awaited __anext__()/asend()");
  const g = G(a.gen);
  if (a.state === INIT) {
    if (g.runningAsync) throw runtimeError("anext(): asynchronous generator is already running");
    if (v === None) v = a.value;
    a.state = ITER;
  }
  g.runningAsync = true;
  try {
    return unwrapStep(g, () => genResume(g, v, null));
  } catch (e) {
    a.state = CLOSED;
    throw e;
  }
}
function asendThrow(a: PyAsyncGenSend, args: PyObj[]): PyObj {
  if (a.state === CLOSED) throw runtimeError("cannot reuse already awaited __anext__()/asend()");
  const g = G(a.gen);
  try {
    return unwrapStep(g, () => throwStep(g, toException(args[0], args[1], args[2])));
  } catch (e) {
    a.state = CLOSED;
    throw e;
  }
}
defMethods(AsyncGenASendType, [
  ["__await__", (s) => s, 0, 0],
  ["__iter__", (s) => s, 0, 0],
  ["__next__", (s) => asendSend(s as PyAsyncGenSend, None), 0, 0],
  byArity("send", (s, v) => asendSend(s as PyAsyncGenSend, v)),
  ["throw", (s, args) => asendThrow(s as PyAsyncGenSend, args), 1, 3],
  ["close", (s) => {
    (s as PyAsyncGenSend).state = CLOSED;
    return None;
  }, 0, 0],
]);

/** athrow(...) (exc set) or aclose() (exc null: GeneratorExit, whose end is StopIteration). */
export class PyAsyncGenThrow extends PyObject {
  state = INIT;
  constructor(public gen: PyGen, public args: PyObj[] | null) {
    super(AsyncGenAThrowType);
  }
}
/**
 * A step of aclose(): the generator yielding is an error; its GeneratorExit or return ends the
 * await (StopIteration). A step sent into it also ends the awaitable when the generator finishes;
 * one thrown into it (`settle` false) leaves it as it was, as CPython's athrow_throw does.
 */
function acloseResult(a: PyAsyncGenThrow, run: () => { done: boolean; value: PyObj }, settle = true): PyObj {
  const g = G(a.gen);
  let r: { done: boolean; value: PyObj };
  try {
    r = run();
  } catch (e) {
    if (settle) {
      g.runningAsync = false;
      a.state = CLOSED;
    }
    if (e instanceof PyBaseException && (e.cls.isSubtype(E.StopAsyncIteration) || e.cls.isSubtype(E.GeneratorExit))) throw newExc(E.StopIteration);
    throw e;
  }
  if (r.done) {
    if (settle) {
      g.runningAsync = false;
      a.state = CLOSED;
    }
    throw newExc(E.StopIteration);
  }
  if (g.awaitedValue) return r.value;
  g.runningAsync = false;
  a.state = CLOSED;
  throw runtimeError("async generator ignored GeneratorExit");
}
function athrowSend(a: PyAsyncGenThrow, v: PyObj): PyObj {
  if (a.state === CLOSED) throw runtimeError("cannot reuse already awaited aclose()/athrow()");
  const g = G(a.gen);
  if (g.finished) {
    a.state = CLOSED;
    throw newExc(E.StopIteration);
  }
  if (a.state === INIT) {
    if (g.runningAsync) {
      a.state = CLOSED;
      throw runtimeError(`${a.args === null ? "aclose" : "athrow"}(): asynchronous generator is already running`);
    }
    if (g.agClosed) {
      a.state = CLOSED;
      throw newExc(E.StopAsyncIteration);
    }
    if (v !== None) throw runtimeError("can't send non-None value to a just-started coroutine");
    a.state = ITER;
    g.runningAsync = true;
    if (a.args === null) {
      g.agClosed = true;
      // (an async generator's await is not closed first: the GeneratorExit is thrown into it)
      return acloseResult(a, () => throwStep(g, newExc(E.GeneratorExit)));
    }
    const args = a.args;
    // (athrow()'s arguments are checked only now)
    if (args.length < 1 || args.length > 3) throw arityError("athrow", 1, 3, args.length);
    return unwrapStep(g, () => throwStep(g, toException(args[0], args[1], args[2])));
  }
  // (in 3.10.2 an athrow() that finished its step is not marked closed: sending again resumes)
  if (a.args === null) return acloseResult(a, () => genResume(g, v, null));
  return unwrapStep(g, () => genResume(g, v, null));
}
function athrowThrow(a: PyAsyncGenThrow, args: PyObj[]): PyObj {
  if (a.state === CLOSED) throw runtimeError("cannot reuse already awaited aclose()/athrow()");
  const g = G(a.gen);
  const step = () => throwStep(g, toException(args[0], args[1], args[2]));
  return a.args !== null ? unwrapStep(g, step) : acloseResult(a, step, false);
}
defMethods(AsyncGenAThrowType, [
  ["__await__", (s) => s, 0, 0],
  ["__iter__", (s) => s, 0, 0],
  ["__next__", (s) => athrowSend(s as PyAsyncGenThrow, None), 0, 0],
  byArity("send", (s, v) => athrowSend(s as PyAsyncGenThrow, v)),
  ["throw", (s, args) => athrowThrow(s as PyAsyncGenThrow, args), 1, 3],
  ["close", (s) => {
    (s as PyAsyncGenThrow).state = CLOSED;
    return None;
  }, 0, 0],
]);
defMethods(AsyncGeneratorType, [
  ["__aiter__", (s) => s, 0, 0],
  ["__anext__", (s) => (initHooks(G(s)), new PyAsyncGenSend(G(s), None)), 0, 0],
  byArity("asend", (s, v) => (initHooks(G(s)), new PyAsyncGenSend(G(s), v))),
  ["athrow", (s, args, kw) => (noKwargs("athrow", kw), initHooks(G(s)), new PyAsyncGenThrow(G(s), args))],
  ["aclose", (s) => (initHooks(G(s)), new PyAsyncGenThrow(G(s), null)), 0, 0],
]);
export { E };
