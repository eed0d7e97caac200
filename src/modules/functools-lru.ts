// _functools._lru_cache_wrapper (Modules/_functoolsmodule.c, 3.10): the callable functools.lru_cache
// returns, so that a cached function is a `functools._lru_cache_wrapper object` as in CPython (the
// pure-Python fallback makes it a plain function, with another repr and type). The key is the
// argument tuple (a lone int or str argument itself), then a marker, the keyword names and values,
// and with `typed` the arguments' types; its hash is taken once per call and handed to the cache
// dict. A bounded cache evicts its least recently used entry, kept in order as the C linked list.
import {
  type PyObj, PyObject, PyType, PyDict, PyMethod, None, TypeType, ObjectType, tuple, typeOf, call, typeError,
  defMethods, defGetters, newInstance, asIndex, newExc, OverflowError, hash, getattr, parseTupleAndKeywords, truthy, IntType, StrType,
} from "../objects/index.ts";
import { inModule } from "./util.ts";

/** Which wrapper lru_cache_new chose: maxsize None, 0 (or negative), or a bound. */
type Kind = "infinite" | "uncached" | "bounded";

export class PyLruCache extends PyObject {
  func: PyObj = None;
  kind: Kind = "infinite";
  /** The bound (0 when given negative), or -1 for maxsize None. */
  maxsize = -1;
  typed = false;
  cacheInfoType: PyObj = None;
  cache = new PyDict();
  hits = 0;
  misses = 0;
  /** A bounded cache's entries, least recently used first (the C linked list). */
  recency = new Set<PyLruEntry>();
  /** Moves an entry to the most recently used end. */
  touch(e: PyLruEntry): void {
    this.recency.delete(e);
    this.recency.add(e);
  }
}

/**
 * A bounded cache's value for a key (the C lru_list_elem): its key and hash, kept to evict it
 * without hashing the key again, and the result. It is a Python object only to be stored in the
 * cache dict, which no Python code can reach.
 */
class PyLruEntry extends PyObject {
  constructor(readonly key: PyObj, readonly hash: bigint, readonly result: PyObj) {
    super(ObjectType);
  }
}
export const LruCacheType = inModule(new PyType(TypeType, "functools._lru_cache_wrapper", [ObjectType], (cls) => new PyLruCache(cls)), "functools");
LruCacheType.qualname = "_lru_cache_wrapper";
LruCacheType.hasDict = true;
LruCacheType.baseAllowed = false;
const L = (x: PyObj) => x as PyLruCache;

/** The marker between positional and keyword parts of a key (kwd_mark, one object per process). */
const KWD_MARK = new PyObject(ObjectType);

function makeKey(self: PyLruCache, args: PyObj[], kw: readonly string[] | null): PyObj {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  if (!self.typed && nkw === 0) {
    if (npos === 1) {
      const a = args[0];
      const t = typeOf(a);
      if (t === IntType || t === StrType) return a;
    }
    return tuple(args.slice(0, npos));
  }
  const items = args.slice(0, npos);
  if (nkw) {
    items.push(KWD_MARK);
    for (let i = 0; i < nkw; i++) items.push(kw![i], args[npos + i]);
  }
  if (self.typed) {
    for (let i = 0; i < npos; i++) items.push(typeOf(args[i]));
    for (let i = 0; i < nkw; i++) items.push(typeOf(args[npos + i]));
  }
  return tuple(items);
}

function cached(self: PyLruCache, args: PyObj[], kw: readonly string[] | null): PyObj {
  if (self.kind === "uncached") {
    self.misses++;
    return call(self.func, args, kw);
  }
  const key = makeKey(self, args, kw);
  const h = hash(key);
  const found = self.cache.get(key, h);
  if (found !== undefined) {
    self.hits++;
    if (!(found instanceof PyLruEntry)) return found;
    self.touch(found);
    return found.result;
  }
  self.misses++;
  const result = call(self.func, args, kw);
  if (self.kind === "infinite") {
    self.cache.set(key, result, h);
    return result;
  }
  // the same key may have been added during the call: its entry is kept
  if (self.cache.get(key, h) !== undefined) return result;
  if (self.cache.size >= self.maxsize && self.recency.size > 0) {
    const oldest = self.recency.values().next().value as PyLruEntry;
    self.recency.delete(oldest);
    self.cache.del(oldest.key, oldest.hash);
  }
  const entry = new PyLruEntry(key, h, result);
  self.cache.set(key, entry, h);
  self.recency.add(entry);
  return result;
}

defMethods(LruCacheType, [
  ["__new__", (cls, args, kw) => {
    const [func, maxsizeObj, typed, cacheInfoType] = parseTupleAndKeywords("lru_cache", args, kw, ["user_function", "maxsize", "typed", "cache_info_type"], 4);
    if (typeOf(func!).lookup("__call__") === undefined) throw typeError("the first argument must be callable");
    let kind: Kind = "infinite";
    let maxsize = -1;
    if (maxsizeObj !== None) {
      if (typeOf(maxsizeObj!).lookup("__index__") === undefined) throw typeError("maxsize should be integer or None");
      const n = asIndex(maxsizeObj!);
      if (typeof n === "bigint") throw newExc(OverflowError, "cannot fit 'int' into an index-sized integer");
      maxsize = Math.max(0, n);
      kind = maxsize === 0 ? "uncached" : "bounded";
    }
    const self = newInstance(cls as PyType) as PyLruCache;
    self.func = func!;
    self.kind = kind;
    self.maxsize = maxsize;
    self.typed = truthy(typed!);
    self.cacheInfoType = cacheInfoType!;
    return self;
  }],
  ["__call__", (s, args, kw) => cached(L(s), args, kw)],
  ["__get__", (s, [obj]) => (obj === None || obj === undefined ? s : new PyMethod(s, obj)), 1, 2],
  ["cache_info", (s) => {
    const c = L(s);
    return call(c.cacheInfoType, [c.hits, c.misses, c.kind === "infinite" ? None : c.maxsize, c.cache.size]);
  }, 0, 0],
  ["cache_clear", (s) => {
    const c = L(s);
    c.hits = c.misses = 0;
    c.recency.clear();
    c.cache.clear();
    return None;
  }, 0, 0],
  ["__reduce__", (s) => getattr(s, "__qualname__"), 0, 0],
  ["__copy__", (s) => s, 0, 0],
  ["__deepcopy__", (s) => s, 1, 1],
]);
defGetters(LruCacheType, [
  ["__dict__", (s) => (L(s).dict ??= new PyDict()), (s, v) => {
    if (!(v instanceof PyDict)) throw typeError(v === undefined ? "cannot delete __dict__" : `__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    L(s).dict = v;
  }],
]);
