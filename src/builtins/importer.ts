// __import__ (Python/import.c PyImport_ImportModuleLevelObject and importlib's path finder in
// miniature): sys.modules first, then the native modules (sys, builtins, src/modules/), then
// NAME/__init__.py or NAME.py along sys.path (or the package's __path__) through the host's
// readFile, then namespace packages (directories, seen through the granted HostFS). Modules get the
// specs and loaders importlib would give them (import-machinery.ts), so importlib.reload and
// import_module work on top. Relative imports resolve against __package__ / __name__ as
// importlib._bootstrap does.
import {
  type PyObj, PyModule, PyList, PyTuple, PyDict, PyBaseException, None, typeOf, argTypeName, getattrOpt, setattr, asStr, asInt, asArgInt, newExc, typeError, valueError,
  ImportError, ModuleNotFoundError, toArray, truthy, PyInstance, call, getattr, parseTupleAndKeywords, AttributeError, keyError, repr,
} from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { NATIVE_MODULES } from "../modules/index.ts";
import { setWarningsImporter } from "../modules/warnings.ts";
import { currentFrame } from "./functions.ts";
import { makeWeakref } from "./weakref.ts";
import { makeThread } from "./thread.ts";
import {
  makeSpec, initModuleAttrs, initBuiltinModule, namespaceSpec, execSource, setBuiltinMaker, setSearcher, PathFinderType, pathKind,
  builtinImporter, frozenImporter, newSourceLoader, sourceLoaderPath, fileFinderPath, isNamespaceLoader, isModuleSpec,
} from "./import-machinery.ts";
import { isFrozen, loadFrozen } from "./frozen.ts";

/** Modules that belong to the object model itself rather than to src/modules/. */
const VM_MODULES = new Map<string, () => PyModule>([["_weakref", makeWeakref], ["_thread", makeThread]]);

function notFound(name: string): PyBaseException {
  const e = newExc(ModuleNotFoundError, `No module named '${name}'`);
  e.set("msg", `No module named '${name}'`);
  e.set("name", name);
  return e;
}

/** _find_and_load's error for a name sys.modules maps to None. */
function halted(name: string): PyBaseException {
  const msg = `import of ${name} halted; None in sys.modules`;
  const e = newExc(ModuleNotFoundError, msg);
  e.set("msg", msg);
  e.set("name", name);
  return e;
}

function joinPath(dir: string, name: string): string {
  if (dir === "" || dir === ".") return name;
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

/** A native module by name, made fresh (not yet in sys.modules), or null. */
function makeNative(name: string): PyModule | null {
  const make = VM_MODULES.get(name) ?? NATIVE_MODULES.get(name);
  return make === undefined ? null : make();
}
setBuiltinMaker(makeNative, (name) => VM_MODULES.has(name) || NATIVE_MODULES.has(name));

/** The last source read while searching, so that loading it does not read it again. */
let lastRead: { path: string; src: Uint8Array } | null = null;

/**
 * PathFinder: along the search path, each entry's finder (sys.path_importer_cache, else the first
 * of sys.path_hooks that takes it) asked in turn; a namespace portion is used when no entry has a
 * regular module or package (the portions are returned then). dislab's own finders (FileFinder)
 * search their directory natively.
 */
function searchEntries(fullname: string, searchPath: PyObj[]): PyObj | string[] | null {
  const portions: string[] = [];
  for (const entry of searchPath) {
    const dir = asStr(entry);
    if (dir === null) continue;
    const finder = finderFor(dir);
    if (finder === None) continue;
    const finderDir = fileFinderPath(finder);
    if (finderDir !== null) {
      const found = searchDir(fullname, finderDir);
      if (typeof found === "string") portions.push(found);
      else if (found !== null) return found;
      continue;
    }
    // a finder from a path hook of the program's own (PathFinder._get_spec); one with only the
    // legacy find_loader/find_module is asked by importlib's own _legacy_get_spec (ImportWarning)
    const spec = getattrOpt(finder, "find_spec") !== undefined
      ? call(getattr(finder, "find_spec"), [fullname])
      : call(getattr(getattr(importlibModule("importlib._bootstrap_external"), "PathFinder"), "_legacy_get_spec"), [fullname, finder]);
    if (spec === None) continue;
    if (getattr(spec, "loader") !== None) return spec;
    const locations = getattr(spec, "submodule_search_locations");
    if (locations === None) throw newExc(ImportError, "spec missing loader");
    for (const p of toArray(locations)) portions.push(asStr(p) ?? "");
  }
  return portions.length ? portions : null;
}

/** The spec `import` loads: a module's, a package's or a namespace package's (with its loader), or null. */
function findSpec(fullname: string, searchPath: PyObj[]): PyObj | null {
  const found = searchEntries(fullname, searchPath);
  return Array.isArray(found) ? namespaceSpec(fullname, found) : found;
}

/** PathFinder._path_importer_cache: the finder for a search path entry ('' is the current directory), or None. */
function finderFor(entry: string): PyObj {
  const path = entry === "" ? interp.host.fs?.getcwd() ?? "" : entry;
  const cache = interp.sys.dict.getStr("path_importer_cache");
  const cached = cache instanceof PyDict ? cache.getStr(path) : undefined;
  if (cached !== undefined) return cached;
  let finder: PyObj = None;
  const hooks = interp.sys.dict.getStr("path_hooks");
  for (const hook of hooks instanceof PyList ? hooks.items.slice() : []) {
    try {
      finder = call(hook, [path]);
      break;
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.isSubtype(ImportError))) throw e;
    }
  }
  if (cache instanceof PyDict) cache.setStr(path, finder);
  return finder;
}

