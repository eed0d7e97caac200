// The _imp module (Python/import.c) that importlib's Python code calls: built-in modules through
// the native importer's table (is_builtin, create_builtin, exec_builtin), the frozen modules of
// builtins/frozen.ts, no extension modules (dislab loads no C code: extension_suffixes() is
// empty), the import lock of a single-threaded interpreter, source_hash for hash-based .pyc files,
// _fix_co_filename.
import { type PyObj, PyBytesObj, PyList, PyModule, PyCode, None, asStr, asInt, typeError, newExc, ImportError, bindArgs, typeOf, argTypeName, wrapCode } from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { siphash24 } from "../support/hash.ts";
import { createBuiltin, isBuiltinName } from "../builtins/import-machinery.ts";
import { fixCoFilename } from "../builtins/source-code.ts";
import { isFrozen, isFrozenPackage, frozenCode, initFrozen } from "../builtins/frozen.ts";
import { makeModule, posFn, type Fn } from "./util.ts";
import { bufferBytes } from "./posix/files.ts";
import { CodeObject } from "../bytecode/code.ts";

function nameArg(fname: string, x: PyObj): string {
  const s = asStr(x);
  if (s === null) throw typeError(`${fname}() argument must be str, not ${argTypeName(x)}`);
  return s;
}

const fns: [string, Fn][] = [
  ["is_builtin", posFn("_imp.is_builtin", 1, 1, (a) => {
    const n = nameArg("is_builtin", a[0]);
    if (n === "sys" || n === "builtins") return -1;
    return isBuiltinName(n) ? 1 : 0;
  })],
  ["create_builtin", posFn("_imp.create_builtin", 1, 1, (a) => createBuiltin(a[0]))],
  ["exec_builtin", posFn("_imp.exec_builtin", 1, 1, () => 0)],
  ["exec_dynamic", posFn("_imp.exec_dynamic", 1, 1, () => 0)],
  ["create_dynamic", posFn("_imp.create_dynamic", 1, 2, (a) => {
    const name = asStr(a[0] === undefined ? None : (a[0] as { dict?: { getStr(n: string): PyObj | undefined } }).dict?.getStr("name") ?? None) ?? "?";
    const e = newExc(ImportError, `dislab cannot load extension modules (${name})`);
    e.set("name", name);
    throw e;
  })],
  ["is_frozen", posFn("_imp.is_frozen", 1, 1, (a) => isFrozen(nameArg("is_frozen", a[0])))],
  ["is_frozen_package", posFn("_imp.is_frozen_package", 1, 1, (a) => isFrozenPackage(nameArg("is_frozen_package", a[0])))],
  ["get_frozen_object", posFn("_imp.get_frozen_object", 1, 1, (a) => wrapCode(frozenCode(nameArg("get_frozen_object", a[0]))))],
  ["init_frozen", posFn("_imp.init_frozen", 1, 1, (a) => initFrozen(nameArg("init_frozen", a[0])))],
  ["acquire_lock", posFn("_imp.acquire_lock", 0, 0, () => None)],
  ["release_lock", posFn("_imp.release_lock", 0, 0, () => None)],
  ["lock_held", posFn("_imp.lock_held", 0, 0, () => false)],
  ["extension_suffixes", posFn("_imp.extension_suffixes", 0, 0, () => new PyList([]))],
  ["_fix_co_filename", posFn("_imp._fix_co_filename", 2, 2, (a) => {
    const [code, path] = a;
    const co = code instanceof PyCode ? code.co : null;
    const p = asStr(path ?? None);
    if (p === null) throw typeError(`_fix_co_filename() argument 2 must be str, not ${argTypeName(path ?? None)}`);
    if (co instanceof CodeObject) fixCoFilename(co, co.co_filename, p);
    else throw typeError(`_fix_co_filename() argument 1 must be code, not ${argTypeName(code ?? None)}`);
    return None;
  })],
  ["source_hash", (a, k) => {
    const [key, source] = bindArgs("source_hash", a, k, ["key", "source"], 2);
    const kv = asInt(key!);
    if (kv === null) throw typeError(`'${typeOf(key!).name}' object cannot be interpreted as an integer`);
    const h = siphash24(BigInt.asUintN(64, BigInt(kv)), 0n, bufferBytes(source!, ""));
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigUint64(0, h, true);
    return new PyBytesObj(out);
  }],
];

export function makeImp(): PyModule {
  return makeModule("_imp", fns, [["check_hash_based_pycs", interp.checkHashBasedPycs]], "(Extremely) low-level import machinery bits as used by importlib and imp.");
}
