// int and bool (Objects/longobject.c, boolobject.c): methods over the canonical number|bigint
// value; `self` may be a JS number, bigint, boolean or a PyIntSubclass, so every method reads it
// through asInt. Arithmetic results are always plain ints (never the subclass), as in CPython.
import type { PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import { BoolType, ByteArrayType, BytesType, FloatType, IntType, None, NotImplemented } from "./builtin-types.ts";
import { newExc, typeError, valueError, OverflowError } from "./exceptions.ts";
import { asInt, asStr, callDescr, typeOf, argTypeName, Cmp, cmpResult, truthy, str } from "./protocols.ts";
import { PyByteArray, PyBytesObj, PyFloat, PyIntSubclass } from "./boxes.ts";
import { bindArgs, defClassMethods, defGetters, defMethods, newForm1 } from "./function.ts";
import { tuple } from "./tuple.ts";
import { bufferBytes } from "./bytes.ts";
import { asClinicSize, asIndex, indexResult } from "./slice.ts";
import * as N from "./number.ts";
import type { Int } from "./number.ts";
import { bitCount, bitLength, checkByteorder, floatToInt, formatInt, intFromBytes, intFromBytesValue, intFromString, badIntLiteral, intRound, intToBytes, normInt, intToFloat, floatPow } from "../support/text/index.ts";
import { hashInt } from "../support/hash.ts";

IntType.factory = (cls) => new PyIntSubclass(0, cls);

const I = (x: PyObj): Int => asInt(x)!;
type IntFn = (a: Int, b: Int) => PyObj;
const bin = (f: IntFn, reflected = false) => (s: PyObj, [o]: PyObj[]) => {
  const b = asInt(o);
  if (b === null) return NotImplemented;
  return reflected ? f(b, I(s)) : f(I(s), b);
};

/** An int compared with a float exactly (float_richcompare's int branch). */
export function cmpIntFloat(i: Int, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  if (typeof i === "number") return i < f ? -1 : i > f ? 1 : 0;
  const t = Math.trunc(f);
  const c = N.intCmp(i, BigInt(t));
  if (c !== 0) return c;
  return t < f ? -1 : t > f ? 1 : 0;
}


function intDivmod(a: Int, b: Int): PyObj {
  return tuple([N.intFloorDiv(a, b), N.intMod(a, b)]);
}

function intPow3(s: PyObj, args: PyObj[]): PyObj {
  const b = asInt(args[0]);
  if (b === null) return NotImplemented;
  const a = I(s);
  if (args.length > 1 && args[1] !== None) {
    const m = asInt(args[1]);
    if (m === null) return NotImplemented;
    return N.intPowMod(a, b, m);
  }
  if (N.intSign(b) < 0) {
    // long_pow hands a negative exponent to float_pow (correctly rounded, as the C library's
    // pow; Math.pow gave 10 ** -4 as 9.999999999999999e-05)
    const fa = intToFloat(a);
    if (fa === 0) throw newExc(zeroDiv(), "0.0 cannot be raised to a negative power");
    return new PyFloat(floatPow(fa, intToFloat(b)) as number);
  }
  return N.intPow(a, b);
}
import { ZeroDivisionError } from "./exceptions.ts";
const zeroDiv = () => ZeroDivisionError;

export function intNew(cls: PyType, x: PyObj | undefined, base: PyObj | undefined): PyObj {
  let v: Int;
  if (x === undefined) {
    if (base !== undefined) throw typeError("int() missing string argument");
    v = 0;
  } else if (base !== undefined) {
    const b = asIndex(base);
    const bn = Number(b);
    if (!(bn === 0 || (bn >= 2 && bn <= 36))) throw valueError("int() base must be >= 2 and <= 36, or 0");
    const s = asStr(x);
    if (s !== null) v = strToInt(s, bn);
    else if (x instanceof PyBytesObj || x instanceof PyByteArray) v = intFromBytes(x.bytes, bn);
    else throw typeError("int() can't convert non-string with explicit base");
  } else v = intFromObject(x);
  if (cls === IntType) return v;
  return new PyIntSubclass(v, cls);
}

/**
 * int(s, base) of a str, its ValueError made as a Python exception: tokenizers tell numbers from
 * names by int() failing, and a PyError (a JavaScript Error, converted where it is caught) cost
 * twice as much.
 */
function strToInt(s: string, base: number): Int {
  const v = intFromString(s, base);
  if (v === null) throw valueError(badIntLiteral(s, base));
  return v;
}

export function intFromObject(x: PyObj): Int {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") return strToInt(x, 10);
  if (x instanceof PyFloat && x.cls === FloatType) return floatToInt(x.value);
  // PyNumber_Long: a str or bytes subclass's own __int__, __index__ or __trunc__ comes before its text
  const t = typeOf(x);
  for (const name of ["__int__", "__index__"]) {
    const f = t.lookup(name);
    if (f !== undefined) {
      return indexResult(callDescr(f, x, []), name);
    }
  }
  const tr = t.lookup("__trunc__");
  if (tr !== undefined) {
    // an int (a subclass too, silently), else anything with __index__; nothing else converts
    const r = callDescr(tr, x, []);
    const v = asInt(r);
    if (v !== null) return v;
    const fi = typeOf(r).lookup("__index__");
    if (fi === undefined) throw typeError(`__trunc__ returned non-Integral (type ${typeOf(r).name})`);
    return indexResult(callDescr(fi, r, []));
  }
  const s = asStr(x);
  if (s !== null) return strToInt(s, 10);
  // bytes, bytearray, then any buffer (PyObject_GetBuffer): a memoryview, an array.array
  const b = bufferBytes(x);
  if (b !== null) return intFromBytes(b, 10);
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

const cmpRow = (name: string, op: Cmp): [string, (s: PyObj, a: PyObj[]) => PyObj, number, number] => [name, (s, [o]) => {
  const b = asInt(o);
  if (b !== null) return cmpResult(N.intCmp(I(s), b), op);
  return NotImplemented;
}, 1, 1];

defMethods(IntType, [
  ["__new__", (cls, args, kw) => {
    const [x, base] = bindArgs("int", args, kw, ["x", "base"], 0, 1);
    return intNew(cls as PyType, x, base);
  }],
  ["__repr__", (s) => String(I(s)), 0, 0],
  ["__hash__", (s) => normInt(hashInt(I(s))), 0, 0],
  ["__bool__", (s) => { const v = I(s); return v !== 0 && v !== 0n; }, 0, 0],
  ["__add__", bin(N.intAdd), 1, 1],
  ["__radd__", bin(N.intAdd, true), 1, 1],
  ["__sub__", bin(N.intSub), 1, 1],
  ["__rsub__", bin(N.intSub, true), 1, 1],
  ["__mul__", bin(N.intMul), 1, 1],
  ["__rmul__", bin(N.intMul, true), 1, 1],
  ["__floordiv__", bin(N.intFloorDiv), 1, 1],
  ["__rfloordiv__", bin(N.intFloorDiv, true), 1, 1],
  ["__mod__", bin(N.intMod), 1, 1],
  ["__rmod__", bin(N.intMod, true), 1, 1],
  ["__divmod__", bin(intDivmod), 1, 1],
  ["__rdivmod__", bin(intDivmod, true), 1, 1],
  ["__truediv__", bin((a, b) => new PyFloat(N.intTrueDiv(a, b))), 1, 1],
  ["__rtruediv__", bin((a, b) => new PyFloat(N.intTrueDiv(a, b)), true), 1, 1],
  ["__pow__", intPow3, 1, 2],
  ["__rpow__", (s, [o, m]) => {
    const b = asInt(o);
    if (b === null) return NotImplemented;
    return intPow3(b, m === undefined ? [s] : [s, m]);
  }, 1, 2],
  ["__lshift__", bin((a, b) => N.intShift(a, b, true)), 1, 1],
  ["__rlshift__", bin((a, b) => N.intShift(a, b, true), true), 1, 1],
  ["__rshift__", bin((a, b) => N.intShift(a, b, false)), 1, 1],
  ["__rrshift__", bin((a, b) => N.intShift(a, b, false), true), 1, 1],
  ["__and__", bin((a, b) => N.intBitop(a, b, "&")), 1, 1],
  ["__rand__", bin((a, b) => N.intBitop(a, b, "&"), true), 1, 1],
  ["__or__", bin((a, b) => N.intBitop(a, b, "|")), 1, 1],
  ["__ror__", bin((a, b) => N.intBitop(a, b, "|"), true), 1, 1],
  ["__xor__", bin((a, b) => N.intBitop(a, b, "^")), 1, 1],
  ["__rxor__", bin((a, b) => N.intBitop(a, b, "^"), true), 1, 1],
  ["__neg__", (s) => N.intNeg(I(s)), 0, 0],
  ["__pos__", (s) => I(s), 0, 0],
  ["__abs__", (s) => N.intAbs(I(s)), 0, 0],
  ["__invert__", (s) => N.intInvert(I(s)), 0, 0],
  ["__int__", (s) => I(s), 0, 0],
  ["__index__", (s) => I(s), 0, 0],
  ["__float__", (s) => new PyFloat(intToFloatChecked(I(s))), 0, 0],
  ["__trunc__", (s) => I(s), 0, 0],
  ["__floor__", (s) => I(s), 0, 0],
  ["__ceil__", (s) => I(s), 0, 0],
  // (an explicit None is no omitted ndigits here, unlike float.__round__: _PyNumber_Index rejects it)
  ["__round__", (s, args) => (args.length === 0 ? I(s) : intRound(I(s), asIndex(args[0]))), 0, 1],
  ["__format__", (s, [spec]) => {
    const sp = asStr(spec);
    if (sp === null) throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
    if (sp === "" && typeof s !== "number" && typeof s !== "bigint") return str(s);
    return formatInt(I(s), sp, typeOf(s).name);
  }, 1, 1],
  ["__getnewargs__", (s) => tuple([I(s)]), 0, 0],
  // int___sizeof__ on 64-bit CPython: the header, then 4 bytes per 30-bit digit of |v| (none for 0)
  ["__sizeof__", (s) => 24 + 4 * Math.ceil(bitLength(I(s)) / 30), 0, 0],
  ["bit_length", (s) => bitLength(I(s)), 0, 0],
  ["bit_count", (s) => bitCount(I(s)), 0, 0],
  ["conjugate", (s) => I(s), 0, 0],
  ["as_integer_ratio", (s) => tuple([I(s), 1]), 0, 0],
  ["to_bytes", (s, args, kw) => {
    const [length, byteorder, signed] = bindArgs("to_bytes", args, kw, ["length", "byteorder", "signed"], 2, 0, 2);
    // converted in the clinic wrapper's order: length, byteorder, signed
    const n = asClinicSize(length!);
    const bo = asStr(byteorder!);
    if (bo === null) throw typeError(`to_bytes() argument 'byteorder' must be str, not ${argTypeName(byteorder!)}`);
    return new PyBytesObj(intToBytes(I(s), n, bo, signed !== undefined && truthy(signed)));
  }],
  ...(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].map((n, i) => cmpRow(n, i as Cmp))),
]);
newForm1(IntType, (cls, x) => intNew(cls as PyType, x, undefined));
let strOfSelf: (x: PyObj) => PyObj = (x) => String(I(x));
export const setIntStrOfSelf = (f: typeof strOfSelf) => (strOfSelf = f);

export function intToFloatChecked(v: Int): number {
  const f = intToFloat(v);
  if (!Number.isFinite(f)) throw newExc(OverflowError, "int too large to convert to float");
  return f;
}

defClassMethods(IntType, [
  ["from_bytes", (cls, args, kw) => {
    const [bytes, byteorder, signed] = bindArgs("from_bytes", args, kw, ["bytes", "byteorder", "signed"], 2, 0, 2);
    const bo = asStr(byteorder!);
    if (bo === null) throw typeError(`from_bytes() argument 'byteorder' must be str, not ${argTypeName(byteorder!)}`);
    const sg = signed !== undefined && truthy(signed);
    // (int_from_bytes_impl checks the byteorder before reading the bytes)
    checkByteorder(bo);
    const exact = bytes instanceof PyBytesObj ? bytes.cls === BytesType : bytes instanceof PyByteArray && bytes.cls === ByteArrayType;
    const data = exact ? (bytes as PyBytesObj).bytes : bytesOf(bytes!);
    const v = intFromBytesValue(data, bo, sg);
    return cls === IntType ? v : callCls(cls, v);
  }],
]);
let bytesOf: (x: PyObj) => Uint8Array = () => new Uint8Array(0);
let callCls: (cls: PyObj, v: PyObj) => PyObj = (_c, v) => v;
export function setIntHelpers(a: typeof bytesOf, c: typeof callCls): void {
  bytesOf = a;
  callCls = c;
}
defGetters(IntType, [
  ["real", (s) => I(s)],
  ["imag", () => 0],
  ["numerator", (s) => I(s)],
  ["denominator", () => 1],
]);

// ---- bool ---------------------------------------------------------------------------------------
const boolOp = (f: (a: boolean, b: boolean) => boolean, intOp: "&" | "|" | "^") => (s: PyObj, [o]: PyObj[]) => {
  if (typeof o === "boolean") return f(s as boolean, o);
  const b = asInt(o);
  if (b === null) return NotImplemented;
  return N.intBitop(I(s), b, intOp);
};
defMethods(BoolType, [
  ["__new__", (_cls, args, kw) => {
    if (kw && kw.length) throw typeError("bool() takes no keyword arguments");
    if (args.length > 1) throw typeError(`bool expected at most 1 argument, got ${args.length}`);
    return args.length ? truthy(args[0]) : false;
  }],
  ["__repr__", (s) => (s ? "True" : "False"), 0, 0],
  ["__and__", boolOp((a, b) => a && b, "&"), 1, 1],
  ["__rand__", boolOp((a, b) => a && b, "&"), 1, 1],
  ["__or__", boolOp((a, b) => a || b, "|"), 1, 1],
  ["__ror__", boolOp((a, b) => a || b, "|"), 1, 1],
  ["__xor__", boolOp((a, b) => a !== b, "^"), 1, 1],
  ["__rxor__", boolOp((a, b) => a !== b, "^"), 1, 1],
]);
export { BytesType, ByteArrayType };
