// sys's descriptive attributes (Python/sysmodule.c, Objects/floatobject.c, Objects/longobject.c):
// float_info, int_info, hash_info (64-bit CPython's values), thread_info, flags, implementation,
// builtin_module_names, and the small functions programs and the standard library query
// (getrefcount, get_asyncgen_hooks, ...). The struct sequences print as CPython's.
import {
  type PyObj, PyModule, PyFloat, PyBuiltinFunction, asCInt, floatAsDouble, PyDict, None, tuple, typeError, valueError, NamespaceType, PyObject, asStr, asInt, newSet,
  FrozenSetType, PyType, PyMethodDescr, PySet,
} from "../objects/index.ts";
import { structSeqType, structSeq } from "../modules/posix/structseq.ts";
import { NATIVE_MODULES } from "../modules/index.ts";
import { initBuiltinModule, BuiltinImporterType, FrozenImporterType, PathFinderType, fileFinderHook, zipimporterHook } from "./import-machinery.ts";
import { STDLIB_MODULE_NAMES, STDLIB_MODULE_NAME_HASHES_SEED0 } from "./stdlib-module-names.ts";
import { getHashKey } from "../support/hash.ts";
import { vm } from "../objects/hooks.ts";
import { interp } from "../vm/interp.ts";
import { posFn } from "../modules/util.ts";

