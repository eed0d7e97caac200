// object.__reduce__ and object.__reduce_ex__ (Objects/typeobject.c): protocols 0 and 1 through
// copyreg._reduce_ex, protocol 2 and later as reduce_newobj builds it: the arguments from
// __getnewargs_ex__ or __getnewargs__, the state from __getstate__ or the instance __dict__ and
// the values of the slot names copyreg._slotnames lists (and caches in the class's
// __slotnames__), and the items of list and dict subclasses.
import type { PyObj } from "./object.ts";
import { PyObject } from "./object.ts";
import type { PyType } from "./type.ts";
import { ObjectType, None } from "./builtin-types.ts";
import { newExc, typeError, ValueError, RuntimeError } from "./exceptions.ts";
import { asStr, call, descrGet, getattr, getattrOpt, iter, typeOf } from "./protocols.ts";
import { PyDict } from "./dict.ts";
import { PyList } from "./list.ts";
import { PyTuple, tuple } from "./tuple.ts";
import { asIndex } from "./slice.ts";
import { vm } from "./hooks.ts";
import { knownBuiltinSizes, typeSizes } from "./type-sizes.ts";

/** object.__reduce_ex__(protocol): a __reduce__ other than object's, else the protocol's reduction. */
export function objectReduceEx(self: PyObj, proto: PyObj): PyObj {
  const protocol = Number(asIndex(proto));
  // (__reduce__ as the instance finds it, when the class's is not object's)
  const reduce = getattrOpt(self, "__reduce__");
  if (reduce !== undefined && getattr(typeOf(self), "__reduce__") !== ObjectType.ns.get("__reduce__")) return call(reduce, []);
  return commonReduce(self, protocol);
}

/** object.__reduce__(): protocol 0's reduction. */
export const objectReduce = (self: PyObj): PyObj => commonReduce(self, 0);

function commonReduce(self: PyObj, protocol: number): PyObj {
  const copyreg = vm.importModule("copyreg");
  if (protocol < 2) return call(getattr(copyreg, "_reduce_ex"), [self, protocol]);
  return reduceNewobj(self, copyreg);
}

/** reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems), or __newobj_ex__'s (cls, args, kwargs). */
function reduceNewobj(self: PyObj, copyreg: PyObj): PyObj {
  const t = typeOf(self);
  const [args, kwargs] = newArguments(self);
  let newobj: PyObj;
  let newargs: PyObj;
  if (kwargs === null || kwargs.size === 0) {
    newobj = getattr(copyreg, "__newobj__");
    newargs = tuple([t, ...(args ?? [])]);
  } else {
    newobj = getattr(copyreg, "__newobj_ex__");
    newargs = tuple([t, tuple(args!), kwargs]);
  }
  const state = objectState(self, args === null && !(self instanceof PyList) && !(self instanceof PyDict));
  const listitems = self instanceof PyList ? iter(self) : None;
  const dictitems = self instanceof PyDict ? iter(call(getattr(self, "items"), [])) : None;
  return tuple([newobj, newargs, state, listitems, dictitems]);
}

/** A special method of type(obj) bound to obj, as _PyObject_LookupSpecial finds it (a classmethod binds the class). */
function lookupSpecial(obj: PyObj, name: string): PyObj | undefined {
  const t = typeOf(obj);
  const d = t.lookup(name);
  return d === undefined ? undefined : descrGet(d, obj, t);
}

