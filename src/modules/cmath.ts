// The cmath module (Modules/cmathmodule.c, 3.10): complex functions with CPython's algorithms for
// finite arguments (Kahan's branch cuts, the rescaling near overflow and underflow, log1p near
// |z| = 1) and its error rules (EDOM: ValueError "math domain error", ERANGE: OverflowError
// "math range error"). Non-finite arguments follow C99 Annex G through the same formulas with
// IEEE arithmetic plus the explicit cases below; CPython reads them from 7x7 tables, and the
// two can differ in the sign of a zero or a NaN's place (see the report's N/M).
import { type PyObj, PyComplexObj, tuple, complexSpecial, valueError, newExc, OverflowError, bindArgs, PyModule } from "../objects/index.ts";
import { makeModule, posFn, asDouble, flt, type Fn } from "./util.ts";
import * as libm from "../support/libm.ts";
import { cQuot } from "../support/complex-math.ts";

type C = [number, number];
const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = libm.log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = Math.LN2;
const fin = Number.isFinite;
const isInf = (x: number) => x === Infinity || x === -Infinity;
const neg = (x: number) => x < 0 || Object.is(x, -0);
const copysign = (x: number, y: number) => (neg(x) === neg(y) ? x : -x);

let errno: "EDOM" | "ERANGE" | null = null;

/** PyArg_Parse "D": a complex, __complex__, or a real number. */
function asComplex(x: PyObj): C {
  // PyComplex_AsCComplex: a complex subclass's own value, not its __complex__
  if (x instanceof PyComplexObj) return [x.real, x.imag];
  const r = complexSpecial(x);
  if (r !== null) return [r.real, r.imag];
  return [asDouble(x), 0];
}
const cx = (z: C) => new PyComplexObj(z[0], z[1]);

const asinhReal = libm.asinh;

function cSqrt([x, y]: C): C {
  if (!fin(x) || !fin(y)) {
    if (isInf(y)) return [Infinity, y];
    if (Number.isNaN(x)) return [NaN, NaN];
    if (x === Infinity) return [x, Number.isNaN(y) ? NaN : copysign(0, y)];
    if (x === -Infinity) return [Number.isNaN(y) ? NaN : 0, Number.isNaN(y) ? Infinity : copysign(Infinity, y)];
    return [NaN, NaN];
  }
  if (x === 0 && y === 0) return [0, y];
  let ax = Math.abs(x);
  const ay = Math.abs(y);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax *= 2 ** 53;
    s = Math.sqrt(ax + libm.hypot(ax, ay * 2 ** 53)) * 2 ** -27;
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + libm.hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return x >= 0 ? [s, copysign(d, y)] : [d, copysign(s, y)];
}

function cExp([x, y]: C): C {
  if (!fin(x) || !fin(y)) {
    if (isInf(x) && fin(y) && y !== 0) {
      const r: C = x > 0 ? [copysign(Infinity, libm.cos(y)), copysign(Infinity, libm.sin(y))] : [copysign(0, libm.cos(y)), copysign(0, libm.sin(y))];
      return r;
    }
    if (x === -Infinity) return [0, Number.isNaN(y) || isInf(y) ? 0 : y];
    if (x === Infinity && y === 0) return [Infinity, y];
    if (x === Infinity) {
      if (isInf(y)) errno = "EDOM";
      return [Infinity, NaN];
    }
    if (Number.isNaN(x)) return y === 0 ? [NaN, y] : [NaN, NaN];
    if (isInf(y)) errno = "EDOM";
    return [NaN, NaN];
  }
  let r: C;
  if (x > LOG_LARGE) {
    const l = libm.exp(x - 1);
    r = [l * libm.cos(y) * Math.E, l * libm.sin(y) * Math.E];
  } else {
    const l = libm.exp(x);
    r = [l * libm.cos(y), l * libm.sin(y)];
  }
  if (isInf(r[0]) || isInf(r[1])) errno = "ERANGE";
  return r;
}

function cLog([x, y]: C): C {
  if (!fin(x) || !fin(y)) {
    if (isInf(x) || isInf(y)) return [Infinity, Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.atan2(y, x)];
    return [NaN, NaN];
  }
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let re: number;
  if (ax > LARGE || ay > LARGE) re = libm.log(libm.hypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) re = libm.log(libm.hypot(ax * 2 ** 53, ay * 2 ** 53)) - 53 * LN2;
    else {
      re = -Infinity;
      errno = "EDOM";
    }
  } else {
    const h = libm.hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = libm.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = libm.log(h);
  }
  return [re, Math.atan2(y, x)];
}

