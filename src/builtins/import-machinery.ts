// The objects of importlib's machinery that dislab's native importer (importer.ts) hands out, with
// the names, attributes and reprs CPython's frozen importlib gives them: ModuleSpec, the
// BuiltinImporter class (the loader of native modules), PathFinder (on sys.meta_path, so that
// importlib.reload / import_module / util.find_spec find what `import` finds), SourceFileLoader
// and the namespace-package loader. Sources are read through the host's readFile; directories
// (namespace packages) are recognised through the granted HostFS when there is one.
import {
  type PyObj, PyType, PyDict, PyList, PyInstance, PyModule, None, TypeType, ObjectType, defMethods, defClassMethods, defGetters, repr, asStr,
  typeError, valueError, newExc, ImportError, getattrOpt, bindArgs, PyBytesObj, toArray, Frame, PyCell, wrapCode, toPyExc, PyObject, setattr,
  PyBuiltinFunction, call, callMethod, getattr, exceptionTypes, addr, newInstance, PyBaseException,
} from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { runFrame } from "../vm/eval-loop.ts";
import { CodeObject } from "../bytecode/code.ts";
import { cacheFromSource, sourceModuleCode } from "./source-code.ts";
import { fspath, fsDecode, pathArg } from "../modules/posix/args.ts";

// ---- ModuleSpec ---------------------------------------------------------------------------------

export const ModuleSpecType = new PyType(TypeType, "ModuleSpec", [ObjectType]);
ModuleSpecType.staticModule = "_frozen_importlib";
ModuleSpecType.hasDict = true;
/** A spec's field: read from the dict of a native one, through getattr (parent, cached and has_location are properties) of importlib's. */
const specAttr = (s: PyObj, n: string): PyObj => (s instanceof PyInstance && s.cls === ModuleSpecType ? s.dict!.getStr(n) : getattrOpt(s, n)) ?? None;
defMethods(ModuleSpecType, [["__repr__", (s) => {
  // ModuleSpec.__repr__: origin and submodule_search_locations only when set
  const parts = [`name=${repr(specAttr(s, "name"))}`, `loader=${repr(specAttr(s, "loader"))}`];
  if (specAttr(s, "origin") !== None) parts.push(`origin=${repr(specAttr(s, "origin"))}`);
  if (specAttr(s, "submodule_search_locations") !== None) parts.push(`submodule_search_locations=${repr(specAttr(s, "submodule_search_locations"))}`);
  return `ModuleSpec(${parts.join(", ")})`;
}, 0, 0]]);

export function makeSpec(name: string, loader: PyObj, origin: PyObj, locations: PyObj, hasLocation: boolean): PyInstance {
  const adopted = interp.importlibClasses;
  if (adopted !== null) {
    // ModuleSpec.__init__, then spec_from_file_location's fields
    const s = call(adopted.spec, [name, loader, origin], ["origin"]) as PyInstance;
    setattr(s, "submodule_search_locations", locations);
    setattr(s, "_set_fileattr", hasLocation);
    if (hasLocation && typeof origin === "string") setattr(s, "_cached", cacheFromSource(origin));
    return s;
  }
  const s = new PyInstance(ModuleSpecType);
  const d = (s.dict = new PyDict());
  d.setStr("name", name);
  d.setStr("loader", loader);
  d.setStr("origin", origin);
  d.setStr("loader_state", None);
  d.setStr("submodule_search_locations", locations);
  d.setStr("_set_fileattr", hasLocation);
  d.setStr("_cached", hasLocation && typeof origin === "string" ? cacheFromSource(origin) : None);
  d.setStr("cached", d.getStr("_cached")!);
  d.setStr("parent", locations !== None ? name : name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "");
  d.setStr("has_location", hasLocation);
  return s;
}

/**
 * _init_module_attrs: the attributes a module gets from its spec, in importlib's order
 * (__name__, __loader__, __package__, __spec__, __path__, __file__, __cached__).
 */
