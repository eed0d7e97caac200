// The C library functions behind math and cmath where JS's Math differs from the oracle's libm
// (musl): exp follows musl's method and table (below); log is correctly rounded there (as in
// glibc), so it is computed in double-double (src/support/text/float-pow.ts) and rounded once;
// sinh, cosh, tanh, asinh and acosh are built from exp/log/expm1/log1p the way musl builds them
// (the formulas are the documented identities; the thresholds decide which identity is used), so
// their last bits follow. erf/erfc follow fdlibm's method and coefficients, as musl does (see there).
import { logDD, twoProd, twoSum, ddMul, ddDiv, LN2_HI, LN2_LO, pow as crPow } from "./text/index.ts";

const LN2: [number, number] = [LN2_HI, LN2_LO];

// ---- exp as the oracle's libm computes it ------------------------------------------------------
// musl's exp (Arm's optimized routine, 2018): not correctly rounded (within about 0.51 ulp; one
// result in a couple of thousand is the other neighbour of the true value), so the same steps with
// the same constants are needed for the same last bits. With N = 128: k = round(x*N/ln2) (by adding
// and subtracting 1.5*2**52), r = x - k*ln2/N in two parts; 2**(k/N) = 2**(k div N) * H[j]*(1 + T[j])
// for j = k mod N, H[j] the double nearest 2**(j/N) and T[j] the relative rest rounded to a double;
// exp(x) = s + s*(T[j] + r + r*r*(C2 + r*C3) + r**4*(C4 + r*C5)) for s = 2**(k div N) * H[j].
const EXP_N = 128;
const EXP_INV_LN2_N = 1.4426950408889634 * EXP_N; // 0x1.71547652b82fep0 * N
const EXP_NEG_LN2_HI_N = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const EXP_NEG_LN2_LO_N = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const EXP_SHIFT = 6755399441055744; // 0x1.8p52
const EXP_C2 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
const EXP_C3 = 0.16666666666665886; // 0x1.555555555543cp-3
const EXP_C4 = 0.0416666808410674; // 0x1.55555cf172b91p-5
const EXP_C5 = 0.008333335853059549; // 0x1.1111167a4d017p-7
/** floor(sqrt(n)) of a BigInt (Newton's iteration from above). */
function isqrtBig(n: bigint): bigint {
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
/** A BigInt's nearest double (the quotient with a sticky bit, so that Number() rounds once). */
function bigToDouble(num: bigint, den: bigint, scale: number): number {
  const neg = num < 0n;
  const a = neg ? -num : num;
  let q = a / den;
  if (q * den !== a) q |= 1n;
  const v = Number(q) * 2 ** -scale;
  return neg ? -v : v;
}
/**
 * H[j] and T[j] of 2**(j/128) for the table: [H0, T0, H1, T1, ...], from 2**(j/128) in 160-bit
 * fixed point (products of 2**(2**i/128), each a square root of the next: 2**(1/2) = sqrt(2)).
 */
const EXP_TAB: Float64Array = (() => {
  const P = 160n;
  const one = 1n << P;
  const roots: bigint[] = [];
  let r = 2n << P;
  for (let i = 6; i >= 0; i--) {
    r = isqrtBig(r << P);
    roots[i] = r;
  }
  const tab = new Float64Array(2 * EXP_N);
  for (let j = 0; j < EXP_N; j++) {
    let v = one;
    for (let i = 0; i < 7; i++) if (j & (1 << i)) v = (v * roots[i]) >> P;
    // H: v rounded to 53 bits (v is in [1, 2)); T: (v - H)/H rounded
    const unit = 1n << (P - 52n);
    let h = v / unit;
    const rem = v - h * unit;
    if (2n * rem > unit || (2n * rem === unit && (h & 1n) === 1n)) h += 1n;
    tab[2 * j] = Number(h) * 2 ** -52;
    tab[2 * j + 1] = bigToDouble((v - h * unit) << 120n, h * unit, 120);
  }
  return tab;
})();

/** 2**e for an integer e of the normal range, exactly. */
function pow2(e: number): number {
  fbuf.setUint32(0, (e + 1023) << 20);
  fbuf.setUint32(4, 0);
  return fbuf.getFloat64(0);
}

export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a < 2 ** -54) return 1 + x;
  if (a >= 1024) {
    if (x === -Infinity) return 0;
    if (x === Infinity) return x;
    return x < 0 ? 0 : Infinity;
  }
  const kd = x * EXP_INV_LN2_N + EXP_SHIFT - EXP_SHIFT;
  const r = x + kd * EXP_NEG_LN2_HI_N + kd * EXP_NEG_LN2_LO_N;
  const j = ((kd % EXP_N) + EXP_N) % EXP_N;
  const e = (kd - j) / EXP_N;
  const tail = EXP_TAB[2 * j + 1];
  const r2 = r * r;
  const tmp = tail + r + r2 * (EXP_C2 + r * EXP_C3) + r2 * r2 * (EXP_C4 + r * EXP_C5);
  const h = EXP_TAB[2 * j];
  if (a < 512) {
    const scale = h * pow2(e);
    return scale + scale * tmp;
  }
  // the scale's exponent may leave the normal range: scaled back after the sum
  if (e > 0) {
    const scale = h * pow2(e - 1009);
    return 2 ** 1009 * (scale + scale * tmp);
  }
  const scale = h * pow2(e + 1022);
  let y = scale + scale * tmp;
  if (y < 1) {
    // rounded to the precision left in the subnormal range once, before the scaling rounds
    let lo = scale - y + scale * tmp;
    const hi = 1 + y;
    lo = 1 - hi + y + lo;
    y = hi + lo - 1;
    if (y === 0) y = 0;
  }
  return 2 ** -1022 * y;
}

