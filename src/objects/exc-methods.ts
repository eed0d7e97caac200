// Methods and attributes of the builtin exceptions (Objects/exceptions.c): BaseException's
// __new__/__init__/args/__str__/__repr__/with_traceback and the chaining attributes, and the
// subclasses whose str() differs (KeyError, OSError, SyntaxError, ImportError, UnicodeError,
// StopIteration.value, SystemExit.code, AttributeError/NameError .name).
import type { PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import { BytesType, IntType, None, StrType } from "./builtin-types.ts";
import * as E from "./exceptions.ts";
import { PyBaseException, initExtras, newExc, typeError } from "./exceptions.ts";
import { asStr, isNumber, repr, setattr, str, toArray, typeOf } from "./protocols.ts";
import { asIndex, asSize } from "./slice.ts";
import { PyMethodDescr, asMembers, defGetters, defMethods, byArity } from "./function.ts";
import { ownNew } from "./typeobject.ts";
import { PyTuple, tuple, tupleRepr } from "./tuple.ts";
import { PyDict } from "./dict.ts";
import { TracebackType } from "./builtin-types.ts";
import { PyBytesObj, asText } from "./boxes.ts";
import { bufferBytes } from "./bytes.ts";
import { unicodeErrorMessage } from "../support/text/index.ts";

const X = (x: PyObj) => x as PyBaseException;
/** Whether `init` is BaseException's __init__ (the builtin exceptions' own entries share its function). */
const isBaseInit = (init: PyObj | undefined): boolean => init instanceof PyMethodDescr && init.fn === (E.BaseException.ns.get("__init__") as PyMethodDescr).fn;

defMethods(E.BaseException, [
  ["__new__", (cls, args, kw) => {
    const t = cls as PyType;
    const e = t.solid.factory!(t) as PyBaseException;
    e.args = args.slice(0, args.length - (kw ? kw.length : 0));
    E.excBirth.stamp(e);
    return e;
  }],
  ["__init__", (s, args, kw) => {
    const nkw = kw ? kw.length : 0;
    if (nkw && (isBaseInit(typeOf(s).lookup("__init__")) || !typeOf(s).heap)) {
      throw typeError(`${typeOf(s).name}() takes no keyword arguments`);
    }
    X(s).args = args.slice(0, args.length - nkw);
    initExtras(X(s));
    return None;
  }],
  ["__str__", (s) => {
    const a = X(s).args;
    return a.length === 0 ? "" : a.length === 1 ? str(a[0]) : tupleRepr(a);
  }, 0, 0],
  ["__repr__", (s) => {
    const a = X(s).args;
    const n = typeOf(s).name;
    return a.length === 1 ? `${n}(${repr(a[0])})` : `${n}${tupleRepr(a)}`;
  }, 0, 0],
  byArity("with_traceback", (s, tb) => {
    setTraceback(X(s), tb);
    return s;
  }),
  ["__reduce__", (s) => reduced(s, X(s).args.slice(), X(s).dict), 0, 0],
  // the state __reduce__ gives (the instance __dict__) set back as attributes, as pickle and copy do
  ["__setstate__", (s, [state]) => {
    if (state === None) return None;
    if (!(state instanceof PyDict)) throw typeError("state is not a dictionary");
    for (const { key, value } of state.entries()) {
      const name = asStr(key);
      if (name === null) throw typeError(`attribute name must be string, not '${typeOf(key).name}'`);
      setattr(s, name, value);
    }
    return None;
  }, 1, 1],
]);
/** __reduce__'s answer: (type, args), or (type, args, state) when there is a state. */
const reduced = (s: PyObj, args: PyObj[], state: PyDict | null): PyObj => tuple(state === null ? [typeOf(s), tuple(args)] : [typeOf(s), tuple(args), state]);
function setTraceback(e: PyBaseException, tb: PyObj | undefined): void {
  if (tb === undefined) throw typeError("__traceback__ may not be deleted");
  if (tb !== None && typeOf(tb) !== TracebackType) throw typeError("__traceback__ must be a traceback or None");
  e.traceback = tb;
}
function exceptionOrNone(what: string, v: PyObj | undefined): PyObj {
  if (v === undefined) throw typeError(`${what} may not be deleted`);
  if (v !== None && !(v instanceof PyBaseException)) throw typeError(`exception ${what} must be None or derive from BaseException`);
  return v;
}
defGetters(E.BaseException, [
  ["args", (s) => tuple(X(s).args.slice()), (s, v) => {
    if (v === undefined) throw typeError("args may not be deleted");
    X(s).args = toArray(v);
  }],
  ["__traceback__", (s) => X(s).traceback, (s, v) => setTraceback(X(s), v)],
  ["__cause__", (s) => X(s).cause, (s, v) => {
    X(s).cause = exceptionOrNone("cause", v);
    X(s).suppressContext = true;
  }],
  ["__context__", (s) => X(s).context, (s, v) => (X(s).context = exceptionOrNone("context", v))],
  // a T_BOOL member: a bool only, and not deletable
  ["__suppress_context__", (s) => X(s).suppressContext, (s, v) => {
    if (v === undefined) throw typeError("can't delete numeric/char attribute");
    if (typeof v !== "boolean") throw typeError("attribute value type must be bool");
    X(s).suppressContext = v;
  }],
  // made on first use, as CPython makes an exception's __dict__
  ["__dict__", (s) => (X(s).dict ??= new PyDict()), (s, v) => {
    // (PyObject_GenericSetDict)
    if (v === undefined) throw typeError("cannot delete __dict__");
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    X(s).dict = v;
  }],
]);

const member = (t: PyType, names: string[]) => {
  defGetters(t, names.map((n) => [n, (s: PyObj) => X(s).get(n), (s: PyObj, v: PyObj | undefined) => X(s).set(n, v ?? None)] as [string, (s: PyObj) => PyObj, (s: PyObj, v: PyObj | undefined) => void]));
  asMembers(t, names);
};
member(E.StopIteration, ["value"]);
member(E.SystemExit, ["code"]);
member(E.ImportError, ["msg", "name", "path"]);
member(E.OSError, ["errno", "strerror", "filename", "filename2"]);
/** PyNumber_AsSsize_t(x, PyExc_ValueError): a BlockingIOError's characters_written. */
const writtenCount = (x: PyObj): number => asSize(x, undefined, E.ValueError);
E.charactersWritten.of = (x) => (isNumber(x) ? writtenCount(x) : null);
// a getset of OSError's, though only BlockingIOError(errno, strerror, count) sets it
const noCharactersWritten = () => E.newExc(E.AttributeError, "characters_written");
defGetters(E.OSError, [["characters_written", (s) => {
  if (!X(s).has("characters_written")) throw noCharactersWritten();
  return X(s).get("characters_written");
}, (s, v) => {
  const e = X(s);
  if (v !== undefined) e.set("characters_written", writtenCount(v));
  else if (!e.has("characters_written")) throw noCharactersWritten();
  else e.extra!.delete("characters_written");
}]]);
member(E.SyntaxError, ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]);
member(E.AttributeError, ["name", "obj"]);
member(E.NameError, ["name"]);

