// __import__ (Python/import.c PyImport_ImportModuleLevelObject and importlib's path finder in
// miniature): sys.modules first, then the native modules (sys, builtins), then NAME.py or
// NAME/__init__.py along sys.path (or the package's __path__) through the host's readFile.
// Relative imports resolve against __package__ / __name__ as importlib._bootstrap does.
import {
  type PyObj, PyModule, PyList, PyTuple, PyDict, PyBaseException, None, typeOf, getattrOpt, setattr, asStr, asInt, newExc, typeError, valueError,
  ImportError, ModuleNotFoundError, toArray, truthy, Frame, PyCell, wrapCode, toPyExc, PyType, TypeType, ObjectType, PyInstance, defMethods, repr,
} from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { runFrame } from "../vm/eval-loop.ts";
import { NATIVE_MODULES } from "../modules/index.ts";
import { makeWeakref } from "./weakref.ts";
import { makeThread } from "./thread.ts";

/** Modules that belong to the object model itself rather than to src/modules/. */
const VM_MODULES = new Map<string, () => PyModule>([["_weakref", makeWeakref], ["_thread", makeThread]]);

function notFound(name: string): PyBaseException {
  const e = newExc(ModuleNotFoundError, `No module named '${name}'`);
  e.set("msg", `No module named '${name}'`);
  e.set("name", name);
  return e;
}

