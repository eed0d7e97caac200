// CPython 3.10's frozen modules (Python/frozen.c): code built into the interpreter, which
// FrozenImporter (on sys.meta_path between BuiltinImporter and PathFinder) imports with origin
// 'frozen' and no __file__. importlib's _bootstrap and _bootstrap_external (as _frozen_importlib
// and _frozen_importlib_external) and zipimport are the standard library's sources, compiled when
// first imported and named as CPython names them ("<frozen zipimport>"); __hello__, __phello__ (a
// package) and __phello__.spam are the test modules every CPython carries.
import { type PyObj, PyModule, PyList, None, defClassMethods, bindArgs, asStr, typeError, newExc, ImportError, getattrOpt, getattr, call, setattr, repr, wrapCode } from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { CodeObject } from "../bytecode/code.ts";
import { fixCoFilename, sourceModuleCode } from "./source-code.ts";
import { makeSpec, execCode, findOnSysPath, importName, adoptImportlib, frozenImporter, FrozenImporterType } from "./import-machinery.ts";

interface Frozen {
  /** The standard library file its code is compiled from; else it is compiled from `source`. */
  stdlib?: string;
  source?: string;
  /** Its code's co_filename. */
  filename: string;
  isPackage: boolean;
}
// (Tools/freeze's flag.py, what 3.10 freezes as the three test modules)
const HELLO = "initialized = True\nprint('Hello world!')\n";
const FROZEN = new Map<string, Frozen>([
  ["_frozen_importlib", { stdlib: "importlib/_bootstrap.py", filename: "<frozen importlib._bootstrap>", isPackage: false }],
  ["_frozen_importlib_external", { stdlib: "importlib/_bootstrap_external.py", filename: "<frozen importlib._bootstrap_external>", isPackage: false }],
  ["zipimport", { stdlib: "zipimport.py", filename: "<frozen zipimport>", isPackage: false }],
  ["__hello__", { source: HELLO, filename: "<frozen hello>", isPackage: false }],
  ["__phello__", { source: HELLO, filename: "<frozen hello>", isPackage: true }],
  ["__phello__.spam", { source: HELLO, filename: "<frozen hello>", isPackage: false }],
]);

export const isFrozen = (name: string): boolean => FROZEN.has(name);

/** The ImportError of _imp's frozen functions for a name that is not frozen (PyErr_Format: no name attribute). */
function noFrozen(name: string): never {
  throw newExc(ImportError, `No such frozen object named ${repr(name)}`);
}

/** _imp.is_frozen_package. */
export const isFrozenPackage = (name: string): boolean => (FROZEN.get(name) ?? noFrozen(name)).isPackage;

/** _imp.get_frozen_object: a fresh code object of the frozen module. */
export function frozenCode(name: string): CodeObject {
  const f = FROZEN.get(name) ?? noFrozen(name);
  if (f.stdlib === undefined) {
    if (interp.compile === null) noFrozen(name);
    return interp.compile(new TextEncoder().encode(f.source!), f.filename, "exec", 0);
  }
  // the standard library is where importlib's package is found
  const importlib = findOnSysPath("importlib");
  const dirs = importlib === null || Array.isArray(importlib) ? None : getattr(importlib, "submodule_search_locations");
  const dir = dirs instanceof PyList && dirs.items.length ? asStr(dirs.items[0]!) : null;
  const path = dir === null ? null : `${dir.slice(0, dir.lastIndexOf("/") + 1)}${f.stdlib}`;
  const src = path === null ? null : interp.host.readFile?.(path) ?? null;
  if (src === null) noFrozen(name);
  const co = sourceModuleCode(name, path!, src);
  fixCoFilename(co, co.co_filename, f.filename);
  return co;
}

/** FrozenImporter's spec of a frozen module (spec_from_loader with origin 'frozen'). */
const frozenSpec = (name: string): PyObj => makeSpec(name, frozenImporter(), "frozen", FROZEN.get(name)!.isPackage ? new PyList([]) : None, false);

/**
 * Imports a frozen module (in sys.modules while its code runs). _frozen_importlib gets its spec
 * once its code has made FrozenImporter, and is set up as _install sets it up (_setup), but for
 * what _install adds to sys.meta_path and sys.path_hooks: dislab's native finders are there
 * already; _frozen_importlib_external is joined to it, and the importer adopts their classes.
 */
