// The _operator module (Modules/_operator.c, 3.10): the functions operator.py replaces its
// pure-Python definitions with (`from _operator import *`), so programs see the C messages
// (operator.index(1.5) is a TypeError there, an AttributeError in the Python fallback), plus
// itemgetter, attrgetter and methodcaller with their reprs and __reduce__.
import {
  type PyObj, PyObject, PyType, PyBytesObj, PyByteArray, PyDict, None, TypeType, ObjectType, tuple, typeOf, call,
  repr, truthy, getattr, getitem, setitem, delitem, contains, iterOrNull, next, eq, richCompare, Cmp, binaryOp, inplaceOp, unaryOp, BIN, asIndex, asInt,
  asStr, lengthHint, typeError, valueError, defMethods, PyModule, type BinSlot, isSequenceType,
} from "../objects/index.ts";
import { makeModule, posFn, inModule, type Fn } from "./util.ts";
import { interp } from "../vm/interp.ts";

const q = (n: string) => `_operator.${n}`;
const bin = (name: string, s: BinSlot): [string, Fn] => [name, posFn(q(name), 2, 2, ([a, b]) => binaryOp(a, b, s))];
const ibin = (name: string, s: BinSlot): [string, Fn] => [name, posFn(q(name), 2, 2, ([a, b]) => inplaceOp(a, b, s))];
const cmp = (name: string, op: Cmp): [string, Fn] => [name, posFn(q(name), 2, 2, ([a, b]) => richCompare(a, b, op))];

/** PySequence_Count/Index's iteration, with their message for a non-iterable. */
function seqIter(a: PyObj): PyObj {
  const it = iterOrNull(a);
  if (it === null) throw typeError(`argument of type '${typeOf(a).name}' is not iterable`);
  return it;
}

/** PySequence_Check: not a dict, and a sequence item slot (protocols.ts isSequenceType). */
const isSequence = (x: PyObj): boolean => !(x instanceof PyDict) && isSequenceType(typeOf(x));

/** operator.length_hint(obj, default=0). */
function lengthHintFn(args: PyObj[]): PyObj {
  const [obj, dflt] = args;
  let d = 0;
  if (dflt !== undefined) {
    const v = asInt(dflt);
    if (v === null) throw typeError(`'${typeOf(dflt).name}' object cannot be interpreted as an integer`);
    d = Number(v);
  }
  return lengthHint(obj, d);
}

function compareDigest([a, b]: PyObj[]): PyObj {
  const sa = asStr(a);
  const sb = asStr(b);
  let x: number[];
  let y: number[];
  if (sa !== null && sb !== null) {
    if (/[^\x00-\x7f]/.test(sa) || /[^\x00-\x7f]/.test(sb)) throw typeError("comparing strings with non-ASCII characters is not supported");
    x = [...sa].map((c) => c.charCodeAt(0));
    y = [...sb].map((c) => c.charCodeAt(0));
  } else {
    const isBuf = (v: PyObj) => v instanceof PyBytesObj || v instanceof PyByteArray;
    if (!isBuf(a) && !isBuf(b)) throw typeError(`unsupported operand types(s) or combination of types: '${typeOf(a).name}' and '${typeOf(b).name}'`);
    for (const v of [a, b]) if (!isBuf(v)) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
    x = [...(a as PyBytesObj).bytes];
    y = [...(b as PyBytesObj).bytes];
  }
  // constant time in the length of b, as the C function
  let result = x.length === y.length ? 0 : 1;
  const left = x.length === y.length ? x : y;
  for (let i = 0; i < y.length; i++) result |= left[i] ^ y[i];
  return result === 0;
}

// ---- itemgetter, attrgetter, methodcaller ---------------------------------------------------------

class PyItemGetter extends PyObject {
  constructor(cls: PyType, public items: PyObj[]) {
    super(cls);
  }
}
class PyAttrGetter extends PyObject {
  constructor(cls: PyType, public attrs: string[]) {
    super(cls);
  }
}
class PyMethodCaller extends PyObject {
  constructor(cls: PyType, public name: string, public args: PyObj[], public kwnames: string[], public kwvalues: PyObj[]) {
    super(cls);
  }
}
// (tp_names "operator.itemgetter" & co., which messages show; __name__ is the part after the dot)
const ItemGetterType = opType("itemgetter", (c) => new PyItemGetter(c, []));
const AttrGetterType = opType("attrgetter", (c) => new PyAttrGetter(c, []));
const MethodCallerType = opType("methodcaller", (c) => new PyMethodCaller(c, "", [], [], []));
function opType(name: string, factory: (cls: PyType) => PyObject): PyType {
  const t = inModule(new PyType(TypeType, `operator.${name}`, [ObjectType], factory), "operator");
  t.qualname = name;
  return t;
}
for (const t of [ItemGetterType, AttrGetterType, MethodCallerType]) t.baseAllowed = false;

