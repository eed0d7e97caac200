// The sys module (Python/sysmodule.c) as far as programs use it: argv, path, modules, the
// standard streams (_io.TextIOWrappers over the host, src/modules/io/stdio.ts),
// exit, maxsize (64-bit), version/version_info (3.10.2), recursion limit, exc_info,
// excepthook/displayhook, _getframe, intern, getdefaultencoding. (docs/vm-design.md puts native
// modules in src/modules/; sys lives here until that folder has an owner, see the report.)
import {
  type PyObj, PyObject, PyType, PyTuple, PyList, PyDict, PyModule, PyBuiltinFunction, PyBaseException, Frame, None, tuple, typeOf, argTypeName, getattr,
  call, str, repr, asStr, asInt, asIndex, newExc, typeError, valueError, SystemExit, RecursionError, defMethods, defGetters, TupleType, TypeType,
  ObjectType, encode, decode, hasSurrogates, PyIter, iterTypes, ValueError, toArray, normInt, OverflowError, PyStrSubclass, PySplitStr, StrType,
  bindArgs, callDescr, gcTracked, isTypeError, PyBytesObj, asCInt, RuntimeError, getattrOpt, ImportError, warnEx, SSIZE_MAX,
} from "./sys-imports.ts";
import { importModule } from "./importer.ts";
import { interp } from "../vm/interp.ts";
import { formatException } from "../vm/traceback.ts";
import { currentFrame } from "./functions.ts";
import { holdFrame } from "../objects/frame.ts";
import { addSysInfo, noNew, warnoptions, xoptionsDict, type SysFlags } from "./sys-info.ts";
import { structSeqType, structSeq } from "../modules/posix/structseq.ts";
import { setTrace, setProfile } from "../vm/trace.ts";
import { UnraisableHookArgsType, defaultUnraisableHook } from "../vm/gen-finalize.ts";
import { makeStdStreams } from "../modules/io/stdio.ts";
import { posFn } from "../modules/util.ts";
import { SYS_DOC } from "./sys-doc.ts";

// ---- version_info ---------------------------------------------------------------------------------
const VersionInfoType = structSeqType("sys", "version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
noNew(VersionInfoType);

const fn = (name: string, f: (args: PyObj[], kw: readonly string[] | null) => PyObj, mod: PyObj | null = null) => new PyBuiltinFunction(name, f, mod);

/** $PYTHONBREAKPOINT as getenv() would see it now: through os.environ's dict once posix is loaded (unless -E). */
function breakpointEnvar(): string | null {
  const flags = interp.sys.dict.getStr("flags");
  if (flags !== undefined && flags instanceof PyTuple && asInt(getattr(flags, "ignore_environment")) !== 0) return null;
  const posix = interp.modules.getStr("posix");
  if (posix instanceof PyModule) {
    const environ = posix.dict.getStr("environ");
    if (environ instanceof PyDict) {
      const v = environ.get(new PyBytesObj(encode("PYTHONBREAKPOINT", "utf-8", "surrogateescape")));
      return v instanceof PyBytesObj ? decode(v.bytes, "utf-8", "surrogateescape") : null;
    }
  }
  return interp.host.env?.PYTHONBREAKPOINT ?? null;
}

/**
 * sys.breakpointhook(*args, **kws) (sys_breakpointhook): the callable $PYTHONBREAKPOINT names
 * ("module.attr", or a builtin's name), pdb.set_trace when it is unset or empty, nothing for "0";
 * a name that cannot be imported is ignored with a RuntimeWarning.
 */
function breakpointhook(args: PyObj[], kw: readonly string[] | null): PyObj {
  const envar = breakpointEnvar();
  const name = envar === null || envar === "" ? "pdb.set_trace" : envar;
  if (name === "0") return None;
  const dot = name.lastIndexOf(".");
  let hook: PyObj | undefined;
  if (dot !== 0) {
    const modulePath = dot < 0 ? "builtins" : name.slice(0, dot);
    try {
      hook = getattrOpt(importModule(modulePath), name.slice(dot + 1));
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.isSubtype(ImportError))) throw e;
    }
  }
  if (hook === undefined) {
    warnEx("RuntimeWarning", `Ignoring unimportable $PYTHONBREAKPOINT: "${name}"`, 0);
    return None;
  }
  return call(hook, args, kw);
}