/**
 * FileFinder's search of one directory: DIR/NAME/__init__.py, then __init__.pyc (a package), then
 * DIR/NAME.py, then DIR/NAME.pyc; the directory DIR/NAME without an __init__ is a namespace portion
 * (its path); null when none is there. Sources load natively; a .pyc without its source loads
 * through importlib's own SourcelessFileLoader.
 */
function searchDir(fullname: string, dir: string): PyObj | string | null {
  const read = interp.host.readFile;
  if (!read) return null;
  const last = fullname.slice(fullname.lastIndexOf(".") + 1);
  // (FileFinder looks the name up among the directory's entries: "" and names with a "/" are none of them)
  if (last === "" || last.includes("/")) return null;
  const pkgDir = joinPath(dir, last);
  const init = joinPath(pkgDir, "__init__.py");
  const initSrc = read(init);
  if (initSrc !== null) {
    lastRead = { path: init, src: initSrc };
    return makeSpec(fullname, newSourceLoader(fullname, init), init, new PyList([pkgDir]), true);
  }
  const isDir = pathKind(pkgDir) === "dir";
  if (isDir && pathKind(init + "c") === "file") return sourcelessSpec(fullname, init + "c", pkgDir);
  const file = joinPath(dir, last + ".py");
  const src = read(file);
  if (src !== null) {
    lastRead = { path: file, src };
    return makeSpec(fullname, newSourceLoader(fullname, file), file, None, true);
  }
  if (pathKind(file + "c") === "file") return sourcelessSpec(fullname, file + "c", null);
  return isDir ? pkgDir : null;
}

/** The spec FileFinder makes for a .pyc without source: SourcelessFileLoader's, importlib's own code. */
function sourcelessSpec(fullname: string, path: string, pkgDir: string | null): PyObj {
  const external = importlibModule("importlib._bootstrap_external");
  const loader = call(getattr(external, "SourcelessFileLoader"), [fullname, path]);
  const locations = pkgDir === null ? None : new PyList([pkgDir]);
  return call(getattr(external, "spec_from_file_location"), [fullname, path, loader, locations], ["loader", "submodule_search_locations"]);
}

/** _load_unlocked: a module from its spec, in sys.modules while its body runs. */
function loadFromSpec(fullname: string, spec: PyObj): PyObj {
  // a spec a finder of the program's own made, or a loader not the importer's (SourcelessFileLoader,
  // a subclass): importlib's code loads it
  const loader = isModuleSpec(spec) ? (spec as PyInstance).dict!.getStr("loader") ?? None : None;
  const path = sourceLoaderPath(loader);
  if (path === null && !isNamespaceLoader(loader)) return call(getattr(bootstrap(), "_load_unlocked"), [spec]);
  const m = new PyModule(fullname);
  initModuleAttrs(m, spec);
  interp.modules.setStr(fullname, m);
  if (path === null) return m;
  const d = m.dict;
  d.setStr("__builtins__", interp.builtinsModule);
  // importlib's _load_unlocked: spec._initializing while the code runs ("partially initialized" errors)
  const specDict = (spec as PyInstance).dict!;
  specDict.setStr("_initializing", true);
  try {
    const src = lastRead !== null && lastRead.path === path ? lastRead.src : interp.host.readFile?.(path) ?? new Uint8Array(0);
    lastRead = null;
    execSource(m, path, src);
  } catch (e) {
    interp.modules.delStr(fullname);
    throw e;
  } finally {
    specDict.setStr("_initializing", false);
    // (the module importlib's bootstrap is imported from, importlib itself, has its spec turned
    // into importlib's ModuleSpec while its code runs: the flag was copied to that one)
    const now = m.dict.getStr("__spec__");
    if (now !== spec && now instanceof PyInstance && now.dict?.getStr("_initializing") === true) now.dict.setStr("_initializing", false);
  }
  return (interp.modules.getStr(fullname) as PyModule) ?? m;
}