defMethods(ItemGetterType, [
  ["__new__", (cls, args, kw) => {
    if (kw && kw.length) throw typeError("itemgetter() takes no keyword arguments");
    if (args.length === 0) throw typeError("itemgetter expected 1 argument, got 0");
    return new PyItemGetter(cls as PyType, args.slice());
  }],
  ["__call__", (s, args, kw) => {
    if (kw && kw.length) throw typeError("itemgetter() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`itemgetter expected 1 argument, got ${args.length}`);
    const g = s as PyItemGetter;
    if (g.items.length === 1) return getitem(args[0], g.items[0]);
    return tuple(g.items.map((k) => getitem(args[0], k)));
  }],
  ["__repr__", (s) => `operator.itemgetter(${(s as PyItemGetter).items.map((v) => repr(v)).join(", ")})`, 0, 0],
  ["__reduce__", (s) => tuple([typeOf(s), tuple((s as PyItemGetter).items.slice())]), 0, 0],
]);

function dotted(obj: PyObj, name: string): PyObj {
  let o = obj;
  for (const part of name.split(".")) o = getattr(o, part);
  return o;
}
defMethods(AttrGetterType, [
  ["__new__", (cls, args, kw) => {
    if (kw && kw.length) throw typeError("attrgetter() takes no keyword arguments");
    if (args.length === 0) throw typeError("attrgetter expected 1 argument, got 0");
    const names = args.map((a) => {
      const n = asStr(a);
      if (n === null) throw typeError("attribute name must be a string");
      return n;
    });
    return new PyAttrGetter(cls as PyType, names);
  }],
  ["__call__", (s, args, kw) => {
    if (kw && kw.length) throw typeError("attrgetter() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`attrgetter expected 1 argument, got ${args.length}`);
    const g = s as PyAttrGetter;
    if (g.attrs.length === 1) return dotted(args[0], g.attrs[0]);
    return tuple(g.attrs.map((n) => dotted(args[0], n)));
  }],
  ["__repr__", (s) => `operator.attrgetter(${(s as PyAttrGetter).attrs.map((v) => repr(v)).join(", ")})`, 0, 0],
  ["__reduce__", (s) => tuple([typeOf(s), tuple((s as PyAttrGetter).attrs.slice())]), 0, 0],
]);

defMethods(MethodCallerType, [
  ["__new__", (cls, args, kw) => {
    const nkw = kw ? kw.length : 0;
    const npos = args.length - nkw;
    if (npos < 1) throw typeError("methodcaller needs at least one argument, the method name");
    const name = asStr(args[0]);
    if (name === null) throw typeError("method name must be a string");
    return new PyMethodCaller(cls as PyType, name, args.slice(1, npos), kw ? [...kw] : [], args.slice(npos));
  }],
  ["__call__", (s, args, kw) => {
    if (kw && kw.length) throw typeError("methodcaller() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`methodcaller expected 1 argument, got ${args.length}`);
    const m = s as PyMethodCaller;
    return call(getattr(args[0], m.name), [...m.args, ...m.kwvalues], m.kwnames.length ? m.kwnames : null);
  }],
  ["__repr__", (s) => {
    const m = s as PyMethodCaller;
    const parts = [repr(m.name), ...m.args.map((a) => repr(a)), ...m.kwnames.map((k, i) => `${k}=${repr(m.kwvalues[i])}`)];
    return `operator.methodcaller(${parts.join(", ")})`;
  }, 0, 0],
  ["__reduce__", (s) => {
    const m = s as PyMethodCaller;
    if (m.kwnames.length === 0) return tuple([typeOf(s), tuple([m.name, ...m.args])]);
    // partial(methodcaller, name, **kwargs) applied to the positional arguments, as the C code
    const functools = call(interp.builtins.getStr("__import__")!, ["functools"]);
    const partial = call(getattr(functools, "partial"), [typeOf(s), m.name, ...m.kwvalues], m.kwnames);
    return tuple([partial, tuple(m.args.slice())]);
  }, 0, 0],
]);

export function makeOperator(): PyModule {
  const fns: [string, Fn][] = [
    ["abs", posFn(q("abs"), 1, 1, ([a]) => unaryOp(a, "__abs__", "abs()"))],
    bin("add", BIN.add), bin("and_", BIN.and),
    ["concat", posFn(q("concat"), 2, 2, ([a, b]) => {
      if (!isSequence(a)) throw typeError(`'${typeOf(a).name}' object can't be concatenated`);
      return binaryOp(a, b, BIN.add);
    })],
    ["contains", posFn(q("contains"), 2, 2, ([a, b]) => contains(a, b))],
    ["countOf", posFn(q("countOf"), 2, 2, ([a, b]) => {
      const it = seqIter(a);
      let n = 0;
      for (let v = next(it); v !== undefined; v = next(it)) if (v === b || eq(v, b)) n++;
      return n;
    })],
    ["delitem", posFn(q("delitem"), 2, 2, ([a, b]) => (delitem(a, b), None))],
    cmp("eq", Cmp.EQ), bin("floordiv", BIN.floordiv), cmp("ge", Cmp.GE),
    ["getitem", posFn(q("getitem"), 2, 2, ([a, b]) => getitem(a, b))],
    cmp("gt", Cmp.GT), ibin("iadd", BIN.add), ibin("iand", BIN.and),
    ["iconcat", posFn(q("iconcat"), 2, 2, ([a, b]) => {
      if (!isSequence(a)) throw typeError(`'${typeOf(a).name}' object can't be concatenated`);
      return inplaceOp(a, b, BIN.add);
    })],
    ibin("ifloordiv", BIN.floordiv), ibin("ilshift", BIN.lshift), ibin("imatmul", BIN.matmul), ibin("imod", BIN.mod), ibin("imul", BIN.mul),
    ["index", posFn(q("index"), 1, 1, ([a]) => asIndex(a))],
    ["indexOf", posFn(q("indexOf"), 2, 2, ([a, b]) => {
      const it = seqIter(a);
      let i = 0;
      for (let v = next(it); v !== undefined; v = next(it), i++) if (v === b || eq(v, b)) return i;
      throw valueError("sequence.index(x): x not in sequence");
    })],
    ["inv", posFn(q("inv"), 1, 1, ([a]) => unaryOp(a, "__invert__", "~"))],
    ["invert", posFn(q("invert"), 1, 1, ([a]) => unaryOp(a, "__invert__", "~"))],
    ibin("ior", BIN.or), ibin("ipow", BIN.pow), ibin("irshift", BIN.rshift),
    ["is_", posFn(q("is_"), 2, 2, ([a, b]) => a === b)],
    ["is_not", posFn(q("is_not"), 2, 2, ([a, b]) => a !== b)],
    ibin("isub", BIN.sub), ibin("itruediv", BIN.truediv), ibin("ixor", BIN.xor),
    cmp("le", Cmp.LE),
    ["length_hint", posFn(q("length_hint"), 1, 2, lengthHintFn)],
    bin("lshift", BIN.lshift), cmp("lt", Cmp.LT), bin("matmul", BIN.matmul), bin("mod", BIN.mod), bin("mul", BIN.mul), cmp("ne", Cmp.NE),
    ["neg", posFn(q("neg"), 1, 1, ([a]) => unaryOp(a, "__neg__", "-"))],
    ["not_", posFn(q("not_"), 1, 1, ([a]) => !truthy(a))],
    bin("or_", BIN.or),
    ["pos", posFn(q("pos"), 1, 1, ([a]) => unaryOp(a, "__pos__", "+"))],
    bin("pow", BIN.pow), bin("rshift", BIN.rshift),
    ["setitem", posFn(q("setitem"), 3, 3, ([a, b, c]) => (setitem(a, b, c), None))],
    bin("sub", BIN.sub), bin("truediv", BIN.truediv),
    ["truth", posFn(q("truth"), 1, 1, ([a]) => truthy(a))],
    bin("xor", BIN.xor),
    ["_compare_digest", posFn(q("_compare_digest"), 2, 2, compareDigest)],
  ];
  return makeModule("_operator", fns, [["itemgetter", ItemGetterType], ["attrgetter", AttrGetterType], ["methodcaller", MethodCallerType]],
    "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.");
}
