// The math module (Modules/mathmodule.c, 3.10): the float functions with math_1/math_2's error
// rules (a NaN from non-NaN input is ValueError "math domain error", an infinity from finite
// input OverflowError "math range error" where the function can overflow, else ValueError).
// gamma, lgamma, remainder, fsum, hypot/dist (vector_norm) follow CPython's own algorithms; the
// libm functions come from libm.ts where JS's Math differs from the oracle's C library (exp, log,
// the hyperbolics, erf), else from Math (trigonometry: last bits may differ). Integer functions
// are in math-int.ts.
import {
  type PyObj, PyFloat, PyTuple, None, tuple, typeOf, asInt, asIndex, callDescr, toArray, truthy, newExc, typeError, valueError, bindArgs, OverflowError,
  ZeroDivisionError, iter, next, intToFloatChecked, PyModule,
} from "../objects/index.ts";
import { fmod, floatToInt, bitLength } from "../support/text/index.ts";
import { posFn, makeModule, asDouble, flt, type Fn } from "./util.ts";
import { MATH_DOCS } from "./math-docs.ts";
import { intFunctions } from "./math-int.ts";
import * as libm from "../support/libm.ts";
import { tgamma, lgamma, err } from "./math-gamma.ts";

const domainError = () => valueError("math domain error");
const rangeError = () => newExc(OverflowError, "math range error");

// ---- helpers on doubles ------------------------------------------------------------------------

const buf = new DataView(new ArrayBuffer(8));
const bitsOf = (x: number): bigint => {
  buf.setFloat64(0, x);
  return buf.getBigUint64(0);
};
const fromBits = (b: bigint): number => {
  buf.setBigUint64(0, b);
  return buf.getFloat64(0);
};
/** C's signbit: set for -0.0 and for a NaN with its sign bit set (-float('nan')). */
const signBit = (x: number): boolean => bitsOf(x) >> 63n === 1n;
/** C's copysign: the magnitude of x with the sign bit of y, NaNs' included. */
const copysign = (x: number, y: number): number => (signBit(x) === signBit(y) ? x : fromBits(bitsOf(x) ^ (1n << 63n)));

/** frexp: [m, e] with 0.5 <= |m| < 1 (x itself for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let m = x;
  if (Math.abs(m) < 2 ** -1000) {
    m *= 2 ** 64;
    e -= 64;
  }
  const b = bitsOf(m);
  const be = Number((b >> 52n) & 0x7ffn);
  e += be - 1022;
  m = fromBits((b & ~(0x7ffn << 52n)) | (1022n << 52n));
  return [m, e];
}

/** ldexp with a single rounding for subnormal results. */
export function ldexp(x: number, i: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, ex] = frexp(x);
  const e = ex + i;
  if (e > 1024) return copysign(Infinity, x);
  if (e >= -1021) return m * 2 * 2 ** (e - 1);
  if (e < -2043) return copysign(0, x);
  return m * 2 ** (e + 1022) * 2 ** -1022;
}

export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bitsOf(x);
  return fromBits(x < y === x > 0 ? b + 1n : b - 1n);
}

function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

