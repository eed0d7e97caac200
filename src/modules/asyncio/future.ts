// _asyncio.Future and its iterator _asyncio.FutureIter (Modules/_asynciomodule.c, 3.10): the
// future's state, result or exception, done-callbacks (each with its context, scheduled through
// the loop's call_soon when the future is done) and cancellation message, as getset descriptors
// asyncio's Python code reads (_state, _loop, _callbacks, _asyncio_future_blocking...). Awaiting a
// future iterates a FutureIter: it yields the future once (marking it blocking, which tells a Task
// to wait for it) and then returns its result, with no Python frame of its own in tracebacks.
import {
  type PyObj, PyObject, PyType, PyIter, PyList, PyDict, PyBaseException, TypeType, ObjectType, None, tuple, typeOf, call, callMethod, repr, str,
  truthy, eq, typeError, runtimeError, attributeError, valueError, newExc, defMethods, defGetters, bindArgs, isInstance, StopIteration,
  setLastStopValue, lastStopValue, TracebackType, getattr, PyTuple, type MethodRow, SystemError, ownNew, byArity,
} from "../../objects/index.ts";
import { writeUnraisable } from "../../vm/gen-finalize.ts";
import { copyCurrentContext } from "../contextvars.ts";
import { inModule, defClassGetitem } from "../util.ts";
import { InvalidStateError, CancelledError, futureReprInfo, extractStack, getEventLoop, callSoon } from "./state.ts";

export const enum State {
  Pending,
  Cancelled,
  Finished,
}
const STATE_NAMES = ["PENDING", "CANCELLED", "FINISHED"];

export class PyFuture extends PyObject {
  /** null until __init__ ran ("Future object is not initialized."). */
  loop: PyObj | null = null;
  /** The done-callbacks in order, each with its context. */
  callbacks: [PyObj, PyObj][] = [];
  result: PyObj | null = null;
  exception: PyBaseException | null = null;
  sourceTb: PyObj | null = null;
  cancelMsg: PyObj | null = null;
  state = State.Pending;
  logTb = false;
  blocking = false;
  /** The CancelledError that cancelled a task's coroutine (fut_cancelled_exc_state): the next CancelledError's __context__. */
  cancelledExc: PyObj | null = null;
}

/** A static type of _asyncio whose tp_name carries the module ("_asyncio.Future"). */
export function asyncioType(name: string, bases: PyType[], factory: ((cls: PyType) => PyObject) | null): PyType {
  const t = inModule(new PyType(TypeType, `_asyncio.${name}`, bases, factory), "_asyncio");
  t.qualname = name;
  return t;
}

export const FutureType = asyncioType("Future", [ObjectType], (cls) => new PyFuture(cls));
FutureType.hasDict = true;
export const FutureIterType = asyncioType("FutureIter", [ObjectType], null);
// no constructor (tp_new NULL): only awaiting a future makes one
FutureIterType.solid = FutureIterType;
FutureIterType.factory = null;
FutureIterType.baseAllowed = false;

export const F = (x: PyObj) => x as PyFuture;

/** The future a method was called on, checked for __init__ having run. */
export function alive(s: PyObj): PyFuture {
  const f = F(s);
  if (f.loop === null) throw runtimeError("Future object is not initialized.");
  return f;
}

function invalidState(msg: string): PyBaseException {
  return newExc(InvalidStateError(), msg);
}

export function futureInit(f: PyFuture, loop: PyObj): void {
  f.loop = null;
  f.callbacks = [];
  f.result = null;
  f.exception = null;
  f.sourceTb = null;
  f.cancelMsg = null;
  f.cancelledExc = null;
  f.state = State.Pending;
  f.logTb = false;
  f.blocking = false;
  f.loop = loop === None ? getEventLoop(1) : loop;
  if (truthy(callMethod(f.loop, "get_debug", []))) f.sourceTb = call(extractStack(), []);
}

/** Schedules the done-callbacks with call_soon, in order; an error drops the rest. */
function scheduleCallbacks(f: PyFuture): void {
  const cbs = f.callbacks;
  f.callbacks = [];
  for (const [cb, ctx] of cbs) callSoon(f.loop!, cb, f, ctx);
}

export function futureSetResult(f: PyFuture, res: PyObj): PyObj {
  if (f.state !== State.Pending) throw invalidState("invalid state");
  f.result = res;
  f.state = State.Finished;
  scheduleCallbacks(f);
  return None;
}