export function initModuleAttrs(m: PyModule, spec: PyObj): void {
  const d = m.dict;
  d.setStr("__name__", specAttr(spec, "name"));
  d.setStr("__loader__", specAttr(spec, "loader"));
  d.setStr("__package__", specAttr(spec, "parent"));
  d.setStr("__spec__", spec);
  const locs = specAttr(spec, "submodule_search_locations");
  if (locs !== None) d.setStr("__path__", locs);
  if (specAttr(spec, "has_location") === true) {
    d.setStr("__file__", specAttr(spec, "origin"));
    d.setStr("__cached__", specAttr(spec, "cached"));
  } else if (locs !== None && specAttr(spec, "origin") === None) {
    // importlib's backward-compatibility hack: a namespace package's __file__ is None
    d.setStr("__file__", None);
  }
}

// ---- BuiltinImporter ----------------------------------------------------------------------------

/** Creates a native module by name (importer.ts installs its table), or null; whether one exists. */
let builtinMaker: (name: string) => PyModule | null = () => null;
let builtinExists: (name: string) => boolean = () => false;
export function setBuiltinMaker(make: typeof builtinMaker, exists: typeof builtinExists): void {
  builtinMaker = make;
  builtinExists = exists;
}

export const BuiltinImporterType = new PyType(TypeType, "BuiltinImporter", [ObjectType]);
BuiltinImporterType.staticModule = "_frozen_importlib";
BuiltinImporterType.ns.set("_ORIGIN", "built-in");
// (the class's docstring in importlib/_bootstrap.py, indentation and all)
BuiltinImporterType.ns.set("__doc__", "Meta path import for built-in modules.\n\n    All methods are either class or static methods to avoid the need to\n    instantiate the class.\n\n    ");

/** FrozenImporter, the loader of frozen modules (frozen.ts: its methods, the modules). */
export const FrozenImporterType = new PyType(TypeType, "FrozenImporter", [ObjectType]);
FrozenImporterType.staticModule = "_frozen_importlib";
FrozenImporterType.ns.set("_ORIGIN", "frozen");
FrozenImporterType.ns.set("__doc__", "Meta path import for frozen modules.\n\n    All methods are either class or static methods to avoid the need to\n    instantiate the class.\n\n    ");

/** The spec of a native module. */
export function builtinSpec(name: string): PyInstance {
  return makeSpec(name, builtinImporter(), "built-in", None, false);
}

/** Gives a freshly made native module its spec and loader, as _imp.create_builtin does. */
export function initBuiltinModule(m: PyModule, name: string): PyModule {
  const spec = builtinSpec(name);
  m.dict.setStr("__loader__", builtinImporter());
  m.dict.setStr("__spec__", spec);
  if (m.dict.getStr("__package__") === None) m.dict.setStr("__package__", "");
  return m;
}

defClassMethods(BuiltinImporterType, [
  ["find_spec", (_c, a, k) => {
    const [fullname, path] = bindArgs("find_spec", a, k, ["fullname", "path", "target"], 1);
    if (path !== undefined && path !== None) return None;
    const n = asStr(fullname!);
    return n !== null && isBuiltinName(n) ? builtinSpec(n) : None;
  }],
  ["find_module", (_c, a, k) => {
    const [fullname, path] = bindArgs("find_module", a, k, ["fullname", "path"], 1);
    if (path !== undefined && path !== None) return None;
    const n = asStr(fullname!);
    return n !== null && isBuiltinName(n) ? BuiltinImporterType : None;
  }],
  ["create_module", (_c, a, k) => {
    const [spec] = bindArgs("create_module", a, k, ["spec"], 1);
    return createBuiltin(spec!);
  }],
  ["exec_module", () => None],
  ["get_code", () => None],
  ["get_source", () => None],
  ["is_package", () => false],
  ["load_module", (_c, a) => {
    const n = asStr(a[0] ?? None);
    if (n === null) throw typeError("load_module() argument must be str");
    const have = interp.modules.getStr(n);
    if (have !== undefined) return have;
    const m = createBuiltin(builtinSpec(n));
    interp.modules.setStr(n, m);
    return m;
  }],
  ["module_repr", (_c, a) => `<module ${repr(getattrOpt(a[0], "__name__") ?? "?")} (built-in)>`],
]);