const LOG_TAIL: number[] = [];
for (let k = 0; k < 14; k++) LOG_TAIL.push(2 / (2 * k + 3));
const fbuf = new DataView(new ArrayBuffer(8));

export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (x === 1) return 0;
  if (x >= 2.2250738585072014e-308) {
    // x = m * 2**e with m in [sqrt(1/2), sqrt(2)); log(m) = 2*atanh(s), s = (m-1)/(m+1)
    fbuf.setFloat64(0, x);
    const hiWord = fbuf.getUint32(0);
    let e = (hiWord >>> 20) - 1023;
    fbuf.setUint32(0, (hiWord & 0x000fffff) | 0x3ff00000);
    let m = fbuf.getFloat64(0);
    if (m > Math.SQRT2) {
      m /= 2;
      e++;
    }
    const num = m - 1;
    const dh = m + 1;
    const dl = m - (dh - 1);
    const sh = num / dh;
    const [qh, ql] = twoProd(sh, dh);
    const sl = (num - qh - ql - sh * dl) / dh;
    const s2 = sh * sh;
    let t = LOG_TAIL[13];
    for (let i = 12; i >= 0; i--) t = t * s2 + LOG_TAIL[i];
    t *= s2 * sh;
    const [eh, el] = twoProd(e, LN2_HI);
    const [ah, al] = twoSum(eh, 2 * sh);
    const lo = al + el + e * LN2_LO + 2 * sl + t;
    const err = Math.abs(t) * 2 ** -50 + Math.abs(ah) * 2 ** -100;
    const a = ah + (lo + err);
    if (a === ah + (lo - err)) return a;
  }
  return logDD(x)[0];
}

let INV_LN2: [number, number] | null = null;
export function log2(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  INV_LN2 ??= ddDiv(1, 0, LN2[0], LN2[1]);
  const [h, l] = logDD(x);
  return ddMul(h, l, INV_LN2[0], INV_LN2[1])[0];
}

// log10 as musl's (fdlibm's e_log10): x = 2**k * (1 + f) with 1 + f in [sqrt(2)/2, sqrt(2)),
// log(1 + f) = f - f*f/2 + s*(f*f/2 + R(s*s)) for s = f/(2 + f), then f - f*f/2 split at 32 bits and
// combined with k*log10(2) in two parts: not correctly rounded, so its own steps give its last bits.
const IVLN10_HI = 0.4342944818781689; // 0x3fdbcb7b15200000
const IVLN10_LO = 2.5082946711645275e-11;
const LOG10_2_HI = 0.30102999566361177; // 0x3fd34413509f6000
const LOG10_2_LO = 3.694239077158931e-13;
const LG = [0.6666666666666735, 0.3999999999940942, 0.2857142874366239, 0.22222198432149784, 0.1818357216161805, 0.15313837699209373, 0.14798198605116586];

