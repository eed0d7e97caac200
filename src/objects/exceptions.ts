// The builtin exception hierarchy of CPython 3.10 (Objects/exceptions.c): BaseException's args,
// str/repr, __traceback__/__cause__/__context__/__suppress_context__, and the per-class extras
// (StopIteration.value, SystemExit.code, OSError's errno/strerror/filename, SyntaxError's position,
// ImportError's name/path, UnicodeError's details, AttributeError/NameError name). Exceptions are
// thrown with JS `throw` as these objects (design §4); `fresh` marks one not yet given __context__.
import { PyObject, type PyObj } from "./object.ts";
import { PyType } from "./type.ts";
import { ObjectType, TypeType, None } from "./builtin-types.ts";

export class PyBaseException extends PyObject {
  args: PyObj[] = [];
  traceback: PyObj = None;
  cause: PyObj = None;
  context: PyObj = None;
  suppressContext = false;
  /** Raised but not yet given its __context__ by the eval loop. */
  fresh = true;
  /**
   * Python code may hold it (made by a call of its class, bound by `except ... as`, given by
   * sys.exc_info(), a __context__, ...): unless so, the frames of its traceback are let go of when
   * the except block handling it ends (src/vm/caught-finalize.ts). False only for the VM's own
   * (newExc) and for one `raise` made right before raising it.
   */
  exposed = true;
  /** The frame and instruction whose call of the class made it (BaseException.__new__; excBirth). */
  bornAt: object | null = null;
  bornIndex = -1;
  /** Per-class members (StopIteration.value, OSError.errno, ...). */
  extra: Map<string, PyObj> | null = null;
  constructor(cls: PyType, args: PyObj[] = []) {
    super(cls);
    this.args = args;
  }
  get(name: string): PyObj {
    return this.extra?.get(name) ?? None;
  }
  set(name: string, v: PyObj): void {
    (this.extra ??= new Map()).set(name, v);
  }
  /** Whether member `name` was ever given a value (CPython's field is not NULL). */
  has(name: string): boolean {
    return this.extra !== null && this.extra.has(name);
  }
}

export const exceptionTypes = new Map<string, PyType>();

function exc(name: string, base: PyType | null): PyType {
  const t = new PyType(TypeType, name, [base ?? ObjectType], null);
  t.isException = true;
  t.hasDict = true;
  if (!base) {
    t.solid = t;
    t.factory = (cls) => new PyBaseException(cls);
  }
  exceptionTypes.set(name, t);
  return t;
}

export const BaseException = exc("BaseException", null);
export const GeneratorExit = exc("GeneratorExit", BaseException);
export const KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
export const SystemExit = exc("SystemExit", BaseException);
export const Exception = exc("Exception", BaseException);
export const ArithmeticError = exc("ArithmeticError", Exception);
export const FloatingPointError = exc("FloatingPointError", ArithmeticError);
export const OverflowError = exc("OverflowError", ArithmeticError);
export const ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
export const AssertionError = exc("AssertionError", Exception);
export const AttributeError = exc("AttributeError", Exception);
export const BufferError = exc("BufferError", Exception);
export const EOFError = exc("EOFError", Exception);
export const ImportError = exc("ImportError", Exception);
export const ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);
export const LookupError = exc("LookupError", Exception);
export const IndexError = exc("IndexError", LookupError);
export const KeyError = exc("KeyError", LookupError);
export const MemoryError = exc("MemoryError", Exception);
export const NameError = exc("NameError", Exception);
export const UnboundLocalError = exc("UnboundLocalError", NameError);
export const OSError = exc("OSError", Exception);
export const BlockingIOError = exc("BlockingIOError", OSError);
export const ChildProcessError = exc("ChildProcessError", OSError);
export const ConnectionError = exc("ConnectionError", OSError);
export const BrokenPipeError = exc("BrokenPipeError", ConnectionError);
export const ConnectionAbortedError = exc("ConnectionAbortedError", ConnectionError);
export const ConnectionRefusedError = exc("ConnectionRefusedError", ConnectionError);
export const ConnectionResetError = exc("ConnectionResetError", ConnectionError);
export const FileExistsError = exc("FileExistsError", OSError);
export const FileNotFoundError = exc("FileNotFoundError", OSError);
export const InterruptedError = exc("InterruptedError", OSError);
export const IsADirectoryError = exc("IsADirectoryError", OSError);
export const NotADirectoryError = exc("NotADirectoryError", OSError);
export const PermissionError = exc("PermissionError", OSError);
export const ProcessLookupError = exc("ProcessLookupError", OSError);
export const TimeoutError = exc("TimeoutError", OSError);
export const ReferenceError = exc("ReferenceError", Exception);
export const RuntimeError = exc("RuntimeError", Exception);
export const NotImplementedError = exc("NotImplementedError", RuntimeError);
export const RecursionError = exc("RecursionError", RuntimeError);
export const StopAsyncIteration = exc("StopAsyncIteration", Exception);
export const StopIteration = exc("StopIteration", Exception);
export const SyntaxError = exc("SyntaxError", Exception);
export const IndentationError = exc("IndentationError", SyntaxError);
export const TabError = exc("TabError", IndentationError);
export const SystemError = exc("SystemError", Exception);
export const TypeError = exc("TypeError", Exception);
export const ValueError = exc("ValueError", Exception);
export const UnicodeError = exc("UnicodeError", ValueError);
export const UnicodeDecodeError = exc("UnicodeDecodeError", UnicodeError);
export const UnicodeEncodeError = exc("UnicodeEncodeError", UnicodeError);
export const UnicodeTranslateError = exc("UnicodeTranslateError", UnicodeError);
export const Warning = exc("Warning", Exception);
for (const w of ["BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning"]) exc(w, Warning);

