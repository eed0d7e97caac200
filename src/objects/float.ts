// float and complex (Objects/floatobject.c, complexobject.c). Formatting, parsing, division and
// rounding come from src/support/text (exact dtoa); here are the methods, mixed int/float operands
// (an int operand is converted exactly or raises OverflowError) and the comparisons.
import type { PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import { ComplexType, FloatType, None, NotImplemented } from "./builtin-types.ts";
import { newExc, typeError, valueError, OverflowError, ZeroDivisionError } from "./exceptions.ts";
import { asInt, asStr, callDescr, repr, str, typeOf, argTypeName, Cmp, cmpResult, warnEx } from "./protocols.ts";
import { PyByteArray, PyBytesObj, PyComplexObj, PyFloat } from "./boxes.ts";
import { asMembers, bindArgs, exactNoKwargs, defClassMethods, defGetters, defMethods, newForm1, PyClassMethodDescr } from "./function.ts";
const PyClassMethodDescrCls = () => PyClassMethodDescr;
import { tuple } from "./tuple.ts";
import { bufferBytes } from "./bytes.ts";
import { asIndex } from "./slice.ts";
import { cmpIntFloat, intToFloatChecked } from "./int.ts";
import {
  complexFromString, floatAsIntegerRatio, floatDiv, floatDivmod, floatFloorDiv, floatFromBytes, floatFromHex, floatFromString,
  floatHex, floatIsInteger, floatMod, floatPow, floatRound, floatRoundToInt, floatToInt, floatToString, formatComplex, formatFloat, normInt,
} from "../support/text/index.ts";
import { hashComplex, hashFloat } from "../support/hash.ts";
import { cAbs, cPow, cProd, cQuot } from "../support/complex-math.ts";
import { complexRepr } from "../support/repr.ts";

FloatType.factory = (cls) => new PyFloat(0, cls);
ComplexType.factory = (cls) => new PyComplexObj(0, 0, cls);

/** The float value of a float or int operand, or null (then the operator returns NotImplemented). */
export function toFloat(x: PyObj): number | null {
  if (x instanceof PyFloat) return x.value;
  const i = asInt(x);
  if (i !== null) return intToFloatChecked(i);
  return null;
}
const F = (x: PyObj) => (x as PyFloat).value;
const f = (v: number) => new PyFloat(v);

const bin = (op: (a: number, b: number) => PyObj, reflected = false) => (s: PyObj, [o]: PyObj[]) => {
  const b = toFloat(o);
  if (b === null) return NotImplemented;
  return reflected ? op(b, F(s)) : op(F(s), b);
};

function fpow(a: number, b: number): PyObj {
  const r = floatPow(a, b);
  if (r === "complex") return complexPow(a, 0, b, 0);
  return f(r);
}

/** A float subclass returned by __float__ is still taken, with this DeprecationWarning. */
function warnFloatSubclass(t: PyType, r: PyFloat): void {
  const msg = `${t.name}.__float__ returned non-float (type ${r.cls.name}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`;
  warnEx("DeprecationWarning", msg);
}

/**
 * PyFloat_AsDouble: a float (a subclass's own value), else the type's __float__ (an int subclass's
 * override too), else __index__; TypeError "must be real number, not X".
 */
export function floatAsDouble(x: PyObj): number {
  switch (typeof x) {
    case "number":
      return x;
    case "bigint":
      return intToFloatChecked(x);
    case "boolean":
      return x ? 1 : 0;
  }
  if (x instanceof PyFloat) return x.value;
  const t = typeOf(x);
  const ff = t.lookup("__float__");
  if (ff !== undefined) return floatFromDunder(x, t, ff).value;
  if (t.lookup("__index__") !== undefined) return intToFloatChecked(asIndex(x));
  throw typeError(`must be real number, not ${t.name}`);
}

/** x.__float__() (ff, found on x's type t), checked as PyNumber_Float checks it: a float, a subclass's with a DeprecationWarning. */
function floatFromDunder(x: PyObj, t: PyType, ff: PyObj): PyFloat {
  const r = callDescr(ff, x, []);
  if (!(r instanceof PyFloat)) throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
  if (r.cls !== FloatType) warnFloatSubclass(t, r);
  return r;
}

export function floatNew(cls: PyType, x: PyObj | undefined): PyObj {
  let v: number;
  if (x === undefined) v = 0;
  else if (x instanceof PyFloat && x.cls === FloatType) {
    // PyNumber_Float gives an exact float back as it is: float(x) is x
    if (cls === FloatType) return x;
    v = x.value;
  } else {
    // (float_new parses an exact str; anything else goes through PyNumber_Float, so a str or
    // bytes subclass's own __float__, then its __index__, comes first)
    const own = typeof x === "string" ? undefined : typeOf(x).lookup("__float__") ?? typeOf(x).lookup("__index__");
    const s = own === undefined ? asStr(x) : null;
    if (s !== null) v = floatFromString(s);
    else if (own === undefined && (x instanceof PyBytesObj || x instanceof PyByteArray)) v = floatFromBytes(x.bytes, () => repr(x));
    else {
      const t = typeOf(x);
      const ff = t.lookup("__float__");
      if (ff !== undefined) {
        const r = floatFromDunder(x, t, ff);
        // (an exact float from __float__ is the result itself)
        if (cls === FloatType && r.cls === FloatType) return r;
        v = r.value;
      }
      else if (t.lookup("__index__") !== undefined || asInt(x) !== null) v = intToFloatChecked(asIndex(x));
      else {
        // PyFloat_FromString takes any buffer (a memoryview, an array.array) as bytes
        const b = bufferBytes(x);
        if (b === null) throw typeError(`float() argument must be a string or a real number, not '${t.name}'`);
        v = floatFromBytes(b, () => repr(x));
      }
    }
  }
  return cls === FloatType ? f(v) : new PyFloat(v, cls);
}

const cmpRow = (name: string, op: Cmp): [string, (s: PyObj, a: PyObj[]) => PyObj, number, number] => [name, (s, [o]) => {
  const a = F(s);
  if (o instanceof PyFloat) {
    const b = o.value;
    return cmpResult(Number.isNaN(a) || Number.isNaN(b) ? NaN : a < b ? -1 : a > b ? 1 : 0, op);
  }
  const i = asInt(o);
  if (i !== null) return cmpResult(-cmpIntFloat(i, a), op);
  return NotImplemented;
}, 1, 1];

defMethods(FloatType, [
  ["__new__", (cls, allArgs, kw) => {
    const args = exactNoKwargs("float", cls === FloatType, allArgs, kw);
    if (args.length > 1) throw typeError(`float expected at most 1 argument, got ${args.length}`);
    return floatNew(cls as PyType, args[0]);
  }],
  ["__repr__", (s) => floatToString(F(s)), 0, 0],
  ["__hash__", (s) => normInt(hashFloat(F(s), BigInt(idOf(s)) >> 4n)), 0, 0],
  ["__bool__", (s) => F(s) !== 0, 0, 0],
  ["__add__", bin((a, b) => f(a + b)), 1, 1],
  ["__radd__", bin((a, b) => f(a + b), true), 1, 1],
  ["__sub__", bin((a, b) => f(a - b)), 1, 1],
  ["__rsub__", bin((a, b) => f(a - b), true), 1, 1],
  ["__mul__", bin((a, b) => f(a * b)), 1, 1],
  ["__rmul__", bin((a, b) => f(a * b), true), 1, 1],
  ["__truediv__", bin((a, b) => f(floatDiv(a, b))), 1, 1],
  ["__rtruediv__", bin((a, b) => f(floatDiv(a, b)), true), 1, 1],
  ["__floordiv__", bin((a, b) => f(floatFloorDiv(a, b))), 1, 1],
  ["__rfloordiv__", bin((a, b) => f(floatFloorDiv(a, b)), true), 1, 1],
  ["__mod__", bin((a, b) => f(floatMod(a, b))), 1, 1],
  ["__rmod__", bin((a, b) => f(floatMod(a, b)), true), 1, 1],
  ["__divmod__", bin((a, b) => tuple(floatDivmod(a, b).map(f))), 1, 1],
  ["__rdivmod__", bin((a, b) => tuple(floatDivmod(a, b).map(f)), true), 1, 1],
  ["__pow__", (s, [o, m]) => {
    if (m !== undefined && m !== None) throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    return bin(fpow)(s, [o]);
  }, 1, 2],
  ["__rpow__", (s, [o, m]) => {
    if (m !== undefined && m !== None) throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    return bin(fpow, true)(s, [o]);
  }, 1, 2],
  ["__neg__", (s) => f(-F(s)), 0, 0],
  ["__pos__", (s) => f(F(s)), 0, 0],
  ["__abs__", (s) => f(Math.abs(F(s))), 0, 0],
  ["__int__", (s) => floatToInt(F(s)), 0, 0],
  ["__trunc__", (s) => floatToInt(F(s)), 0, 0],
  ["__float__", (s) => (s as PyFloat).cls === FloatType ? s : f(F(s)), 0, 0],
  ["__floor__", (s) => floatToInt(Math.floor(F(s))), 0, 0],
  ["__ceil__", (s) => floatToInt(Math.ceil(F(s))), 0, 0],
  ["__round__", (s, args) => (args.length === 0 || args[0] === None ? floatRoundToInt(F(s)) : f(floatRound(F(s), asIndex(args[0])))), 0, 1],
  ["__format__", (s, [spec]) => {
    const sp = asStr(spec);
    if (sp === null) throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
    // an empty spec is str(self): a subclass's own __str__ (or __repr__)
    if (sp === "" && (s as PyFloat).cls !== FloatType) return str(s);
    return formatFloat(F(s), sp, typeOf(s).name);
  }, 1, 1],
  ["__getnewargs__", (s) => tuple([f(F(s))]), 0, 0],
  ["is_integer", (s) => floatIsInteger(F(s)), 0, 0],
  ["as_integer_ratio", (s) => tuple(floatAsIntegerRatio(F(s))), 0, 0],
  ["hex", (s) => floatHex(F(s)), 0, 0],
  ["conjugate", (s) => f(F(s)), 0, 0],
  ...(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].map((n, i) => cmpRow(n, i as Cmp))),
]);
newForm1(FloatType, (cls, x) => floatNew(cls as PyType, x));
defClassMethods(FloatType, [
  ["fromhex", (cls, args, kw) => {
    // (METH_O)
    if (kw && kw.length) throw typeError("float.fromhex() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`float.fromhex() takes exactly one argument (${args.length} given)`);
    const str = asStr(args[0]);
    if (str === null) throw typeError(`bad argument type for built-in operation`);
    const v = f(floatFromHex(str));
    return cls === FloatType ? v : callCls(cls, v);
  }],
]);
/**
 * What float.__getformat__ answers for 'double' and 'float': the platform's IEEE little-endian
 * format, unless float.__set_format__ (a test-suite hook, in 3.10.2 and gone from later 3.10s)
 * pretended it unknown.
 */
const floatFormats = new Map([["double", "IEEE, little-endian"], ["float", "IEEE, little-endian"]]);
FloatType.ns.set("__getformat__", new (PyClassMethodDescrCls())(FloatType, "__getformat__", (_c, [k]) => {
  const s = asStr(k);
  if (s !== "double" && s !== "float") throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
  return floatFormats.get(s)!;
}));
FloatType.ns.set("__set_format__", new (PyClassMethodDescrCls())(FloatType, "__set_format__", (_c, args, kw) => {
  const [typestr, fmt] = bindArgs("__set_format__", args, kw, ["typestr", "fmt"], 2, 2);
  const t = asStr(typestr!);
  if (t === null) throw typeError(`__set_format__() argument 1 must be str, not ${argTypeName(typestr!)}`);
  const v = asStr(fmt!);
  if (v === null) throw typeError(`__set_format__() argument 2 must be str, not ${argTypeName(fmt!)}`);
  if (t !== "double" && t !== "float") throw valueError("__setformat__() argument 1 must be 'double' or 'float'");
  if (v !== "unknown" && v !== "IEEE, little-endian" && v !== "IEEE, big-endian") {
    throw valueError("__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'");
  }
  if (v === "IEEE, big-endian") throw valueError(`can only set ${t} format to 'unknown' or the detected platform value`);
  floatFormats.set(t, v);
  return None;
}));
defGetters(FloatType, [
  ["real", (s) => f(F(s))],
  ["imag", () => f(0)],
]);
let idOf: (x: PyObj) => number = () => 0;
let callCls: (cls: PyObj, v: PyObj) => PyObj = (_c, v) => v;
export function setFloatHelpers(id: typeof idOf, c: typeof callCls): void {
  idOf = id;
  callCls = c;
}

// ---- complex ------------------------------------------------------------------------------------
const C = (x: PyObj) => x as PyComplexObj;
const c = (re: number, im: number) => new PyComplexObj(re, im);
export function toComplex(x: PyObj): [number, number] | null {
  if (x instanceof PyComplexObj) return [x.real, x.imag];
  const v = toFloat(x);
  return v === null ? null : [v, 0];
}
function cdiv(a: number, b: number, cc: number, d: number): PyObj {
  const q = cQuot(a, b, cc, d);
  if (q === null) throw newExc(ZeroDivisionError, "complex division by zero");
  return c(q[0], q[1]);
}
/** complex_pow without the modulus: its value, ZeroDivisionError for EDOM, OverflowError for an infinite part. */
export function complexPow(a: number, b: number, x: number, y: number): PyObj {
  const p = cPow(a, b, x, y);
  if (p === null) throw newExc(ZeroDivisionError, "0.0 to a negative or complex power");
  if (Math.abs(p[0]) === Infinity || Math.abs(p[1]) === Infinity) throw newExc(OverflowError, "complex exponentiation");
  return c(p[0], p[1]);
}
const cbin = (op: (a: number, b: number, x: number, y: number) => PyObj, reflected = false) => (s: PyObj, [o]: PyObj[]) => {
  const w = toComplex(o);
  if (w === null) return NotImplemented;
  const v = C(s);
  return reflected ? op(w[0], w[1], v.real, v.imag) : op(v.real, v.imag, w[0], w[1]);
};
/** complex_pow: both operands convert first (else NotImplemented), then a modulus is an error. */
const cpow = (reflected: boolean) => (s: PyObj, [o, m]: PyObj[]) => {
  const w = toComplex(o);
  if (w === null) return NotImplemented;
  if (m !== undefined && m !== None) throw valueError("complex modulo");
  const v = C(s);
  return reflected ? complexPow(w[0], w[1], v.real, v.imag) : complexPow(v.real, v.imag, w[0], w[1]);
};
/** complex_richcompare for ==: an int is compared exactly with the real part (never converted, so
 * a huge int is simply unequal), a float with the real part, a complex part by part. */
function complexEq(v: PyComplexObj, o: PyObj): PyObj {
  if (o instanceof PyComplexObj) return v.real === o.real && v.imag === o.imag;
  if (o instanceof PyFloat) return v.real === o.value && v.imag === 0;
  const i = asInt(o);
  if (i === null) return NotImplemented;
  return v.imag === 0 && cmpIntFloat(i, v.real) === 0;
}
defMethods(ComplexType, [
  // complex_new_impl: each argument contributes its own parts, so signs of zero survive
  // (complex(0, -0.0) is -0j); only complex arguments mix into the other part.
  ["__new__", (cls, args, kw) => {
    const [reArg, im] = bindArgs("complex", args, kw, ["real", "imag"], 0, 0);
    let re = reArg ?? 0;
    if (re instanceof PyComplexObj && re.cls === ComplexType && im === undefined && cls === ComplexType) return re;
    const s = asStr(re);
    if (s !== null) {
      if (im !== undefined) throw typeError("complex() can't take second arg if first is a string");
      const [r, i] = complexFromString(s);
      return new PyComplexObj(r, i, cls as PyType);
    }
    if (im !== undefined && asStr(im) !== null) throw typeError("complex() second arg can't be a string");
    re = complexSpecial(re) ?? re;
    if (!isComplexOperand(re)) throw typeError(`complex() first argument must be a string or a number, not '${typeOf(re).name}'`);
    if (im !== undefined && !isComplexOperand(im)) throw typeError(`complex() second argument must be a number, not '${typeOf(im).name}'`);
    let real: number;
    let realsImag = 0;
    if (re instanceof PyComplexObj) [real, realsImag] = [re.real, re.imag];
    else real = asFloatValue(re);
    let imag: number;
    if (im === undefined) imag = realsImag;
    else {
      if (im instanceof PyComplexObj) {
        real -= im.imag;
        imag = im.real;
      } else imag = asFloatValue(im);
      // (adding 0.0 would turn an imaginary -0.0 into 0.0)
      if (re instanceof PyComplexObj) imag += realsImag;
    }
    return new PyComplexObj(real, imag, cls as PyType);
  }],
  ["__repr__", (s) => complexRepr(C(s).real, C(s).imag), 0, 0],
  ["__hash__", (s) => normInt(hashComplex(C(s).real, C(s).imag)), 0, 0],
  ["__bool__", (s) => C(s).real !== 0 || C(s).imag !== 0, 0, 0],
  ["__add__", cbin((a, b, x, y) => c(a + x, b + y)), 1, 1],
  ["__radd__", cbin((a, b, x, y) => c(a + x, b + y), true), 1, 1],
  ["__sub__", cbin((a, b, x, y) => c(a - x, b - y)), 1, 1],
  ["__rsub__", cbin((a, b, x, y) => c(a - x, b - y), true), 1, 1],
  ["__mul__", cbin((a, b, x, y) => c(...cProd(a, b, x, y))), 1, 1],
  ["__rmul__", cbin((a, b, x, y) => c(...cProd(a, b, x, y)), true), 1, 1],
  ["__truediv__", cbin(cdiv), 1, 1],
  ["__rtruediv__", cbin(cdiv, true), 1, 1],
  ["__pow__", cpow(false), 1, 2],
  ["__rpow__", cpow(true), 1, 2],
  ["__neg__", (s) => c(-C(s).real, -C(s).imag), 0, 0],
  ["__pos__", (s) => c(C(s).real, C(s).imag), 0, 0],
  ["__abs__", (s) => {
    const r = cAbs(C(s).real, C(s).imag);
    if (r === Infinity && Number.isFinite(C(s).real) && Number.isFinite(C(s).imag)) throw newExc(OverflowError, "absolute value too large");
    return f(r);
  }, 0, 0],
  ["__eq__", (s, [o]) => complexEq(C(s), o), 1, 1],
  ["__ne__", (s, [o]) => {
    const r = complexEq(C(s), o);
    return r === NotImplemented ? r : !r;
  }, 1, 1],
  ["__format__", (s, [spec]) => {
    const sp = asStr(spec);
    if (sp === null) throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
    if (sp === "" && (s as PyComplexObj).cls !== ComplexType) return str(s);
    return formatComplex(C(s).real, C(s).imag, sp, typeOf(s).name);
  }, 1, 1],
  ["conjugate", (s) => c(C(s).real, -C(s).imag), 0, 0],
  ["__getnewargs__", (s) => tuple([f(C(s).real), f(C(s).imag)]), 0, 0],
]);
for (const n of ["__lt__", "__le__", "__gt__", "__ge__"]) ComplexType.ns.set(n, NotImplementedMethod(n));
function NotImplementedMethod(n: string): PyObj {
  defMethods(ComplexType, [[n, () => NotImplemented, 1, 1]]);
  return ComplexType.ns.get(n)!;
}
defGetters(ComplexType, [
  ["real", (s) => f(C(s).real)],
  ["imag", (s) => f(C(s).imag)],
]);
asMembers(ComplexType, ["real", "imag"]);
/** try_complex_special_method: the result of __complex__, which must be a complex. */
export function complexSpecial(x: PyObj): PyComplexObj | null {
  const cf = typeOf(x).lookup("__complex__");
  if (cf === undefined) return null;
  const r = callDescr(cf, x, []);
  if (r instanceof PyComplexObj) {
    if (r.cls !== ComplexType) {
      const msg = `__complex__ returned non-complex (type ${r.cls.name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`;
      warnEx("DeprecationWarning", msg);
    }
    return r;
  }
  throw typeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
}
/** A complex, or anything with nb_float or nb_index. */
const isComplexOperand = (x: PyObj): boolean =>
  x instanceof PyComplexObj || toFloat(x) !== null || typeOf(x).lookup("__float__") !== undefined || typeOf(x).lookup("__index__") !== undefined;
/** PyNumber_Float(x).value. */
const asFloatValue = (x: PyObj): number =>
  typeof x === "number" || typeof x === "bigint" || typeof x === "boolean" || (x instanceof PyFloat && x.cls === FloatType)
    ? toFloat(x)!
    : (floatNew(FloatType, x) as PyFloat).value; // (a subclass's own __float__ comes first)
export { valueError };