function cAsinh([x, y]: C): C {
  if (!fin(x) || !fin(y)) {
    if (isInf(x)) return [x, Number.isNaN(y) ? NaN : isInf(y) ? copysign(Math.PI / 4, y) : copysign(0, y)];
    if (isInf(y)) return [Number.isNaN(x) ? Infinity : copysign(Infinity, x), Number.isNaN(x) ? NaN : copysign(Math.PI / 2, y)];
    if (Number.isNaN(x)) return y === 0 ? [NaN, y] : [NaN, NaN];
    return [NaN, NaN];
  }
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const l = libm.log(libm.hypot(x / 2, y / 2)) + LN2 * 2;
    return [y >= 0 ? copysign(l, x) : -copysign(l, -x), Math.atan2(y, Math.abs(x))];
  }
  const s1 = cSqrt([1 + y, -x]);
  const s2 = cSqrt([1 - y, x]);
  return [asinhReal(s1[0] * s2[1] - s2[0] * s1[1]), Math.atan2(y, s1[0] * s2[0] - s1[1] * s2[1])];
}

function cAsin([x, y]: C): C {
  const s = cAsinh([-y, x]);
  return [s[1], -s[0]];
}

function cAcos([x, y]: C): C {
  if (!fin(x) || !fin(y)) {
    if (isInf(x)) {
      if (Number.isNaN(y)) return [NaN, Infinity];
      if (isInf(y)) return [x > 0 ? Math.PI / 4 : (3 * Math.PI) / 4, -y];
      return [x > 0 ? 0 : Math.PI, neg(y) ? Infinity : -Infinity];
    }
    if (isInf(y)) return [Number.isNaN(x) ? NaN : Math.PI / 2, -y];
    if (x === 0 && Number.isNaN(y)) return [Math.PI / 2, NaN];
    return [NaN, NaN];
  }
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const l = libm.log(libm.hypot(x / 2, y / 2)) + LN2 * 2;
    return [Math.atan2(Math.abs(y), x), x < 0 ? -copysign(l, y) : copysign(l, -y)];
  }
  const s1 = cSqrt([1 - x, -y]);
  const s2 = cSqrt([1 + x, y]);
  return [2 * Math.atan2(s1[0], s2[0]), asinhReal(s2[0] * s1[1] - s2[1] * s1[0])];
}

function cAcosh([x, y]: C): C {
  if (!fin(x) || !fin(y)) {
    if (isInf(x)) {
      if (Number.isNaN(y)) return [Infinity, NaN];
      if (isInf(y)) return [Infinity, copysign(x > 0 ? Math.PI / 4 : (3 * Math.PI) / 4, y)];
      return [Infinity, copysign(x > 0 ? 0 : Math.PI, y)];
    }
    if (isInf(y)) return [Infinity, Number.isNaN(x) ? NaN : copysign(Math.PI / 2, y)];
    return [NaN, NaN];
  }
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) return [libm.log(libm.hypot(x / 2, y / 2)) + LN2 * 2, Math.atan2(y, x)];
  const s1 = cSqrt([x - 1, y]);
  const s2 = cSqrt([x + 1, y]);
  return [asinhReal(s1[0] * s2[0] + s1[1] * s2[1]), 2 * Math.atan2(s1[1], s2[0])];
}

function cAtanh(z: C): C {
  const [x, y] = z;
  if (!fin(x) || !fin(y)) {
    if (isInf(x) || isInf(y)) {
      return [Number.isNaN(x) ? 0 : copysign(0, x), Number.isNaN(y) ? NaN : copysign(Math.PI / 2, y)];
    }
    if (x === 0 && Number.isNaN(y)) return [x, NaN];
    return [NaN, NaN];
  }
  if (neg(x)) {
    const r = cAtanh([-x, -y]);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(y);
  if (x > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = libm.hypot(x / 2, y / 2);
    return [x / 4 / h / h, -copysign(Math.PI / 2, -y)];
  }
  if (x === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      errno = "EDOM";
      return [Infinity, y];
    }
    return [-libm.log(Math.sqrt(ay) / Math.sqrt(libm.hypot(ay, 2))), copysign(Math.atan2(2, -ay) / 2, y)];
  }
  return [libm.log1p((4 * x) / ((1 - x) * (1 - x) + ay * ay)) / 4, -Math.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2];
}