export function isBuiltinName(n: string): boolean {
  return n === "sys" || n === "builtins" || builtinExists(n);
}

/** _imp.create_builtin(spec). */
export function createBuiltin(spec: PyObj): PyObj {
  const name = asStr(getattrOpt(spec, "name") ?? None);
  if (name === null) throw typeError("spec.name must be a string");
  const have = interp.modules.getStr(name);
  if (name === "sys" || name === "builtins") return have ?? None;
  if (have !== undefined && builtinExists(name)) return have;
  const m = builtinMaker(name);
  if (m === null) {
    const e = newExc(ImportError, `no built-in module named ${name}`);
    e.set("name", name);
    throw e;
  }
  return initBuiltinModule(m, name);
}

// ---- SourceFileLoader -----------------------------------------------------------------------------

export const SourceFileLoaderType = new PyType(TypeType, "SourceFileLoader", [ObjectType]);
SourceFileLoaderType.staticModule = "_frozen_importlib_external";
SourceFileLoaderType.solid = SourceFileLoaderType;

export class PySourceLoader extends PyObject {
  constructor(public name: string, public path: string) {
    super(SourceFileLoaderType);
  }
}
SourceFileLoaderType.factory = () => new PySourceLoader("", "");
const SL = (x: PyObj) => x as PySourceLoader;

const decoder = new TextDecoder("utf-8", { fatal: false });

/** The bytes of the file at `path`: FileNotFoundError when the host has none (or no file access). */
function readSource(path: string): Uint8Array {
  const src = interp.host.readFile?.(path) ?? null;
  if (src === null) throw newExc(exceptionTypes.get("FileNotFoundError")!, 2, "No such file or directory", path);
  return src;
}

/** Runs a module's source in its namespace (SourceLoader.exec_module), through its .pyc when valid. */
export function execSource(m: PyModule, path: string, src: Uint8Array): void {
  execCode(m, sourceModuleCode(m.name, path, src));
}

/** Runs a module's code in its namespace. */
export function execCode(m: PyModule, co: CodeObject): void {
  const d = m.dict;
  if (d.getStr("__builtins__") === undefined) d.setStr("__builtins__", interp.builtinsModule);
  const f = new Frame(wrapCode(co), d, interp.builtins, d);
  for (let i = 0; i < co.co_cellvars.length; i++) f.cells.push(new PyCell());
  runFrame(f, null);
}

defMethods(SourceFileLoaderType, [
  ["__init__", (s, a, k) => {
    const [fullname, path] = bindArgs("SourceFileLoader", a, k, ["fullname", "path"], 2);
    SL(s).name = asStr(fullname!) ?? "";
    SL(s).path = asStr(path!) ?? "";
    return None;
  }],
  ["create_module", () => None, 1, 1],
  ["exec_module", (s, [m]) => {
    if (!(m instanceof PyModule)) throw typeError("exec_module() argument must be a module");
    execSource(m, SL(s).path, readSource(SL(s).path));
    return None;
  }, 1, 1],
  ["load_module", (s, a) => {
    const name = a.length && a[0] !== None ? asStr(a[0]) ?? SL(s).name : SL(s).name;
    let m = interp.modules.getStr(name);
    if (!(m instanceof PyModule)) {
      m = new PyModule(name);
      interp.modules.setStr(name, m);
    }
    execSource(m as PyModule, SL(s).path, readSource(SL(s).path));
    return interp.modules.getStr(name) ?? m;
  }],
  ["get_filename", (s) => SL(s).path],
  ["get_data", (s, [p]) => new PyBytesObj(readSource(asStr(p) ?? "")), 1, 1],
  ["get_source", (s) => decoder.decode(readSource(SL(s).path))],
  ["is_package", (s) => {
    const base = SL(s).path.slice(SL(s).path.lastIndexOf("/") + 1);
    return base === "__init__.py";
  }],
  ["get_code", (s, a) => {
    const name = a.length && a[0] !== None ? asStr(a[0]) ?? SL(s).name : SL(s).name;
    return wrapCode(sourceModuleCode(name, SL(s).path, readSource(SL(s).path)));
  }],
  ["get_resource_reader", () => None],
  ["__repr__", (s) => `<_frozen_importlib_external.SourceFileLoader object at ${addr(s)}>`, 0, 0],
  ["__eq__", (s, [o]) => o instanceof PySourceLoader && o.name === SL(s).name && o.path === SL(s).path, 1, 1],
]);
defGetters(SourceFileLoaderType, [
  ["name", (s) => SL(s).name, (s, v) => (SL(s).name = asStr(v ?? None) ?? "")],
  ["path", (s) => SL(s).path, (s, v) => (SL(s).path = asStr(v ?? None) ?? "")],
]);