/** _PyObject_GetNewArguments: (args, kwargs) from __getnewargs_ex__, (args, null) from __getnewargs__, else (null, null). */
function newArguments(obj: PyObj): [PyObj[] | null, PyDict | null] {
  const ex = lookupSpecial(obj, "__getnewargs_ex__");
  if (ex !== undefined) {
    const r = call(ex, []);
    if (!(r instanceof PyTuple)) throw typeError(`__getnewargs_ex__ should return a tuple, not '${typeOf(r).name}'`);
    if (r.items.length !== 2) throw newExc(ValueError, `__getnewargs_ex__ should return a tuple of length 2, not ${r.items.length}`);
    const [args, kwargs] = r.items;
    if (!(args instanceof PyTuple)) throw typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeOf(args).name}'`);
    if (!(kwargs instanceof PyDict)) throw typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeOf(kwargs).name}'`);
    return [args.items, kwargs];
  }
  const plain = lookupSpecial(obj, "__getnewargs__");
  if (plain !== undefined) {
    const args = call(plain, []);
    if (!(args instanceof PyTuple)) throw typeError(`__getnewargs__ should return a tuple, not '${typeOf(args).name}'`);
    return [args.items, null];
  }
  return [null, null];
}

/**
 * _PyObject_GetState: what obj.__getstate__() returns; without one, the instance __dict__ (None
 * when it is empty or was never made) paired with the values of the slot names when any is set.
 * `required` (no arguments rebuild obj): an object whose C layout holds more than object's header,
 * its __dict__ and weak reference pointers and its slots cannot be pickled.
 */
function objectState(obj: PyObj, required: boolean): PyObj {
  const getstate = getattrOpt(obj, "__getstate__");
  if (getstate !== undefined) return call(getstate, []);
  const t = typeOf(obj);
  const cannot = () => typeError(`cannot pickle '${t.name}' object`);
  if (required && typeSizes(t)[1] !== 0) throw cannot();
  const d = obj instanceof PyObject ? obj.dict : null;
  let state: PyObj = d !== null && d.size > 0 ? d : None;
  const names = slotNames(t);
  if (required && holdsMore(t, names === null ? 0 : names.items.length)) throw cannot();
  if (names !== null && names.items.length > 0) {
    const slots = new PyDict();
    const count = names.items.length;
    for (let i = 0; i < names.items.length; i++) {
      const name = names.items[i];
      const s = asStr(name);
      if (s === null) throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
      const value = getattrOpt(obj, s);
      if (value !== undefined) slots.set(name, value);
      // the list lives on the class, where a __getattr__ may change it
      if (names.items.length !== count) throw newExc(RuntimeError, "__slotsname__ changed size during iteration");
    }
    if (slots.size > 0) state = tuple([state, slots]);
  }
  return state;
}

/**
 * Whether t's instances are bigger than an object with its __dict__, weak reference list and
 * `slots` slot pointers: builtin state a copy made by object.__new__ would not have. A builtin
 * type dislab has no CPython sizes for is taken to hold state (NoneType and ellipsis, with
 * object's size, are in the table).
 */
function holdsMore(t: PyType, slots: number): boolean {
  const base = staticBase(t);
  if (base !== ObjectType && !knownBuiltinSizes(base)) return true;
  const [basicsize, , dictOffset, weakOffset] = typeSizes(t);
  const header = typeSizes(ObjectType)[0];
  return basicsize > header + (dictOffset !== 0 ? 8 : 0) + (weakOffset !== 0 ? 8 : 0) + 8 * slots;
}

/** _PyType_GetSlotNames: the class's own __slotnames__, else copyreg._slotnames(cls) (which stores it there). */
function slotNames(t: PyType): PyList | null {
  let names = t.ns.get("__slotnames__");
  if (names === undefined) {
    names = call(getattr(vm.importModule("copyreg"), "_slotnames"), [t]);
    if (names !== None && !(names instanceof PyList)) throw typeError("copyreg._slotnames didn't return a list or None");
  } else if (names !== None && !(names instanceof PyList)) {
    throw typeError(`${t.name}.__slotnames__ should be a list or None, not ${typeOf(names).name}`);
  }
  return names === None ? null : (names as PyList);
}

/**
 * The first static type of t's MRO: the one whose builtin layout t's instances have. A loop, not
 * mro.find with a callback: newInstance asks at every instance creation of a class with a __dict__.
 */
export function staticBase(t: PyType): PyType {
  const mro = t.mro;
  for (let i = 0; i < mro.length; i++) if (!mro[i].heap) return mro[i];
  return ObjectType;
}