/** m_remainder: IEEE 754 remainder, exact. */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = fmod(absx, absy);
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * fmod(0.5 * (absx - m), absy);
    return copysign(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

// ---- math_1 / math_2 ---------------------------------------------------------------------------

function math1(name: string, f: (x: number) => number, canOverflow: boolean): [string, Fn] {
  return [name, posFn(`math.${name}`, 1, 1, ([a]) => {
    const x = asDouble(a);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
    return flt(r);
  })];
}

/** math_1a: the function reports its own errors through errno. */
function math1a(name: string, f: (x: number) => number): [string, Fn] {
  return [name, posFn(`math.${name}`, 1, 1, ([a]) => {
    const x = asDouble(a);
    err.errno = null;
    const r = f(x);
    if (err.errno === "EDOM") throw domainError();
    if (err.errno === "ERANGE" && Math.abs(r) >= 1.5) throw rangeError();
    return flt(r);
  })];
}

function math2(name: string, f: (x: number, y: number) => number): [string, Fn] {
  return [name, posFn(`math.${name}`, 2, 2, ([a, b]) => {
    const x = asDouble(a);
    const y = asDouble(b);
    const r = f(x, y);
    if (Number.isNaN(r)) {
      if (!Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
    } else if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw rangeError();
    return flt(r);
  })];
}

// ---- logarithms: ints too large for a float go through their top bits --------------------------

/** _PyLong_Frexp for a positive int: [m, e] with m in [0.5, 1], correctly rounded. */
function longFrexp(v: bigint): [number, number] {
  const n = bitLength(v);
  const shift = n - 55;
  let top = v >> BigInt(shift);
  if ((v & ((1n << BigInt(shift)) - 1n)) !== 0n) top |= 1n;
  return [Number(top) / 2 ** 55, n];
}

function logHelper(a: PyObj, f: (x: number) => number, ln2: number): number {
  const i = asInt(a);
  if (i !== null) {
    if (i <= 0) throw domainError();
    const x = typeof i === "number" ? i : Number(i);
    if (Number.isFinite(x)) return f(x);
    const [m, e] = longFrexp(BigInt(i));
    return f(m) + ln2 * e;
  }
  const x = asDouble(a);
  if (Number.isFinite(x)) {
    if (x > 0) return f(x);
    throw domainError();
  }
  if (Number.isNaN(x) || x > 0) return x;
  throw domainError();
}

function mathLog(args: PyObj[]): PyObj {
  const num = logHelper(args[0], libm.log, Math.LN2);
  if (args.length === 1) return flt(num);
  const den = logHelper(args[1], libm.log, Math.LN2);
  if (den === 0) throw newExc(ZeroDivisionError, "float division by zero");
  return flt(num / den);
}

// ---- vector_norm (hypot, dist), 3.10's extended-precision accumulation -------------------------

function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || vec.length <= 1) return max;
  const T27 = 134217729.0;
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  const [, maxE] = frexp(max);
  const add = (x: number, which: 1 | 2 | 3) => {
    const old = csum;
    csum += x;
    const d = old - csum + x;
    if (which === 1) frac1 += d;
    else if (which === 2) frac2 += d;
    else frac3 += d;
  };
  if (maxE >= -1023) {
    const scale = 2 ** -maxE;
    for (let x of vec) {
      x *= scale;
      const t = x * T27;
      const hi = t - (t - x);
      const lo = x - hi;
      add(hi * hi, 1);
      add(2.0 * hi * lo, 2);
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    const t = h * T27;
    const hi = t - (t - h);
    const lo = h - hi;
    add(-hi * hi, 1);
    add(-2.0 * hi * lo, 2);
    add(-lo * lo, 3);
    const x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (let x of vec) {
    x /= max;
    add(x * x, 1);
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

function hypot(args: PyObj[]): PyObj {
  let max = 0.0;
  let foundNan = false;
  const vec = args.map((a) => {
    const x = Math.abs(asDouble(a));
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return flt(vectorNorm(vec, max, foundNan));
}

function dist(args: PyObj[], kw: readonly string[] | null): PyObj {
  const [p, q] = bindArgs("math.dist", args, kw, ["p", "q"], 2, 2);
  const ps = p instanceof PyTuple ? p.items : toArray(p!);
  const qs = q instanceof PyTuple ? q.items : toArray(q!);
  if (ps.length !== qs.length) throw valueError("both points must have the same number of dimensions");
  let max = 0.0;
  let foundNan = false;
  const vec = ps.map((a, i) => {
    const x = Math.abs(asDouble(a) - asDouble(qs[i]));
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return flt(vectorNorm(vec, max, foundNan));
}

// ---- fsum: Shewchuk's exact partials, rounded half-even at the end -----------------------------

function fsum(args: PyObj[]): PyObj {
  const it = iter(args[0]);
  // the partials, p[0..n), in a typed array grown by doubling (setting a JS array's length at
  // every item was most of fsum's time)
  let p = new Float64Array(32);
  let n = 0;
  let specialSum = 0.0;
  let infSum = 0.0;
  for (let item = next(it); item !== undefined; item = next(it)) {
    let x = asDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw newExc(OverflowError, "intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else {
        if (n === p.length) {
          const grown = new Float64Array(2 * n);
          grown.set(p);
          p = grown;
        }
        p[n++] = x;
      }
    }
  }
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) throw valueError("-inf + inf in fsum");
    return flt(specialSum);
  }
  let hi = 0.0;
  if (n > 0) {
    hi = p[--n]!;
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1]! < 0.0) || (lo > 0.0 && p[n - 1]! > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return flt(hi);
}

// ---- the rest ----------------------------------------------------------------------------------

/** floor/ceil: a float directly, else __floor__/__ceil__, else the float value. */
function rounding(name: "floor" | "ceil", f: (x: number) => number): [string, Fn] {
  return [name, posFn(`math.${name}`, 1, 1, ([a]) => {
    if (a instanceof PyFloat && a.cls === FLOAT) return floatToInt(f(a.value));
    const m = typeOf(a).lookup(`__${name}__`);
    if (m !== undefined) return callDescr(m, a, []);
    return floatToInt(f(asDouble(a)));
  })];
}
const FLOAT = new PyFloat(0).cls;

function mathPow(x: number, y: number): number {
  let odd = false;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0.0 ? 1.0 : x;
    if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
    if (!Number.isFinite(x)) {
      odd = Number.isFinite(y) && fmod(Math.abs(y), 2.0) === 1.0;
      if (y > 0.0) return odd ? x : Math.abs(x);
      if (y === 0.0) return 1.0;
      return odd ? copysign(0.0, x) : 0.0;
    }
    if (Math.abs(x) === 1.0) return 1.0;
    if (x === 0.0 && y < 0.0) {
      err.errno = "EDOM";
      return Infinity;
    }
    if (y > 0.0 && Math.abs(x) > 1.0) return y;
    if (y < 0.0 && Math.abs(x) < 1.0) return -y;
    return 0.0;
  }
  if (x === 0.0) {
    if (y < 0.0) {
      err.errno = "EDOM";
      return NaN;
    }
    if (y === 0.0) return 1.0;
    odd = fmod(Math.abs(y), 2.0) === 1.0;
    return odd ? x : 0.0;
  }
  if (y === 0.0 || x === 1.0) return 1.0;
  if (x < 0.0) {
    if (y !== Math.floor(y)) {
      err.errno = "EDOM";
      return NaN;
    }
    odd = fmod(Math.abs(y), 2.0) === 1.0;
    const r = x === -1.0 ? 1.0 : libm.pow(-x, y);
    return odd ? -r : r;
  }
  return libm.pow(x, y);
}

function isclose(args: PyObj[], kw: readonly string[] | null): PyObj {
  const [a0, b0, rt, at] = bindArgs("isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], 2, 0, 2);
  const a = asDouble(a0!);
  const b = asDouble(b0!);
  const relTol = rt === undefined ? 1e-9 : asDouble(rt);
  const absTol = at === undefined ? 0.0 : asDouble(at);
  if (relTol < 0.0 || absTol < 0.0) throw valueError("tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) && !Number.isNaN(a)) return false;
  if (!Number.isFinite(b) && !Number.isNaN(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

function mathLdexp([a, b]: PyObj[]): PyObj {
  const x = asDouble(a);
  const i = asInt(b);
  if (i === null) throw typeError("Expected an int as second argument to ldexp.");
  const e = typeof i === "bigint" ? (i > 0n ? 1e6 : -1e6) : Math.max(-1e6, Math.min(1e6, i));
  const r = ldexp(x, e);
  if (!Number.isFinite(r) && Number.isFinite(x)) throw rangeError();
  return flt(r);
}

const trunc = posFn("math.trunc", 1, 1, ([a]) => {
  if (a instanceof PyFloat && a.cls === FLOAT) return floatToInt(a.value);
  const m = typeOf(a).lookup("__trunc__");
  if (m === undefined) throw typeError(`type ${typeOf(a).name} doesn't define __trunc__ method`);
  return callDescr(m, a, []);
});

export function makeMath(): PyModule {
  const fns: [string, Fn][] = [
    math1("acos", Math.acos, false), math1("acosh", libm.acosh, false), math1("asin", Math.asin, false), math1("asinh", libm.asinh, false),
    math1("atan", Math.atan, false), math2("atan2", Math.atan2), math1("atanh", libm.atanh, false), rounding("ceil", Math.ceil),
    math2("copysign", copysign), math1("cos", libm.cos, false), math1("cosh", libm.cosh, true),
    ["degrees", posFn("math.degrees", 1, 1, ([a]) => flt(asDouble(a) * (180.0 / Math.PI)))],
    ["dist", dist], math1a("erf", libm.erf), math1a("erfc", libm.erfc), math1("exp", libm.exp, true), math1("expm1", Math.expm1, true),
    math1("fabs", Math.abs, false), rounding("floor", Math.floor),
    ["fmod", posFn("math.fmod", 2, 2, ([a, b]) => {
      const x = asDouble(a);
      const y = asDouble(b);
      if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return flt(x);
      const r = fmod(x, y);
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
      return flt(r);
    })],
    ["frexp", posFn("math.frexp", 1, 1, ([a]) => {
      const [m, e] = frexp(asDouble(a));
      return tuple([flt(m), e]);
    })],
    ["fsum", posFn("math.fsum", 1, 1, fsum)], math1a("gamma", tgamma), ["hypot", (args, kw) => {
      if (kw && kw.length) throw typeError("math.hypot() takes no keyword arguments");
      return hypot(args);
    }],
    ["isclose", isclose],
    ["isfinite", posFn("math.isfinite", 1, 1, ([a]) => Number.isFinite(asDouble(a)))],
    ["isinf", posFn("math.isinf", 1, 1, ([a]) => {
      const x = asDouble(a);
      return !Number.isFinite(x) && !Number.isNaN(x);
    })],
    ["isnan", posFn("math.isnan", 1, 1, ([a]) => Number.isNaN(asDouble(a)))],
    ["ldexp", posFn("math.ldexp", 2, 2, mathLdexp)], math1a("lgamma", lgamma),
    ["log", (args, kw) => {
      // (METH_VARARGS: the message names the bare function)
      if (kw && kw.length) throw typeError("log() takes no keyword arguments");
      if (args.length < 1 || args.length > 2) throw typeError("math.log requires 1 to 2 arguments");
      return mathLog(args);
    }],
    ["log10", posFn("math.log10", 1, 1, ([a]) => flt(logHelper(a, libm.log10, Math.log10(2))))],
    math1("log1p", libm.log1p, false),
    ["log2", posFn("math.log2", 1, 1, ([a]) => flt(logHelper(a, libm.log2, 1.0)))],
    ["modf", posFn("math.modf", 1, 1, ([a]) => {
      const x = asDouble(a);
      if (!Number.isFinite(x) && !Number.isNaN(x)) return tuple([flt(copysign(0.0, x)), flt(x)]);
      const ip = Math.trunc(x);
      return tuple([flt(copysign(x - ip, x)), flt(ip)]);
    })],
    ["nextafter", posFn("math.nextafter", 2, 2, ([a, b]) => flt(nextafter(asDouble(a), asDouble(b))))],
    ["pow", posFn("math.pow", 2, 2, ([a, b]) => {
      const x = asDouble(a);
      const y = asDouble(b);
      err.errno = null;
      const r = mathPow(x, y);
      if (err.errno === "EDOM") throw domainError();
      if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) {
        if (x === 0.0) throw domainError();
        throw rangeError();
      }
      return flt(r);
    })],
    ["radians", posFn("math.radians", 1, 1, ([a]) => flt(asDouble(a) * (Math.PI / 180.0)))],
    math2("remainder", remainder), math1("sin", libm.sin, false), math1("sinh", libm.sinh, true), math1("sqrt", Math.sqrt, false),
    math1("tan", Math.tan, false), math1("tanh", libm.tanh, false), ["trunc", trunc],
    ["ulp", posFn("math.ulp", 1, 1, ([a]) => flt(ulp(asDouble(a))))],
    ...intFunctions(),
  ];
  fns.sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const m = makeModule("math", fns, [
    ["pi", flt(Math.PI)], ["e", flt(Math.E)], ["tau", flt(2 * Math.PI)], ["inf", flt(Infinity)], ["nan", flt(NaN)],
  ], "This module provides access to the mathematical functions\ndefined by the C standard.", MATH_DOCS);
  return m;
}
