// The _signal module (Modules/signalmodule.c) for a VM with no operating-system signals: Linux's
// signal numbers, the handler table that signal.signal()/getsignal() keep, default_int_handler,
// raise_signal, strsignal, valid_signals and set_wakeup_fd. The one signal that can arrive is
// SIGINT: an embedder's interrupt() (src/vm/interp.ts) runs the SIGINT handler at the next
// instruction boundary, as CPython's eval breaker does, so a program's own handler (or SIG_IGN)
// takes effect, and the default handler raises KeyboardInterrupt.
import { type PyObj, PyModule, PySet, PyBuiltinFunction, None, newExc, typeError, valueError, asInt, call, typeOf, KeyboardInterrupt, exceptionTypes } from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { makeModule, posFn } from "./util.ts";
import { expose, type Frame } from "../objects/frame.ts";

/** The frame a handler is called with: the running one, which it may keep. */
function runningFrame(): PyObj {
  const f = (interp as { frame?: Frame | null }).frame ?? null;
  return f === null ? None : expose(f);
}

const SIGNALS: [string, number][] = [
  ["SIGHUP", 1], ["SIGINT", 2], ["SIGQUIT", 3], ["SIGILL", 4], ["SIGTRAP", 5], ["SIGABRT", 6], ["SIGIOT", 6], ["SIGBUS", 7],
  ["SIGFPE", 8], ["SIGKILL", 9], ["SIGUSR1", 10], ["SIGSEGV", 11], ["SIGUSR2", 12], ["SIGPIPE", 13], ["SIGALRM", 14],
  ["SIGTERM", 15], ["SIGSTKFLT", 16], ["SIGCHLD", 17], ["SIGCONT", 18], ["SIGSTOP", 19], ["SIGTSTP", 20], ["SIGTTIN", 21],
  ["SIGTTOU", 22], ["SIGURG", 23], ["SIGXCPU", 24], ["SIGXFSZ", 25], ["SIGVTALRM", 26], ["SIGPROF", 27], ["SIGWINCH", 28],
  ["SIGIO", 29], ["SIGPOLL", 29], ["SIGPWR", 30], ["SIGSYS", 31], ["SIGRTMIN", 34], ["SIGRTMAX", 64],
];
const NSIG = 65;
const SIG_DFL = 0;
const SIG_IGN = 1;
const SIGINT = 2;
const DESCRIPTIONS = [
  "", "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted", "Bus error",
  "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault", "User defined signal 2", "Broken pipe",
  "Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)",
  "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
  "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call",
];

/** A signal number argument: an int in 1..NSIG-1 (ValueError "signal number out of range"). */
function signum(x: PyObj): number {
  const n = asInt(x);
  if (n === null) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  if (typeof n === "bigint" || n < 1 || n >= NSIG) throw valueError("signal number out of range");
  return n;
}

export function makeSignal(): PyModule {
  const m = makeModule("_signal", [], [], "This module provides mechanisms to use signal handlers in Python.");
  const defaultInt = new PyBuiltinFunction("default_int_handler", (args) => {
    if (args.length !== 2) throw typeError(`default_int_handler expected 2 arguments, got ${args.length}`);
    throw newExc(KeyboardInterrupt);
  }, m);
  const handlers = interp.signalHandlers;
  // As at CPython's start: SIGINT raises KeyboardInterrupt, SIGPIPE is ignored, the rest default.
  for (let n = 1; n < NSIG; n++) handlers.set(n, n === SIGINT ? defaultInt : n === 13 ? SIG_IGN : SIG_DFL);
  const fns: [string, (args: PyObj[], kw: readonly string[] | null) => PyObj][] = [
    ["signal", posFn("signal", 2, 2, ([sig, handler]) => {
      if (handler !== SIG_DFL && handler !== SIG_IGN && typeOf(handler).lookup("__call__") === undefined) {
        throw typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
      }
      const n = signum(sig);
      if (n === 9 || n === 19 || n === 32 || n === 33) throw newExc(exceptionTypes.get("OSError")!, 22, "Invalid argument");
      const old = handlers.get(n) ?? SIG_DFL;
      handlers.set(n, handler);
      return old;
    })],
    ["getsignal", posFn("getsignal", 1, 1, ([sig]) => handlers.get(signum(sig)) ?? SIG_DFL)],
    ["raise_signal", posFn("raise_signal", 1, 1, ([sig]) => {
      const n = signum(sig);
      const h = handlers.get(n) ?? SIG_DFL;
      // delivered at once (raise_signal checks signals before returning); a default action other
      // than SIGINT's would end the process, which a VM cannot do: it is ignored
      if (h !== SIG_DFL && h !== SIG_IGN) call(h, [n, runningFrame()]);
      else if (h === SIG_DFL && n === SIGINT) throw newExc(KeyboardInterrupt);
      return None;
    })],
    ["strsignal", posFn("strsignal", 1, 1, ([sig]) => {
      const n = signum(sig);
      if (n < DESCRIPTIONS.length) return DESCRIPTIONS[n];
      if (n >= 34) return `Real-time signal ${n - 34}`;
      return None;
    })],
    ["valid_signals", posFn("valid_signals", 0, 0, () => {
      const s = new PySet();
      for (let n = 1; n < NSIG; n++) if (n !== 32 && n !== 33) s.add(n);
      return s;
    })],
    ["set_wakeup_fd", (args) => {
      if (args.length < 1) throw typeError("set_wakeup_fd() missing required argument 'fd' (pos 1)");
      const fd = asInt(args[0]);
      if (fd === null) throw typeError(`'${typeOf(args[0]).name}' object cannot be interpreted as an integer`);
      const old = interp.wakeupFd;
      interp.wakeupFd = Number(fd);
      return old;
    }],
  ];
  m.dict.setStr("default_int_handler", defaultInt);
  for (const [name, f] of fns) m.dict.setStr(name, new PyBuiltinFunction(name, f, m));
  for (const [name, n] of SIGNALS) m.dict.setStr(name, n);
  m.dict.setStr("NSIG", NSIG);
  m.dict.setStr("SIG_DFL", SIG_DFL);
  m.dict.setStr("SIG_IGN", SIG_IGN);
  return m;
}
