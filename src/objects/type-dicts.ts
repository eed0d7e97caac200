// The own __dict__ of the builtin types as CPython 3.10 fills it. type_ready gives a static type's
// dict a fixed order (__new__, then a wrapper for each slot the type defines itself in slotdefs
// order, tp_methods, tp_members, tp_getset, __doc__) and a slot wrapper for every slot the C type
// sets even when it only repeats its base's function (int, list, ... each have their own
// __getattribute__ for PyObject_GenericGetAttr; BaseException its __setattr__). dislab's tables
// are declared file by file, so here each static type gets the wrappers it is missing (copies of
// the inherited slot, owned by the type), its __doc__, member descriptors where CPython has
// PyMemberDef, and then CPython's order, from the oracle's dump (type-dicts-data.ts).
import type { PyObj } from "./object.ts";
import { PyType, invalidateType } from "./type.ts";
import { GetSetDescrType, MemberDescrType, None, NotImplemented, WrapperDescrType } from "./builtin-types.ts";
import { PyGetSetDescr, PyMethodDescr, type NativeMethod } from "./function.ts";
import { TYPE_DICTS, TYPE_DICT_DOCS } from "./type-dicts-data.ts";

/** The size of each settled type's dict when it was settled: a table that grew since (a native module's make function adding to a type made at load) is settled again. */
const settled = new WeakMap<PyType, number>();

/** The key of `t` in TYPE_DICTS ("builtins.list", "itertools.chain"). */
const tableKey = (t: PyType): string => `${t.moduleName}.${t.qualname}`;

const CMP_NAMES = new Set(["__lt__", "__le__", "__gt__", "__ge__"]);

/**
 * The slot wrapper `name` of type `t` that CPython has and dislab's tables lack, or undefined when
 * dislab cannot tell what it does. A slot the type sets to its base's function (tp_getattro =
 * PyObject_GenericGetAttr, tp_str = BaseException_str) behaves as the inherited wrapper, so the copy
 * shares its function (protocols.ts recognises the generic attribute functions by it). A type
 * with its own tp_richcompare has all six comparison wrappers: those dislab lacks are the ones its
 * function answers NotImplemented (<, <=, >, >=) or with the negation of == (!=), computed by its own
 * __eq__ and not a subclass's.
 */
function missingSlot(t: PyType, name: string): PyObj | undefined {
  const own = t.ns.get("__eq__");
  if (own instanceof PyMethodDescr && own.owner === t) {
    if (CMP_NAMES.has(name)) return new PyMethodDescr(t, name, comparisonNotImplemented, true);
    if (name === "__ne__") {
      const eq = own.fn;
      return new PyMethodDescr(t, name, (self, args, kw) => {
        const r = eq(self, args, kw);
        return r === NotImplemented ? r : !(r as boolean);
      }, true);
    }
  }
  const inherited = t.base?.lookup(name);
  if (inherited instanceof PyMethodDescr && inherited.cls === WrapperDescrType) return new PyMethodDescr(t, name, inherited.fn, true);
  return undefined;
}
const comparisonNotImplemented: NativeMethod = () => NotImplemented;

/** Gives the static type `t` CPython's own __dict__ as far as dislab can (a type not in the table stays as it is). */
export function settleTypeDict(t: PyType): void {
  if (settled.get(t) === t.ns.size) return;
  const spec = TYPE_DICTS[tableKey(t)];
  if (spec === undefined) {
    settled.set(t, t.ns.size);
    return;
  }
  const ns = t.ns;
  const names: string[] = [];
  let added = false;
  for (const entry of spec.split(" ")) {
    const at = entry.lastIndexOf(":");
    const name = entry.slice(0, at);
    const kind = entry.slice(at + 1);
    names.push(name);
    const v = ns.get(name);
    if (v === undefined) {
      let made: PyObj | undefined;
      if (kind === "w") made = missingSlot(t, name);
      else if (name === "__doc__") made = kind === "n" ? None : TYPE_DICT_DOCS.get(tableKey(t));
      else if (name === "__hash__" && kind === "n") made = None;
      if (made !== undefined) {
        ns.set(name, made);
        added = true;
      }
    } else if (v instanceof PyGetSetDescr && v.owner === t) {
      // PyMemberDef or PyGetSetDef, as CPython declares the attribute
      if (kind === "M" && v.cls === GetSetDescrType && v.slot < 0) v.cls = MemberDescrType;
      else if (kind === "g" && v.cls === MemberDescrType) v.cls = GetSetDescrType;
    }
  }
  // CPython's order first, then whatever dislab has that CPython does not (the test lists those)
  const entries = [...ns];
  const order = new Map<unknown, number>(names.map((n, i) => [n, i]));
  entries.sort((a, b) => (order.get(a[0]) ?? names.length) - (order.get(b[0]) ?? names.length));
  ns.clear();
  for (const [k, v] of entries) ns.set(k, v);
  settled.set(t, ns.size);
  if (added) invalidateType(t);
}

/**
 * Settles the static types of t's MRO, base first (a missing wrapper copies its base's), the first
 * time an attribute of t is read: what CPython's dicts change shows through the type (its __dict__,
 * `int.__getattribute__`, `L.__setattr__` of a subclass), and only then, so start-up makes no
 * wrapper and orders no dict. Every class of the MRO has its own MRO inside it, so all count as settled.
 */
PyType.settle = (t: PyType): void => {
  const mro = t.mro;
  if (mro.length === 0) return;
  for (let i = mro.length - 1; i >= 0; i--) if (!mro[i].heap) settleTypeDict(mro[i]);
  for (const u of mro) u.dictSettled = true;
};