export function futureSetException(f: PyFuture, exc: PyObj): PyObj {
  if (f.state !== State.Pending) throw invalidState("invalid state");
  let val = exc;
  if (exc instanceof PyType && exc.isException) {
    val = call(exc, []);
    if (f.state !== State.Pending) throw invalidState("invalid state");
  }
  if (!(val instanceof PyBaseException)) throw typeError("invalid exception object");
  if (typeOf(val) === StopIteration) throw typeError("StopIteration interacts badly with generators and cannot be raised into a Future");
  f.exception = val;
  f.state = State.Finished;
  scheduleCallbacks(f);
  f.logTb = true;
  return None;
}

/** create_cancelled_error: CancelledError() or CancelledError(msg). */
function cancelledError(msg: PyObj | null): PyBaseException {
  const t = CancelledError();
  return (msg === null || msg === None ? call(t, []) : call(t, [msg])) as PyBaseException;
}

/** The CancelledError result() and exception() raise: chained to the one that cancelled a task's coroutine. */
export function cancelledErrorToRaise(f: PyFuture): PyBaseException {
  const e = cancelledError(f.cancelMsg);
  if (f.cancelledExc !== null) {
    // chained to that one rather than to the exception being handled (_PyErr_ChainStackItem)
    e.context = f.cancelledExc;
    e.fresh = false;
  }
  return e;
}

/**
 * future_get_result: the result, or throws what result() raises. `raising`: the exception set is
 * raised as PyErr_SetObject raises it (result() and awaiting), so it is chained to the one being
 * handled there, as a `raise` statement's; a Task's wakeup takes it without that.
 */
export function futureGetResult(f: PyFuture, raising = false): PyObj {
  if (f.state === State.Cancelled) throw cancelledErrorToRaise(f);
  if (f.state !== State.Finished) throw invalidState("Result is not set.");
  f.logTb = false;
  if (f.exception !== null) {
    if (raising) f.exception.fresh = true;
    throw f.exception;
  }
  return f.result!;
}

export function futureAddDoneCallback(f: PyFuture, fn: PyObj, ctx: PyObj): void {
  if (f.loop === null) throw runtimeError("uninitialized Future object");
  if (f.state !== State.Pending) callSoon(f.loop, fn, f, ctx);
  else f.callbacks.push([fn, ctx]);
}

export function futureCancel(f: PyFuture, msg: PyObj | null): boolean {
  f.logTb = false;
  if (f.state !== State.Pending) return false;
  f.state = State.Cancelled;
  f.cancelMsg = msg;
  scheduleCallbacks(f);
  return true;
}

/** FutureObj_repr: "<Name info...>" from the object's own _repr_info(). */
export function futureRepr(s: PyObj): string {
  alive(s);
  const info = callMethod(s, "_repr_info", []);
  return `<${shortName(typeOf(s))} ${str(callMethod(" ", "join", [info]))}>`;
}

/** _PyType_Name: the type's name after its last dot. */
export const shortName = (t: PyType): string => t.name.slice(t.name.lastIndexOf(".") + 1);

/** The finalizer's report of an exception nobody retrieved (tp_finalize, exposed as __del__). */
export function futureFinalize(f: PyFuture): void {
  if (!f.logTb || f.loop === null) return;
  f.logTb = false;
  const ctx = new PyDict();
  ctx.setStr("message", `${shortName(typeOf(f))} exception was never retrieved`);
  ctx.setStr("exception", f.exception!);
  ctx.setStr("future", f);
  if (f.sourceTb !== null) ctx.setStr("source_traceback", f.sourceTb);
  reportVia(f.loop, ctx);
}

/** loop.call_exception_handler(context), its failure reported as unraisable. */
export function reportVia(loop: PyObj, ctx: PyDict): void {
  const handler = getattr(loop, "call_exception_handler");
  try {
    call(handler, [ctx]);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    writeUnraisable(e, handler);
  }
}

// ---- FutureIter ---------------------------------------------------------------------------------

/** A FutureIter: its future until it finished, was thrown into or closed. */
class FutureIter extends PyIter {
  fut: PyFuture | null;
  constructor(fut: PyFuture) {
    super(FutureIterType, () => undefined);
    this.fut = fut;
    this.returnsValue = true;
    this.step = () => iterStep(this);
  }
}