function cAtan([x, y]: C): C {
  const s = cAtanh([-y, x]);
  return [s[1], -s[0]];
}

function cCoshSinh([x, y]: C, sinh: boolean): C {
  if (!fin(x) || !fin(y)) {
    if (isInf(x) && fin(y) && y !== 0) {
      const c = libm.cos(y);
      const s = libm.sin(y);
      return sinh ? [copysign(Infinity, c) * (x > 0 ? 1 : -1), copysign(Infinity, s)] : [copysign(Infinity, c), copysign(Infinity, s) * (x > 0 ? 1 : -1)];
    }
    if (isInf(x) && y === 0) return sinh ? [x, y] : [Infinity, x > 0 ? y : -y];
    if (Number.isNaN(x)) {
      if (y === 0) return sinh ? [NaN, y] : [NaN, 0];
      return [NaN, NaN];
    }
    // x is finite or infinite, y infinite or NaN
    if (isInf(y)) errno = "EDOM";
    if (x === 0) return sinh ? [0, NaN] : [NaN, 0];
    if (isInf(x)) return [Infinity, NaN];
    return [NaN, NaN];
  }
  let r: C;
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - copysign(1, x);
    r = sinh ? [libm.cos(y) * libm.sinh(xm1) * Math.E, libm.sin(y) * libm.cosh(xm1) * Math.E] : [libm.cos(y) * libm.cosh(xm1) * Math.E, libm.sin(y) * libm.sinh(xm1) * Math.E];
  } else {
    r = sinh ? [libm.cos(y) * libm.sinh(x), libm.sin(y) * libm.cosh(x)] : [libm.cos(y) * libm.cosh(x), libm.sin(y) * libm.sinh(x)];
  }
  if (isInf(r[0]) || isInf(r[1])) errno = "ERANGE";
  return r;
}
const cCosh = (z: C) => cCoshSinh(z, false);
const cSinh = (z: C) => cCoshSinh(z, true);
const cCos = ([x, y]: C): C => cCosh([-y, x]);
function cSin([x, y]: C): C {
  const s = cSinh([-y, x]);
  return [s[1], -s[0]];
}

function cTanh([x, y]: C): C {
  if (!fin(x) || !fin(y)) {
    if (isInf(x)) return [copysign(1, x), fin(y) ? copysign(0, 2 * libm.sin(y) * libm.cos(y)) : 0];
    if (Number.isNaN(x)) return y === 0 ? [NaN, y] : [NaN, NaN];
    if (isInf(y)) errno = "EDOM";
    return [NaN, NaN];
  }
  if (Math.abs(x) > LOG_LARGE) return [copysign(1, x), 4 * libm.sin(y) * libm.cos(y) * libm.exp(-2 * Math.abs(x))];
  const tx = libm.tanh(x);
  const ty = Math.tan(y);
  const c = 1 / libm.cosh(x);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, ((ty / denom) * c) * c];
}
function cTan([x, y]: C): C {
  const s = cTanh([-y, x]);
  return [s[1], -s[0]];
}

/** _Py_c_quot with errno EDOM for a zero divisor. */
function cQuotErrno([a, b]: C, [c, d]: C): C {
  const q = cQuot(a, b, c, d);
  if (q !== null) return q;
  errno = "EDOM";
  return [0, 0];
}

function raiseErrno(): void {
  if (errno === "EDOM") throw valueError("math domain error");
  if (errno === "ERANGE") throw newExc(OverflowError, "math range error");
}

function wrap(name: string, f: (z: C) => C): [string, Fn] {
  return [name, posFn(`cmath.${name}`, 1, 1, ([a]) => {
    const z = asComplex(a);
    errno = null;
    const r = f(z);
    raiseErrno();
    return cx(r);
  })];
}

