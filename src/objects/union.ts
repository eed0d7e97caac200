// types.UnionType (`int | str`, Objects/unionobject.c) and types.GenericAlias (`list[int]`,
// Objects/genericaliasobject.c) as far as 3.10 programs and the standard library use them: repr,
// __args__/__origin__, equality and hashing, | between types/None/unions, isinstance/issubclass.
import { PyObject, type PyObj } from "./object.ts";
import { PyType } from "./type.ts";
import {
  TypeType, ObjectType, NoneType, None, NotImplemented, Ellipsis, ListType, DictType, TupleType, SetType, FrozenSetType, EnumerateType, AsyncGeneratorType,
  MappingProxyType,
} from "./builtin-types.ts";
import { typeError, PyBaseException, AttributeError, TypeError } from "./exceptions.ts";
import { PyList, listSort } from "./list.ts";
import { toArray } from "./protocols.ts";
import { hash, hashItems, repr, typeOf, eq, setGenericAlias, getattrOpt, getattr, setattr, noAttribute, asStr, callDescr, truthy, getitem as getitemOf } from "./protocols.ts";
import { PyDict } from "./dict.ts";
import { binaryOp, BIN } from "./number.ts";
const binaryOr = (a: PyObj, b: PyObj): PyObj => binaryOp(a, b, BIN.or);
import { defGetters, defMethods, defClassMethods } from "./function.ts";
import { tuple, PyTuple } from "./tuple.ts";
import { newSet } from "./set.ts";
import { normInt } from "../support/text/index.ts";
import { hashFrozenSet } from "../support/hash.ts";

// (names are CPython's tp_names, which messages show; __name__ is the part after the dot)
export const UnionType = new PyType(TypeType, "types.UnionType", [ObjectType]);
UnionType.qualname = "UnionType";
UnionType.staticModule = "types";
UnionType.solid = UnionType;
UnionType.baseAllowed = false;
export const GenericAliasType = new PyType(TypeType, "types.GenericAlias", [ObjectType]);
GenericAliasType.qualname = "GenericAlias";
GenericAliasType.staticModule = "types";
GenericAliasType.solid = GenericAliasType;
UnionType.subscriptOnly = true;
GenericAliasType.subscriptOnly = true;

export class PyUnion extends PyObject {
  constructor(public args: PyObj[]) {
    super(UnionType);
  }
}
export class PyGenericAlias extends PyObject {
  private params: PyObj[] | null = null;
  constructor(public origin: PyObj, public args: PyObj[], cls: PyType = GenericAliasType) {
    super(cls);
  }
  /** __parameters__, computed on first use as ga_getitem does. */
  get parameters(): PyObj[] {
    return (this.params ??= makeParameters(this.args));
  }
}

/** is_typevar (3.10): an instance of typing.TypeVar. */
function isTypeVar(x: PyObj): boolean {
  const t = typeOf(x);
  return t.name === "TypeVar" && t.moduleName === "typing";
}

/** _Py_make_parameters: the type variables of `args`, in order, each once (also from nested aliases). */
function makeParameters(args: PyObj[]): PyObj[] {
  const out: PyObj[] = [];
  const add = (t: PyObj) => {
    if (!out.includes(t)) out.push(t);
  };
  for (const a of args) {
    if (isTypeVar(a)) add(a);
    else if (a instanceof PyObject && !(a instanceof PyType)) {
      const sub = getattrOpt(a, "__parameters__");
      if (sub instanceof PyTuple) sub.items.forEach(add);
    }
  }
  return out;
}

/** subs_tvars: `obj` with the type variables among `params` replaced by the matching `items`. */
function substitute(obj: PyObj, params: PyObj[], items: PyObj[]): PyObj {
  if (!(obj instanceof PyObject) || obj instanceof PyType) return obj;
  const sub = getattrOpt(obj, "__parameters__");
  if (!(sub instanceof PyTuple) || sub.items.length === 0) return obj;
  return getitemOf(obj, tuple(sub.items.map((p) => items[params.indexOf(p)])));
}

