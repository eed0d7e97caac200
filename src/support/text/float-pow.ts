// float ** float (float_pow in Objects/floatobject.c): CPython's own special cases, then the C
// library's pow(). glibc and musl (the oracle's) compute pow to within 0.52 ulp, which in practice
// is the correctly rounded result; V8's Math.pow is off by an ulp in ~9% of random cases. So pow()
// here is correctly rounded: exact big-integer arithmetic for small integer exponents, otherwise
// log and exp in double-double arithmetic (~100 bits), rounded once.
import { PyError } from "../py-error.ts";
import { decompose } from "./dtoa.ts";
import { scaleToDouble } from "./float-ops.ts";

/**
 * The OverflowError of a pow() that overflows: PyErr_SetFromErrno(ERANGE) spells errno as the C
 * library does. This is Linux's (glibc/musl); the Emscripten-built oracle says (68, 'Result not representable').
 */
export const ERANGE_MESSAGE = "(34, 'Numerical result out of range')";

/** Result of float ** float: a float, or "complex" when CPython hands over to complex power. */
export type PowResult = number | "complex";

const isOddInteger = (y: number) => Number.isInteger(y) && Math.abs(y % 2) === 1;

/** float_pow(x, y) for the two-argument form. */
export function floatPow(x: number, y: number): PowResult {
  if (y === 0) return 1.0;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
  if (!Number.isFinite(y)) {
    const a = Math.abs(x);
    if (a === 1.0) return 1.0;
    return y > 0 === a > 1.0 ? Math.abs(y) : 0.0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Math.abs(x);
    return odd ? (x < 0 ? -0 : 0) : 0.0;
  }
  if (x === 0) {
    if (y < 0) throw new PyError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    return isOddInteger(y) ? x : 0.0;
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) return "complex";
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1.0) return negate ? -1.0 : 1.0;
  let r = pow(x, y);
  if (negate) r = -r;
  if (!Number.isFinite(r)) throw new PyError("OverflowError", ERANGE_MESSAGE);
  return r;
}

/** Correctly rounded x**y for finite x > 0, x != 1, finite y != 0 (Infinity on overflow). */
export function pow(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  if (Number.isInteger(y) && Math.abs(y) <= 64) return powInt(x, y);
  // t = y * log(x) in double-double; exp(t) = 2**k * exp(r), |r| <= ln2/2.
  const [lh, ll] = logDD(x);
  // Far outside the range (where y * log(x) itself may overflow): decide before splitting y.
  if (y * lh > 1000) return Infinity;
  if (y * lh < -1000) return 0;
  let [th, tl] = twoProd(y, lh);
  tl += y * ll;
  [th, tl] = quickTwoSum(th, tl);
  if (th > 710) return Infinity;
  if (th < -746) return 0;
  const k = Math.round(th / LN2_HI);
  // r = t - k*ln2, exactly enough: k*LN2_HI as a double-double.
  const [ph, pl] = twoProd(k, LN2_HI);
  let [rh, rl] = twoSum(th, -ph);
  rl += tl - pl - k * LN2_LO;
  [rh, rl] = quickTwoSum(rh, rl);
  const [eh, el] = expDD(rh, rl);
  if (k > -1020 && k < 1020) {
    const [h] = quickTwoSum(eh, el);
    return h * 2 ** k; // exact scaling of a normal result
  }
  // Near overflow or in the subnormal range: round the exact sum eh + el, scaled, once.
  return roundScaled(eh, el, k);
}

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;
const SPLIT = 134217729; // 2**27 + 1

function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}
function quickTwoSum(a: number, b: number): [number, number] {
  const s = a + b;
  return [s, b - (s - a)];
}
function twoProd(a: number, b: number): [number, number] {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}
function ddMul(ah: number, al: number, bh: number, bl: number): [number, number] {
  const [p, e] = twoProd(ah, bh);
  return quickTwoSum(p, e + (ah * bl + al * bh));
}
function ddAdd(ah: number, al: number, bh: number, bl: number): [number, number] {
  const [s, e] = twoSum(ah, bh);
  const [t, f] = twoSum(al, bl);
  let [h, l] = quickTwoSum(s, e + t);
  [h, l] = quickTwoSum(h, l + f);
  return [h, l];
}
function ddDiv(ah: number, al: number, bh: number, bl: number): [number, number] {
  const q1 = ah / bh;
  let [ph, pl] = ddMul(q1, 0, bh, bl);
  let [rh, rl] = ddAdd(ah, al, -ph, -pl);
  const q2 = rh / bh;
  [ph, pl] = ddMul(q2, 0, bh, bl);
  [rh, rl] = ddAdd(rh, rl, -ph, -pl);
  const q3 = rh / bh;
  const [h, l] = quickTwoSum(q1, q2);
  return ddAdd(h, l, q3, 0);
}

