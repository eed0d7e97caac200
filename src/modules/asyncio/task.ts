// _asyncio.Task (Modules/_asynciomodule.c, 3.10): a Future that drives a coroutine. Each step is a
// TaskStepMethWrapper the loop calls (call_soon with the task's context): it enters the task in
// _current_tasks, sends None into the coroutine (or throws the exception a step was given), and
// acts on what came out: a future it awaits gets the task's wakeup (the builtin method
// "task_wakeup") as done-callback, a bare yield schedules the next step, anything else is an error
// thrown in at the next step; the coroutine's return value or exception becomes the task's. No
// Python frame of asyncio's is on the stack meanwhile, so tracebacks show only the program's.
import {
  type PyObj, PyObject, PyType, PyDict, PyBaseException, PyBuiltinFunction, PyGen, None, ObjectType, typeOf, call, callMethod, repr, str, truthy,
  getattr, getattrOpt, setattr, typeError, runtimeError, newExc, defMethods, defGetters, bindArgs, isInstance, CoroutineType, GeneratorType,
  KeyboardInterrupt, SystemExit, genResume, genThrow, attributeError, ownNew, StopIteration, next, setLastStopValue, lastStopValue, byArity,
} from "../../objects/index.ts";
import { copyCurrentContext } from "../contextvars.ts";
import { defClassGetitem } from "../util.ts";
import {
  PyFuture, FutureType, State, F, asyncioType, futureInit, futureMethods, futureGetters, futureCancel, futureSetResult, futureSetException,
  futureAddDoneCallback, futureGetResult, futureRepr, futureFinalize, reportVia, orderDict, FUTURE_GETTER_NAMES,
} from "./future.ts";
import { state, callSoon, isCoroutine, CancelledError, InvalidStateError, taskReprInfo, taskGetStack, taskPrintStack } from "./state.ts";

export class PyTask extends PyFuture {
  coro: PyObj | null = null;
  name: PyObj | null = null;
  context: PyObj | null = null;
  futWaiter: PyObj | null = null;
  mustCancel = false;
  logDestroyPending = false;
}

export const TaskType = asyncioType("Task", [FutureType], (cls) => new PyTask(cls));
TaskType.hasDict = true;
const T = (x: PyObj) => x as PyTask;

// ---- the step wrapper ---------------------------------------------------------------------------

export const StepWrapperType = new PyType(ObjectType.cls, "TaskStepMethWrapper", [ObjectType], null);
StepWrapperType.solid = StepWrapperType;
StepWrapperType.factory = null;
StepWrapperType.baseAllowed = false;

class StepWrapper extends PyObject {
  constructor(
    public task: PyTask,
    public arg: PyObj | null,
  ) {
    super(StepWrapperType);
  }
}
defMethods(StepWrapperType, [
  ["__call__", (s, args, kw) => {
    if (kw && kw.length) throw typeError("function takes no keyword arguments");
    if (args.length) throw typeError("function takes no positional arguments");
    const w = s as StepWrapper;
    return taskStep(w.task, w.arg);
  }],
]);
defGetters(StepWrapperType, [["__self__", (s) => (s as StepWrapper).task]]);

function callStepSoon(task: PyTask, arg: PyObj | null): void {
  callSoon(task.loop!, new StepWrapper(task, arg), null, task.context);
}

/** task_set_error_soon: the next step throws RuntimeError(msg) into the coroutine. */
function errorSoon(task: PyTask, msg: string): PyObj {
  callStepSoon(task, runtimeError(msg));
  return None;
}

// ---- bookkeeping --------------------------------------------------------------------------------

export function registerTask(task: PyObj): void {
  callMethod(state().allTasks, "add", [task]);
}
export function unregisterTask(task: PyObj): void {
  callMethod(state().allTasks, "discard", [task]);
}
export function enterTask(loop: PyObj, task: PyObj): void {
  const cur = state().currentTasks;
  const item = cur.get(loop);
  if (item !== undefined) throw runtimeError(`Cannot enter into task ${repr(task)} while another task ${repr(item)} is being executed.`);
  cur.set(loop, task);
}
export function leaveTask(loop: PyObj, task: PyObj): void {
  const cur = state().currentTasks;
  const item = cur.get(loop);
  if (item !== task) throw runtimeError(`Leaving task ${repr(task)} does not match the current task ${repr(item ?? None)}.`);
  cur.del(loop);
}

// ---- stepping -----------------------------------------------------------------------------------

function taskStep(task: PyTask, exc: PyObj | null): PyObj {
  enterTask(task.loop!, task);
  let res: PyObj;
  try {
    res = taskStepImpl(task, exc);
  } catch (e) {
    try {
      leaveTask(task.loop!, task);
    } catch (e2) {
      if (e2 instanceof PyBaseException && e instanceof PyBaseException && e2.context === None) e2.context = e;
      throw e2;
    }
    throw e;
  }
  leaveTask(task.loop!, task);
  return res;
}