/** ga_getitem: list[T][int] is list[int]. */
function aliasGetitem(self: PyGenericAlias, item: PyObj): PyObj {
  const params = self.parameters;
  if (params.length === 0) throw typeError(`There are no type variables left in ${repr(self)}`);
  const items = item instanceof PyTuple ? item.items : [item];
  if (items.length !== params.length) throw typeError(`Too ${items.length > params.length ? "many" : "few"} arguments for ${repr(self)}`);
  const args = self.args.map((a) => (isTypeVar(a) ? items[params.indexOf(a)] : substitute(a, params, items)));
  return new PyGenericAlias(self.origin, args);
}

const unionable = (x: PyObj) => x === None || x instanceof PyType || x instanceof PyUnion || x instanceof PyGenericAlias;
export function makeUnion(a: PyObj, b: PyObj): PyObj {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const items: PyObj[] = [];
  for (const x of [a, b]) {
    const parts = x instanceof PyUnion ? x.args : [x === None ? NoneType : x];
    for (const p of parts) if (!items.some((q) => q === p || (p instanceof PyGenericAlias && eq(p, q)))) items.push(p);
  }
  return items.length === 1 ? items[0] : new PyUnion(items);
}

/** repr of a type argument as typing does (_Py_typing_type_repr). */
function typeArgRepr(x: PyObj): string {
  if (x === Ellipsis) return "...";
  if (x === NoneType) return "None";
  if (x instanceof PyType) {
    const m = x.moduleName;
    return m === "builtins" ? x.qualname : `${m}.${x.qualname}`;
  }
  if (x instanceof PyObject && getattrOpt(x, "__origin__") !== undefined && getattrOpt(x, "__args__") !== undefined) return repr(x);
  const qn = getattrOpt(x, "__qualname__");
  const mod = getattrOpt(x, "__module__");
  if (qn !== undefined && mod !== undefined && asStr(qn) !== null) {
    const m = asStr(mod);
    return m === "builtins" || m === null ? asStr(qn)! : `${m}.${asStr(qn)}`;
  }
  return repr(x);
}