defMethods(E.KeyError, [["__str__", (s) => (X(s).args.length === 1 ? repr(X(s).args[0]) : strBase(s)), 0, 0]]);
const strBase = (s: PyObj): string => {
  const a = X(s).args;
  return a.length === 0 ? "" : a.length === 1 ? str(a[0]) : tupleRepr(a);
};
// NameError(name=...) and AttributeError(name=..., obj=...) take their attributes as keywords (3.10),
// parsed as PyArg_ParseTupleAndKeywords does with the format's name ("|$O:NameError") for subclasses too:
// too many keywords first, then the first unknown one
for (const [t, names] of [[E.NameError, ["name"]], [E.AttributeError, ["name", "obj"]]] as [PyType, string[]][]) {
  defMethods(t, [["__init__", (s, args, kw) => {
    const nkw = kw ? kw.length : 0;
    const e = X(s);
    if (nkw > names.length) throw typeError(`${t.name}() takes at most ${names.length} keyword argument${names.length === 1 ? "" : "s"} (${nkw} given)`);
    for (let i = 0; i < nkw; i++) if (!names.includes(kw![i])) throw typeError(`'${kw![i]}' is an invalid keyword argument for ${t.name}()`);
    e.args = args.slice(0, args.length - nkw);
    for (let i = 0; i < nkw; i++) e.set(kw![i], args[args.length - nkw + i]);
    return None;
  }]]);
}
defMethods(E.ImportError, [
  ["__init__", (s, args, kw) => {
    const nkw = kw ? kw.length : 0;
    const e = X(s);
    // ImportError_init: the keywords are checked first (its format names ImportError, for any
    // subclass), then args, msg, name and path are all set again: an omitted keyword is unset
    // (None, and left out of the pickled state)
    if (nkw > 2) throw typeError(`ImportError() takes at most 2 keyword arguments (${nkw} given)`);
    for (let i = 0; i < nkw; i++) {
      if (kw![i] !== "name" && kw![i] !== "path") throw typeError(`'${kw![i]}' is an invalid keyword argument for ImportError()`);
    }
    e.args = args.slice(0, args.length - nkw);
    e.set("msg", e.args.length === 1 ? e.args[0] : None);
    e.extra?.delete("name");
    e.extra?.delete("path");
    for (let i = 0; i < nkw; i++) e.set(kw![i], args[args.length - nkw + i]);
    return None;
  }],
  // ImportError_str: msg when it is exactly a str, else BaseException's str of args
  ["__str__", (s) => {
    const m = X(s).get("msg");
    return typeof m === "string" ? m : strBase(s);
  }, 0, 0],
  // ImportError_getstate: name and path join a copy of the __dict__
  ["__reduce__", (s) => {
    const e = X(s);
    let state = e.dict;
    if (e.has("name") || e.has("path")) {
      state = e.dict === null ? new PyDict() : e.dict.copyInto(new PyDict());
      for (const n of ["name", "path"]) if (e.has(n)) state.setStr(n, e.get(n));
    }
    return reduced(s, e.args.slice(), state);
  }, 0, 0],
]);
/**
 * oserror_use_init: whether OSError's arguments are taken by __init__ rather than __new__, which is
 * so for a subclass that brings its own __init__ but not its own __new__. The other method then
 * ignores the arguments (keywords included): a subclass's own __new__ calling OSError.__new__ with
 * fewer arguments decides what args is, whatever the call passed on to __init__.
 */
