// Printing an uncaught exception as CPython 3.10's PyErr_Display does (Python/pythonrun.c
// print_exception_recursive, Python/traceback.c tb_printinternal): the chain of causes and
// contexts, "Traceback (most recent call last):", one File/line/name entry per frame with the
// stripped source line, "[Previous line repeated N more times]" after 3 repeats, the special
// SyntaxError layout with its caret, and "Did you mean" suggestions for NameError/AttributeError.
import {
  type PyObj, PyBaseException, PyTraceback, PyType, None, str, repr, typeOf, asStr, asInt, getattrOpt, SyntaxError as SyntaxErrorT,
  NameError, AttributeError, PyObject, objectDir, toArray, call, ImportError,
} from "../objects/index.ts";
import { interp, sourceLine } from "./interp.ts";
import { suggestFor } from "./suggestions.ts";

const CUTOFF = 3;

function tbEntries(tb: PyObj): string {
  let out = "";
  let last: [string, number, string] | null = null;
  let count = 0;
  const flushRepeat = () => {
    if (count > CUTOFF) out += `  [Previous line repeated ${count - CUTOFF} more time${count - CUTOFF > 1 ? "s" : ""}]\n`;
  };
  const entries: PyTraceback[] = [];
  for (let t = tb; t instanceof PyTraceback; t = t.next) entries.push(t);
  const limitObj = interp.sys.dict.getStr("tracebacklimit");
  let limit = 1000;
  if (limitObj !== undefined) {
    const v = asInt(limitObj);
    if (v !== null) limit = Number(v);
  }
  if (limit <= 0) return "";
  const shown = entries.slice(Math.max(0, entries.length - limit));
  for (const t of shown) {
    const co = t.frame.code.co;
    const key: [string, number, string] = [co.co_filename, t.lineno, co.co_name];
    if (last === null || key[0] !== last[0] || key[1] !== last[1] || key[2] !== last[2]) {
      flushRepeat();
      last = key;
      count = 0;
    }
    count++;
    if (count > CUTOFF) continue;
    out += `  File "${co.co_filename}", line ${t.lineno}, in ${co.co_name}\n`;
    const line = sourceLine(co.co_filename, t.lineno).replace(/^[ \t\f]+/, "").replace(/[\r\n]+$/, "");
    if (line) out += `    ${line}\n`;
  }
  flushRepeat();
  return out;
}

function typeName(t: PyType): string {
  const mod = t.moduleName;
  if (mod === "builtins") return t.qualname;
  return `${mod}.${t.qualname}`;
}

function syntaxErrorLines(e: PyBaseException): string {
  const fn = e.get("filename");
  const ln = e.get("lineno");
  let out = "";
  // (parse_syntax_error: "<string>" for None, else the filename printed raw, whatever its type)
  const fns = fn === undefined || fn === None ? "<string>" : str(fn);
  out += `  File "${fns}", line ${ln === None ? 0 : str(ln)}\n`;
  const text = e.get("text");
  const ts = asStr(text);
  if (ts !== null) {
    // print_error_text: the line without leading whitespace, the caret under the offset.
    let t = ts;
    let offset = Number(asInt(e.get("offset")) ?? -1);
    let endOffset = Number(asInt(e.get("end_offset")) ?? -1);
    const endLn = asInt(e.get("end_lineno"));
    if (endLn !== null && Number(endLn) !== Number(asInt(ln) ?? 0)) endOffset = -1;
    // only the last line of a multi-line text
    const nl = t.slice(0, Math.max(0, offset)).lastIndexOf("\n");
    if (nl >= 0 && nl < t.length - 1) {
      offset -= nl + 1;
      if (endOffset > 0) endOffset -= nl + 1;
      t = t.slice(nl + 1);
    }
    const stripped = t.replace(/^[ \t\f]+/, "");
    const removed = t.length - stripped.length;
    offset -= removed;
    if (endOffset > 0) endOffset -= removed;
    const body = stripped.replace(/\n$/, "");
    out += `    ${body}\n`;
    if (offset >= 1) {
      if (offset > body.length + 1) offset = body.length + 1;
      let width = 1;
      if (endOffset > offset) width = Math.min(endOffset, body.length + 1) - offset;
      out += `    ${" ".repeat(offset - 1)}${"^".repeat(Math.max(1, width))}\n`;
    }
  }
  return out;
}

/** One exception as print_exception shows it, without its chain (the default unraisablehook's form). */
export function printOne(e: PyObj): string {
  let out = "";
  if (!(e instanceof PyBaseException)) {
    return `TypeError: print_exception(): Exception expected for value, ${typeOf(e).name} found\n`;
  }
  if (e.traceback instanceof PyTraceback) out += "Traceback (most recent call last):\n" + tbEntries(e.traceback);
  const t = e.cls;
  let msg: string;
  if (t.isSubtype(SyntaxErrorT) && e.get("lineno") !== None) {
    out += syntaxErrorLines(e);
    const m = e.get("msg");
    msg = m === None ? safeStr(e) : safeStr(m);
  } else msg = safeStr(e);
  const name = typeName(t);
  if (t.isSubtype(NameError) || t.isSubtype(AttributeError)) {
    const s = suggestFor(e);
    if (s !== null) msg += `. Did you mean: '${s}'?`;
  }
  out += msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
  return out;
}

/**
 * What sys.__unraisablehook__ writes after its first line (write_unraisable_exc_file): the
 * traceback's entries, then the type as module.qualname (bare in builtins) and, for
 * any value, ": " and its str() even when that is empty ("<exception str() failed>" if it raises),
 * without print_exception's SyntaxError layout or suggestions.
 */
export function unraisableText(type: PyObj, value: PyObj, tb: PyObj): string {
  let out = tb instanceof PyTraceback ? "Traceback (most recent call last):\n" + tbEntries(tb) : "";
  if (!(type instanceof PyType)) return out;
  let mod: string | null = null;
  try {
    const m = getattrOpt(type, "__module__");
    mod = m === undefined ? null : asStr(m);
  } catch {
    // (an error looking __module__ up is cleared: "<unknown>")
  }
  out += mod === null ? "<unknown>" : mod === "builtins" ? "" : `${mod}.`;
  out += type.qualname;
  if (value !== None) {
    let s: string;
    try {
      s = str(value);
    } catch {
      s = "<exception str() failed>";
    }
    out += `: ${s}`;
  }
  return out + "\n";
}

function safeStr(x: PyObj): string {
  try {
    return str(x);
  } catch {
    return `<exception str() failed>`;
  }
}

/** The full text PyErr_Display writes for `e` (chained exceptions first). */
export function formatException(e: PyObj): string {
  const seen = new Set<PyObj>();
  const rec = (v: PyObj): string => {
    seen.add(v);
    let out = "";
    if (v instanceof PyBaseException) {
      const cause = v.cause;
      const ctx = v.context;
      if (cause !== None && !seen.has(cause)) {
        out += rec(cause);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
      } else if (ctx !== None && !v.suppressContext && !seen.has(ctx)) {
        out += rec(ctx);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
      }
    }
    return out + printOne(v);
  };
  return rec(e);
}
export { repr, getattrOpt, PyObject, objectDir, toArray, call, ImportError };