/**
 * OSError's errno map (Objects/exceptions.c, _PyExc_InitState) with Linux's numbers: OSError(2, ...)
 * makes a FileNotFoundError.
 */
const OSERROR_SUBCLASSES: [PyType, number[]][] = [
  [BlockingIOError, [11, 114, 115]], // EAGAIN (= EWOULDBLOCK), EALREADY, EINPROGRESS
  [ChildProcessError, [10]], // ECHILD
  [BrokenPipeError, [32, 108]], // EPIPE, ESHUTDOWN
  [ConnectionAbortedError, [103]],
  [ConnectionRefusedError, [111]],
  [ConnectionResetError, [104]],
  [FileExistsError, [17]],
  [FileNotFoundError, [2]],
  [IsADirectoryError, [21]],
  [NotADirectoryError, [20]],
  [InterruptedError, [4]],
  [PermissionError, [13, 1]], // EACCES, EPERM
  [ProcessLookupError, [3]],
  [TimeoutError, [110]],
];
const osErrorMap = new Map<number, PyType>(OSERROR_SUBCLASSES.flatMap(([t, ns]) => ns.map((n) => [n, t] as [number, PyType])));
/** The OSError subclass for an errno number (OSError itself when it has none). */
export const osErrorSubclass = (errno: number): PyType => osErrorMap.get(errno) ?? OSError;

/** A new exception instance of a builtin type with a single message argument. */
export function newExc(t: PyType, msg?: PyObj, ...more: PyObj[]): PyBaseException {
  const e = t.solid.factory!(t) as PyBaseException;
  e.args = msg === undefined ? [] : [msg, ...more];
  initExtras(e);
  e.exposed = false;
  return e;
}

/** Stamps an exception BaseException.__new__ made with the running frame and instruction (set by the VM). */
export const excBirth = { stamp: (_e: PyBaseException): void => {} };

/**
 * oserror_init: a BlockingIOError's third argument is the number of characters written when it is
 * a number (PyNumber_Check), else a filename; exc-methods.ts, which has the number protocols, sets
 * `of` to give that count (PyNumber_AsSsize_t, with ValueError) or null.
 */
export const charactersWritten = { of: (_x: PyObj): number | null => null };

/** PySequence_Tuple's items (any iterable); exc-methods.ts, which has the iteration protocol, sets it. */
export const sequenceItems = { of: (x: PyObj): PyObj[] => tupleItems(x) ?? [] };

/** Fills the per-class members from args, as each class's __init__ does. */
export function initExtras(e: PyBaseException): void {
  const t = fieldsOf(e.cls);
  if (t === null) return;
  const a = e.args;
  if (t === StopIteration) e.set("value", a.length ? a[0] : None);
  else if (t === SystemExit) e.set("code", a.length === 0 ? None : a.length === 1 ? a[0] : tupleOf(a));
  else if (t === OSError) {
    if (a.length >= 2 && a.length <= 5) {
      e.set("errno", a[0]);
      e.set("strerror", a[1]);
      const fn = a.length >= 3 ? a[2] : None;
      const written = fn !== None && e.cls === BlockingIOError ? charactersWritten.of(fn) : null;
      if (written !== null) e.set("characters_written", written);
      else if (fn !== None) {
        e.set("filename", fn);
        if (a.length >= 5 && a[4] !== None) e.set("filename2", a[4]);
        // oserror_init: the filenames (and winerror) are removed from args
        e.args = a.slice(0, 2);
      }
    }
  } else if (t === SyntaxError) {
    if (a.length >= 1) e.set("msg", a[0]);
    if (a.length === 2) {
      // SyntaxError_init: the second argument is any iterable (made a tuple) of filename, lineno,
      // offset, text and optionally end_lineno and end_offset, unpacked as PyArg_ParseTuple does
      const items = sequenceItems.of(a[1]);
      if (items.length < 4 || items.length > 6) {
        throw typeError(`function takes ${items.length < 4 ? "at least 4" : "at most 6"} arguments (${items.length} given)`);
      }
      const names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
      names.forEach((name, i) => e.set(name, i < items.length ? items[i] : None));
      if (items.length === 5) throw typeError("end_offset must be provided when end_lineno is provided");
    }
  } else e.set("msg", a.length === 1 ? a[0] : None); // ImportError
}

