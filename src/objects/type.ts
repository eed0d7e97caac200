// Type objects (Objects/typeobject.c): name, bases, C3 MRO, a namespace and the cached method
// lookup (_PyType_Lookup). The namespace is a Map<string, PyObj> (type dicts only hold str keys in
// practice; `__dict__` shows it as a mappingproxy). Lookups are cached per type. As CPython's
// version tags do, a change to a type's namespace or bases gives that type and its subclasses a new
// `version` (invalidateType): caches elsewhere (attribute caches, type.__call__'s plan) hold the
// version they were computed at, and a change to one class leaves every other class's caches valid,
// which matters while imports create classes by the hundred.
import { PyObject, type PyObj } from "./object.ts";
import type { TypeSizes } from "./type-sizes.ts";
import type { SharedKeys } from "./dict.ts";

/** The next type version: versions are unique across all types, so a version alone names one type in one state. */
let nextVersion = 1;

/** Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING: what sequence and mapping patterns match (PyType.collectionFlags). */
export const TPFLAGS_SEQUENCE = 1 << 5;
export const TPFLAGS_MAPPING = 1 << 6;
export const COLLECTION_FLAGS = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING;

/** How instances of a type are made: inherited from the "solid base" that defines the layout. */
export type Factory = (cls: PyType) => PyObject;

export class PyType extends PyObject {
  name: string;
  qualname: string;
  base: PyType | null;
  bases: PyType[];
  mro: PyType[] = [];
  /**
   * tp_dict. Its keys are str, except those of other types that a namespace given to type() held
   * (setNonStrKey): they show in __dict__ and dir() but attribute lookups, by str, never meet them.
   */
  ns = new Map<string, PyObj>();
  /** A class statement made it (it may get attributes set; its name may change). */
  heap = false;
  /** May be subclassed (bool, NoneType, function... may not). */
  baseAllowed = true;
  /** Instances carry a __dict__. */
  hasDict = false;
  /** The key table its instances' dicts share while split (dict.ts), made with the first of them. */
  sharedKeys: SharedKeys | null = null;
  /**
   * A class statement's type whose instances take weak references (CPython's tp_weaklistoffset
   * != 0); builtin types answer from a list (typeobject.ts takesWeakrefs).
   */
  weakrefable = false;
  /**
   * The names of the __slots__ of the instance layout by position (the solid base's first, then
   * this type's own), or null when the layout has none; instances keep the values in that order.
   */
  slotNames: string[] | null = null;
  /** Where this type's own __slots__ start in slotNames (its solid base's count). */
  ownSlotsFrom = 0;
  factory: Factory | null;
  /** The builtin type whose layout instances use (object for plain classes). */
  solid: PyType;
  subclasses: PyType[] = [];
  /** Changes whenever this type's lookups may answer differently (invalidateType); unique across types. */
  version = nextVersion++;
  /**
   * Types whose cached facts depend on this type's lookups without being its subclasses: an
   * attribute cache of class T that found, on T, an instance of this (user-defined) class, and
   * answered from this class's __get__/__set__ (or their absence). Invalidated with this type.
   */
  dependents: Set<PyType> | null = null;
  private cache = new Map<string, PyObj | undefined>();
  /** type.__call__'s plan for this type (typeobject.ts typeCall); dropped by invalidateType. */
  ctor: object | null = null;
  /** Flags used by protocols (the C type flags as far as they matter). */
  isException = false;
  /**
   * Its native __getitem__ is a mapping subscript only (mp_subscript without sq_item: re.Match,
   * types.GenericAlias), so it is no sequence: iter() does not fall back to it.
   */
  subscriptOnly = false;
  /**
   * TPFLAGS_SEQUENCE or TPFLAGS_MAPPING, which MATCH_SEQUENCE and MATCH_MAPPING test: set on the
   * builtin collections, taken from the first base along the MRO that has one (inherit_patma_flags),
   * and set by _abc from __abc_tpflags__ and when a class is registered with such an ABC.
   */
  collectionFlags = 0;
  /**
   * tp_doc of a builtin type whose dict's __doc__ is a descriptor for its instances (function,
   * method): type.__doc__ answers it, as type_get_doc answers a static type's tp_doc.
   */
  tpDoc: string | null = null;
  /**
   * tp_doc of a class statement's type: its namespace's str __doc__ when the class was made
   * (type_new_set_doc), which __text_signature__ reads; assigning __doc__ later does not change it.
   */
  classDoc: string | null = null;

