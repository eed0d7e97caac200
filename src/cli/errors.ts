// How the command line reports Python exceptions: traceback.format_exception_only() as CPython 3.10
// writes it (Lib/traceback.py, TracebackException._format_syntax_error for SyntaxError and its
// subclasses), so `dislab compile` prints what `python3.10 -m py_compile` prints.
import { PyError } from "../support/py-error.ts";

/** Lines (each ending in "\n") that traceback.format_exception_only(type(e), e) returns. */
export function formatExceptionOnly(e: PyError): string {
  const s = e.syntax;
  if (!s) return e.pyMessage === "" ? `${e.type}\n` : `${e.type}: ${e.pyMessage}\n`;
  let out = `  File "${s.filename || "<string>"}", line ${s.lineno}\n`;
  if (s.text !== null) {
    const rtext = s.text.replace(/\n+$/, "");
    const ltext = rtext.replace(/^[ \n\f]+/, "");
    const spaces = rtext.length - ltext.length;
    out += `    ${ltext}\n`;
    if (s.offset !== null) {
      const offset = s.offset;
      let end = s.end_offset === null || s.end_offset === 0 ? offset : s.end_offset;
      if (offset === end || end === -1) end = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = end - 1 - spaces;
      if (colno >= 0) {
        // Non-space whitespace (tabs) is kept so that the caret lines up.
        const caretSpace = Array.from(ltext.slice(0, colno), (c) => (/\s/u.test(c) ? c : " ")).join("");
        out += `    ${caretSpace}${"^".repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
  }
  return out + `${e.type}: ${e.pyMessage || "<no detail available>"}\n`;
}

/** The message py_compile.PyCompileError carries for an exception raised while compiling `file`. */
export function pyCompileMessage(e: PyError, file: string): string {
  if (e.syntax) return formatExceptionOnly(e).replaceAll('File "<string>"', `File "${file}"`);
  return `Sorry: ${e.type}: ${e.pyMessage}`;
}