/**
 * Which of the exceptions with fields of their own t derives from (their layouts exclude each
 * other), or null: one walk of the MRO, which ends at BaseException for any exception.
 */
function fieldsOf(t: PyType): PyType | null {
  for (const b of t.mro) {
    if (b === StopIteration || b === SystemExit || b === OSError || b === SyntaxError || b === ImportError) return b;
    if (b === Exception || b === BaseException) return null;
  }
  return null;
}

// tuple helpers are injected to avoid an import cycle at load time (tuple.ts imports this file).
let tupleOf: (items: PyObj[]) => PyObj = () => None;
let tupleItems: (v: PyObj) => PyObj[] | null = () => null;
export function setTupleHelpers(of: typeof tupleOf, items: typeof tupleItems): void {
  tupleOf = of;
  tupleItems = items;
}

const mkErr = (t: PyType) => (msg: string) => newExc(t, msg);
export const typeError = mkErr(TypeError);
export const valueError = mkErr(ValueError);
export const indexError = mkErr(IndexError);
export const attributeError = mkErr(AttributeError);
export const overflowError = mkErr(OverflowError);
export const zeroDivisionError = mkErr(ZeroDivisionError);
export const runtimeError = mkErr(RuntimeError);
export const nameError = mkErr(NameError);
export const notImplementedError = mkErr(NotImplementedError);
export const keyError = (key: PyObj) => newExc(KeyError, key);
export const stopIteration = (value?: PyObj) => newExc(StopIteration, ...(value === undefined ? [] : [value]) as [PyObj]);

export const isException = (x: unknown): x is PyBaseException => x instanceof PyBaseException;

/**
 * The most items a list grows to one by one (append, list(iterable), comprehensions): V8 aborts
 * the process, with no exception to catch, when an array grows past ~1.1 * 2**27 items, so growth
 * stops here with MemoryError (CPython's lists end only at the machine's memory).
 */
export const MAX_GROWN_ITEMS = 2 ** 26;

/** Takes back the item that made `items` one longer than MAX_GROWN_ITEMS, and raises MemoryError. */
export function grownTooLong(items: unknown[]): never {
  items.pop();
  throw newExc(MemoryError);
}

/**
 * Any thrown JS value as a Python exception: PyError from a VM-less phase (support, compiler,
 * marshal) becomes its exception type with CPython's fields; a JS stack overflow becomes
 * RecursionError; anything else is an internal error reported as SystemError.
 */
export function toPyExc(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof PyOSError) return newExc(e.type === "OSError" ? osErrorSubclass(e.errno) : exceptionTypes.get(e.type) ?? OSError, e.errno, e.strerror);
  if (e instanceof PyError) {
    const t = exceptionTypes.get(e.type) ?? SystemError;
    const details = (e as { details?: Record<string, unknown> }).details;
    if (e.syntax) {
      const s = e.syntax;
      const info = [s.filename, s.lineno, s.offset ?? None, s.text ?? None, s.end_lineno ?? None, s.end_offset ?? None].map((v) => (typeof v === "number" ? v : v)) as PyObj[];
      const x = newExc(t, e.pyMessage, tupleOf(info));
      return x;
    }
    if (details && (e.type === "UnicodeDecodeError" || e.type === "UnicodeEncodeError")) {
      const x = newExc(t);
      const obj = details.object;
      const objVal: PyObj = obj instanceof Uint8Array ? bytesOf(obj) : textObjOf(obj as Text);
      x.args = [details.encoding as string, objVal, details.start as number, details.end as number, details.reason as string];
      for (const [i, n] of ["encoding", "object", "start", "end", "reason"].entries()) x.set(n, x.args[i]);
      return x;
    }
    return e.pyMessage === "" && (e.type === "MemoryError" || e.type === "StopIteration") ? newExc(t) : newExc(t, e.pyMessage);
  }
  if (e instanceof Error && /Maximum call stack size exceeded/i.test(e.message)) return newExc(RecursionError, "maximum recursion depth exceeded" + ((e as { pyWhere?: string }).pyWhere ?? recursion.where));
  // an array or buffer longer than V8 makes (a list or tuple of ~2**27 items and more): CPython's
  // allocation would fail only past the machine's memory
  if (e instanceof RangeError && /^(Invalid (typed )?array length|Array buffer allocation failed)/.test(e.message)) return newExc(MemoryError);
  const msg = e instanceof Error ? `internal error: ${e.message}` : `internal error: ${String(e)}`;
  const x = newExc(SystemError, msg);
  (x as { jsError?: unknown }).jsError = e;
  return x;
}
let bytesOf: (b: Uint8Array) => PyObj = () => None;
export const setBytesOf = (f: typeof bytesOf) => (bytesOf = f);
let textObjOf: (t: Text) => PyObj = (t) => (typeof t === "string" ? t : t.units);
export const setTextObjOf = (f: typeof textObjOf) => (textObjOf = f);
import { PyError, PyOSError } from "../support/py-error.ts";
import { recursion } from "./hooks.ts";
import type { Text } from "../support/text/split-str.ts";
