// _warnings (Python/_warnings.c's behaviour): the filters, warn() and warn_explicit() natively, so
// that warnings.py takes them (it imports filters, _defaultaction, _onceregistry, warn,
// warn_explicit and _filters_mutated from here) and, as in CPython, a warning turned into an
// exception is raised from the caller's line with no frame of the warnings machinery in its
// traceback. Showing a warning is warnings._showwarnmsg's job once the warnings module is imported
// (a program may replace it); before that, this module writes "file:line: Category: text" and the
// source line to sys.stderr itself.
import {
  type PyObj, PyModule, PyDict, PyList, PyTuple, PyType, PyBaseException, None, call, getattr, getattrOpt, typeOf, argTypeName, typeError, newExc, asStr, asInt,
  truthy, tuple, RuntimeError, str, repr, bindArgs, exceptionTypes,
} from "../objects/index.ts";
import type { Frame } from "../objects/frame.ts";
import { interp } from "../vm/interp.ts";
import { isCallable } from "../vm/ops-calls.ts";
import { makeModule } from "./util.ts";

let importer: (name: string) => PyObj = () => {
  throw new Error("_warnings: no importer");
};
let frameOf: () => Frame | null = () => null;
/** The importer (src/builtins/importer.ts) and the current frame (sys._getframe's), set by the builtins. */
export const setWarningsImporter = (f: typeof importer, current: typeof frameOf) => {
  importer = f;
  frameOf = current;
};

/** The state of one interpreter's _warnings (WarningsState). */
interface State {
  filters: PyList;
  onceRegistry: PyDict;
  defaultAction: PyObj;
  /** Bumped by _filters_mutated(): registries of an older version are cleared before use. */
  filtersVersion: number;
}
const states = new WeakMap<object, State>();

function state(): State {
  let st = states.get(interp);
  if (st === undefined) {
    const E = (n: string) => exceptionTypes.get(n)!;
    const filter = (action: string, category: PyType, module: PyObj) => tuple([action, None, category, module, 0]);
    // init_filters of a regular (non-debug) build
    st = {
      filters: new PyList([
        filter("default", E("DeprecationWarning"), "__main__"), filter("ignore", E("DeprecationWarning"), None),
        filter("ignore", E("PendingDeprecationWarning"), None), filter("ignore", E("ImportWarning"), None), filter("ignore", E("ResourceWarning"), None),
      ]),
      onceRegistry: new PyDict(),
      defaultAction: "default",
      filtersVersion: 0,
    };
    states.set(interp, st);
  }
  return st;
}

/** An attribute of the warnings module when it is imported (get_warnings_attr without try_import), else undefined. */
function warningsAttr(name: string): PyObj | undefined {
  // (none at interpreter exit, sys.modules cleared)
  if (interp.modulesGone) return undefined;
  const m = interp.modules.getStr("warnings");
  return m === undefined || m === None ? undefined : getattrOpt(m, name);
}

/** warnings.filters when the module is imported (a program may rebind it), else this module's list. */
function currentFilters(st: State): PyList {
  const f = warningsAttr("filters");
  if (f === undefined) return st.filters;
  if (!(f instanceof PyList)) throw newExc(exceptionTypes.get("ValueError")!, "_warnings.filters must be a list");
  st.filters = f;
  return f;
}

function currentOnceRegistry(st: State): PyDict {
  const r = warningsAttr("onceregistry");
  if (r === undefined) return st.onceRegistry;
  if (!(r instanceof PyDict)) throw typeError(`_warnings.onceregistry must be a dict, not '${typeOf(r).name}'`);
  st.onceRegistry = r;
  return r;
}

function currentDefaultAction(st: State): PyObj {
  const a = warningsAttr("defaultaction");
  if (a === undefined) return st.defaultAction;
  if (asStr(a) === null) throw typeError(`_warnings.defaultaction must be a string, not '${typeOf(a).name}'`);
  st.defaultAction = a;
  return a;
}

/** A filter's message or module pattern: None matches anything, an exact str (the default filters') only itself, else its .match(arg) decides. */
function matches(pattern: PyObj, arg: PyObj): boolean {
  if (pattern === None) return true;
  if (typeof pattern === "string") return pattern === asStr(arg);
  return truthy(call(getattr(pattern, "match"), [arg]));
}