// ---- namespace packages ---------------------------------------------------------------------------

export const NamespaceLoaderType = new PyType(TypeType, "_NamespaceLoader", [ObjectType]);
NamespaceLoaderType.staticModule = "_frozen_importlib_external";
NamespaceLoaderType.solid = NamespaceLoaderType;
NamespaceLoaderType.hasDict = true;
defMethods(NamespaceLoaderType, [
  ["create_module", () => None, 1, 1],
  ["exec_module", () => None, 1, 1],
  ["is_package", () => true, 1, 1],
  ["get_source", () => "", 1, 1],
  ["get_code", () => wrapCode(interp.compile!("", "<string>", "exec", 0)), 1, 1],
  ["load_module", (_s, [n]) => importByName(asStr(n) ?? ""), 1, 1],
  ["__repr__", (s) => `<_frozen_importlib_external._NamespaceLoader object at ${addr(s)}>`, 0, 0],
]);
defClassMethods(NamespaceLoaderType, [
  ["module_repr", (_c, a) => `<module ${repr(getattrOpt(a[0], "__name__") ?? "?")} (namespace)>`],
]);

/** A namespace package's spec as `import` loads it: no origin, its _NamespacePath as submodule_search_locations, its loader. */
export function namespaceSpec(name: string, portions: string[]): PyInstance {
  const path = namespacePath(name, portions);
  return makeSpec(name, newNamespaceLoader(path), None, path, false);
}

/**
 * A namespace package's __path__: importlib's _NamespacePath, which looks the portions up again
 * (through PathFinder._get_spec) when its parent's path changes; a list if importlib's code cannot
 * be had (an embedding without the standard library).
 */
function namespacePath(name: string, portions: string[]): PyObj {
  const list = new PyList(portions.slice());
  let external: PyObj;
  try {
    external = importByName("_frozen_importlib_external");
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(ImportError)) return list;
    throw e;
  }
  const cls = external instanceof PyModule ? external.dict.getStr("_NamespacePath") : undefined;
  return cls === undefined ? list : call(cls, [name, list, getattr(PathFinderType, "_get_spec")]);
}

// ---- PathFinder -----------------------------------------------------------------------------------

/** The native importer's search (importer.ts installs it): a spec for fullname along a path, a namespace package's portions, or null. */
let searcher: (fullname: string, searchPath: PyObj[]) => PyObj | string[] | null = () => null;
/** Its search of one directory: a module's or package's spec, a namespace portion (the directory's path), or null. */
let dirSearcher: (fullname: string, dir: string) => PyObj | string | null = () => null;
let importByName: (name: string) => PyObj = () => None;
/** `import NAME` (importer.ts's importModule), for the machinery's own imports. */
export const importName = (name: string): PyObj => importByName(name);
/** What PathFinder finds for a top-level name along sys.path: a spec, a namespace package's portions, or null. */
export const findOnSysPath = (name: string): PyObj | string[] | null => searcher(name, searchPath(undefined));
export function setSearcher(f: typeof searcher, inDir: typeof dirSearcher, imp: typeof importByName): void {
  searcher = f;
  dirSearcher = inDir;
  importByName = imp;
}

// ---- FileFinder -----------------------------------------------------------------------------------