/** One step: the future itself while pending (the first time), else undefined with its result as the StopIteration value. */
function iterStep(it: FutureIter): PyObj | undefined {
  const f = it.fut;
  setLastStopValue(None);
  if (f === null) return undefined;
  if (f.state === State.Pending) {
    if (!f.blocking) {
      f.blocking = true;
      return f;
    }
    throw runtimeError("await wasn't used with future");
  }
  it.fut = null;
  if (f.loop === null) throw invalidState("Future object is not initialized.");
  const r = futureGetResult(f, true);
  setLastStopValue(r);
  return undefined;
}

export function futureIter(s: PyObj): PyObj {
  return new FutureIter(alive(s));
}

const FI = (x: PyObj) => x as FutureIter;
function nextOrStop(it: FutureIter): PyObj {
  const v = iterStep(it);
  if (v !== undefined) return v;
  throw lastStopValue === None ? newExc(StopIteration) : newExc(StopIteration, lastStopValue);
}

defMethods(FutureIterType, [
  ["__iter__", (s) => s, 0, 0],
  ["__next__", (s) => nextOrStop(FI(s)), 0, 0],
  // a closed iterator's send fails with no exception set (FutureIter_am_send's PYGEN_ERROR), which CPython reports so
  ["send", (s) => {
    if (FI(s).fut === null) throw newExc(SystemError, "error return without exception set");
    return nextOrStop(FI(s));
  }, 1, 1],
  ["throw", (s, args) => {
    if (args.length < 1) throw typeError(`throw expected at least 1 argument, got ${args.length}`);
    if (args.length > 3) throw typeError(`throw expected at most 3 arguments, got ${args.length}`);
    const typ = args[0];
    const val: PyObj | undefined = args.length > 1 && args[1] !== None ? args[1] : undefined;
    const tb: PyObj | undefined = args.length > 2 && args[2] !== None ? args[2] : undefined;
    if (tb !== undefined && typeOf(tb) !== TracebackType) throw typeError("throw() third argument must be a traceback");
    let e: PyBaseException;
    if (typ instanceof PyType && typ.isException) {
      if (val instanceof PyBaseException && isInstance(val, typ)) e = val;
      else {
        const made = call(typ, val === undefined ? [] : val instanceof PyTuple ? [...val.items] : [val]);
        if (!(made instanceof PyBaseException)) throw typeError(`calling ${repr(typ)} should have returned an instance of BaseException, not ${typeOf(made).name}`);
        e = made;
      }
    } else if (typ instanceof PyBaseException) {
      if (val !== undefined) throw typeError("instance exception may not have a separate value");
      e = typ;
    } else throw typeError("exceptions must be classes deriving BaseException or instances of such a class");
    if (tb !== undefined) e.traceback = tb;
    FI(s).fut = null;
    throw e;
  }],
  ["close", (s) => {
    FI(s).fut = null;
    return None;
  }, 0, 0],
]);

// ---- Future -------------------------------------------------------------------------------------

const cannotDelete = () => attributeError("cannot delete attribute");

/** Future's methods; Task takes them too, but set_result/set_exception/cancel. */
export const futureMethods: MethodRow[] = [
  ["result", (s) => {
    const f = F(s);
    if (f.loop === null) throw invalidState("Future object is not initialized.");
    return futureGetResult(f, true);
  }, 0, 0],
  ["exception", (s) => {
    const f = F(s);
    if (f.loop === null) throw invalidState("Future object is not initialized.");
    if (f.state === State.Cancelled) throw cancelledErrorToRaise(f);
    if (f.state !== State.Finished) throw invalidState("Exception is not set.");
    if (f.exception !== null) {
      f.logTb = false;
      return f.exception;
    }
    return None;
  }, 0, 0],
  ["add_done_callback", (s, args, kw) => {
    const [fn, context] = bindArgs("add_done_callback", args, kw, ["fn", "context"], 1, 1, 1);
    futureAddDoneCallback(F(s), fn!, context === undefined ? copyCurrentContext() : context);
    return None;
  }],
  byArity("remove_done_callback", (s, fn) => {
    const f = alive(s);
    const kept: [PyObj, PyObj][] = [];
    const before = f.callbacks;
    for (const cb of before) if (!(cb[0] === fn || eq(cb[0], fn))) kept.push(cb);
    const removed = before.length - kept.length;
    if (removed) f.callbacks = kept;
    return removed;
  }),
  ["cancelled", (s) => F(s).loop !== null && F(s).state === State.Cancelled, 0, 0],
  ["done", (s) => F(s).loop !== null && F(s).state !== State.Pending, 0, 0],
  ["_make_cancelled_error", (s) => {
    const f = F(s);
    const e = cancelledError(f.cancelMsg);
    e.context = f.cancelledExc ?? None;
    f.cancelledExc = null;
    return e;
  }, 0, 0],
  ["__iter__", (s) => futureIter(s), 0, 0],
  ["__await__", (s) => futureIter(s), 0, 0],
  ["__repr__", (s) => futureRepr(s), 0, 0],
];