/** The step's send or throw: {yielded} or {returned} (exceptions propagate). */
function advance(coro: PyObj, exc: PyObj | null): { done: boolean; value: PyObj } {
  if (exc === null) {
    // PyIter_Send: a generator resumed directly, another iterator's __next__, else its send(None)
    if (coro instanceof PyGen) return genResume(coro, None, null);
    if (typeOf(coro).lookup("__next__") !== undefined) {
      setLastStopValue(None);
      const v = next(coro);
      return v === undefined ? { done: true, value: lastStopValue } : { done: false, value: v };
    }
    try {
      return { done: false, value: callMethod(coro, "send", [None]) };
    } catch (e) {
      return stopped(e);
    }
  }
  try {
    return { done: false, value: coro instanceof PyGen ? genThrow(coro, [exc]) : callMethod(coro, "throw", [exc]) };
  } catch (e) {
    return stopped(e);
  }
}
function stopped(e: unknown): { done: boolean; value: PyObj } {
  if (e instanceof PyBaseException && e.cls.isSubtype(StopIteration)) return { done: true, value: e.get("value") };
  throw e;
}

function taskStepImpl(task: PyTask, excIn: PyObj | null): PyObj {
  let exc = excIn;
  if (task.state !== State.Pending) throw newExc(InvalidStateError(), `_step(): already done: ${repr(task)} ${repr(exc ?? None)}`);
  if (task.mustCancel) {
    if (exc !== null && !isInstance(exc, CancelledError())) exc = null;
    if (exc === null) {
      const t = CancelledError();
      exc = task.cancelMsg === null || task.cancelMsg === None ? call(t, []) : call(t, [task.cancelMsg]);
    }
    task.mustCancel = false;
  }
  task.futWaiter = null;
  const coro = task.coro;
  if (coro === null) throw runtimeError("uninitialized Task object");
  let r: { done: boolean; value: PyObj };
  try {
    r = advance(coro, exc);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    if (e.cls.isSubtype(CancelledError())) {
      task.cancelledExc = e;
      futureCancel(task, null);
      return None;
    }
    futureSetException(task, e);
    if (e.cls.isSubtype(KeyboardInterrupt) || e.cls.isSubtype(SystemExit)) throw e;
    return None;
  }
  if (r.done) {
    if (task.mustCancel) {
      task.mustCancel = false;
      futureCancel(task, task.cancelMsg);
    } else futureSetResult(task, r.value);
    return None;
  }
  const result = r.value;
  if (result === task) return errorSoon(task, `Task cannot await on itself: ${repr(task)}`);
  const t = typeOf(result);
  if (result instanceof PyFuture && (t === FutureType || t === TaskType)) {
    if (result.loop !== task.loop) return differentLoop(task, result);
    if (!result.blocking) return yieldInsteadOfYieldFrom(task, result);
    result.blocking = false;
    futureAddDoneCallback(result, wakeupOf(task), task.context!);
    waitOn(task, result);
    return None;
  }
  if (result === None) {
    callStepSoon(task, null);
    return None;
  }
  const o = getattrOpt(result, "_asyncio_future_blocking");
  if (o !== undefined && o !== None) {
    const blocking = truthy(o);
    const oloop = futureLoop(result);
    if (oloop !== task.loop) return differentLoop(task, result);
    if (!blocking) return yieldInsteadOfYieldFrom(task, result);
    setattr(result, "_asyncio_future_blocking", false);
    call(getattr(result, "add_done_callback"), [wakeupOf(task), task.context!], ["context"]);
    waitOn(task, result);
    return None;
  }
  if (isInstance(result, GeneratorType)) return errorSoon(task, `yield was used instead of yield from for generator in task ${repr(task)} with ${repr(result)}`);
  return errorSoon(task, `Task got bad yield: ${repr(result)}`);
}

function waitOn(task: PyTask, fut: PyObj): void {
  task.futWaiter = fut;
  if (task.mustCancel && truthy(callMethod(fut, "cancel", [task.cancelMsg ?? None]))) task.mustCancel = false;
}
const differentLoop = (task: PyTask, fut: PyObj) => errorSoon(task, `Task ${repr(task)} got Future ${repr(fut)} attached to a different loop`);
const yieldInsteadOfYieldFrom = (task: PyTask, fut: PyObj) => errorSoon(task, `yield was used instead of yield from in task ${repr(task)} with ${repr(fut)}`);

/** asyncio.futures._get_loop: an exact Future's or Task's loop, else get_loop(), else _loop. */
function futureLoop(fut: PyObj): PyObj {
  const t = typeOf(fut);
  if (t === FutureType || t === TaskType) return F(fut).loop!;
  const getLoop = getattrOpt(fut, "get_loop");
  if (getLoop !== undefined) return call(getLoop, []);
  return getattr(fut, "_loop");
}

