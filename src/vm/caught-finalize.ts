// The generators of the frames a caught exception's traceback kept alive. A frame a traceback
// entry holds keeps its locals after it returned, and with them the generators they owned
// (Frame.tbOwned, gen-finalize.ts); CPython lets go of them when the traceback goes, which for an
// exception caught by `except` is when the except block ends and the exception is cleared
// (POP_EXCEPT, the `as` name deleted right after). dislab proves that nothing else holds the
// exception, the `exposed` flag of PyBaseException: an exception the VM raised, or one `raise X(...)`
// made right before raising it, is held by the handler's exception state alone until Python code
// is given it (an `except ... as` name the code reads, sys.exc_info(), a with statement's __exit__,
// a trace function, becoming another exception's __context__ or __cause__, generator.throw,
// locals(), gc). Each frame counts the traceback entries holding it (Frame.tbRefs); the entries of
// an exception let go of are uncounted, innermost first (tb_dealloc lets go of tb_next before
// tb_frame), and a returned frame no entry holds any more lets go of the generators its locals
// owned, as frame_dealloc would. A frame still running (the handler's own) owns its generators
// again.
import {
  type PyObj, type PyType, PyBaseException, PyTraceback, PyGen, Frame, TypeType, DISOWNED, excBirth, typeOf,
} from "../objects/index.ts";
import type { PyCode } from "../objects/code.ts";
import { Op } from "../bytecode/opcodes.ts";
import { interp } from "./interp.ts";
import { releaseTbOwned } from "./gen-finalize.ts";

excBirth.stamp = (e) => {
  const f = interp.frame;
  e.bornAt = f;
  e.bornIndex = f === null ? -1 : f.lasti;
};

/** Whether calling class `t` may run Python code that keeps the instance (a __new__ or __init__ of a class statement's, a metaclass). */
function constructsInPython(t: PyType): boolean {
  // (a builtin class's bases are builtin)
  if (!t.heap) return false;
  if (typeOf(t) !== TypeType) return true;
  for (const b of t.mro) if (b.heap && (b.ns.has("__init__") || b.ns.has("__new__"))) return true;
  return false;
}

/**
 * RAISE_VARARGS raises `exc`: made by the class `raised` (`raise KeyError`), or by the call the
 * instruction before in the raising frame made (`raise KeyError("k")`), with no Python code run by
 * its construction, nothing else holds it. Any other exception raised is held by Python code.
 */
export function claimRaised(exc: PyBaseException, raised: PyObj): void {
  if (raised instanceof PyBaseException) {
    const f = interp.frame;
    exc.exposed = !(f !== null && exc.bornAt === f && exc.bornIndex === f.lasti - 1 && !constructsInPython(exc.cls));
  } else exc.exposed = constructsInPython(exc.cls);
  // (only once: raised again later, it was kept somewhere)
  exc.bornAt = null;
}

/**
 * Whether the handler at instruction `handler` of `code` may bind the exception to a name Python
 * code can read: one of its `except X as e` clauses (DUP_TOP, X, JUMP_IF_NOT_EXC_MATCH to the next
 * clause, POP_TOP, the store of e, POP_TOP) storing a global (a module's or class body's), a cell,
 * or a fast local some instruction of the code loads. A local never loaded is only cleared by the
 * block's end. A bare `except:` or a `finally` body binds nothing. (Cached in PyCode.exceptBinds.)
 */
export function bindsException(code: PyCode, handler: number): boolean {
  const answers = (code.exceptBinds ??= new Map());
  if (answers === true) return true;
  let b = answers.get(handler);
  if (b !== undefined) return b;
  b = false;
  const { ops, args } = code;
  for (let p = handler, n = 0; ops[p] === Op.DUP_TOP && !b && n < ops.length; n++) {
    let j = p + 1;
    while (j < ops.length && ops[j] !== Op.JUMP_IF_NOT_EXC_MATCH) j++;
    if (j + 2 >= ops.length) break;
    if (ops[j + 1] === Op.POP_TOP && ops[j + 2] !== Op.POP_TOP) {
      if (ops[j + 2] !== Op.STORE_FAST) b = true;
      else for (let i = 0; i < ops.length && !b; i++) if (ops[i] === Op.LOAD_FAST && args[i] === args[j + 2]) b = true;
    }
    p = args[j]!;
  }
  answers.set(handler, b);
  return b;
}

/** Whether `f` is running (the running frame or one of its callers) or a suspended generator's. */
function isLive(f: Frame): boolean {
  for (let x: Frame | null = interp.frame; x !== null; x = x.back) if (x === f) return true;
  return f.gen instanceof PyGen && !f.gen.finished;
}

/**
 * POP_EXCEPT ended the except block handling `exc`, which nothing else holds: its traceback
 * entries go, innermost first. A returned frame none holds any more lets go of the generators
 * its locals owned; a running one owns them again.
 */
export function releaseCaught(exc: PyBaseException): void {
  const tb = exc.traceback;
  // (once)
  exc.exposed = true;
  if (!(tb instanceof PyTraceback)) return;
  // (most handled exceptions come from the handler's own frame or the one it called)
  if (!(tb.next instanceof PyTraceback)) return void letGoEntry(tb.frame);
  const entries: PyTraceback[] = [];
  for (let t: PyObj = tb; t instanceof PyTraceback; t = t.next) entries.push(t);
  for (let i = entries.length - 1; i >= 0; i--) letGoEntry(entries[i]!.frame);
}

/** A traceback entry holding frame `f` goes. */
function letGoEntry(f: Frame): void {
  if (--f.tbRefs !== 0 || f.tbOwned === null) return;
  // (a frame object Python code was given may still hold the locals)
  if (!isLive(f)) {
    if (!f.held) releaseTbOwned(f);
  }
  else if (f.owned === DISOWNED) {
    f.owned = f.tbOwned;
    f.tbOwned = null;
  }
}