function osErrorUsesInit(t: PyType): boolean {
  const init = t.lookup("__init__");
  const ownInit = !(init instanceof PyMethodDescr && init.fn === osErrorInit);
  return ownInit && t.lookup("__new__") === E.OSError.ns.get("__new__");
}
/** OSError.__init__: the arguments as oserror_init reads them (errno, strerror, filenames), only when __new__ left them. */
function osErrorInit(s: PyObj, args: PyObj[], kw: readonly string[] | null): PyObj {
  const t = typeOf(s);
  if (!osErrorUsesInit(t)) return None;
  if (kw !== null && kw.length > 0) throw typeError(`${t.name}() takes no keyword arguments`);
  X(s).args = args.slice();
  initExtras(X(s));
  return None;
}
defMethods(E.OSError, [
  // oserror_new: OSError itself with an errno it maps becomes that subclass.
  ["__new__", (cls, args, kw) => {
    let t = cls as PyType;
    if (osErrorUsesInit(t)) {
      // (args stays empty until __init__ sets it)
      const blank = t.solid.factory!(t) as PyBaseException;
      blank.args = [];
      E.excBirth.stamp(blank);
      return blank;
    }
    const npos = args.length - (kw ? kw.length : 0);
    // keywords are refused under the type asked for, before any errno mapping
    if (npos < args.length) throw typeError(`${t.name}() takes no keyword arguments`);
    if (t === E.OSError && npos >= 2 && npos <= 5 && (typeof args[0] === "number")) t = E.osErrorSubclass(args[0]);
    const e = t.solid.factory!(t) as PyBaseException;
    e.args = args.slice(0, npos);
    initExtras(e);
    E.excBirth.stamp(e);
    return e;
  }],
  ["__init__", osErrorInit],
  // OSError_str: a field counts once it is set (to None too, as an attribute assignment does); init
  // leaves unset what it was not given and a None filename
  ["__str__", (s) => {
    const e = X(s);
    const errno = e.get("errno");
    const strerror = e.get("strerror");
    if (e.has("filename")) {
      const fn = repr(e.get("filename"));
      return e.has("filename2") ? `[Errno ${str(errno)}] ${str(strerror)}: ${fn} -> ${repr(e.get("filename2"))}` : `[Errno ${str(errno)}] ${str(strerror)}: ${fn}`;
    }
    if (e.has("errno") && e.has("strerror")) return `[Errno ${str(errno)}] ${str(strerror)}`;
    return strBase(s);
  }, 0, 0],
  // the filenames oserror_init took out of args go back in, so that the call remakes them
  ["__reduce__", (s) => {
    const e = X(s);
    let args = e.args.slice();
    if (e.has("filename") && args.length === 2) args = e.has("filename2") ? [...args, e.get("filename"), None, e.get("filename2")] : [...args, e.get("filename")];
    return reduced(s, args, e.dict);
  }, 0, 0],
]);
E.sequenceItems.of = toArray;
defMethods(E.SyntaxError, [
  ["__str__", (s) => {
    const e = X(s);
    // (a msg never set, as by a subclass's __init__ that skips SyntaxError's, is None)
    const m = str(e.get("msg"));
    const fnObj = e.get("filename");
    const fn = asStr(fnObj);
    const ln = e.get("lineno");
    const base = fn === null ? null : fn.slice(fn.lastIndexOf("/") + 1);
    const hasLine = typeof ln === "number" || typeof ln === "bigint";
    if (base !== null && hasLine) return `${m} (${base}, line ${ln})`;
    if (base !== null) return `${m} (${base})`;
    if (hasLine) return `${m} (line ${ln})`;
    return m;
  }, 0, 0],
]);
// UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason) and
// UnicodeTranslateError(object, start, end, reason), whose encoding is None; str() is "" until
// __init__ has set the fields (a bare __new__), as the C types' object field is NULL then.
const UNICODE_ERRORS = [
  [E.UnicodeEncodeError, "UnicodeEncodeError", ["encoding", "object", "start", "end", "reason"]],
  [E.UnicodeDecodeError, "UnicodeDecodeError", ["encoding", "object", "start", "end", "reason"]],
  [E.UnicodeTranslateError, "UnicodeTranslateError", ["object", "start", "end", "reason"]],
] as const;
/** PyArg_ParseTuple's "n": an index-sized int through __index__. */
function ssizeArg(v: PyObj): PyObj {
  const n = asIndex(v);
  if (typeof n === "bigint" && (n > 9223372036854775807n || n < -9223372036854775808n)) throw newExc(E.OverflowError, "Python int too large to convert to C ssize_t");
  return n;
}