/** fdlibm's k_log polynomial in s = f/(2 + f): the R(z) of log(1 + f) = f - f*f/2 + s*(f*f/2 + R). */
function logPolynomial(s: number): number {
  const z = s * s;
  const w = z * z;
  return z * (LG[0] + w * (LG[2] + w * (LG[4] + w * LG[6]))) + w * (LG[1] + w * (LG[3] + w * LG[5]));
}

export function log10(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (x === 1) return 0;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    k -= 54;
    x *= 2 ** 54;
  }
  fbuf.setFloat64(0, x);
  let hx = fbuf.getUint32(0);
  // 1 + f in [sqrt(2)/2, sqrt(2)): the exponent moved into k
  hx += 0x3ff00000 - 0x3fe6a09e;
  k += (hx >>> 20) - 0x3ff;
  hx = (hx & 0x000fffff) + 0x3fe6a09e;
  fbuf.setUint32(0, hx);
  const f = fbuf.getFloat64(0) - 1;
  const hfsq = 0.5 * f * f;
  const s = f / (2 + f);
  const r = logPolynomial(s);
  fbuf.setFloat64(0, f - hfsq);
  fbuf.setUint32(4, 0);
  const hi = fbuf.getFloat64(0);
  const lo = f - hi - hfsq + s * (hfsq + r);
  let valHi = hi * IVLN10_HI;
  const y = k * LOG10_2_HI;
  let valLo = k * LOG10_2_LO + (lo + hi) * IVLN10_LO + lo * IVLN10_HI;
  const sum = y + valHi;
  valLo += y - sum + valHi;
  valHi = sum;
  return valLo + valHi;
}

/**
 * hypot as the oracle's C library (musl) computes it: the squares exactly as double-doubles,
 * summed smallest first, one square root; scaled by 2**+-700 near the range limits; x + y when
 * the exponents are more than 64 apart. An infinity wins over a NaN. (V8's Math.hypot rounds
 * differently in the last bit.)
 */
export function hypot(x: number, y: number): number {
  x = Math.abs(x);
  y = Math.abs(y);
  if (x < y) [x, y] = [y, x];
  if (y === Infinity || x === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (y === 0) return x;
  if (exponentBits(x) - exponentBits(y) > 64) return x + y;
  let z = 1;
  if (x > 2 ** 510) {
    z = 2 ** 700;
    x *= 2 ** -700;
    y *= 2 ** -700;
  } else if (y < 2 ** -450) {
    z = 2 ** -700;
    x *= 2 ** 700;
    y *= 2 ** 700;
  }
  const [hx, lx] = twoProd(x, x);
  const [hy, ly] = twoProd(y, y);
  return z * Math.sqrt(ly + lx + hy + hx);
}

/** The biased exponent field of a non-negative double. */
function exponentBits(x: number): number {
  fbuf.setFloat64(0, x);
  return fbuf.getUint32(0) >>> 20;
}

/**
 * pow as the oracle's C library computes it: C99's special cases (1 for a zero exponent or a base
 * of 1, NaN included; 1 for -1 to an infinite power), the correctly rounded power for finite
 * bases (a negative one to an integer power by its magnitude), JS's ** otherwise and where the
 * support library's fails (x near DBL_MAX).
 */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1 || (x === -1 && Math.abs(y) === Infinity)) return 1;
  // a negative base to an integer power is the power of its magnitude, negated for odd powers
  if (x < 0 && x > -Infinity && Number.isInteger(y)) {
    const r = pow(-x, y);
    return Math.abs(y % 2) === 1 ? -r : r;
  }
  if (!(x > 0 && Number.isFinite(x) && Number.isFinite(y))) return x ** y;
  let r: number;
  try {
    r = crPow(x, y);
  } catch {
    r = NaN;
  }
  return Number.isNaN(r) ? x ** y : r;
}

/** musl's __expo2: exp(x)/2 for large x without overflowing early. */
function expo2(x: number): number {
  const kln2 = 1416.0996898839683;
  const scale = 2 ** 1021; // 2**(k/2 - 1) with k = 2043
  return exp(x - kln2) * scale * scale;
}

export function cosh(x: number): number {
  const a = Math.abs(x);
  if (Number.isNaN(x)) return x;
  if (a < Math.LN2) {
    if (a < 2 ** -26) return 1;
    const t = Math.expm1(a);
    return 1 + (t * t) / (2 * (1 + t));
  }
  if (a < 709.782712893384) {
    const t = exp(a);
    return 0.5 * (t + 1 / t);
  }
  return expo2(a);
}