/**
 * The finder the default hook on sys.path_hooks makes for a directory of a search path, cached in
 * sys.path_importer_cache as CPython's FileFinder is; importer.ts searches its directory natively.
 */
export const FileFinderType = new PyType(TypeType, "FileFinder", [ObjectType]);
FileFinderType.staticModule = "_frozen_importlib_external";
FileFinderType.solid = FileFinderType;
export class PyFileFinder extends PyObject {
  constructor(public path: string) {
    super(FileFinderType);
  }
}
FileFinderType.factory = () => new PyFileFinder("");
const FF = (x: PyObj) => x as PyFileFinder;
defMethods(FileFinderType, [
  ["find_spec", (s, a, k) => {
    const [fullname] = bindArgs("find_spec", a, k, ["fullname", "target"], 1);
    const n = asStr(fullname!);
    if (n === null) throw typeError("find_spec() argument 'fullname' must be str");
    const found = dirSearcher(n, FF(s).path);
    return found === null ? None : typeof found === "string" ? namespaceSpec(n, [found]) : found;
  }],
  ["invalidate_caches", () => None, 0, 0],
  // pkgutil.iter_modules lists a directory through CPython's own code for FileFinder's
  ["iter_modules", (s, a) => call(getattr(importByName("pkgutil"), "_iter_file_finder_modules"), [s, a.length ? a[0] : ""]), 0, 1],
  ["__repr__", (s) => `FileFinder(${repr(FF(s).path)})`, 0, 0],
]);
defGetters(FileFinderType, [["path", (s) => FF(s).path]]);

/**
 * The first of dislab's sys.path_hooks, as zipimport.zipimporter is CPython's: for a file, or a
 * path inside one (ARCHIVE/pkg, a package's __path__), the zipimporter of CPython's own zipimport,
 * imported only then so that directories cost nothing; it raises ZipImportError when the file is
 * no zip archive. ImportError for a directory or a path with nothing along it.
 */
export const zipimporterHook = new PyBuiltinFunction("zipimporter", (a) => {
  if (a.length !== 1) throw typeError("zipimporter() argument must be str");
  // (zipimporter.__init__ takes any path: os.fsdecode of bytes or an os.PathLike)
  const path = asStr(a[0]!) ?? decodedPath(a[0]!);
  // zipimporter.__init__'s walk: up from the path to the first thing that exists
  let p = path;
  let kind = pathKind(p);
  while (kind === null && p.lastIndexOf("/") > 0) {
    p = p.slice(0, p.lastIndexOf("/"));
    kind = pathKind(p);
  }
  // (while zipimport itself is imported, the archive is no importer: zipimport is found elsewhere)
  if (kind !== "file" || importingZipimport) {
    const e = newExc(ImportError, "not a Zip file");
    e.set("path", p);
    throw e;
  }
  let zipimport = interp.modules.getStr("zipimport");
  if (zipimport === undefined) {
    importingZipimport = true;
    try {
      zipimport = importByName("zipimport");
    } finally {
      importingZipimport = false;
    }
  }
  return call(getattr(zipimport, "zipimporter"), [path]);
});
let importingZipimport = false;

/**
 * The hook that follows (FileFinder.path_hook's): a FileFinder for a directory, ImportError for a
 * file (zipimporterHook takes archives) or a missing path, which sys.path_importer_cache then
 * holds as None. Without a granted file system every path is taken as a directory, and so is one
 * the granted one lacks under the search path entries the embedder gave: the host's readFile may
 * serve those (a bundled standard library).
 */