/** A T_PYSSIZET member's store (start, end): an int (PyLong_AsSsize_t, no __index__), never deleted. */
function ssizeMember(v: PyObj | undefined): PyObj {
  if (v === undefined) throw typeError("can't delete numeric/char attribute");
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v !== "number" && typeof v !== "bigint" && !typeOf(v).isSubtype(IntType)) throw typeError("an integer is required");
  return ssizeArg(v);
}

for (const [t, kind, params] of UNICODE_ERRORS) {
  member(t, ["encoding", "object", "reason"]);
  defGetters(t, (["start", "end"] as const).map((n) => [n, (s: PyObj) => X(s).get(n), (s: PyObj, v: PyObj | undefined) => X(s).set(n, ssizeMember(v))] as [string, (s: PyObj) => PyObj, (s: PyObj, v: PyObj | undefined) => void]));
  asMembers(t, ["start", "end"]);
  defMethods(t, [
    ["__init__", (s, args, kw) => {
      const e = X(s);
      if (kw !== null && kw.length > 0) throw typeError(`${typeOf(s).name}() takes no keyword arguments`);
      e.args = args.slice();
      // the fields are unset (str() is "") until the arguments parse, as PyArg_ParseTuple's
      // "UOnnU" (decode), "UUnnU" (encode) or "UnnU" (translate) reads them
      for (const n of ["encoding", "object", "reason"]) e.extra?.delete(n);
      if (args.length !== params.length) throw typeError(`function takes exactly ${params.length} arguments (${args.length} given)`);
      const values = params.map((n, i) => {
        const v = args[i];
        if (n === "start" || n === "end") {
          // (stored as soon as parsed: a later bad argument leaves them changed)
          const k = ssizeArg(v);
          e.set(n, k);
          return k;
        }
        if (n === "object" && kind === "UnicodeDecodeError") return v;
        if (!typeOf(v).isSubtype(StrType)) throw typeError(`argument ${i + 1} must be str, not ${typeOf(v).name}`);
        return v;
      });
      if (kind === "UnicodeDecodeError") {
        // any bytes-like object, kept as bytes
        const obj = values[1];
        if (!(obj instanceof PyBytesObj && obj.cls === BytesType)) {
          const b = bufferBytes(obj);
          if (b === null) throw typeError(`a bytes-like object is required, not '${typeOf(obj).name}'`);
          values[1] = new PyBytesObj(b.slice());
        }
      }
      e.set("encoding", None);
      params.forEach((n, i) => e.set(n, values[i]));
      return None;
    }],
    ["__str__", (s) => {
      const e = X(s);
      if (!e.has("object")) return "";
      const obj = e.get("object");
      return unicodeErrorMessage(kind, {
        encoding: kind === "UnicodeTranslateError" ? "" : str(e.get("encoding")),
        object: obj instanceof PyBytesObj ? obj.bytes : (asText(obj) ?? ""),
        start: Number(e.get("start")),
        end: Number(e.get("end")),
        reason: str(e.get("reason")),
      } as never);
    }, 0, 0],
  ]);
}

