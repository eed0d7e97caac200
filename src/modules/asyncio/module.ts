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
  ], "Accelerator module for asyncio");
}