/** Double-double constants built once: 1/k for the odd k of the atanh series, 1/n! for exp. */
let RECIP: Float64Array | null = null; // [hi, lo] of 1/k at 2k, 2k+1
let INV_FACT: Float64Array | null = null; // [hi, lo] of 1/n! at 2n, 2n+1
const LOG_TERMS = 61;
const EXP_TERMS = 28;
function tables(): void {
  RECIP = new Float64Array(2 * LOG_TERMS + 2);
  for (let k = 1; k <= LOG_TERMS; k += 2) {
    const [h, l] = ddDiv(1, 0, k, 0);
    RECIP[2 * k] = h;
    RECIP[2 * k + 1] = l;
  }
  INV_FACT = new Float64Array(2 * EXP_TERMS + 2);
  let [fh, fl] = [1, 0];
  for (let n = 0; n <= EXP_TERMS; n++) {
    if (n > 0) [fh, fl] = ddDiv(fh, fl, n, 0);
    INV_FACT[2 * n] = fh;
    INV_FACT[2 * n + 1] = fl;
  }
}

/** log(x) as a double-double: e*ln2 + 2*atanh((m-1)/(m+1)) with m in [sqrt(1/2), sqrt(2)). */
function logDD(x: number): [number, number] {
  if (!RECIP) tables();
  const recip = RECIP!;
  let e = 0;
  if (x < 2 ** -1000) { x *= 2 ** 100; e -= 100; }
  // Math.log2 rounds up to 1024 near DBL_MAX; the loop below fixes an exponent off by one.
  const bits = Math.min(1023, Math.floor(Math.log2(x)));
  let m = x / 2 ** bits;
  e += bits;
  if (m < 1) { m *= 2; e--; } else if (m >= 2) { m /= 2; e++; }
  if (m > Math.SQRT2) { m /= 2; e++; }
  const [dh, dl] = twoSum(m, 1);
  const [sh, sl] = ddDiv(m - 1, 0, dh, dl);
  const [s2h, s2l] = ddMul(sh, sl, sh, sl);
  // Terms needed: |s| <= 0.1716, so s**k/k < 2**-110 * |s| by k = 2 * 21 + 1 at worst.
  const a = Math.abs(sh);
  const last = a < 2 ** -60 ? 1 : Math.min(LOG_TERMS, 2 * Math.ceil(110 / -Math.log2(a * a)) + 1);
  // Horner from the last odd term: sum = s * (1/1 + s2 * (1/3 + s2 * (...)))
  let [ph, pl] = [recip[2 * last], recip[2 * last + 1]];
  for (let k = last - 2; k >= 1; k -= 2) {
    [ph, pl] = ddMul(ph, pl, s2h, s2l);
    [ph, pl] = ddAdd(ph, pl, recip[2 * k], recip[2 * k + 1]);
  }
  const [sumh, suml] = ddMul(ph, pl, sh, sl);
  const [eh, el] = twoProd(e, LN2_HI);
  return ddAdd(eh, el + e * LN2_LO, 2 * sumh, 2 * suml);
}

/** exp(r) for |r| <= ln2/2 as a double-double (Taylor series by Horner). */
function expDD(rh: number, rl: number): [number, number] {
  if (!INV_FACT) tables();
  const f = INV_FACT!;
  const a = Math.abs(rh);
  // Smallest degree with a**n/n! < 2**-112.
  let n = 1;
  if (a > 0) {
    let t = a;
    while (n < EXP_TERMS && t > 2 ** -112) { n++; t *= a / n; }
  }
  let [ph, pl] = [f[2 * n], f[2 * n + 1]];
  for (let k = n - 1; k >= 0; k--) {
    [ph, pl] = ddMul(ph, pl, rh, rl);
    [ph, pl] = ddAdd(ph, pl, f[2 * k], f[2 * k + 1]);
  }
  return [ph, pl];
}

/** (h + l) * 2**k rounded once (h, l doubles, h > 0). */
function roundScaled(h: number, l: number, k: number): number {
  const a = decompose(h);
  let m = a.mant;
  let e = a.exp;
  if (l !== 0) {
    const b = decompose(l);
    const lo = l < 0 ? -b.mant : b.mant;
    // Bring both to the smaller exponent (l is far below h, so this stays small).
    m <<= BigInt(e - b.exp);
    e = b.exp;
    m += lo;
  }
  return scaleToDouble(m, e + k);
}

/** x**n exactly rounded for a small integer n (x > 0). */
function powInt(x: number, n: number): number {
  const { mant, exp } = decompose(x);
  const p = mant ** BigInt(Math.abs(n));
  if (n > 0) return scaleToDouble(p, exp * n);
  // 1 / (p * 2**(exp*|n|)) = (2**s / p) * 2**(-s - exp*|n|), with s giving 64+ quotient bits.
  const pbits = p.toString(2).length;
  const s = pbits + 66;
  const num = 1n << BigInt(s);
  let q = num / p;
  if (q * p !== num) q = (q << 1n) | 1n; // sticky bit: keeps ties from looking exact
  else q <<= 1n;
  return scaleToDouble(q, -s - 1 - exp * Math.abs(n));
}

// Double-double primitives for the math module's correctly rounded exp/log (src/modules/libm.ts).
export { twoSum, quickTwoSum, twoProd, ddMul, ddAdd, ddDiv, logDD, expDD, LN2_HI, LN2_LO };