/**
 * sys.getsizeof(object[, default]): object.__sizeof__() plus the collector's header (16 bytes, as
 * 64-bit CPython's PyGC_Head) for an object it tracks; `default` answers a TypeError.
 */
function getsizeof(args: PyObj[], kw: readonly string[] | null): PyObj {
  const [obj, dflt] = bindArgs("getsizeof", args, kw, ["object", "default"], 1);
  const o = obj!;
  try {
    const t = typeOf(o);
    const method = t.lookup("__sizeof__");
    if (method === undefined) throw typeError(`Type ${t.name} doesn't define __sizeof__`);
    const r = callDescr(method, o, []);
    const size = asInt(r);
    if (size === null) throw typeError("an integer is required");
    if (typeof size === "bigint" && (size > SSIZE_MAX || size < -SSIZE_MAX - 1n)) throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
    if (size < 0) throw valueError("__sizeof__() should return >= 0");
    // (a size_t sum: sys.maxsize plus the header is no error)
    if (!gcTracked(o)) return size;
    return normInt(BigInt(size) + 16n);
  } catch (e) {
    if (dflt !== undefined && isTypeError(e)) return dflt;
    throw e;
  }
}

export function defaultExcepthook(args: PyObj[]): PyObj {
  if (args.length !== 3) throw typeError(`excepthook expected 3 arguments, got ${args.length}`);
  const text = formatException(args[1]);
  const err = interp.sys.dict.getStr("stderr");
  if (err === undefined || err === None) return None;
  call(getattr(err, "write"), [text]);
  return None;
}

/** sys.displayhook(object): repr on sys.stdout (RuntimeError "lost sys.stdout" without one), kept in builtins._. */
function displayhook(args: PyObj[]): PyObj {
  const v = args[0];
  if (v === None) return None;
  interp.builtins.setStr("_", None);
  const out = interp.sys.dict.getStr("stdout");
  if (out === undefined || out === None) throw newExc(RuntimeError, "lost sys.stdout");
  call(getattr(out, "write"), [repr(v) + "\n"]);
  interp.builtins.setStr("_", v);
  return None;
}