export function loadFrozen(name: string): PyObj {
  const code = frozenCode(name);
  const bootstrap = name === "_frozen_importlib_external" ? importName("_frozen_importlib") : null;
  const m = new PyModule(name);
  if (name !== "_frozen_importlib") initFrozenAttrs(m);
  interp.modules.setStr(name, m);
  try {
    execCode(m, code);
    if (name === "_frozen_importlib") {
      initFrozenAttrs(m);
      call(getattr(m, "_setup"), [interp.sys, importName("_imp")]);
    } else if (bootstrap !== null) {
      call(getattr(m, "_set_bootstrap_module"), [bootstrap]);
      setattr(bootstrap, "_bootstrap_external", m);
      adoptImportlib(bootstrap, m);
    }
  } catch (e) {
    interp.modules.delStr(name);
    throw e;
  }
  return interp.modules.getStr(name) ?? m;
}

/**
 * _imp.init_frozen (PyImport_ImportFrozenModuleObject): the code run again in the module sys.modules
 * has under the name, or in a new one, which gets no spec (a package an empty __path__); None for
 * a name not frozen. A failure takes the module out of sys.modules.
 */
export function initFrozen(name: string): PyObj {
  if (!isFrozen(name)) return None;
  const code = frozenCode(name);
  const had = interp.modules.getStr(name);
  const m = had instanceof PyModule ? had : new PyModule(name);
  if (m !== had) interp.modules.setStr(name, m);
  if (FROZEN.get(name)!.isPackage) m.dict.setStr("__path__", new PyList([]));
  try {
    execCode(m, code);
  } catch (e) {
    interp.modules.delStr(name);
    throw e;
  }
  return interp.modules.getStr(name) ?? m;
}

/** _init_module_attrs of a frozen module: its spec and loader, an empty __path__ for a package. */
function initFrozenAttrs(m: PyModule): void {
  const spec = frozenSpec(m.name);
  m.dict.setStr("__loader__", frozenImporter());
  m.dict.setStr("__package__", FROZEN.get(m.name)!.isPackage ? m.name : m.name.slice(0, Math.max(0, m.name.lastIndexOf("."))));
  m.dict.setStr("__spec__", spec);
  if (FROZEN.get(m.name)!.isPackage) m.dict.setStr("__path__", getattr(spec, "submodule_search_locations"));
}

// ---- FrozenImporter -------------------------------------------------------------------------------

/** _requires_frozen: the name of a frozen module, else ImportError. */
function frozenName(fname: string, x: PyObj | undefined): string {
  const n = asStr(x ?? None);
  if (n === null) throw typeError(`${fname}() argument 'fullname' must be str`);
  if (!isFrozen(n)) {
    const e = newExc(ImportError, `${repr(n)} is not a frozen module`);
    e.set("name", n);
    throw e;
  }
  return n;
}

defClassMethods(FrozenImporterType, [
  ["find_spec", (_c, a, k) => {
    const [fullname] = bindArgs("find_spec", a, k, ["fullname", "path", "target"], 1);
    const n = asStr(fullname!);
    return n !== null && isFrozen(n) ? frozenSpec(n) : None;
  }],
  ["find_module", (c, a, k) => {
    const [fullname] = bindArgs("find_module", a, k, ["fullname", "path"], 1);
    const n = asStr(fullname!);
    return n !== null && isFrozen(n) ? c : None;
  }],
  ["create_module", () => None],
  ["exec_module", (_c, a, k) => {
    const [module] = bindArgs("exec_module", a, k, ["module"], 1);
    const name = frozenName("exec_module", getattr(getattr(module!, "__spec__"), "name"));
    if (!(module instanceof PyModule)) throw typeError("exec_module() argument must be a module");
    execCode(module, frozenCode(name));
    return None;
  }],
  ["load_module", (_c, a, k) => {
    const [fullname] = bindArgs("load_module", a, k, ["fullname"], 1);
    const n = frozenName("load_module", fullname);
    return interp.modules.getStr(n) ?? loadFrozen(n);
  }],
  ["get_code", (_c, a, k) => {
    const [fullname] = bindArgs("get_code", a, k, ["fullname"], 1);
    return wrapCode(frozenCode(frozenName("get_code", fullname)));
  }],
  ["get_source", (_c, a, k) => {
    const [fullname] = bindArgs("get_source", a, k, ["fullname"], 1);
    frozenName("get_source", fullname);
    return None;
  }],
  ["is_package", (_c, a, k) => {
    const [fullname] = bindArgs("is_package", a, k, ["fullname"], 1);
    return isFrozenPackage(frozenName("is_package", fullname));
  }],
  ["module_repr", (_c, a) => `<module ${repr(getattrOpt(a[0] ?? None, "__name__") ?? "?")} (frozen)>`],
]);