function joinPath(dir: string, name: string): string {
  if (dir === "" || dir === ".") return name;
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

const decoder = new TextDecoder("utf-8", { fatal: false });

function loadFromFile(fullname: string, path: string, src: Uint8Array, isPkg: boolean, pkgDir: string): PyModule {
  const m = new PyModule(fullname);
  const d = m.dict;
  d.setStr("__file__", path);
  d.setStr("__cached__", None);
  d.setStr("__builtins__", interp.builtinsModule);
  if (isPkg) {
    d.setStr("__path__", new PyList([pkgDir]));
    d.setStr("__package__", fullname);
  } else d.setStr("__package__", fullname.includes(".") ? fullname.slice(0, fullname.lastIndexOf(".")) : "");
  d.setStr("__spec__", makeSpec(fullname, path, isPkg ? new PyList([pkgDir]) : None));
  interp.modules.setStr(fullname, m);
  d.setStr("__initializing__", true);
  try {
    if (interp.compile === null) throw newExc(ImportError, `cannot import '${fullname}': no compiler available`);
    interp.sources.set(path, decoder.decode(src));
    let co;
    try {
      co = interp.compile(src, path, "exec", 0);
    } catch (e) {
      throw toPyExc(e);
    }
    const f = new Frame(wrapCode(co), d, interp.builtins, d);
    for (let i = 0; i < co.co_cellvars.length; i++) f.cells.push(new PyCell());
    runFrame(f, null);
  } catch (e) {
    interp.modules.delStr(fullname);
    throw e;
  } finally {
    d.delStr("__initializing__");
  }
  return (interp.modules.getStr(fullname) as PyModule) ?? m;
}

/** importlib's ModuleSpec, as a plain object with its attributes. */
const ModuleSpecType = new PyType(TypeType, "ModuleSpec", [ObjectType]);
ModuleSpecType.staticModule = "importlib._bootstrap";
ModuleSpecType.hasDict = true;
defMethods(ModuleSpecType, [["__repr__", (s) => {
  const d = (s as PyInstance).dict!;
  return `ModuleSpec(name=${repr(d.getStr("name")!)}, loader=${repr(d.getStr("loader")!)}, origin=${repr(d.getStr("origin")!)})`;
}, 0, 0]]);
function makeSpec(name: string, origin: string, locations: PyObj): PyObj {
  const s = new PyInstance(ModuleSpecType);
  const d = (s.dict = new PyDict());
  d.setStr("name", name);
  d.setStr("loader", None);
  d.setStr("origin", origin);
  d.setStr("submodule_search_locations", locations);
  d.setStr("loader_state", None);
  d.setStr("cached", None);
  d.setStr("parent", locations !== None ? name : name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "");
  d.setStr("has_location", true);
  return s;
}

function findAndLoad(fullname: string, searchPath: PyObj[]): PyModule | null {
  const read = interp.host.readFile;
  if (!read) return null;
  const last = fullname.slice(fullname.lastIndexOf(".") + 1);
  for (const entry of searchPath) {
    const dir = asStr(entry);
    if (dir === null) continue;
    const pkgDir = joinPath(dir, last);
    const init = joinPath(pkgDir, "__init__.py");
    const initSrc = read(init);
    if (initSrc !== null) return loadFromFile(fullname, init, initSrc, true, pkgDir);
    const file = joinPath(dir, last + ".py");
    const src = read(file);
    if (src !== null) return loadFromFile(fullname, file, src, false, dir);
  }
  return null;
}

/** Imports one dotted name, its parents first. */
export function importModule(fullname: string): PyObj {
  const have = interp.modules.getStr(fullname);
  if (have !== undefined) {
    if (have === None) throw notFound(fullname);
    return have;
  }
  const dot = fullname.lastIndexOf(".");
  let searchPath: PyObj[];
  let parent: PyObj | null = null;
  if (dot >= 0) {
    const parentName = fullname.slice(0, dot);
    parent = importModule(parentName);
    const again = interp.modules.getStr(fullname);
    if (again !== undefined) return again;
    const p = getattrOpt(parent, "__path__");
    if (p === undefined) {
      const e = newExc(ModuleNotFoundError, `No module named '${fullname}'; '${parentName}' is not a package`);
      e.set("msg", `No module named '${fullname}'; '${parentName}' is not a package`);
      e.set("name", fullname);
      throw e;
    }
    searchPath = toArray(p);
  } else {
    const sp = interp.sys.dict.getStr("path");
    searchPath = sp instanceof PyList ? sp.items : [];
  }
  const native = VM_MODULES.get(fullname) ?? NATIVE_MODULES.get(fullname);
  if (native !== undefined) {
    const m = native();
    interp.modules.setStr(fullname, m);
    if (parent !== null) setattr(parent, fullname.slice(dot + 1), m);
    return m;
  }
  const m = findAndLoad(fullname, searchPath);
  if (m === null) throw notFound(fullname);
  if (parent !== null) setattr(parent, fullname.slice(dot + 1), m);
  return m;
}

function resolveName(name: string, globals: PyObj, level: number): string {
  let pkg: PyObj | undefined;
  if (globals instanceof PyDict) {
    pkg = globals.getStr("__package__");
    if (pkg === undefined || pkg === None) {
      const n = globals.getStr("__name__");
      if (n === undefined || asStr(n) === null) throw newExc(keyErrorT(), "'__name__' not in globals");
      const ns = asStr(n)!;
      pkg = globals.getStr("__path__") !== undefined ? ns : ns.includes(".") ? ns.slice(0, ns.lastIndexOf(".")) : "";
    } else if (asStr(pkg) === null) throw typeError("package must be a string");
  }
  const p = pkg === undefined || pkg === None ? "" : asStr(pkg)!;
  if (p === "") throw newExc(ImportError, "attempted relative import with no known parent package");
  const bits = p.split(".");
  if (bits.length < level) throw newExc(ImportError, "attempted relative import beyond top-level package");
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return name ? `${base}.${name}` : base;
}
import { KeyError } from "../objects/index.ts";
const keyErrorT = () => KeyError;

/** builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0). */
export function builtinImport(args: PyObj[], kw: readonly string[] | null): PyObj {
  const nkw = kw ? kw.length : 0;
  const vals: (PyObj | undefined)[] = args.slice(0, args.length - nkw);
  const names = ["name", "globals", "locals", "fromlist", "level"];
  for (let k = 0; k < nkw; k++) {
    const idx = names.indexOf(kw![k]);
    if (idx < 0) throw typeError(`'${kw![k]}' is an invalid keyword argument for __import__()`);
    vals[idx] = args[args.length - nkw + k];
  }
  const name = asStr(vals[0] ?? None);
  if (name === null) throw typeError(`module name must be str, not ${typeOf(vals[0] ?? None).name}`);
  const globals = vals[1] ?? None;
  const fromlist = vals[3] ?? None;
  const levelV = vals[4] === undefined ? 0 : asInt(vals[4]);
  const level = levelV === null ? 0 : Number(levelV);
  if (level < 0) throw valueError("level must be >= 0");
  if (level === 0 && name === "") throw valueError("Empty module name");
  const fullname = level > 0 ? resolveName(name, globals, level) : name;
  const mod = importModule(fullname);
  const hasFrom = fromlist !== None && truthy(fromlist);
  if (!hasFrom) {
    if (level === 0 || name === "") {
      const first = name.split(".")[0];
      return level === 0 ? interp.modules.getStr(first) ?? mod : mod;
    }
    const cut = fullname.length - name.length;
    const top = fullname.slice(0, cut) + name.split(".")[0];
    return interp.modules.getStr(top) ?? mod;
  }
  if (getattrOpt(mod, "__path__") !== undefined) {
    for (const item of toArray(fromlist)) {
      const s = asStr(item);
      if (s === null) throw typeError(`Item in ${"from list"} must be str, not ${typeOf(item).name}`);
      if (s === "*") {
        const all = getattrOpt(mod, "__all__");
        if (all !== undefined) for (const a of toArray(all)) {
          const as = asStr(a);
          if (as !== null && getattrOpt(mod, as) === undefined) tryImport(`${fullname}.${as}`);
        }
        continue;
      }
      if (getattrOpt(mod, s) === undefined) tryImport(`${fullname}.${s}`);
    }
  }
  return mod;
}
function tryImport(n: string): void {
  try {
    importModule(n);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === ModuleNotFoundError && e.get("name") === n) return;
    throw e;
  }
}
export { PyTuple };