export function sinh(x: number): number {
  if (Number.isNaN(x) || x === 0) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const a = Math.abs(x);
  if (a < 709.782712893384) {
    const t = Math.expm1(a);
    if (a < 1) {
      if (a < 2 ** -26) return x;
      return h * (2 * t - (t * t) / (t + 1));
    }
    return h * (t + t / (t + 1));
  }
  return 2 * h * expo2(a);
}

export function tanh(x: number): number {
  if (Number.isNaN(x) || x === 0) return x;
  const a = Math.abs(x);
  let t: number;
  if (a > 0.5493061443340548) {
    // log(3)/2
    if (a > 20) t = 1;
    else {
      t = Math.expm1(2 * a);
      t = 1 - 2 / (t + 2);
    }
  } else if (a > 0.25541281188299536) {
    // log(5/3)/2
    t = Math.expm1(2 * a);
    t = t / (t + 2);
  } else if (a >= 2.2250738585072014e-308) {
    t = Math.expm1(-2 * a);
    t = -t / (t + 2);
  } else t = a;
  return x < 0 ? -t : t;
}

export function asinh(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  let y: number;
  if (a >= 2 ** 26) y = log(a) + Math.LN2;
  else if (a >= 2) y = log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
  else if (a >= 2 ** -26) y = log1p(a + (a * a) / (Math.sqrt(a * a + 1) + 1));
  else y = a;
  return x < 0 ? -y : y;
}

export function acosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return NaN;
  if (x < 2) return log1p(x - 1 + Math.sqrt((x - 1) * (x - 1) + 2 * (x - 1)));
  if (x < 2 ** 26) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  return log(x) + Math.LN2;
}

// ---- erf / erfc as the oracle's libm (musl, from Sun's fdlibm) computes them ------------------
// Not correctly rounded (about a fifth of erfc's results are an ulp from the nearest double), so
// the same method with the same coefficients is needed for the same last bits. The method, as
// fdlibm documents it: on |x| < 0.84375, erf(x) = x + x*P(x*x)/Q(x*x); on [0.84375, 1.25), with
// s = |x| - 1, erf = c + P1(s)/Q1(s) for c = 0.84506291151 rounded to single; beyond, with
// z = 1/x**2, erfc(x) = exp(-x*x - 0.5625 + R(z)/S(z))/x, one rational pair below 1/0.35 and one
// above, exp(-x*x) taken as exp(-t*t - 0.5625)*exp((t - x)*(t + x) + R/S) for t = x with its low
// 32 bits cleared (so that t*t is exact). musl computes erf beyond 0.84375 as 1 - erfc, and erfc
// of a negative x as 2 - erfc(-x), which decides the last bits there.
const ERX = 8.45062911510467529297e-01;
const EFX8 = 1.02703333676410069053e+00;
// erf on [0, 0.84375): numerator in x*x, then the denominator's coefficients after its leading 1
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
// erf on [0.84375, 1.25), in s = |x| - 1
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
// erfc on [1.25, 1/0.35) and [1/0.35, 28), in 1/x**2
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

/** c[0] + x*(c[1] + x*(c[2] + ...)), evaluated in that order (the last bits depend on it). */
function horner(c: number[], x: number): number {
  let r = c[c.length - 1];
  for (let i = c.length - 2; i >= 0; i--) r = c[i] + x * r;
  return r;
}
/** 1 + x*(c[0] + x*(c[1] + ...)). */
const horner1 = (c: number[], x: number): number => 1 + x * horner(c, x);

/** The high 32 bits of x's representation, sign cleared. */
function highWord(x: number): number {
  fbuf.setFloat64(0, x);
  return fbuf.getUint32(0) & 0x7fffffff;
}

/**
 * erfc(x) for 0.84375 <= |x| < 28 with x's sign ignored (musl's arrangement of fdlibm's steps 2-4):
 * (1 - c) - P1/Q1 below 1.25, else exp(-t*t - 0.5625)*exp((t - a)*(t + a) + R/S)/a.
 */