const U = (x: PyObj) => x as PyUnion;
/** PyObject_IsInstance(x, t) for a type: a metaclass's own __instancecheck__ is honoured. */
function instanceOf(x: PyObj, t: PyType): boolean {
  const ic = t.cls === TypeType ? undefined : typeOf(t).lookup("__instancecheck__");
  return ic !== undefined ? truthy(callDescr(ic, t, [x])) : typeOf(x).isSubtype(t);
}
/** PyObject_IsSubclass(x, t) for a type: a metaclass's own __subclasscheck__ (ABCMeta's) is honoured. */
function subclassOf(x: PyType, t: PyType): boolean {
  const sc = t.cls === TypeType ? undefined : typeOf(t).lookup("__subclasscheck__");
  return sc !== undefined ? truthy(callDescr(sc, t, [x])) : x.isSubtype(t);
}
defMethods(UnionType, [
  ["__repr__", (s) => U(s).args.map(typeArgRepr).join(" | "), 0, 0],
  ["__or__", (s, [o]) => makeUnion(s, o), 1, 1],
  ["__ror__", (s, [o]) => makeUnion(o, s), 1, 1],
  ["__eq__", (s, [o]) => (o instanceof PyUnion ? eq(newSet(U(s).args), newSet(o.args)) : NotImplemented), 1, 1],
  ["__hash__", (s) => normInt(hashFrozenSet(U(s).args.map(hash))), 0, 0],
  // union_instancecheck / union_subclasscheck (3.10): a parameterized generic anywhere in the union
  // is refused before any argument is tried; then only the type arguments count.
  ["__instancecheck__", (s, [x]) => {
    if (U(s).args.some((t) => t instanceof PyGenericAlias)) throw typeError("isinstance() argument 2 cannot contain a parameterized generic");
    return U(s).args.some((t) => t instanceof PyType && instanceOf(x, t));
  }, 1, 1],
  ["__subclasscheck__", (s, [x]) => {
    if (!(x instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
    if (U(s).args.some((t) => t instanceof PyGenericAlias)) throw typeError("issubclass() argument 2 cannot contain a parameterized generic");
    return U(s).args.some((t) => t instanceof PyType && subclassOf(x, t));
  }, 1, 1],
]);
defGetters(UnionType, [["__args__", (s) => tuple(U(s).args.slice())], ["__parameters__", (s) => tuple(makeParameters(U(s).args))]]);
// union_getattro: a union's __module__ is its type's ("types", which typing's reprs read)
defMethods(UnionType, [["__getattribute__", (s, [n]) => {
  const name = asStr(n);
  if (name === null) throw typeError(`attribute name must be string, not '${typeOf(n).name}'`);
  if (name === "__module__") return getattr(UnionType, name);
  const r = genericGetattrOf(s, name);
  if (r !== undefined) return r;
  throw noAttribute(s, name);
}, 1, 1]]);
// union_getitem (3.10): (int | list[T])[str] substitutes as a generic alias does.
defMethods(UnionType, [["__getitem__", (s, [item]) => {
  const params = makeParameters(U(s).args);
  if (params.length === 0) throw typeError(`There are no type variables left in ${repr(s)}`);
  const items = item instanceof PyTuple ? item.items : [item];
  if (items.length !== params.length) throw typeError(`Too ${items.length > params.length ? "many" : "few"} arguments for ${repr(s)}`);
  let r: PyObj | undefined;
  for (const a of U(s).args) {
    const v = isTypeVar(a) ? items[params.indexOf(a)] : substitute(a, params, items);
    r = r === undefined ? v : binaryOr(r, v);
  }
  return r!;
}, 1, 1]]);

const G = (x: PyObj) => x as PyGenericAlias;
defMethods(GenericAliasType, [
  ["__repr__", (s) => `${typeArgRepr(G(s).origin)}[${G(s).args.length ? G(s).args.map((a) => (a instanceof PyTuple && a.items.length === 0 ? "()" : typeArgRepr(a))).join(", ") : "()"}]`, 0, 0],
  // ga_call: the origin's instance records the alias it came from, where it can
  ["__call__", (s, args, kw) => {
    const obj = callOrigin(G(s).origin, args, kw);
    try {
      setattr(obj, "__orig_class__", s);
    } catch (e) {
      if (!(e instanceof PyBaseException && (e.cls.isSubtype(AttributeError) || e.cls.isSubtype(TypeError)))) throw e;
    }
    return obj;
  }],
  ["__or__", (s, [o]) => makeUnion(s, o), 1, 1],
  ["__ror__", (s, [o]) => makeUnion(o, s), 1, 1],
  ["__eq__", (s, [o]) => (o instanceof PyGenericAlias ? eq(G(s).origin, o.origin) && eq(tuple(G(s).args), tuple(o.args)) : NotImplemented), 1, 1],
  ["__hash__", (s) => normInt(hashItems([G(s).origin, tuple(G(s).args)])), 0, 0],
  ["__mro_entries__", (s) => tuple([G(s).origin]), 1, 1],
  ["__instancecheck__", () => {
    throw typeError("isinstance() argument 2 cannot be a parameterized generic");
  }, 1, 1],
  ["__subclasscheck__", () => {
    throw typeError("issubclass() argument 2 cannot be a parameterized generic");
  }, 1, 1],
  // ga_new: types.GenericAlias(origin, args); a non-tuple args is one argument. Subclasses
  // (collections.abc's _CallableGenericAlias) get their own instances with a __dict__.
  ["__new__", (cls, args, kw) => {
    if (kw && kw.length) throw typeError("GenericAlias() takes no keyword arguments");
    if (args.length !== 2) throw typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
    const [origin, a] = args;
    const t = cls instanceof PyType ? cls : GenericAliasType;
    const ga = new PyGenericAlias(origin, a instanceof PyTuple ? a.items.slice() : [a], t);
    if (t.hasDict) ga.dict = new PyDict();
    return ga;
  }],
  ["__getitem__", (s, [item]) => aliasGetitem(G(s), item), 1, 1],
  // ga_dir: dir(origin), then the alias's own names it lacks
  ["__dir__", (s) => {
    const origin = G(s).origin;
    const d = typeOf(origin).lookup("__dir__");
    if (d === undefined) throw typeError("object does not provide __dir__");
    const names = new PyList(toArray(callDescr(d, origin, [])));
    listSort(names, None, false);
    for (const n of OWN_ATTRIBUTES) if (!names.items.includes(n)) names.items.push(n);
    return names;
  }, 0, 0],
  // ga_reduce: (type(alias), (origin, args))
  ["__reduce__", (s) => tuple([typeOf(s), tuple([G(s).origin, tuple(G(s).args.slice())])]), 0, 0],
  // ga_getattro: every attribute but a few of the alias's own is the origin's (so in 3.10
  // list[int].__class__ is type, and isinstance(list[int], type) holds)
  ["__getattribute__", (s, [n]) => {
    const name = asStr(n);
    if (name === null) throw typeError(`attribute name must be string, not '${typeOf(n).name}'`);
    if (!OWN_ATTRIBUTES.has(name)) return getattr(G(s).origin, name);
    const r = genericGetattrOf(s, name);
    if (r !== undefined) return r;
    throw noAttribute(s, name);
  }, 1, 1],
]);
/** genericaliasobject.c's attr_exceptions: the names looked up on the alias itself. */
const OWN_ATTRIBUTES = new Set(["__origin__", "__args__", "__parameters__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"]);
defGetters(GenericAliasType, [
  ["__origin__", (s) => G(s).origin],
  ["__args__", (s) => tuple(G(s).args.slice())],
  ["__parameters__", (s) => tuple(G(s).parameters.slice())],
]);
let callOrigin: (o: PyObj, a: PyObj[], k: readonly string[] | null) => PyObj = () => None;
let genericGetattrOf: (o: PyObj, n: string) => PyObj | undefined = () => undefined;
export function setUnionHelpers(c: typeof callOrigin, g: typeof genericGetattrOf): void {
  callOrigin = c;
  genericGetattrOf = g;
}
setGenericAlias((t, key) => new PyGenericAlias(t, key instanceof PyTuple ? key.items.slice() : [key]));

/** A builtin generic class's __class_getitem__ (Py_GenericAlias as a classmethod): cls[key], also for subclasses. */
export function defGenericClassGetitem(t: PyType): void {
  defClassMethods(t, [["__class_getitem__", (cls, args, kw) => {
    // the messages name the bound method as _PyObject_FunctionStr does: by the __qualname__ of
    // the class it is bound to (a static type's tp_name after its last dot: "deque", not
    // "collections.deque"; OrderedDict's, not dict's)
    const c = cls as PyType;
    const qual = `${c.heap ? c.qualname : c.qualname.slice(c.qualname.lastIndexOf(".") + 1)}.__class_getitem__()`;
    if (kw && kw.length) throw typeError(`${qual} takes no keyword arguments`);
    if (args.length !== 1) throw typeError(`${qual} takes exactly one argument (${args.length} given)`);
    const key = args[0];
    return new PyGenericAlias(cls, key instanceof PyTuple ? key.items.slice() : [key]);
  }]]);
}
for (const t of [ListType, DictType, TupleType, SetType, FrozenSetType, EnumerateType, AsyncGeneratorType, MappingProxyType]) defGenericClassGetitem(t);
defMethods(TypeType, [
  ["__or__", (s, [o]) => makeUnion(s, o), 1, 1],
  ["__ror__", (s, [o]) => makeUnion(o, s), 1, 1],
]);

