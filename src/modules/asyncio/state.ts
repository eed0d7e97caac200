// The _asyncio module's state (Modules/_asynciomodule.c, 3.10), one per interpreter: the running
// loop that _set_running_loop sets (CPython keeps it in the thread state; dislab has one thread),
// the _current_tasks dict, the _all_tasks WeakSet, the counter of automatic task names, and the
// functions of asyncio's Python modules the C module calls (its module_init), looked up the first
// time they are needed, since `import _asyncio` runs while asyncio itself is being imported.
import { type PyObj, PyDict, None, vm, getattr, call, typeOf, truthy, warnEx, PyType } from "../../objects/index.ts";
import { interp } from "../../vm/interp.ts";

export interface AsyncioState {
  runningLoop: PyObj;
  currentTasks: PyDict;
  allTasks: PyObj;
  taskNameCounter: number;
  /** Types that asyncio.coroutines.iscoroutine accepted (is_coroutine's cache, at most 100). */
  coroTypes: Set<PyType>;
}

const states = new WeakMap<object, AsyncioState>();

export function state(): AsyncioState {
  let s = states.get(interp);
  if (s === undefined) {
    const weakSet = getattr(vm.importModule("weakref"), "WeakSet");
    s = { runningLoop: None, currentTasks: new PyDict(), allTasks: call(weakSet, []), taskNameCounter: 0, coroTypes: new Set() };
    states.set(interp, s);
  }
  return s;
}

/** An attribute of one of asyncio's modules (asyncio.exceptions.CancelledError, ...). */
function modAttr(module: string, name: string): PyObj {
  return getattr(vm.importModule(module), name);
}

export const InvalidStateError = (): PyType => modAttr("asyncio.exceptions", "InvalidStateError") as PyType;
export const CancelledError = (): PyType => modAttr("asyncio.exceptions", "CancelledError") as PyType;
export const futureReprInfo = (): PyObj => modAttr("asyncio.base_futures", "_future_repr_info");
export const taskReprInfo = (): PyObj => modAttr("asyncio.base_tasks", "_task_repr_info");
export const taskGetStack = (): PyObj => modAttr("asyncio.base_tasks", "_task_get_stack");
export const taskPrintStack = (): PyObj => modAttr("asyncio.base_tasks", "_task_print_stack");
export const extractStack = (): PyObj => modAttr("traceback", "extract_stack");

/** get_running_loop(): the running loop or null. */
export function runningLoop(): PyObj | null {
  const l = state().runningLoop;
  return l === None ? null : l;
}

/** get_event_loop(stacklevel): the running loop, else (with a DeprecationWarning) the policy's loop. */
export function getEventLoop(stacklevel: number): PyObj {
  const l = runningLoop();
  if (l !== null) return l;
  warnEx("DeprecationWarning", "There is no current event loop", stacklevel);
  const policy = call(modAttr("asyncio.events", "get_event_loop_policy"), []);
  return call(getattr(policy, "get_event_loop"), []);
}

/** loop.call_soon(func[, arg], context=ctx) (the context keyword left out when ctx is null). */
export function callSoon(loop: PyObj, func: PyObj, arg: PyObj | null, ctx: PyObj | null): void {
  const f = getattr(loop, "call_soon");
  const args = arg === null ? [func] : [func, arg];
  if (ctx === null) call(f, args);
  else call(f, [...args, ctx], ["context"]);
}

/** is_coroutine: a native coroutine, or what asyncio.coroutines.iscoroutine accepts (its type cached). */
export function isCoroutine(coro: PyObj, exactCoroutine: boolean): boolean {
  if (exactCoroutine) return true;
  const st = state();
  const t = typeOf(coro);
  if (st.coroTypes.has(t)) return true;
  if (!truthy(call(modAttr("asyncio.coroutines", "iscoroutine"), [coro]))) return false;
  if (st.coroTypes.size < 100) st.coroTypes.add(t);
  return true;
}