export const fileFinderHook = new PyBuiltinFunction("path_hook_for_FileFinder", (a) => {
  if (a.length !== 1) throw typeError("path_hook_for_FileFinder() takes a str");
  const arg = a[0]!;
  const notDirectory = () => {
    const e = newExc(ImportError, "only directories are supported");
    e.set("path", arg);
    return e;
  };
  let path = asStr(arg);
  if (path?.includes("\0")) throw valueError("embedded null byte");
  if (path === null && arg !== None) {
    // any other path is os.stat'ed as it is (its TypeError or ValueError propagates; one that names
    // no directory is ImportError); a directory's then goes to FileFinder, whose _path_isabs asks
    // it for .startswith('/') (AttributeError for an os.PathLike, TypeError for bytes)
    const p = pathArg("stat", "path", arg, { fd: true });
    const st = p.fd === null ? null : interp.host.fs?.fstat(p.fd);
    const isDir = p.fd === null ? pathKind(p.path) === "dir" : typeof st === "object" && st !== null && (st.mode & 0o170000) === 0o040000;
    if (!isDir) throw notDirectory();
    callMethod(arg, "startswith", ["/"]);
    path = p.path;
  }
  const kind = pathKind(path ?? "");
  if (kind === "file" || (kind === null && !servedByReadFile(path ?? ""))) throw notDirectory();
  return newFileFinder(finderPath(path ?? ""));
});

/** Whether `path`, which the granted file system does not have, may still hold modules the host's readFile serves. */
function servedByReadFile(path: string): boolean {
  if (interp.host.fs === undefined) return true;
  const full = finderPath(path);
  return interp.servedRoots.some((root) => {
    const r = finderPath(root).replace(/\/+$/, "");
    return full === r || full.startsWith(`${r}/`);
  });
}

/**
 * FileFinder's directory: a relative one joined to the current directory ('' is '.'), as CPython
 * 3.10 does (bpo-43105), so modules found there have absolute __file__ and __cached__. A host
 * without a file system has no current directory: the path stays as given.
 */
function finderPath(path: string): string {
  const dir = path || ".";
  const cwd = interp.host.fs?.getcwd();
  if (dir.startsWith("/") || cwd === undefined) return dir;
  return `${cwd.replace(/\/+$/, "")}/${dir.replace(/\/+$/, "")}`;
}

/** os.fsdecode(path): str as it is, bytes (or what __fspath__ gives) decoded as the host's file names are. */
function decodedPath(x: PyObj): string {
  const p = fspath(x);
  return asStr(p) ?? fsDecode((p as PyBytesObj).bytes);
}

/** What the granted file system has at `path` ('' is the current directory): null when it has nothing there, or no file system is granted. */
export function pathKind(path: string): "dir" | "file" | null {
  const st = interp.host.fs?.stat(path === "" ? "." : path, true);
  if (st === undefined || typeof st === "string") return null;
  return (st.mode & 0o170000) === 0o040000 ? "dir" : "file";
}

/** PathFinder's search path: the one given, else sys.path. */
function searchPath(path: PyObj | undefined): PyObj[] {
  if (path !== undefined && path !== None) return toArray(path);
  const sp = interp.sys.dict.getStr("path");
  return sp instanceof PyList ? sp.items : [];
}

export const PathFinderType = new PyType(TypeType, "PathFinder", [ObjectType]);
PathFinderType.staticModule = "_frozen_importlib_external";
defClassMethods(PathFinderType, [
  ["find_spec", (_c, a, k) => {
    const [fullname, path] = bindArgs("find_spec", a, k, ["fullname", "path", "target"], 1);
    const n = asStr(fullname!);
    if (n === null) throw typeError("find_spec() argument 'fullname' must be str");
    const found = searcher(n, searchPath(path));
    // a namespace package: no loader yet (the import makes it), the portions as a _NamespacePath
    return Array.isArray(found) ? makeSpec(n, None, None, namespacePath(n, found), false) : found ?? None;
  }],
  // PathFinder._get_spec(fullname, path, target=None), what a _NamespacePath looks its portions up with
  ["_get_spec", (_c, a, k) => {
    const [fullname, path] = bindArgs("_get_spec", a, k, ["fullname", "path", "target"], 2);
    const n = asStr(fullname!);
    if (n === null) throw typeError("_get_spec() argument 'fullname' must be str");
    const found = searcher(n, toArray(path!));
    return Array.isArray(found) ? makeSpec(n, None, None, new PyList(found), false) : found ?? None;
  }],
  ["find_module", (_c, a, k) => {
    const [fullname, path] = bindArgs("find_module", a, k, ["fullname", "path"], 1);
    const found = searcher(asStr(fullname!) ?? "", searchPath(path));
    return found === null || Array.isArray(found) ? None : specAttr(found, "loader");
  }],
  // PathFinder.find_distributions (importlib.metadata asks each finder on sys.meta_path): importlib.metadata's own
  ["find_distributions", (_c, a, k) => call(getattr(getattr(importByName("importlib.metadata"), "MetadataPathFinder"), "find_distributions"), a, k)],
  // PathFinder.invalidate_caches: forget directories no hook took, tell the finders kept
  ["invalidate_caches", () => {
    const cache = interp.sys.dict.getStr("path_importer_cache");
    if (cache instanceof PyDict) {
      for (const { key, value } of cache.entries()) {
        if (value === None) cache.del(key);
        else {
          const inv = getattrOpt(value, "invalidate_caches");
          if (inv !== undefined) call(inv, []);
        }
      }
    }
    return None;
  }],
]);