/** get_filter: the action of the first filter matching, and that filter (for messages). */
function getFilter(st: State, category: PyType, text: PyObj, lineno: number, module: PyObj): [PyObj, PyObj] {
  const filters = currentFilters(st);
  for (let i = 0; i < filters.items.length; i++) {
    const item = filters.items[i]!;
    if (!(item instanceof PyTuple) || item.items.length !== 5) throw newExc(exceptionTypes.get("ValueError")!, `_warnings.filters item ${i} isn't a 5-tuple`);
    const [action, msg, cat, mod, ln] = item.items as PyObj[];
    if (asStr(action!) === null) throw typeError(`action must be a string, not '${typeOf(action!).name}'`);
    const good = matches(msg!, text) && (cat instanceof PyType && category.isSubtype(cat)) && matches(mod!, module);
    const line = asInt(ln!);
    if (line === null) throw typeError("an integer is required");
    if (good && (Number(line) === 0 || Number(line) === lineno)) return [action!, item];
  }
  return [currentDefaultAction(st), None];
}

/** already_warned: whether registry holds key (clearing a registry of older filters first); sets it when asked. */
function alreadyWarned(st: State, registry: PyDict, key: PyObj, set: boolean): boolean {
  const version = registry.getStr("version");
  if (typeof version !== "number" || version !== st.filtersVersion) {
    registry.clear();
    registry.setStr("version", st.filtersVersion);
  } else {
    const seen = registry.get(key);
    if (seen !== undefined && truthy(seen)) return true;
  }
  if (set) registry.set(key, true);
  return false;
}

/** The module name warn_explicit uses for a file: its name without ".py" ("<unknown>" when empty). */
function moduleFromFilename(filename: string): string {
  if (filename === "") return "<unknown>";
  return filename.endsWith(".py") ? filename.slice(0, -3) : filename;
}

/** show_warning: the text written when the warnings module has not been imported. */
function showWithoutModule(filename: string, lineno: number, text: PyObj, category: PyType, sourceline: PyObj): void {
  const stderr = interp.sys.dict.getStr("stderr");
  if (stderr === undefined || stderr === None) return;
  const write = (s: string) => call(getattr(stderr, "write"), [s]);
  write(`${filename}:${lineno}: ${str(getattr(category, "__name__"))}: ${str(text)}\n`);
  let line: string | null = sourceline === None ? null : str(sourceline);
  if (line === null) {
    const src = interp.sources.get(filename) ?? readSource(filename);
    line = src === null ? null : src.split("\n")[lineno - 1] ?? null;
  }
  if (line !== null) write(`  ${line.trimStart()}\n`);
}

function readSource(filename: string): string | null {
  const bytes = interp.host.readFile?.(filename) ?? null;
  return bytes === null ? null : new TextDecoder().decode(bytes);
}

/** call_show_warning: warnings._showwarnmsg(WarningMessage(...)) when warnings is imported (or `source` asks for it). */
function show(category: PyType, text: PyObj, message: PyObj, filename: string, lineno: number, sourceline: PyObj, source: PyObj): void {
  if (source !== None && interp.modules.getStr("warnings") === undefined) importer("warnings");
  const showFn = warningsAttr("_showwarnmsg");
  if (showFn === undefined) return showWithoutModule(filename, lineno, text, category, sourceline);
  if (!isCallable(showFn)) throw typeError("warnings._showwarnmsg() must be set to a callable");
  const cls = warningsAttr("WarningMessage");
  if (cls === undefined) throw newExc(RuntimeError, "unable to get warnings.WarningMessage");
  call(showFn, [call(cls, [message, category, filename, lineno, None, None, source])]);
}

/** warn_explicit: filters, registries and the action for one warning. */
function warnExplicit(
  category: PyObj, message: PyObj, filename: string, lineno: number, module: PyObj, registry: PyObj, sourceline: PyObj, source: PyObj,
): PyObj {
  const st = state();
  if (registry !== None && !(registry instanceof PyDict)) throw typeError("'registry' must be a dict or None");
  const reg = registry instanceof PyDict ? registry : null;
  if (module === None) module = moduleFromFilename(filename);
  let text: PyObj;
  let cat: PyType;
  const Warning = exceptionTypes.get("Warning")!;
  if (message instanceof PyBaseException && message.cls.isSubtype(Warning)) {
    text = str(message);
    cat = message.cls;
  } else {
    text = message;
    if (!(category instanceof PyType)) throw typeError(`category must be a Warning subclass, not '${typeOf(category).name}'`);
    cat = category;
    message = call(category, [message]);
  }
  const key = tuple([text, cat, lineno]);
  if (reg !== null && alreadyWarned(st, reg, key, false)) return None;
  const [action, item] = getFilter(st, cat, text, lineno, module);
  const act = asStr(action)!;
  if (act === "error") throw message;
  if (act === "ignore") return None;
  let seen = false;
  if (act !== "always") {
    if (reg !== null) reg.set(key, true);
    if (act === "once") seen = alreadyWarned(st, reg ?? currentOnceRegistry(st), tuple([text, cat]), true);
    else if (act === "module") seen = reg !== null && alreadyWarned(st, reg, tuple([text, cat]), true);
    else if (act !== "default") throw newExc(RuntimeError, `Unrecognized action (${repr(action)}) in warnings.filters:\n ${repr(item)}`);
  }
  if (!seen) show(cat, text, message, filename, lineno, sourceline, source);
  return None;
}

