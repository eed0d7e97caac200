// The _asyncio module (Modules/_asynciomodule.c, 3.10): Future and Task (future.ts, task.ts), the
// running-loop functions asyncio.events imports, and the task bookkeeping asyncio.tasks imports
// (_register_task, _enter_task... and the _all_tasks WeakSet and _current_tasks dict they keep).
import { type PyModule, type PyObj, None, runtimeError, bindArgs } from "../../objects/index.ts";
import { makeModule, cIntArg, type Fn } from "../util.ts";
import { FutureType } from "./future.ts";
import { TaskType, registerTask, unregisterTask, enterTask, leaveTask } from "./task.ts";
import { state, runningLoop, getEventLoop } from "./state.ts";

/** A clinic function of named parameters (all may be given by keyword), `required` of them required. */
function named(name: string, params: string[], required: number, f: (a: (PyObj | undefined)[]) => PyObj): Fn {
  return (args, kw) => f(bindArgs(name, args, kw, params, required));
}

const LOW_LEVEL = "This is a low-level function intended to be used by event loops.\nThis function is thread-specific.";
/** The functions' docstrings as Argument Clinic declares them (_get_event_loop has no text, so no __doc__). */
const DOCS = new Map([
  ["get_event_loop", "get_event_loop($module, /)\n--\n\nReturn an asyncio event loop.\n\nWhen called from a coroutine or a callback (e.g. scheduled with\ncall_soon or similar API), this function will always return the\nrunning event loop.\n\nIf there is no running event loop set, the function will return\nthe result of `get_event_loop_policy().get_event_loop()` call."],
  ["_get_event_loop", "_get_event_loop($module, /, stacklevel=3)\n--\n\n"],
  ["get_running_loop", "get_running_loop($module, /)\n--\n\nReturn the running event loop.  Raise a RuntimeError if there is none.\n\nThis function is thread-specific."],
  ["_get_running_loop", `_get_running_loop($module, /)\n--\n\nReturn the running event loop or None.\n\n${LOW_LEVEL}`],
  ["_set_running_loop", `_set_running_loop($module, loop, /)\n--\n\nSet the running event loop.\n\n${LOW_LEVEL}`],
  ["_register_task", "_register_task($module, /, task)\n--\n\nRegister a new task in asyncio as executed by loop.\n\nReturns None."],
  ["_unregister_task", "_unregister_task($module, /, task)\n--\n\nUnregister a task.\n\nReturns None."],
  ["_enter_task", "_enter_task($module, /, loop, task)\n--\n\nEnter into task execution or resume suspended task.\n\nTask belongs to loop.\n\nReturns None."],
  ["_leave_task", "_leave_task($module, /, loop, task)\n--\n\nLeave task execution or suspend a task.\n\nTask belongs to loop.\n\nReturns None."],
]);

export function makeAsyncio(): PyModule {
  const st = state();
  return makeModule("_asyncio", [
    ["get_event_loop", named("get_event_loop", [], 0, () => getEventLoop(1))],
    ["_get_event_loop", named("_get_event_loop", ["stacklevel"], 0, ([level]) => getEventLoop((level === undefined ? 3 : cIntArg(level)) - 1))],
    ["get_running_loop", named("get_running_loop", [], 0, () => {
      const l = runningLoop();
      if (l === null) throw runtimeError("no running event loop");
      return l;
    })],
    ["_get_running_loop", named("_get_running_loop", [], 0, () => runningLoop() ?? None)],
    ["_set_running_loop", (args, kw) => {
      const [loop] = bindArgs("_set_running_loop", args, kw, ["loop"], 1, 1);
      state().runningLoop = loop!;
      return None;
    }],
    ["_register_task", named("_register_task", ["task"], 1, ([t]) => (registerTask(t!), None))],
    ["_unregister_task", named("_unregister_task", ["task"], 1, ([t]) => (unregisterTask(t!), None))],
    ["_enter_task", named("_enter_task", ["loop", "task"], 2, ([l, t]) => (enterTask(l!, t!), None))],
    ["_leave_task", named("_leave_task", ["loop", "task"], 2, ([l, t]) => (leaveTask(l!, t!), None))],
  ], [
    ["Future", FutureType],
    ["Task", TaskType],
    ["_all_tasks", st.allTasks],
    ["_current_tasks", st.currentTasks],
  ], "Accelerator module for asyncio", DOCS);
}
