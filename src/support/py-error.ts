// A Python exception raised by a phase that runs without the VM (tokenizer, parser, compiler,
// marshal). It carries the Python type name and, for SyntaxError and its subclasses, the position
// fields CPython sets. The VM turns it into a real exception object; the CLI prints it the way
// traceback.format_exception_only() does.

export interface SyntaxErrorDetails {
  filename: string;
  /** 1-based line, as CPython reports it. */
  lineno: number;
  /** 1-based column (counted in characters of `text`, as CPython 3.10 reports it); may be null. */
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  /** The source line (with its newline), or null. */
  text: string | null;
}

/** The Python exception class name: "SyntaxError", "ValueError", "EOFError", "ZeroDivisionError", ... */
export type PyErrorType = string;

/** V8's Error.stackTraceLimit, when an embedder has not frozen it (other engines have none). */
const LIMIT_WRITABLE = Object.getOwnPropertyDescriptor(Error, "stackTraceLimit")?.writable === true;

export class PyError extends Error {
  constructor(
    readonly type: PyErrorType,
    /** The exception's message (str(exc) for non-syntax errors, exc.msg for syntax errors). */
    readonly pyMessage: string,
    readonly syntax?: SyntaxErrorDetails,
  ) {
    // No JavaScript stack trace: a PyError is a Python exception (a traceback, where it has one,
    // is the VM's), and capturing V8's stack through the frames of a running program was most of
    // what raising one cost: `int('x')` in a loop under try/except spent 64% of its time there.
    const limit = Error.stackTraceLimit;
    if (LIMIT_WRITABLE) Error.stackTraceLimit = 0;
    super(`${type}: ${pyMessage}`);
    if (LIMIT_WRITABLE) Error.stackTraceLimit = limit;
    this.name = "PyError";
  }

  static syntax(type: "SyntaxError" | "IndentationError" | "TabError", msg: string, details: SyntaxErrorDetails): PyError {
    return new PyError(type, msg, details);
  }
}

/**
 * An OSError from the host (a pipe, a terminal): errno and strerror as OSError(errno, strerror)
 * takes them, so the exception has .errno/.strerror and prints "[Errno 32] Broken pipe". The type
 * is OSError or the subclass named (BrokenPipeError).
 */
export class PyOSError extends PyError {
  constructor(
    type: PyErrorType,
    readonly errno: number,
    readonly strerror: string,
  ) {
    super(type, `[Errno ${errno}] ${strerror}`);
  }
}

/** A warning a phase emits (SyntaxWarning, DeprecationWarning) instead of raising. */
export interface PyWarning {
  category: "SyntaxWarning" | "DeprecationWarning" | "RuntimeWarning";
  message: string;
  filename: string;
  lineno: number;
}