/** Imports one dotted name, its parents first. */
export function importModule(fullname: string): PyObj {
  const have = interp.modules.getStr(fullname);
  if (have !== undefined) {
    if (have === None) throw halted(fullname);
    return have;
  }
  return interp.importTime === null ? findAndLoad(fullname) : timedFindAndLoad(fullname);
}

/**
 * -X importtime: each import's own and cumulative microseconds and its name, indented by nesting,
 * on stderr when it ends (failed or not), after CPython's header line, as import.c prints them.
 */
function timedFindAndLoad(fullname: string): PyObj {
  const t = interp.importTime!;
  if (!t.headerShown) {
    interp.host.write(2, "import time: self [us] | cumulative | imported package\n");
    t.headerShown = true;
  }
  const outer = t.accumulated;
  t.level++;
  t.accumulated = 0;
  const now = () => (typeof performance !== "undefined" ? performance.now() : interp.host.now());
  const t0 = now();
  try {
    return findAndLoad(fullname);
  } finally {
    const cumulative = (now() - t0) * 1000;
    t.level--;
    const own = String(Math.ceil(cumulative - t.accumulated)).padStart(9);
    interp.host.write(2, `import time: ${own} | ${String(Math.ceil(cumulative)).padStart(10)} | ${" ".repeat(2 * t.level)}${fullname}\n`);
    t.accumulated = outer + cumulative;
  }
}

/** An import of a name not in sys.modules. */
function findAndLoad(fullname: string): PyObj {
  if (!nativeSearch && !defaultMetaPath()) return importThroughImportlib(fullname);
  const dot = fullname.lastIndexOf(".");
  let searchPath: PyObj[];
  let parent: PyObj | null = null;
  // (_find_and_load_unlocked: a parent only when the part before the last dot is not empty)
  if (dot > 0) {
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
  // sys.meta_path's order: BuiltinImporter, FrozenImporter, PathFinder
  const native = makeNative(fullname);
  if (native !== null) {
    const m = initBuiltinModule(native, fullname);
    interp.modules.setStr(fullname, m);
    if (parent !== null) setOnParent(fullname, dot, m);
    return m;
  }
  if (isFrozen(fullname)) {
    const m = loadFrozen(fullname);
    if (parent !== null) setOnParent(fullname, dot, m);
    return m;
  }
  const spec = findSpec(fullname, searchPath);
  if (spec === null) throw notFound(fullname);
  const m = loadFromSpec(fullname, spec);
  if (parent !== null) setOnParent(fullname, dot, m);
  return m;
}

/**
 * _find_and_load_unlocked's last step: the module as an attribute of its parent, as sys.modules has
 * the parent now; a parent that refuses it (AttributeError) gets an ImportWarning instead.
 */
function setOnParent(fullname: string, dot: number, m: PyObj): void {
  const parentName = fullname.slice(0, dot);
  const child = fullname.slice(dot + 1);
  const parent = interp.modules.getStr(parentName);
  if (parent === undefined) throw keyError(parentName);
  try {
    setattr(parent, child, m);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.cls.isSubtype(AttributeError))) throw e;
    warnEx("ImportWarning", `Cannot set an attribute on ${repr(parentName)} for child module ${repr(child)}`);
  }
}

/** Set while importlib itself is imported for importThroughImportlib: its modules are searched natively. */
let nativeSearch = false;

/** sys.meta_path is the one dislab starts with: BuiltinImporter, FrozenImporter and PathFinder, which importModule searches natively. */
function defaultMetaPath(): boolean {
  const mp = interp.sys.dict.getStr("meta_path");
  return mp instanceof PyList && mp.items.length === 3 && mp.items[0] === builtinImporter() && mp.items[1] === frozenImporter() && mp.items[2] === PathFinderType;
}

/**
 * An import while the program has changed sys.meta_path (a finder of its own, or one removed):
 * importlib._bootstrap's _find_and_load, CPython's own code from the standard library, asks each
 * finder in order, dislab's native ones through their find_spec, and loads the spec found
 * (create_module, exec_module, legacy find_module/load_module, sys.modules) as CPython does.
 */
function importThroughImportlib(fullname: string): PyObj {
  return call(getattr(bootstrap(), "_find_and_load"), [fullname, getattr(interp.builtinsModule, "__import__")]);
}

/** importlib._bootstrap, imported (by the native search) on first use. */
const bootstrap = (): PyObj => importlibModule("importlib._bootstrap");

/** A module of importlib's own (importlib imports _bootstrap and _bootstrap_external), imported natively on first use. */
function importlibModule(name: string): PyObj {
  const have = interp.modules.getStr(name);
  if (have !== undefined) return have;
  nativeSearch = true;
  try {
    importModule("importlib");
  } finally {
    nativeSearch = false;
  }
  return interp.modules.getStr(name)!;
}

