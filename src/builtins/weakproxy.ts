// weakref.proxy's types (Objects/weakrefobject.c): weakproxy, and weakcallableproxy for a callable
// referent. A proxy stands for its referent in every protocol: attribute access, the number,
// sequence and mapping operators (an operand that is a proxy is replaced by its referent, so both
// `p + 1` and `1 + p` reach the referent's methods), comparisons, iteration, str(), bytes() and
// reversed(). It is unhashable, and its referent never dies here (see weakref.ts).
import {
  type PyObj, PyObject, PyType, None, TypeType, ObjectType, BIN, typeOf, call, callMethod, getattr, setattr, repr, strObject,
  defMethods, addr, asStr, asIndex, binaryOp, inplaceOp, unaryOp, ternaryPow, richCompare, truthy, len, getitem, setitem,
  delitem, contains, iter, next, typeError, stopIteration, IntType, FloatType, type BinSlot, type MethodRow,
} from "./sys-imports.ts";

export const ProxyType = new PyType(TypeType, "weakproxy", [ObjectType]);
export const CallableProxyType = new PyType(TypeType, "weakcallableproxy", [ObjectType]);

export class PyProxy extends PyObject {
  constructor(
    cls: PyType,
    public referent: PyObj,
    public callback: PyObj,
  ) {
    super(cls);
  }
}

/** The referent of a proxy operand, any other operand itself (the UNWRAP of every proxy slot). */
const unwrap = (x: PyObj): PyObj => (x instanceof PyProxy ? x.referent : x);
const P = (x: PyObj) => (x as PyProxy).referent;

/** __op__, __rop__ and (but for divmod) __iop__ of one binary operator: the operator on the unwrapped operands. */
function binaryRows(s: BinSlot): MethodRow[] {
  const rows: MethodRow[] = [
    [s.name, (self, [o]) => binaryOp(P(self), unwrap(o), s), 1, 1],
    [s.rname, (self, [o]) => binaryOp(unwrap(o), P(self), s), 1, 1],
  ];
  if (s !== BIN.divmod) rows.push([s.iname, (self, [o]) => inplaceOp(P(self), unwrap(o), s), 1, 1]);
  return rows;
}

const COMPARE_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

const rows: MethodRow[] = [
  ["__getattribute__", (s, [n]) => getattr(P(s), asStr(n)!), 1, 1],
  ["__setattr__", (s, [n, v]) => {
    setattr(P(s), asStr(n)!, v);
    return None;
  }, 2, 2],
  ["__delattr__", (s, [n]) => {
    setattr(P(s), asStr(n)!, undefined);
    return None;
  }, 1, 1],
  // (the referent's tp_name, as proxy_repr gives it)
  ["__repr__", (s) => `<weakproxy at ${addr(s)}; to '${typeOf(P(s)).name}' at ${addr(P(s))}>`, 0, 0],
  ["__str__", (s) => strObject(P(s)), 0, 0],
  ...COMPARE_NAMES.map((name, op): MethodRow => [name, (s, [o]) => richCompare(P(s), unwrap(o), op), 1, 1]),
  ...Object.values(BIN).filter((s) => s !== BIN.pow).flatMap(binaryRows),
  // (a modulus goes to the three-argument power, as proxy_pow passes it on)
  ["__pow__", (s, [o, m]) => (m === undefined || m === None ? binaryOp(P(s), unwrap(o), BIN.pow) : ternaryPow(P(s), unwrap(o), unwrap(m))), 1, 2],
  ["__rpow__", (s, [o, m]) => (m === undefined || m === None ? binaryOp(unwrap(o), P(s), BIN.pow) : ternaryPow(unwrap(o), P(s), unwrap(m))), 1, 2],
  ["__ipow__", (s, [o]) => inplaceOp(P(s), unwrap(o), BIN.pow), 1, 1],
  ["__neg__", (s) => unaryOp(P(s), "__neg__", "-"), 0, 0],
  ["__pos__", (s) => unaryOp(P(s), "__pos__", "+"), 0, 0],
  ["__abs__", (s) => unaryOp(P(s), "__abs__", "abs()"), 0, 0],
  ["__invert__", (s) => unaryOp(P(s), "__invert__", "~"), 0, 0],
  ["__int__", (s) => call(IntType, [P(s)]), 0, 0],
  ["__float__", (s) => call(FloatType, [P(s)]), 0, 0],
  ["__index__", (s) => asIndex(P(s)), 0, 0],
  ["__bool__", (s) => truthy(P(s)), 0, 0],
  ["__len__", (s) => len(P(s)), 0, 0],
  ["__getitem__", (s, [k]) => getitem(P(s), k), 1, 1],
  ["__setitem__", (s, [k, v]) => {
    setitem(P(s), k, v);
    return None;
  }, 2, 2],
  ["__delitem__", (s, [k]) => {
    delitem(P(s), k);
    return None;
  }, 1, 1],
  ["__contains__", (s, [x]) => contains(P(s), x), 1, 1],
  ["__iter__", (s) => iter(P(s)), 0, 0],
  ["__next__", (s) => {
    const o = P(s);
    if (typeOf(o).lookup("__next__") === undefined) throw typeError(`Weakref proxy referenced a non-iterator '${typeOf(o).name}' object`);
    const v = next(o);
    if (v === undefined) throw stopIteration();
    return v;
  }, 0, 0],
];
for (const t of [ProxyType, CallableProxyType]) {
  t.solid = t;
  t.baseAllowed = false;
  // (its [] is mp_subscript, no sq_item: not a sequence for reversed())
  t.subscriptOnly = true;
  defMethods(t, rows);
  // (comparisons without a hash: a proxy is unhashable, as type_ready makes such a type)
  t.ns.set("__hash__", None);
}
defMethods(CallableProxyType, [["__call__", (s, a, k) => call(P(s), a, k)]]);
// (proxy_methods: the plain proxy's own; a callable proxy has none)
defMethods(ProxyType, [
  ["__bytes__", (s) => callMethod(P(s), "__bytes__", []), 0, 0],
  ["__reversed__", (s) => callMethod(P(s), "__reversed__", []), 0, 0],
]);