// Each builtin exception whose C type sets tp_new (BaseException_new, or OSError's) has its own
// `__new__` in its __dict__, as CPython's type_ready adds; these inherit theirs (tp_new 0 in
// exceptions.c's Complex/MiddlingExtendsException definitions). Every one sets tp_init, so each
// has its own `__init__` (ValueError.__dict__ holds both), the function of the one it inherits.
const INHERITS_NEW = new Set([
  "AttributeError", "BlockingIOError", "BrokenPipeError", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
  "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError", "ImportError", "IndentationError",
  "InterruptedError", "IsADirectoryError", "KeyError", "ModuleNotFoundError", "NameError", "NotADirectoryError", "PermissionError",
  "ProcessLookupError", "StopIteration", "SyntaxError", "SystemExit", "TabError", "TimeoutError", "UnboundLocalError",
]);
for (const [name, t] of E.exceptionTypes) {
  if (INHERITS_NEW.has(name) || t.moduleName !== "builtins") continue;
  const inherited = t.lookup("__new__");
  if (inherited instanceof PyMethodDescr) ownNew(t, inherited.fn);
}
for (const t of E.exceptionTypes.values()) {
  const init = t.lookup("__init__");
  if (t.moduleName === "builtins" && !t.ns.has("__init__") && init instanceof PyMethodDescr) t.setAttr("__init__", new PyMethodDescr(t, "__init__", init.fn, true));
}
export { PyTuple };
