// The faulthandler module (Modules/faulthandler.c), its basics: enable/disable/is_enabled and
// dump_traceback, which writes the Python stack straight to a file descriptor (a file's fileno(),
// after flushing it) in CPython's format. dislab has no fatal signals to catch, so enable() only
// records the file; dump_traceback_later and register need a watchdog thread and signals, which
// dislab does not have, and are not provided.
import { type PyObj, None, bindArgs, truthy, asInt, callMethod, valueError, newExc, RuntimeError, PyModule, PyBaseException } from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import type { Frame } from "../objects/frame.ts";
import { currentFrame } from "../builtins/functions.ts";
import { THREAD_ID } from "../builtins/thread.ts";
import { makeModule } from "./util.ts";
import { fdOps } from "./posix/descriptors.ts";

/** faulthandler.c's MAX_FRAME_DEPTH: deeper frames are shown as "...". */
const MAX_FRAME_DEPTH = 100;

/** The file enable() recorded, per interpreter (kept so that its descriptor stays meaningful). */
const enabled = new WeakMap<object, PyObj>();

/** faulthandler_get_fileno: an fd, or the file's fileno() after flushing it (sys.stderr by default). */
function fileno(file: PyObj | undefined): number {
  const f = file === undefined || file === None ? interp.sys.dict.getStr("stderr") ?? None : file;
  if (f === None) throw newExc(RuntimeError, "sys.stderr is None");
  const direct = typeof f === "boolean" ? Number(f) : typeof f === "number" || typeof f === "bigint" ? asInt(f) : null;
  if (direct !== null) {
    if (direct < 0) throw valueError("file is not a valid file descripter");
    return Number(direct);
  }
  const r = callMethod(f, "fileno", []);
  const fd = typeof r === "boolean" ? Number(r) : asInt(r);
  if (fd === null) throw newExc(RuntimeError, "file.fileno() is not a valid file descriptor");
  if (fd < 0) throw valueError("file is not a valid file descripter");
  try {
    callMethod(f, "flush", []);
  } catch (e) {
    // (a failing flush is ignored, as faulthandler clears its error)
    if (!(e instanceof PyBaseException)) throw e;
  }
  return Number(fd);
}

/** Writes to a descriptor as write(2) would, ignoring failures (the standard streams go to the host). */
function writeFd(fd: number, text: string): void {
  if (fd === 1 || fd === 2) interp.host.write(fd, text);
  else if (fd > 2) fdOps(fd)?.write(fd, new TextEncoder().encode(text));
}

/** The stack from `f` outwards, most recent call first, as dump_traceback writes it. */
function stackText(f: Frame | null): string {
  if (f === null) return "  <no Python frame>\n";
  let out = "";
  for (let depth = 0; f !== null; f = f.back, depth++) {
    if (depth >= MAX_FRAME_DEPTH) return out + "  ...\n";
    const line = f.line;
    out += `  File "${f.code.co.co_filename}", line ${line < 0 ? "???" : line} in ${f.code.co.co_name}\n`;
  }
  return out;
}

export function makeFaulthandler(): PyModule {
  return makeModule("faulthandler", [
    ["enable", (a, k) => {
      const [file] = bindArgs("enable", a, k, ["file", "all_threads"], 0);
      fileno(file);
      enabled.set(interp, file ?? None);
      return None;
    }],
    ["disable", (a, k) => {
      bindArgs("disable", a, k, [], 0);
      return enabled.delete(interp);
    }],
    ["is_enabled", (a, k) => {
      bindArgs("is_enabled", a, k, [], 0);
      return enabled.has(interp);
    }],
    ["dump_traceback", (a, k) => {
      const [file, allThreads] = bindArgs("dump_traceback", a, k, ["file", "all_threads"], 0);
      const fd = fileno(file);
      const head = allThreads === undefined || truthy(allThreads)
        ? `Current thread 0x${THREAD_ID.toString(16).padStart(16, "0")} (most recent call first):\n`
        : "Stack (most recent call first):\n";
      writeFd(fd, head + stackText(currentFrame()));
      return None;
    }],
  ], [], "faulthandler module.");
}
