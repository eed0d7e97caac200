// LOAD_GLOBAL's cache (3.10's co_opcache for LOAD_GLOBAL, keyed on the dicts' versions). CPython
// keeps the value and checks both dicts' ma_version_tag, which changes on every store, so a
// module-level loop assigning any global keeps missing. Here the cache keeps the dict entry
// itself and checks the dicts' keysVersion, which changes only when a key is added or removed;
// a store replaces the value in the same entry, which the next read sees.
import { builtinMiss, type PyObj, type PyDict, type DictEntry } from "../objects/index.ts";
import { nameError } from "./ops.ts";

export class GlobalCache {
  constructor(
    public g: PyDict,
    public gk: number,
    public b: PyDict,
    public bk: number,
    public entry: DictEntry,
  ) {}
}

/**
 * LOAD_GLOBAL's lookup through the cache in slot i, for runFrame's LOAD_NAME in module-level code
 * (whose locals are its globals: the same lookup). runFrame's LOAD_GLOBAL and compiled code
 * (jit/emit.ts GLOBAL_HIT) spell the hit inline.
 */
export function getGlobal(cache: unknown[], i: number, g: PyDict, b: PyDict, name: string): PyObj {
  const c = cache[i];
  return c instanceof GlobalCache && c.g === g && c.gk === g.keysVersion && c.b === b && c.bk === b.keysVersion ? c.entry.value : loadGlobal(cache, i, g, b, name);
}

/** The lookup behind a cache miss: globals, then builtins; caches the entry when both dicts allow it. */
export function loadGlobal(cache: unknown[], i: number, g: PyDict, b: PyDict, name: string): PyObj {
  let e = g.strEntry(name);
  if (e === undefined) {
    const v = g.getStr(name);
    if (v !== undefined) return v;
    e = b.strEntry(name);
    if (e === undefined) {
      const bv = b.getStr(name) ?? builtinMiss(b, name);
      if (bv === undefined) throw nameError(name);
      return bv;
    }
  }
  cache[i] = new GlobalCache(g, g.keysVersion, b, b.keysVersion, e);
  return e.value;
}