defMethods(FutureType, [
  ["__init__", (s, args, kw) => {
    const [loop] = bindArgs("Future", args, kw, ["loop"], 0, 0, 0);
    futureInit(F(s), loop ?? None);
    return None;
  }],
  ...futureMethods,
  ["get_loop", (s) => alive(s).loop!, 0, 0],
  byArity("set_result", (s, r) => futureSetResult(alive(s), r)),
  byArity("set_exception", (s, e) => futureSetException(alive(s), e)),
  ["cancel", (s, args, kw) => {
    const [msg] = bindArgs("cancel", args, kw, ["msg"], 0);
    return futureCancel(alive(s), msg ?? None);
  }],
  ["_repr_info", (s) => call(futureReprInfo(), [s]), 0, 0],
  ["__del__", (s) => {
    futureFinalize(F(s));
    return None;
  }, 0, 0],
]);
defClassGetitem(FutureType);

/** The getset descriptors Future and Task share. */
export const futureGetters: [string, (s: PyObj) => PyObj, ((s: PyObj, v: PyObj | undefined) => void)?][] = [
  ["_state", (s) => STATE_NAMES[alive(s).state]],
  ["_asyncio_future_blocking", (s) => F(s).loop !== null && F(s).blocking, (s, v) => {
    const f = alive(s);
    if (v === undefined) throw cannotDelete();
    f.blocking = truthy(v);
  }],
  ["_loop", (s) => F(s).loop ?? None],
  ["_callbacks", (s) => {
    const f = alive(s);
    return f.callbacks.length === 0 ? None : new PyList(f.callbacks.map(([c, x]) => tuple([c, x])));
  }],
  ["_result", (s) => alive(s).result ?? None],
  ["_exception", (s) => alive(s).exception ?? None],
  ["_log_traceback", (s) => alive(s).logTb, (s, v) => {
    if (v === undefined) throw cannotDelete();
    if (truthy(v)) throw valueError("_log_traceback can only be set to False");
    F(s).logTb = false;
  }],
  ["_source_traceback", (s) => (F(s).loop !== null && F(s).sourceTb !== null ? F(s).sourceTb! : None)],
  ["_cancel_message", (s) => F(s).cancelMsg ?? None, (s, v) => {
    if (v === undefined) throw cannotDelete();
    F(s).cancelMsg = v;
  }],
];
defGetters(FutureType, futureGetters);

/** Puts a type's own attributes in the order CPython's type_ready gives them (its __dict__'s order). */
export function orderDict(t: PyType, names: string[]): void {
  const entries = names.map((n) => [n, t.ns.get(n)] as const);
  for (const [n, v] of entries) {
    if (v === undefined) throw new Error(`orderDict: ${t.name}.${n} missing`);
    t.ns.delete(n);
  }
  const rest = [...t.ns.entries()];
  t.ns.clear();
  for (const [n, v] of entries) t.ns.set(n, v!);
  for (const [n, v] of rest) t.ns.set(n, v);
}

ownNew(FutureType);
FutureType.ns.set("__doc__", `This class is *almost* compatible with concurrent.futures.Future.

    Differences:

    - result() and exception() do not take a timeout argument and
      raise an exception when the future isn't done yet.

    - Callbacks registered with add_done_callback() are always called
      via the event loop's call_soon_threadsafe().

    - This class is not compatible with the wait() and as_completed()
      methods in the concurrent.futures package.`);
export const FUTURE_GETTER_NAMES = ["_state", "_asyncio_future_blocking", "_loop", "_callbacks", "_result", "_exception", "_log_traceback", "_source_traceback", "_cancel_message"];
orderDict(FutureType, [
  "__new__", "__repr__", "__iter__", "__init__", "__del__", "__await__", "result", "exception", "set_result", "set_exception", "add_done_callback",
  "remove_done_callback", "cancel", "cancelled", "done", "get_loop", "_make_cancelled_error", "_repr_info", "__class_getitem__", ...FUTURE_GETTER_NAMES, "__doc__",
]);