function erfcMid(ix: number, x: number): number {
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    return 1 - ERX - horner(PA, s) / horner1(QA, s);
  }
  const a = Math.abs(x);
  const s = 1 / (a * a);
  const rs = ix < 0x4006db6d ? horner(RA, s) / horner1(SA, s) : horner(RB, s) / horner1(SB, s);
  fbuf.setFloat64(0, a);
  fbuf.setUint32(4, 0);
  const t = fbuf.getFloat64(0);
  return (exp(-t * t - 0.5625) * exp((t - a) * (t + a) + rs)) / a;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const ix = highWord(x);
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return 0.125 * (8 * x + EFX8 * x);
    const z = x * x;
    return x + x * (horner(PP, z) / horner1(QQ, z));
  }
  const y = ix < 0x40180000 ? 1 - erfcMid(ix, x) : 1;
  return x < 0 ? -y : y;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2;
  const ix = highWord(x);
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const z = x * x;
    const y = horner(PP, z) / horner1(QQ, z);
    // below 1/4 (negative x included) 1 - erf(x); above, 0.5 - ((x - 0.5) + x*y)
    if (x < 0.25) return 1 - (x + x * y);
    return 0.5 - (x - 0.5 + x * y);
  }
  if (ix < 0x403c0000) return x < 0 ? 2 - erfcMid(ix, x) : erfcMid(ix, x);
  return x > 0 ? 0 : 2;
}

// ---- sin and cos as musl computes them -------------------------------------------------------
// fdlibm's kernels on [-pi/4, pi/4] (a reduced argument in two parts y0 + y1) after musl's
// argument reduction by pi/2 (its own arrangement: the multiples 1 to 4 of pi/2 subtracted
// directly near them, else n = round(x*2/pi) by adding and subtracting 1.5*2**52 and x - n*pi/2
// with pi/2 in 33-bit pieces, one to three of them as cancellation requires). Beyond 2**20*pi/2
// the reduction needs 2/pi to many bits; there the JS engine's (also fdlibm's) is used.
const S1 = -0.16666666666666632, S2 = 0.00833333333332249, S3 = -0.0001984126982985795;
const S4 = 2.7557313707070068e-6, S5 = -2.5050760253406863e-8, S6 = 1.58969099521155e-10;
const C1 = 0.0416666666666666, C2 = -0.001388888888887411, C3 = 2.480158728947673e-5;
const C4 = -2.7557314351390663e-7, C5 = 2.087572321298175e-9, C6 = -1.1359647557788195e-11;
const INV_PIO2 = 0.6366197723675814;
const PIO2_1 = 1.5707963267341256, PIO2_1T = 6.077100506506192e-11;
const PIO2_2 = 6.077100506303966e-11, PIO2_2T = 2.0222662487959506e-21;
const PIO2_3 = 2.0222662487111665e-21, PIO2_3T = 8.4784276603689e-32;
const PIO4 = 0.7853981633974483;
const TOINT = 6755399441055744;