// ---- importlib's own classes ------------------------------------------------------------------------

/*
 * CPython's import machinery is importlib itself (frozen), so the specs, loaders and finders
 * `import` makes are instances of importlib._bootstrap's and _bootstrap_external's classes. dislab's
 * importer makes native look-alikes until importlib is imported (from its source, which costs
 * start-up nothing unless a program asks for it); from then on (adoptImportlib) it makes instances
 * of importlib's classes instead, and turns the ones it made before into them, so that
 * `type(m.__loader__) is importlib.machinery.SourceFileLoader` and isinstance checks (runpy,
 * pkgutil's dispatch on FileFinder) hold as in CPython. Loading stays native for the exact classes:
 * their instances are read for the fields importlib's own code would use.
 */

/** Switches the importer to importlib's classes (frozen.ts calls it once _frozen_importlib_external has run). */
export function adoptImportlib(bootstrap: PyObj | undefined, external: PyObj | undefined): void {
  if (interp.importlibClasses !== null || !(bootstrap instanceof PyModule && external instanceof PyModule)) return;
  const [spec, builtinImporter, frozenImporter, sourceLoader, fileFinder, namespaceLoader, supported] = [
    [bootstrap, "ModuleSpec"], [bootstrap, "BuiltinImporter"], [bootstrap, "FrozenImporter"], [external, "SourceFileLoader"], [external, "FileFinder"],
    [external, "_NamespaceLoader"], [external, "_get_supported_file_loaders"],
  ].map(([m, n]) => (m as PyModule).dict.getStr(n as string));
  // (a program that replaced importlib's modules keeps the native classes)
  if (![spec, builtinImporter, frozenImporter, sourceLoader, fileFinder, namespaceLoader].every((c) => c instanceof PyType) || supported === undefined) return;
  const adopted = (interp.importlibClasses = {
    spec: spec!, builtinImporter: builtinImporter!, frozenImporter: frozenImporter!, sourceLoader: sourceLoader!, fileFinder: fileFinder!,
    namespaceLoader: namespaceLoader!, loaderDetails: toArray(call(supported, [])),
    execModule: (sourceLoader as PyType).lookup("exec_module"), getCode: (sourceLoader as PyType).lookup("get_code"),
  });
  // what was made before: the same native object becomes the same new one wherever it is held
  const made = new Map<PyObj, PyObj>([[BuiltinImporterType, adopted.builtinImporter], [FrozenImporterType, adopted.frozenImporter]]);
  const convert = (x: PyObj | undefined): PyObj | undefined => {
    if (x === undefined) return undefined;
    let y = made.get(x);
    if (y !== undefined) return y;
    if (x instanceof PySourceLoader) y = newSourceLoader(x.name, x.path);
    else if (x instanceof PyFileFinder) y = newFileFinder(x.path);
    else if (x instanceof PyInstance && x.cls === NamespaceLoaderType) y = newNamespaceLoader(x.dict!.getStr("_path")!);
    else if (x instanceof PyInstance && x.cls === ModuleSpecType) {
      const d = x.dict!;
      const field = (n: string) => d.getStr(n) ?? None;
      y = makeSpec(asStr(field("name")) ?? "", convert(field("loader"))!, field("origin"), field("submodule_search_locations"), field("has_location") === true);
      if (d.getStr("_initializing") !== undefined) setattr(y, "_initializing", d.getStr("_initializing")!);
    } else return x;
    made.set(x, y);
    return y;
  };
  for (const { value: m } of interp.modules.entries()) {
    if (!(m instanceof PyModule)) continue;
    for (const n of ["__spec__", "__loader__"]) {
      const v = m.dict.getStr(n);
      if (v !== undefined) m.dict.setStr(n, convert(v)!);
    }
  }
  const metaPath = interp.sys.dict.getStr("meta_path");
  if (metaPath instanceof PyList) metaPath.items.forEach((f, i) => (metaPath.items[i] = convert(f)!));
  const cache = interp.sys.dict.getStr("path_importer_cache");
  if (cache instanceof PyDict) for (const { key, value } of cache.entries()) cache.set(key, convert(value)!);
}