  /** `ready` false: no MRO yet (mro empty, not among its bases' __subclasses__) until ready() is called, as a class statement's type is while type_new fills it in. */
  constructor(meta: PyType | null, name: string, bases: PyType[], factory: Factory | null = null, ready = true) {
    super(meta as PyType);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.base = bases[0] ?? null;
    this.factory = factory ?? this.base?.factory ?? null;
    this.solid = factory || !this.base ? this : this.base.solid;
    if (this.base?.isException) this.isException = true;
    if (ready) this.ready(computeMro(this));
  }

  /** PyType_Ready's part that needs the MRO: sets it, inherits the collection flags along it, registers with the bases' __subclasses__. */
  ready(mro: PyType[]): void {
    this.mro = mro;
    for (let i = 1; i < mro.length && this.collectionFlags === 0; i++) this.collectionFlags = mro[i].collectionFlags;
    for (const b of this.bases) b.subclasses.push(this);
  }

  /**
   * Whether this type and those of its MRO have CPython's own dicts (type-dicts.ts): done the first
   * time an attribute of the type is read (typeGetattr), so start-up pays nothing for it.
   */
  dictSettled = false;
  /** Settles the dicts of t's MRO (type-dicts.ts sets it; this module cannot import that one). */
  static settle: (t: PyType) => void = () => {};

  /** None, set by builtin-types.ts once it exists (this module cannot import it: that one imports this one). */
  static none: PyObj;

  /** _PyType_Lookup: the attribute along the MRO, or undefined. */
  lookup(name: string): PyObj | undefined {
    const c = this.cache.get(name);
    if (c !== undefined || this.cache.has(name)) return c;
    let found: PyObj | undefined;
    // PyType_Ready gives every type a __doc__ (None without tp_doc), so the type's own answers
    // (once it has an MRO: not while a metaclass's mro() is making it)
    if (name === "__doc__") found = this.mro.length === 0 ? undefined : this.ns.get(name) ?? PyType.none;
    else {
      for (const t of this.mro) {
        const v = t.ns.get(name);
        if (v !== undefined) {
          found = v;
          break;
        }
      }
    }
    this.cache.set(name, found);
    return found;
  }

  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    // (no MRO yet: a metaclass's mro() is making it) the chain of __base__, as PyType_IsSubtype's
    if (mro.length === 0) for (let b = this.base; b !== null; b = b.base) if (b === other) return true;
    return false;
  }

  setAttr(name: string, value: PyObj | undefined): void {
    if (value === undefined) this.ns.delete(name);
    else this.ns.set(name, value);
    invalidateType(this);
  }

  /** Forgets cached lookups: only invalidateType calls this. */
  dropCaches(): void {
    this.cache.clear();
    this.ctor = null;
  }

  /**
   * _PyType_Name: tp_name after its last dot. A static type of a module carries the module in its
   * name as CPython's tp_name does ("collections.deque"), which messages show; reprs use this.
   */
  get shortName(): string {
    return this.name.slice(this.name.lastIndexOf(".") + 1);
  }

  get moduleName(): string {
    const m = this.ns.get("__module__");
    if (typeof m === "string") return m;
    return this.heap ? "builtins" : this.staticModule;
  }
  staticModule = "builtins";
  /** Its C layout's sizes and offsets, as type-sizes.ts works them out (at type_new, or at the first query). */
  sizes: TypeSizes | null = null;
}

/**
 * PyType_Modified: `t` changed (namespace, bases or MRO), so it and everything whose lookups go
 * through it (its subclasses, its dependents) get new versions and empty caches. A walk gives each
 * type one new version even when it is reached twice (diamonds, a class that depends on itself).
 */
export function invalidateType(t: PyType): void {
  const walkStart = nextVersion;
  const visit = (u: PyType): void => {
    if (u.version >= walkStart) return;
    u.version = nextVersion++;
    u.dropCaches();
    for (const s of u.subclasses) visit(s);
    if (u.dependents !== null) for (const d of u.dependents) visit(d);
  };
  visit(t);
}

/** C3 linearisation; throws a JS MroConflict the caller turns into TypeError. */
export function computeMro(t: PyType): PyType[] {
  if (t.bases.length === 0) return [t];
  if (t.bases.length === 1) return [t, ...t.bases[0].mro];
  const seqs = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (!cand) {
      const heads = [...new Set(nonEmpty.map((s) => s[0]))];
      throw new MroConflict(heads.map((h) => h.name));
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

export class MroConflict {
  constructor(readonly names: string[]) {}
}

/** Puts a key that is not a str in a new type's namespace (type_new copies the whole dict). */
export function setNonStrKey(t: PyType, key: PyObj, value: PyObj): void {
  (t.ns as Map<unknown, PyObj>).set(key, value);
}