function kSin(x: number, y: number, iy: boolean): number {
  const z = x * x;
  const w = z * z;
  const r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  const v = z * x;
  if (!iy) return x + v * (S1 + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

function kCos(x: number, y: number): number {
  const z = x * x;
  const w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const hz = 0.5 * z;
  const v = 1 - hz;
  return v + (((1 - v) - hz) + (z * r - x * y));
}

/** x = n*pi/2 + y0 + y1 for |x| above pi/4 and below 2**20*pi/2 (ix its high word, sign cleared). */
const REM: [number, number] = [0, 0];
function remPio2(x: number, ix: number): number {
  const neg = x < 0;
  // near k*pi/2 for k = 1..4, the subtraction of k pieces, unless x is close enough to cancel
  const near = (k: number): number => {
    const s = neg ? -1 : 1;
    const z = x - s * k * PIO2_1;
    REM[0] = z - s * k * PIO2_1T;
    REM[1] = (z - REM[0]) - s * k * PIO2_1T;
    return s * k;
  };
  if (ix <= 0x400f6a7a) {
    if ((ix & 0xfffff) !== 0x921fb) return near(ix <= 0x4002d97c ? 1 : 2);
  } else if (ix <= 0x401c463b) {
    if (ix <= 0x4015fdbc) {
      if (ix !== 0x4012d97c) return near(3);
    } else if (ix !== 0x401921fb) return near(4);
  }
  let fn = x * INV_PIO2 + TOINT - TOINT;
  let r = x - fn * PIO2_1;
  let w = fn * PIO2_1T;
  if (r - w < -PIO4) {
    fn--;
    r = x - fn * PIO2_1;
    w = fn * PIO2_1T;
  } else if (r - w > PIO4) {
    fn++;
    r = x - fn * PIO2_1;
    w = fn * PIO2_1T;
  }
  let y0 = r - w;
  const ex = ix >>> 20;
  const expOf = (v: number): number => (fbuf.setFloat64(0, v), (fbuf.getUint32(0) >>> 20) & 0x7ff);
  if (ex - expOf(y0) > 16) {
    let t = r;
    w = fn * PIO2_2;
    r = t - w;
    w = fn * PIO2_2T - ((t - r) - w);
    y0 = r - w;
    if (ex - expOf(y0) > 49) {
      t = r;
      w = fn * PIO2_3;
      r = t - w;
      w = fn * PIO2_3T - ((t - r) - w);
      y0 = r - w;
    }
  }
  REM[0] = y0;
  REM[1] = (r - y0) - w;
  return fn;
}

export function sin(x: number): number {
  const ix = highWord(x);
  if (ix <= 0x3fe921fb) return ix < 0x3e500000 ? x : kSin(x, 0, false);
  if (ix >= 0x413921fb) return Math.sin(x);
  const n = remPio2(x, ix) & 3;
  const [y0, y1] = REM;
  return n === 0 ? kSin(y0, y1, true) : n === 1 ? kCos(y0, y1) : n === 2 ? -kSin(y0, y1, true) : -kCos(y0, y1);
}

export function cos(x: number): number {
  const ix = highWord(x);
  if (ix <= 0x3fe921fb) return ix < 0x3e46a09e ? 1 : kCos(x, 0);
  if (ix >= 0x413921fb) return Math.cos(x);
  const n = remPio2(x, ix) & 3;
  const [y0, y1] = REM;
  return n === 0 ? kCos(y0, y1) : n === 1 ? -kSin(y0, y1, true) : n === 2 ? -kCos(y0, y1) : kSin(y0, y1, true);
}

// ---- log1p and atanh as musl's -----------------------------------------------------------------
// log1p: below sqrt(2) - 1 (and above 1/sqrt(2) - 1) f = x itself; else 1 + x = 2**k * (1 + f) with
// 1 + f in [sqrt(2)/2, sqrt(2)) and c correcting the rounding of 1 + x; log(1 + f) by log10's
// rational kernel (LG), summed with k*ln2 (in two parts) in musl's order.
const LN2_HI_F = 0.6931471803691238; // 0x3fe62e42fee00000
const LN2_LO_F = 1.9082149292705877e-10;

export function log1p(x: number): number {
  fbuf.setFloat64(0, x);
  const hx = fbuf.getUint32(0);
  let k = 1;
  let f = 0, c = 0;
  if (hx < 0x3fda827a || hx >= 0x80000000) {
    if (hx >= 0xbff00000) return x === -1 ? -Infinity : NaN;
    if ((hx & 0x7fffffff) < 0x3ca00000) return x;
    if (hx <= 0xbfd2bec4) {
      k = 0;
      f = x;
    }
  } else if (hx >= 0x7ff00000) return x;
  if (k) {
    const u = 1 + x;
    fbuf.setFloat64(0, u);
    let hu = fbuf.getUint32(0);
    hu += 0x3ff00000 - 0x3fe6a09e;
    k = (hu >>> 20) - 0x3ff;
    if (k < 54) {
      c = k >= 2 ? 1 - (u - x) : x - (u - 1);
      c /= u;
    } else c = 0;
    hu = (hu & 0x000fffff) + 0x3fe6a09e;
    fbuf.setUint32(0, hu);
    f = fbuf.getFloat64(0) - 1;
  }
  const hfsq = 0.5 * f * f;
  const s = f / (2 + f);
  const r = logPolynomial(s);
  return s * (hfsq + r) + (k * LN2_LO_F + c) - hfsq + f + k * LN2_HI_F;
}

/** atanh(x) = log1p(2x/(1 - x))/2, as 0.5*log1p(2x + 2x*x/(1 - x)) below 1/2. */
export function atanh(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a > 1) return NaN;
  if (a === 1) return x > 0 ? Infinity : -Infinity;
  if (a < 2 ** -28) return x;
  let t: number;
  if (a < 0.5) {
    t = a + a;
    t = 0.5 * log1p(t + (t * a) / (1 - a));
  } else t = 0.5 * log1p((a + a) / (1 - a));
  return x < 0 ? -t : t;
}