function resolveName(name: string, globals: PyObj | undefined, level: number): string {
  // (resolve_name: globals not given, and given but no dict, are errors of their own)
  if (globals === undefined) throw newExc(keyErrorT(), "'__name__' not in globals");
  if (!(globals instanceof PyDict)) throw typeError("globals must be a dict");
  // __package__, checked against __spec__.parent; else __spec__.parent; else (with an ImportWarning) __name__
  let pkg = globals.getStr("__package__");
  if (pkg === None) pkg = undefined;
  const spec = globals.getStr("__spec__");
  const hasSpec = spec !== undefined && spec !== None;
  let p: string;
  if (pkg !== undefined) {
    const ps = asStr(pkg);
    if (ps === null) throw typeError("package must be a string");
    if (hasSpec && !truthy(richCompare(pkg, getattr(spec, "parent"), Cmp.EQ))) warnEx("ImportWarning", "__package__ != __spec__.parent");
    p = ps;
  } else if (hasSpec) {
    const parent = asStr(getattr(spec, "parent"));
    if (parent === null) throw typeError("__spec__.parent must be a string");
    p = parent;
  } else {
    warnEx("ImportWarning", "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__");
    const n = globals.getStr("__name__");
    if (n === undefined) throw newExc(keyErrorT(), "'__name__' not in globals");
    const ns = asStr(n);
    if (ns === null) throw typeError("__name__ must be a string");
    p = globals.getStr("__path__") !== undefined ? ns : ns.includes(".") ? ns.slice(0, ns.lastIndexOf(".")) : "";
  }
  if (p === "") throw newExc(ImportError, "attempted relative import with no known parent package");
  const bits = p.split(".");
  if (bits.length < level) throw newExc(ImportError, "attempted relative import beyond top-level package");
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return name ? `${base}.${name}` : base;
}
import { KeyError, richCompare, Cmp, warnEx } from "../objects/index.ts";
const keyErrorT = () => KeyError;

/** builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0). */
export function builtinImport(args: PyObj[], kw: readonly string[] | null): PyObj {
  // ("U|OOOi:__import__": the name is a str, the level a C int)
  const vals = parseTupleAndKeywords("__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], 1, (i, v) => {
    if (i === 0 && asStr(v) === null) throw typeError(`__import__() argument 1 must be str, not ${argTypeName(v)}`);
    return i === 4 ? asArgInt(v) : v;
  });
  const name = asStr(vals[0]!)!;
  const globals = vals[1];
  const fromlist = vals[3] ?? None;
  const level = vals[4] === undefined ? 0 : (vals[4] as number);
  if (level < 0) throw valueError("level must be >= 0");
  if (level === 0 && name === "") throw valueError("Empty module name");
  const fullname = level > 0 ? resolveName(name, globals, level) : name;
  const mod = importModule(fullname);
  const hasFrom = fromlist !== None && truthy(fromlist);
  if (!hasFrom) {
    const dot = name.indexOf(".");
    if (level === 0 || name === "") {
      // `import a.b` gives a: imported again if it has left sys.modules (its code raised after importing a.b)
      return level === 0 && dot > 0 ? importModule(name.slice(0, dot)) : mod;
    }
    const top = fullname.slice(0, fullname.length - name.length) + (dot < 0 ? name : name.slice(0, dot));
    const have = interp.modules.getStr(top);
    if (have === undefined) throw newExc(keyErrorT(), `${repr(top)} not in sys.modules as expected`);
    return have;
  }
  if (getattrOpt(mod, "__path__") !== undefined) handleFromlist(mod, fullname, toArray(fromlist), false);
  return mod;
}

/** _handle_fromlist: the submodules a package's `from ... import` names (its __all__ for `*`), imported unless they are attributes already. */
function handleFromlist(mod: PyObj, fullname: string, fromlist: PyObj[], recursive: boolean): void {
  for (const item of fromlist) {
    const s = asStr(item);
    if (s === null) {
      const where = recursive ? `${asStr(getattr(mod, "__name__")) ?? ""}.__all__` : "``from list''";
      throw typeError(`Item in ${where} must be str, not ${typeOf(item).name}`);
    }
    if (s === "*") {
      const all = recursive ? undefined : getattrOpt(mod, "__all__");
      if (all !== undefined) handleFromlist(mod, fullname, toArray(all), true);
    } else if (getattrOpt(mod, s) === undefined) tryImport(`${fullname}.${s}`);
  }
}
setSearcher(searchEntries, searchDir, importModule);
setWarningsImporter(importModule, currentFrame);

/** A submodule of a from-list: one that does not exist is left to the attribute lookup, one blocked by None in sys.modules is an error. */
function tryImport(n: string): void {
  try {
    importModule(n);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === ModuleNotFoundError && e.get("name") === n && interp.modules.getStr(n) !== None) return;
    throw e;
  }
}
export { PyTuple };