export function makeSys(argv: string[], path0: string, flags?: SysFlags): PyModule {
  const m = new PyModule("sys");
  /** A positional-only sys function taking min..max arguments, with CPython's messages for sys.name(). */
  const sysFn = (name: string, min: number, max: number, f: (args: PyObj[]) => PyObj) => fn(name, posFn(`sys.${name}`, min, max, f), m);
  const d = m.dict;
  d.setStr("__doc__", SYS_DOC);
  const [stdin, stdout, stderr] = makeStdStreams();
  const versionInfo = structSeq(VersionInfoType, [3, 10, 2, "final", 0]);
  const hook = fn("excepthook", defaultExcepthook, m);
  const dhook = fn("displayhook", posFn("sys.displayhook", 1, 1, displayhook), m);
  const bphook = fn("breakpointhook", breakpointhook, m);
  const uhook = fn("unraisablehook", (a) => {
    if (a.length !== 1) throw typeError(`unraisablehook() takes exactly one argument (${a.length} given)`);
    if (!(a[0] instanceof PyTuple) || typeOf(a[0]) !== UnraisableHookArgsType) throw typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
    return defaultUnraisableHook(a[0]);
  }, m);
  const entries: [string, PyObj][] = [
    ["argv", new PyList(argv.slice())],
    ["orig_argv", new PyList(["python3.10", ...argv])],
    // -I (isolated): the script's directory or the current one is not searched
    ["path", new PyList(flags?.isolated ? [] : [path0])],
    ["modules", interp.modules],
    ["stdin", stdin], ["stdout", stdout], ["stderr", stderr],
    ["__stdin__", stdin], ["__stdout__", stdout], ["__stderr__", stderr],
    ["maxsize", normInt(2n ** 63n - 1n)],
    ["maxunicode", 0x10ffff],
    ["byteorder", "little"],
    ["platform", "linux"],
    ["version", "3.10.2 (main, dislab) [TypeScript]"],
    ["version_info", versionInfo],
    ["hexversion", 0x030a02f0],
    ["api_version", 1013],
    ["dont_write_bytecode", flags?.dontWriteBytecode ?? false],
    ["excepthook", hook], ["__excepthook__", hook],
    ["displayhook", dhook], ["__displayhook__", dhook],
    ["breakpointhook", bphook], ["__breakpointhook__", bphook],
    ["unraisablehook", uhook], ["__unraisablehook__", uhook],
    ["exit", sysFn("exit", 0, 1, (a) => {
      throw a.length === 0 || a[0] === None ? newExc(SystemExit) : newExc(SystemExit, a[0]);
    })],
    ["getrecursionlimit", sysFn("getrecursionlimit", 0, 0, () => interp.recursionLimit)],
    ["setrecursionlimit", sysFn("setrecursionlimit", 1, 1, (a) => {
      const v = asInt(a[0]);
      if (v === null) throw typeError("an integer is required");
      if (v < 1) throw valueError("recursion limit must be greater or equal than 1");
      if (typeof v === "bigint") throw newExc(OverflowError, "Python int too large to convert to C int");
      if (v <= interp.depth) throw newExc(RecursionError, `cannot set the recursion limit to ${v} at the recursion depth ${interp.depth}: the limit is too low`);
      interp.recursionLimit = v;
      return None;
    })],
    ["exc_info", sysFn("exc_info", 0, 0, () => {
      const e = interp.excInfo;
      // (Python code holds it from now on: vm/caught-finalize.ts)
      if (e !== null) e.exposed = true;
      return e === null ? tuple([None, None, None]) : tuple([e.cls, e, interp.excTb]);
    })],
    ["settrace", sysFn("settrace", 1, 1, (a) => {
      setTrace(a[0]);
      return None;
    })],
    ["gettrace", sysFn("gettrace", 0, 0, (a) => {
      return interp.traceFunc ?? None;
    })],
    ["setprofile", sysFn("setprofile", 1, 1, (a) => {
      setProfile(a[0]);
      return None;
    })],
    ["getprofile", sysFn("getprofile", 0, 0, (a) => {
      return interp.profileFunc ?? None;
    })],
    ["call_tracing", sysFn("call_tracing", 2, 2, (a) => {
      if (!(a[1] instanceof PyTuple)) throw typeError(`call_tracing() argument 2 must be tuple, not ${argTypeName(a[1])}`);
      // _PyEval_CallTracing: the call is traced even from inside a trace function
      const saved = interp.tracing;
      interp.tracing = 0;
      try {
        return call(a[0], a[1].items.slice());
      } finally {
        interp.tracing = saved;
      }
    })],
    ["getdefaultencoding", sysFn("getdefaultencoding", 0, 0, () => "utf-8")],
    ["getfilesystemencoding", sysFn("getfilesystemencoding", 0, 0, () => "utf-8")],
    ["intern", sysFn("intern", 1, 1, (a) => {
      const s = a[0];
      if (typeof s === "string") return s;
      if (!(s instanceof PyStrSubclass)) throw typeError(`intern() argument must be str, not ${argTypeName(s)}`);
      if (s.cls !== StrType) throw typeError(`can't intern ${s.cls.name}`);
      // an exact str in a box: the interned one is the plain string (a false pair stays boxed)
      return s instanceof PySplitStr ? s : s.value;
    })],
    ["_getframe", fn("_getframe", posFn("sys._getframe", 0, 1, (a) => {
      let f: Frame | null = currentFrame();
      let depth = a.length ? asCInt(a[0]) : 0;
      while (depth-- > 0 && f !== null) f = f.back;
      if (f === null) throw valueError("call stack is not deep enough");
      return holdFrame(f);
    }), m)],
    ["getsizeof", fn("getsizeof", getsizeof, m)],
    ["warnoptions", new PyList(warnoptions(flags))],
    ["_xoptions", xoptionsDict(flags?.xoptions ?? [])],
    ["abiflags", ""],
    ["pycache_prefix", None],
  ];
  for (const [k, v] of entries) d.setStr(k, v);
  addSysInfo(m, versionInfo, ["_weakref", "_thread"], flags);
  return m;
}
export { PyDict, PyBaseException, toArray, ValueError, PyIter, iterTypes, str };