/** importlib's frames, which stacklevel does not count (is_internal_frame). */
function isInternal(f: Frame): boolean {
  const name = f.code.co.co_filename;
  return name.includes("importlib") && name.includes("_bootstrap");
}

/** setup_context: the frame `stacklevel` levels up (importlib's skipped), its file, line, module and registry. */
function warnFromCaller(message: PyObj, category: PyObj, stacklevel: number, source: PyObj): PyObj {
  let f = frameOf();
  if (stacklevel <= 0 || (f !== null && isInternal(f))) {
    while (--stacklevel > 0 && f !== null) f = f.back;
  } else {
    while (--stacklevel > 0 && f !== null) {
      do f = f.back; while (f !== null && isInternal(f));
    }
  }
  const globals = f === null ? interp.sys.dict : f.globals;
  const filename = f === null ? "sys" : f.code.co.co_filename;
  const lineno = f === null ? 1 : f.line;
  let registry = globals.getStr("__warningregistry__");
  if (registry === undefined || registry === None) {
    registry = new PyDict();
    globals.setStr("__warningregistry__", registry);
  }
  const module = globals.getStr("__name__") ?? "<string>";
  return warnExplicit(category, message, filename, lineno, module, registry, None, source);
}

/** PyErr_WarnEx from native code without the module's import (the interpreter's exit warns so, vm/gen-finalize.ts). */
export function warnFromNative(category: PyType, message: string, stacklevel = 1): void {
  warnFromCaller(message, category, stacklevel, None);
}

/** get_category: the message's class for a Warning instance, else category (UserWarning by default), which must be a Warning subclass. */
function categoryOf(message: PyObj, category: PyObj | undefined): PyObj {
  const Warning = exceptionTypes.get("Warning")!;
  if (message instanceof PyBaseException && message.cls.isSubtype(Warning)) return message.cls;
  if (category === undefined || category === None) return exceptionTypes.get("UserWarning")!;
  if (!(category instanceof PyType) || !category.isSubtype(Warning)) throw typeError(`category must be a Warning subclass, not '${typeOf(category).name}'`);
  return category;
}

export function makeWarnings(): PyModule {
  const st = state();
  const m = makeModule("_warnings", [
    ["warn", (a, k) => {
      const [message, category, stacklevel, source] = bindArgs("warn", a, k, ["message", "category", "stacklevel", "source"], 1);
      const level = stacklevel === undefined ? 1 : asInt(stacklevel);
      if (level === null) throw typeError(`'${typeOf(stacklevel!).name}' object cannot be interpreted as an integer`);
      return warnFromCaller(message!, categoryOf(message!, category), Number(level), source ?? None);
    }],
    ["warn_explicit", (a, k) => {
      const [message, category, filename, lineno, module, registry, moduleGlobals, source] = bindArgs(
        "warn_explicit", a, k, ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"], 4,
      );
      const file = asStr(filename!);
      if (file === null) throw typeError(`warn_explicit() argument 'filename' must be str, not ${argTypeName(filename!)}`);
      const line = asInt(lineno!);
      if (line === null) throw typeError(`'${typeOf(lineno!).name}' object cannot be interpreted as an integer`);
      const sourceline = moduleGlobals === undefined || moduleGlobals === None ? None : sourceLineFrom(moduleGlobals, Number(line));
      return warnExplicit(category!, message!, file, Number(line), module ?? None, registry ?? None, sourceline, source ?? None);
    }],
    ["_filters_mutated", () => {
      st.filtersVersion++;
      return None;
    }],
  ], [], "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.");
  m.dict.setStr("filters", st.filters);
  m.dict.setStr("_defaultaction", st.defaultAction);
  m.dict.setStr("_onceregistry", st.onceRegistry);
  return m;
}

/** get_source_line: the line from module_globals' __loader__.get_source(__name__), or None. */
function sourceLineFrom(globals: PyObj, lineno: number): PyObj {
  if (!(globals instanceof PyDict)) throw typeError("module_globals must be a dict, not '" + typeOf(globals).name + "'");
  const loader = globals.getStr("__loader__");
  const name = globals.getStr("__name__");
  if (loader === undefined || name === undefined) return None;
  const getSource = getattrOpt(loader, "get_source");
  if (getSource === undefined) return None;
  const text = call(getSource, [name]);
  if (text === None) return None;
  return str(text).split("\n")[lineno - 1] ?? None;
}