/** importlib's BuiltinImporter once adopted, else the native one: the loader of native modules. */
export const builtinImporter = (): PyObj => interp.importlibClasses?.builtinImporter ?? BuiltinImporterType;
/** importlib's FrozenImporter once adopted, else the native one. */
export const frozenImporter = (): PyObj => interp.importlibClasses?.frozenImporter ?? FrozenImporterType;

/** A SourceFileLoader for a module's source file. */
export function newSourceLoader(name: string, path: string): PyObj {
  const adopted = interp.importlibClasses;
  return adopted === null ? new PySourceLoader(name, path) : call(adopted.sourceLoader, [name, path]);
}

/** The source file of a loader the importer loads natively (its own SourceFileLoader, either kind), or null. */
export function sourceLoaderPath(loader: PyObj): string | null {
  if (loader instanceof PySourceLoader) return loader.path;
  const adopted = interp.importlibClasses;
  if (adopted === null || !(loader instanceof PyInstance) || loader.cls !== adopted.sourceLoader) return null;
  // (a program that replaced its exec_module, or get_code, has it run: importlib loads those)
  const cls = loader.cls;
  if (cls.lookup("exec_module") !== adopted.execModule || cls.lookup("get_code") !== adopted.getCode) return null;
  return asStr(loader.dict?.getStr("path") ?? None);
}

/** Whether `loader` is a namespace package's (exec_module does nothing). */
export function isNamespaceLoader(loader: PyObj): boolean {
  return loader instanceof PyInstance && (loader.cls === NamespaceLoaderType || loader.cls === interp.importlibClasses?.namespaceLoader);
}

/** Whether `spec` is a ModuleSpec the importer made or could have (its fields are plain). */
export const isModuleSpec = (spec: PyObj): boolean => spec instanceof PyInstance && (spec.cls === ModuleSpecType || spec.cls === interp.importlibClasses?.spec);

/** A FileFinder for a directory the path hook accepted. */
function newFileFinder(path: string): PyObj {
  const adopted = interp.importlibClasses;
  return adopted === null ? new PyFileFinder(path) : call(adopted.fileFinder, [path, ...adopted.loaderDetails]);
}

/** The directory of a FileFinder the importer searches natively (its own, either kind), or null. */
export function fileFinderPath(finder: PyObj): string | null {
  if (finder instanceof PyFileFinder) return finder.path;
  const adopted = interp.importlibClasses;
  if (adopted !== null && finder instanceof PyInstance && finder.cls === adopted.fileFinder) return asStr(finder.dict?.getStr("path") ?? None);
  return null;
}

/** _NamespaceLoader with its _path (what _init_module_attrs makes for a namespace package). */
function newNamespaceLoader(path: PyObj): PyObj {
  const adopted = interp.importlibClasses;
  if (adopted !== null) {
    const loader = newInstance(adopted.namespaceLoader as PyType);
    setattr(loader, "_path", path);
    return loader;
  }
  const loader = new PyInstance(NamespaceLoaderType);
  loader.dict = new PyDict();
  loader.dict.setStr("_path", path);
  return loader;
}

export { setattr };
