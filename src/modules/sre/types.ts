// The shape 3.10.2 gives re.Pattern, re.Match and _sre.SRE_Scanner: heap types made from specs
// (PyType_FromModuleAndSpec) with Py_TPFLAGS_DISALLOW_INSTANTIATION, so their dicts hold no
// __new__ (type() and object.__new__ refuse them as any type without tp_new) and end with __doc__
// and __module__; their plain fields are member descriptors (PyMemberDef), not getsets.
import { type PyObj, PyType, TypeType, ObjectType, None, asMembers } from "../../objects/index.ts";

export function sreType(module: string, qualname: string): PyType {
  const t = new PyType(TypeType, `${module}.${qualname}`, [ObjectType]);
  t.qualname = qualname;
  t.staticModule = module;
  t.baseAllowed = false;
  // a layout of its own that nothing constructs (tp_new NULL)
  t.solid = t;
  t.factory = null;
  return t;
}

/**
 * Once its methods and attributes are defined: `members` become member descriptors, and the dict
 * takes the order type_new_impl gives it (slots, methods, members, getsets as the spec lists them
 * in `order`, then __doc__ and __module__), which vars() and dir() of the type show.
 */
export function finishSreType(t: PyType, doc: string | null, members: string[], order: string[]): void {
  asMembers(t, members);
  const old = new Map(t.ns);
  t.ns.clear();
  for (const k of order) if (old.has(k)) t.ns.set(k, old.get(k)!);
  for (const [k, v] of old) if (!t.ns.has(k)) t.ns.set(k, v);
  t.ns.set("__doc__", doc ?? (None as PyObj));
  t.ns.set("__module__", t.staticModule);
}