const FloatInfoType = structSeqType("sys", "float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
const IntInfoType = structSeqType("sys", "int_info", ["bits_per_digit", "sizeof_digit"]);
const HashInfoType = structSeqType("sys", "hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
const ThreadInfoType = structSeqType("sys", "thread_info", ["name", "lock", "version"]);
const FLAG_NAMES = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding"];
const FlagsType = structSeqType("sys", "flags", FLAG_NAMES);
/** sys.flags and sys.version_info cannot be instantiated from Python (the others are ordinary struct sequences). */
export function noNew(t: PyType): void {
  t.ns.set("__new__", new PyMethodDescr(t, "__new__", () => {
    throw typeError(`cannot create '${t.staticModule}.${t.name}' instances`);
  }, true));
}
noNew(FlagsType);

/** Modules built into the interpreter (sys.builtin_module_names): sorted, as CPython lists them. */
export function builtinModuleNames(extra: string[]): PyObj {
  // sysconfig's build data is a .py file of the library in CPython, not a builtin module; _asyncio
  // is a shared library of lib-dynload in CPython's Linux builds (and absent from the oracle's)
  const names = [...NATIVE_MODULES.keys()].filter((n) => !n.startsWith("_sysconfigdata_") && n !== "_asyncio");
  return tuple([...new Set(["builtins", "sys", ...extra, ...names])].sort());
}

/** The command-line options that show in sys.flags (-i, -q); the other fields are fixed. */
export interface SysFlags {
  /** -i: inspect and interactive are 1. */
  inspect?: boolean;
  /** -q: quiet is 1. */
  quiet?: boolean;
  /** -O / -OO: 1 or 2 (Interp.optimize). */
  optimize?: number;
  /** -s, -S, -E and -I (isolated, which implies -E and -s): flags only, since dislab reads no user site, site or PYTHON* variable. */
  noUserSite?: boolean;
  noSite?: boolean;
  ignoreEnvironment?: boolean;
  isolated?: boolean;
  /** -B or PYTHONDONTWRITEBYTECODE: sys.dont_write_bytecode, so importing writes no .pyc files (src/builtins/source-code.ts). */
  dontWriteBytecode?: boolean;
  /** -d: debug is 1 (a release build's parser prints nothing more). */
  debug?: boolean;
  /** -b / -bb: 1 or 2 (Interp.bytesWarning): BytesWarning on str() of bytes and bytes == str. */
  bytesWarning?: number;
  /** --check-hash-based-pycs: _imp.check_hash_based_pycs ("default", "always" or "never"; Interp.checkHashBasedPycs). */
  checkHashBasedPycs?: string;
  /** -W options, in order: sys.warnoptions (-X dev adds "default" first, -b "default::BytesWarning" last, as CPython's config does). */
  warnoptions?: string[];
  /** -X options as given ("name" or "name=value"): sys._xoptions; "dev" sets dev_mode, "utf8" utf8_mode. */
  xoptions?: string[];
}

/**
 * sys.warnoptions: -X dev's "default" first, then the -W options, then -b's BytesWarning filter
 * (config_init_warnoptions orders them so, filters added later taking precedence).
 */
export function warnoptions(flags: SysFlags | undefined): string[] {
  const bytes = flags?.bytesWarning ? [flags.bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning"] : [];
  return [...(flags?.xoptions?.includes("dev") ? ["default"] : []), ...(flags?.warnoptions ?? []), ...bytes];
}

/** sys._xoptions from -X options: name -> value, or True when no value was given. */
export function xoptionsDict(xoptions: string[]): PyDict {
  const d = new PyDict();
  for (const x of xoptions) {
    const eq = x.indexOf("=");
    if (eq < 0) d.setStr(x, true);
    else d.setStr(x.slice(0, eq), x.slice(eq + 1));
  }
  return d;
}

export function addSysInfo(m: PyModule, versionInfo: PyObj, extraBuiltins: string[], flags: SysFlags = {}): void {
  const d = m.dict;
  const fn = (name: string, f: (args: PyObj[], kw: readonly string[] | null) => PyObj) => d.setStr(name, new PyBuiltinFunction(name, f, m));
  d.setStr("float_info", structSeq(FloatInfoType, [
    new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1,
  ]));
  d.setStr("int_info", structSeq(IntInfoType, [30, 4]));
  d.setStr("hash_info", structSeq(HashInfoType, [64, 2305843009213693951n, 314159, 0, 1000003, "siphash24", 64, 128, 0]));
  d.setStr("thread_info", structSeq(ThreadInfoType, ["pthread", "semaphore", "NPTL 2.36"]));
  // hash_randomization is 0 under PYTHONHASHSEED=0's key (dislab's default: src/support/hash.ts), else 1
  const inspect = flags.inspect ? 1 : 0;
  const key = getHashKey();
  const randomized = key.k0 !== 0n || key.k1 !== 0n ? 1 : 0;
  const on = (b: boolean | undefined) => (b ? 1 : 0);
  const x = xoptionsDict(flags.xoptions ?? []);
  const isolated = on(flags.isolated);
  const utf8 = x.getStr("utf8");
  d.setStr("flags", structSeq(FlagsType, [
    on(flags.debug), inspect, inspect, flags.optimize ?? 0, on(flags.dontWriteBytecode), on(flags.noUserSite) | isolated, on(flags.noSite), on(flags.ignoreEnvironment) | isolated, 0, flags.bytesWarning ?? 0,
    on(flags.quiet), randomized, isolated, x.getStr("dev") !== undefined, utf8 === true || utf8 === "1" ? 1 : 0, 0,
  ]));
  const impl = new PyObject(NamespaceType);
  impl.dict = new PyDict();
  impl.dict.setStr("name", "cpython");
  impl.dict.setStr("cache_tag", "cpython-310");
  impl.dict.setStr("version", versionInfo);
  impl.dict.setStr("hexversion", 0x030a02f0);
  impl.dict.setStr("_multiarch", "x86_64-linux-gnu");
  d.setStr("implementation", impl);
  d.setStr("builtin_module_names", builtinModuleNames(extraBuiltins));
  d.setStr("float_repr_style", "short");
  d.setStr("platlibdir", "lib");
  d.setStr("executable", "/usr/local/bin/python3.10");
  d.setStr("_base_executable", "/usr/local/bin/python3.10");
  for (const p of ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"]) d.setStr(p, "/usr/local");
  d.setStr("_git", tuple(["CPython", "v3.10.2", ""]));
  d.setStr("_framework", "");
  initBuiltinModule(m, "sys");
  d.setStr("meta_path", new PyList([BuiltinImporterType, FrozenImporterType, PathFinderType]));
  d.setStr("path_hooks", new PyList([zipimporterHook, fileFinderHook]));
  d.setStr("path_importer_cache", new PyDict());
  /** A sys function of CPython's METH_NOARGS/METH_O/positional-only kind: its count and keyword messages. */
  const sysFn = (name: string, min: number, max: number, f: (args: PyObj[]) => PyObj) => fn(name, posFn(`sys.${name}`, min, max, f));
  sysFn("get_asyncgen_hooks", 0, 0, () => structSeq(AsyncgenHooksType, [...vm.asyncgenHooks()]));
  fn("set_asyncgen_hooks", (a, k) => {
    const nkw = k ? k.length : 0;
    const vals: (PyObj | undefined)[] = [a.length - nkw > 0 ? a[0] : undefined, a.length - nkw > 1 ? a[1] : undefined];
    for (let i = 0; i < nkw; i++) {
      const j = k![i] === "firstiter" ? 0 : k![i] === "finalizer" ? 1 : -1;
      if (j < 0) throw typeError(`'${k![i]}' is an invalid keyword argument for set_asyncgen_hooks()`);
      vals[j] = a[a.length - nkw + i];
    }
    const hooks = vm.asyncgenHooks();
    const next: [PyObj, PyObj] = [...hooks];
    for (const [i, what] of [[1, "finalizer"], [0, "firstiter"]] as [number, string][]) {
      const v = vals[i];
      if (v === undefined) continue;
      if (v !== None && !isCallable(v)) throw typeError(`callable ${what} expected, got ${typeName(v)}`);
      next[i] = v;
    }
    hooks[0] = next[0];
    hooks[1] = next[1];
    return None;
  });
  // No reference counts: every object is referenced at least by the call's argument (and the caller).
  sysFn("getrefcount", 1, 1, () => 2);
  d.setStr("stdlib_module_names", stdlibModuleNames());
  d.setStr("copyright", COPYRIGHT);
  d.setStr("_home", None);
  sysFn("get_coroutine_origin_tracking_depth", 0, 0, () => interp.coroOriginDepth);
  fn("set_coroutine_origin_tracking_depth", (a, k) => {
    const nkw = k ? k.length : 0;
    if (a.length !== 1 || (nkw && k![0] !== "depth")) throw typeError("set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)");
    const v = asInt(a[0]);
    if (v === null) throw typeError(`'${typeName(a[0])}' object cannot be interpreted as an integer`);
    if (v < 0) throw valueError("depth must be >= 0");
    interp.coroOriginDepth = Number(v);
    return None;
  });
  fn("_clear_type_cache", () => None);
  sysFn("_deactivate_opcache", 0, 0, () => None);
  fn("_debugmallocstats", () => None);
  // dlopen flags and the switch interval: kept, as nothing here loads libraries or switches threads
  let dlopenFlags = 2;
  sysFn("getdlopenflags", 0, 0, () => dlopenFlags);
  sysFn("setdlopenflags", 1, 1, ([v]) => {
    dlopenFlags = asCInt(v);
    return None;
  });
  sysFn("_current_frames", 0, 0, () => new PyDict());
  sysFn("_current_exceptions", 0, 0, () => new PyDict());
  sysFn("getfilesystemencodeerrors", 0, 0, () => "surrogateescape");
  // the interval is kept in whole microseconds (a C unsigned long) and read back as 1e-6 times that
  let switchMicroseconds = 5000;
  sysFn("getswitchinterval", 0, 0, () => new PyFloat(1e-6 * switchMicroseconds));
  sysFn("setswitchinterval", 1, 1, ([v]) => {
    const x = floatAsDouble(v);
    if (x <= 0) throw valueError("switch interval must be strictly positive");
    const us = Math.trunc(1e6 * x);
    switchMicroseconds = Number.isFinite(us) && us < 2 ** 64 ? us : 0;
    return None;
  });
  sysFn("is_finalizing", 0, 0, () => false);
  sysFn("getallocatedblocks", 0, 0, () => 0);
  fn("audit", (a) => {
    if (a.length < 1 || asStr(a[0]) === null) throw typeError("expected str for argument 'event'");
    return None;
  });
  fn("addaudithook", () => None);
}

/**
 * sys.stdlib_module_names, a frozenset built as CPython builds it (the names added in sorted order).
 * Under the default key the names' hashes come from the generated table: SipHashing 303 strs cold
 * was a third of a one-line program's start-up over bare Node.
 */
function stdlibModuleNames(): PySet {
  const { k0, k1 } = getHashKey();
  if (k0 !== 0n || k1 !== 0n) return newSet(STDLIB_MODULE_NAMES, FrozenSetType);
  const set = new PySet(FrozenSetType);
  for (let i = 0; i < STDLIB_MODULE_NAMES.length; i++) set.add(STDLIB_MODULE_NAMES[i]!, STDLIB_MODULE_NAME_HASHES_SEED0[i]!);
  return set;
}

const COPYRIGHT = "Copyright (c) 2001-2022 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

const AsyncgenHooksType = structSeqType("builtins", "asyncgen_hooks", ["firstiter", "finalizer"]);

import { PyList, typeOf } from "../objects/index.ts";
const isCallable = (v: PyObj): boolean => typeOf(v).lookup("__call__") !== undefined;
const typeName = (v: PyObj): string => typeOf(v).name;
