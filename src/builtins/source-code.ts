// SourceLoader.get_code of CPython 3.10's importlib (Lib/importlib/_bootstrap_external.py): a source
// module's code comes from __pycache__/NAME.cpython-310.pyc when that file's header matches the
// source (its mtime and size, or its hash), else from compiling the source, and the compiled code
// is then cached in that file (unless sys.dont_write_bytecode), written atomically with the
// source's permissions, errors ignored. CPython 3.10 reads and runs the .pyc files dislab writes
// and the other way round (the header and marshal format are the same: src/marshal/pyc.ts).
//
// The times and the writing go through the granted file system (HostFS). A host that serves files
// without one (the library's readFile, the bundled standard library) gives no modification time:
// then only hash-based .pyc files can be checked, so only those are used, and nothing is written.
import { type PyObj, PyModule, newExc, ImportError, toPyExc, idOf, truthy } from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { CodeObject } from "../bytecode/code.ts";
import { pycCode, readPycHeader, sourceHash, writePyc, type PycHeader } from "../marshal/pyc.ts";
import { O } from "../vm/host-fs.ts";
import { PyError } from "../support/py-error.ts";

const decoder = new TextDecoder("utf-8", { fatal: false });

/**
 * __pycache__/NAME.cpython-310.pyc next to a source file (importlib.util.cache_from_source), or
 * NAME.cpython-310.opt-N.pyc under -O/-OO: the bundled standard library has only the former, so
 * under -O its modules are compiled from source as they are imported.
 */
export function cacheFromSource(path: string): string {
  const slash = path.lastIndexOf("/");
  const dir = slash < 0 ? "" : path.slice(0, slash + 1);
  const base = path.slice(slash + 1).replace(/\.py$/, "");
  return `${dir}__pycache__/${base}.cpython-310${interp.optimize > 0 ? `.opt-${interp.optimize}` : ""}.pyc`;
}

/** Sets co_filename through a code object and the code objects in its constants (_imp._fix_co_filename). */
export function fixCoFilename(co: CodeObject, oldName: string, newName: string): void {
  if (co.co_filename !== oldName) return;
  co.co_filename = newName;
  for (const c of co.co_consts) if (c instanceof CodeObject) fixCoFilename(c, oldName, newName);
}

/** _imp.check_hash_based_pycs as the program may have set it, else as the command line did. */
function checkHashBasedPycs(): PyObj {
  const imp = interp.modules.getStr("_imp");
  return (imp instanceof PyModule ? imp.dict.getStr("check_hash_based_pycs") : undefined) ?? interp.checkHashBasedPycs;
}

/**
 * SourceFileLoader.path_stats: the source's whole-second mtime and size, and its permission bits
 * for the .pyc (_calc_mode); null without a file system or when stat fails.
 */
function sourceStats(path: string): { mtime: number; size: number; mode: number } | null {
  const st = interp.host.fs?.stat(path, true);
  return st === undefined || typeof st === "string" ? null : { mtime: Math.trunc(st.mtime), size: st.size, mode: st.mode };
}

/** Whether a timestamp header matches the source (_validate_timestamp_pyc, both fields modulo 2**32). */
const timestampMatches = (h: PycHeader, st: { mtime: number; size: number }) => h.mtime === st.mtime >>> 0 && h.sourceSize === st.size >>> 0;

/**
 * The code of the source module at `path` whose bytes are `src` (SourceLoader.get_code): from its
 * .pyc when valid, else compiled, and then cached. Errors of a .pyc whose header matched (a corrupt
 * body) propagate, as importlib's; a bad header only means compiling the source again.
 */
export function sourceModuleCode(name: string, path: string, src: Uint8Array): CodeObject {
  const pycPath = cacheFromSource(path);
  const fs = interp.host.fs;
  const st = fs === undefined ? null : sourceStats(path);
  // CPython reads no .pyc when stat fails; a host without a file system reads the hash-based ones
  let hashBased = false;
  let checkSource = true;
  let hash: Uint8Array | null = null;
  const data = fs === undefined || st !== null ? interp.host.readFile?.(pycPath) ?? null : null;
  if (data !== null) {
    let valid = false;
    try {
      const h = readPycHeader(data, name);
      hashBased = h.hash !== undefined;
      if (hashBased) {
        checkSource = h.checkSource!;
        const mode = checkHashBasedPycs();
        if (mode !== "never" && (checkSource || mode === "always")) {
          hash = sourceHash(src);
          valid = hash.every((b, i) => b === h.hash![i]);
        } else valid = true;
      } else valid = st !== null && timestampMatches(h, st);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
    }
    if (valid) {
      let co: CodeObject;
      try {
        co = pycCode(data, name);
      } catch (e) {
        throw toPyExc(e);
      }
      fixCoFilename(co, co.co_filename, path);
      return co;
    }
  }
  if (interp.compile === null) throw newExc(ImportError, `cannot import '${name}': no compiler available`);
  interp.sources.set(path, decoder.decode(src));
  let co: CodeObject;
  try {
    co = interp.compile(src, path, "exec", 0);
  } catch (e) {
    throw toPyExc(e);
  }
  if (st !== null && !dontWriteBytecode()) {
    const pyc = hashBased ? writePyc(co, { hash: hash ?? sourceHash(src), checkSource }) : writePyc(co, { mtime: st.mtime, sourceSize: src.length });
    cacheBytecode(pycPath, pyc, st.mode);
  }
  return co;
}

/** The directory part of a path, as importlib's _path_split gives it ("" for a bare name). */
const parentOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf("/")));

/** sys.dont_write_bytecode, as the program may have set it. */
function dontWriteBytecode(): boolean {
  const v = interp.sys.dict.getStr("dont_write_bytecode");
  return v !== undefined && truthy(v);
}

/**
 * SourceFileLoader._cache_bytecode and set_data: the missing directories made, the file written
 * through a temporary name and renamed into place (_write_atomic), with the source's permission bits
 * plus the owner's write bit; any failure leaves things as they were, silently.
 */
function cacheBytecode(pycPath: string, data: Uint8Array, sourceMode: number): void {
  const fs = interp.host.fs!;
  const mode = (sourceMode | 0o200) & 0o666;
  // the missing directories, innermost last (a relative path's first one included)
  const missing: string[] = [];
  for (let dir = parentOf(pycPath); dir !== "" && typeof fs.stat(dir, true) === "string"; dir = parentOf(dir)) missing.push(dir);
  for (const dir of missing.reverse()) {
    const err = fs.mkdir(dir, 0o777);
    if (err !== null && err !== "EEXIST") return;
  }
  const tmp = `${pycPath}.${idOf(pycPath)}`;
  const fd = fs.open(tmp, O.EXCL | O.CREAT | O.WRONLY, mode);
  if (typeof fd === "string") return;
  let ok = true;
  for (let at = 0; ok && at < data.length; ) {
    const n = fs.write(fd, data.subarray(at));
    if (typeof n === "string" || n === 0) ok = false;
    else at += n;
  }
  fs.close(fd);
  if (!ok || fs.rename(tmp, pycPath) !== null) fs.unlink(tmp);
}