export function makeCmath(): PyModule {
  const fns: [string, Fn][] = [
    wrap("acos", cAcos), wrap("acosh", cAcosh), wrap("asin", cAsin), wrap("asinh", cAsinh), wrap("atan", cAtan), wrap("atanh", cAtanh),
    wrap("cos", cCos), wrap("cosh", cCosh), wrap("exp", cExp), wrap("sin", cSin), wrap("sinh", cSinh), wrap("sqrt", cSqrt), wrap("tan", cTan),
    wrap("tanh", cTanh),
    ["log", (args, kw) => {
      const [x, base] = bindArgs("cmath.log", args, kw, ["x", "base"], 1, 2);
      errno = null;
      let r = cLog(asComplex(x!));
      if (base !== undefined) {
        const b = asComplex(base);
        // c_log sets errno afresh on every call (0 when it succeeds), so the base's log forgets
        // the EDOM of log(0): cmath.log(0, 2) is -inf+nanj, and only log(0) alone raises
        errno = null;
        r = cQuotErrno(r, cLog(b));
      }
      raiseErrno();
      return cx(r);
    }],
    wrap("log10", (z) => {
      const r = cLog(z);
      return [r[0] / Math.LN10, r[1] / Math.LN10];
    }),
    ["phase", posFn("cmath.phase", 1, 1, ([a]) => {
      const [x, y] = asComplex(a);
      return flt(Math.atan2(y, x));
    })],
    ["polar", posFn("cmath.polar", 1, 1, ([a]) => {
      const [x, y] = asComplex(a);
      const r = libm.hypot(x, y);
      if (isInf(r) && fin(x) && fin(y)) throw newExc(OverflowError, "math range error");
      return tuple([flt(r), flt(Math.atan2(y, x))]);
    })],
    ["rect", posFn("cmath.rect", 2, 2, ([a, b]) => {
      const r = asDouble(a);
      const phi = asDouble(b);
      if (!fin(r) || !fin(phi)) {
        if (isInf(r) && fin(phi) && phi !== 0) return cx([r > 0 ? copysign(Infinity, libm.cos(phi)) : -copysign(Infinity, libm.cos(phi)), r > 0 ? copysign(Infinity, libm.sin(phi)) : -copysign(Infinity, libm.sin(phi))]);
        if (isInf(r) && phi === 0) return cx([r, r > 0 ? phi : -phi]);
        if (isInf(phi) && (fin(r) && r !== 0 || isInf(r))) throw valueError("math domain error");
        if (r === 0 && !fin(phi)) return cx([0, 0]);
        if (isInf(r) && Number.isNaN(phi)) return cx([Infinity, NaN]);
        if (Number.isNaN(r) && phi === 0) return cx([NaN, 0]);
        return cx([NaN, NaN]);
      }
      if (phi === 0) return cx([r, r * phi]);
      return cx([r * libm.cos(phi), r * libm.sin(phi)]);
    })],
    ["isfinite", posFn("cmath.isfinite", 1, 1, ([a]) => {
      const [x, y] = asComplex(a);
      return fin(x) && fin(y);
    })],
    ["isinf", posFn("cmath.isinf", 1, 1, ([a]) => {
      const [x, y] = asComplex(a);
      return isInf(x) || isInf(y);
    })],
    ["isnan", posFn("cmath.isnan", 1, 1, ([a]) => {
      const [x, y] = asComplex(a);
      return Number.isNaN(x) || Number.isNaN(y);
    })],
    ["isclose", (args, kw) => {
      const [a0, b0, rt, at] = bindArgs("isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], 2, 0, 2);
      const a = asComplex(a0!);
      const b = asComplex(b0!);
      const relTol = rt === undefined ? 1e-9 : asDouble(rt);
      const absTol = at === undefined ? 0 : asDouble(at);
      if (relTol < 0 || absTol < 0) throw valueError("tolerances must be non-negative");
      if (a[0] === b[0] && a[1] === b[1]) return true;
      if (isInf(a[0]) || isInf(a[1]) || isInf(b[0]) || isInf(b[1])) return false;
      const diff = libm.hypot(b[0] - a[0], b[1] - a[1]);
      return diff <= relTol * libm.hypot(b[0], b[1]) || diff <= relTol * libm.hypot(a[0], a[1]) || diff <= absTol;
    }],
  ];
  fns.sort((x, y) => (x[0] < y[0] ? -1 : 1));
  return makeModule("cmath", fns, [
    ["pi", flt(Math.PI)], ["e", flt(Math.E)], ["tau", flt(2 * Math.PI)], ["inf", flt(Infinity)], ["infj", cx([0, Infinity])],
    ["nan", flt(NaN)], ["nanj", cx([0, NaN])],
  ], "This module provides access to mathematical functions for complex\nnumbers.");
}