/** The task's wakeup callback: the builtin method task_wakeup bound to it. */
function wakeupOf(task: PyTask): PyObj {
  return new PyBuiltinFunction("task_wakeup", (args, kw) => {
    if (kw && kw.length) throw typeError("task_wakeup() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`task_wakeup() takes exactly one argument (${args.length} given)`);
    return taskWakeup(task, args[0]);
  }, task, `${typeOf(task).qualname}.task_wakeup`);
}

function taskWakeup(task: PyTask, fut: PyObj): PyObj {
  const t = typeOf(fut);
  let exc: PyBaseException;
  try {
    if (t === FutureType || t === TaskType) futureGetResult(F(fut));
    else callMethod(fut, "result", []);
    return taskStep(task, null);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    exc = e;
  }
  return taskStep(task, exc);
}

// ---- the type -----------------------------------------------------------------------------------

function taskInit(task: PyTask, args: PyObj[], kw: readonly string[] | null): void {
  const [coro, loop, name] = bindArgs("Task", args, kw, ["coro", "loop", "name"], 1, 0, 1);
  futureInit(task, loop ?? None);
  if (!isCoroutine(coro!, coro instanceof PyGen && coro.cls === CoroutineType)) {
    task.logDestroyPending = false;
    throw typeError(`a coroutine was expected, got ${repr(coro!)}`);
  }
  task.context = copyCurrentContext();
  task.futWaiter = null;
  task.mustCancel = false;
  task.logDestroyPending = true;
  task.coro = coro!;
  const st = state();
  if (name === undefined || name === None) task.name = `Task-${++st.taskNameCounter}`;
  else task.name = typeof name === "string" ? name : str(name);
  callStepSoon(task, null);
  registerTask(task);
}

const notSupported = (what: string) => () => {
  throw runtimeError(`Task does not support ${what} operation`);
};

defMethods(TaskType, [
  ["__init__", (s, args, kw) => {
    taskInit(T(s), args, kw);
    return None;
  }],
  ...futureMethods,
  ["set_result", notSupported("set_result"), 1, 1],
  ["set_exception", notSupported("set_exception"), 1, 1],
  ["cancel", (s, args, kw) => {
    const [m] = bindArgs("cancel", args, kw, ["msg"], 0);
    const msg = m ?? None;
    const task = T(s);
    task.logTb = false;
    if (task.state !== State.Pending) return false;
    if (task.futWaiter !== null && truthy(callMethod(task.futWaiter, "cancel", [msg]))) return true;
    task.mustCancel = true;
    task.cancelMsg = msg;
    return true;
  }],
  ["get_stack", (s, args, kw) => {
    const [limit] = bindArgs("get_stack", args, kw, ["limit"], 0, 0, 0);
    return call(taskGetStack(), [s, limit ?? None]);
  }],
  ["print_stack", (s, args, kw) => {
    const [limit, file] = bindArgs("print_stack", args, kw, ["limit", "file"], 0, 0, 0);
    return call(taskPrintStack(), [s, limit ?? None, file ?? None]);
  }],
  ["_repr_info", (s) => call(taskReprInfo(), [s]), 0, 0],
  ["get_coro", (s) => T(s).coro ?? None, 0, 0],
  ["get_name", (s) => T(s).name ?? None, 0, 0],
  byArity("set_name", (s, v) => {
    T(s).name = typeof v === "string" ? v : str(v);
    return None;
  }),
  ["__repr__", (s) => futureRepr(s), 0, 0],
  ["__del__", (s) => {
    const task = T(s);
    if (task.state === State.Pending && task.logDestroyPending && task.loop !== null) {
      const ctx = new PyDict();
      ctx.setStr("message", "Task was destroyed but it is pending!");
      ctx.setStr("task", task);
      if (task.sourceTb !== null) ctx.setStr("source_traceback", task.sourceTb);
      reportVia(task.loop, ctx);
    }
    futureFinalize(task);
    return None;
  }, 0, 0],
]);
defClassGetitem(TaskType);
defGetters(TaskType, [
  ...futureGetters,
  ["_log_destroy_pending", (s) => T(s).logDestroyPending, (s, v) => {
    if (v === undefined) throw attributeError("cannot delete attribute");
    T(s).logDestroyPending = truthy(v);
  }],
  ["_must_cancel", (s) => T(s).mustCancel],
  ["_coro", (s) => T(s).coro ?? None],
  ["_fut_waiter", (s) => T(s).futWaiter ?? None],
]);

ownNew(TaskType);
TaskType.ns.set("__doc__", "A coroutine wrapped in a Future.");
orderDict(TaskType, [
  "__new__", "__repr__", "__iter__", "__init__", "__del__", "__await__", "result", "exception", "add_done_callback", "remove_done_callback",
  "cancelled", "done", "set_result", "set_exception", "cancel", "get_stack", "print_stack", "_make_cancelled_error", "_repr_info", "get_name",
  "set_name", "get_coro", "__class_getitem__", ...FUTURE_GETTER_NAMES, "_log_destroy_pending", "_must_cancel", "_coro", "_fut_waiter", "__doc__",
]);
