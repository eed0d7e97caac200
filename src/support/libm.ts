// The C library functions behind math and cmath where JS's Math differs from the oracle's libm
// (musl): exp and log are correctly rounded there (as in glibc), so these compute them in
// double-double (src/support/text/float-pow.ts) and round once; sinh, cosh, tanh, asinh and
// acosh are built from exp/log/expm1/log1p the way musl builds them (the formulas are the
// documented identities; the thresholds decide which identity is used), so their last bits
// follow. erf/erfc are computed in double-double too: musl's are within an ulp and nearly
// always the correctly rounded value.
import { logDD, expDD, twoProd, twoSum, quickTwoSum, ddMul, ddAdd, ddDiv, LN2_HI, LN2_LO, pow as crPow } from "./text/index.ts";

const LN2: [number, number] = [LN2_HI, LN2_LO];

/** exp(h + l) as a double-double for |h| < 709 (the caller scales beyond). */
function expFull(h: number, l: number): [number, number, number] {
  const k = Math.round(h / LN2_HI);
  const [ph, pl] = twoProd(k, LN2_HI);
  let [rh, rl] = twoSum(h, -ph);
  rl += l - pl - k * LN2_LO;
  [rh, rl] = quickTwoSum(rh, rl);
  const [eh, el] = expDD(rh, rl);
  return [eh, el, k];
}

/**
 * (h + l) * 2**k: one rounding in the normal range; a subnormal result (exp below about -708)
 * is rounded twice, which can differ from the correctly rounded value in its last bit.
 */
function scaled(h: number, l: number, k: number): number {
  const [s] = quickTwoSum(h, l);
  if (k > 1000) return s * 2 ** 1000 * 2 ** (k - 1000);
  if (k < -1000) {
    return (h * 2 ** (k + 1000) + l * 2 ** (k + 1000)) * 2 ** -1000;
  }
  return s * 2 ** k;
}

// Fast paths (Ziv's strategy): an evaluation good to about 2**-100 in the leading terms and
// 2**-50 relative in the small tail; when the error bound cannot move the rounding, its result
// is the correctly rounded one, else the slower all-double-double evaluation decides.
const ONE_OVER_LN2 = 1.4426950408889634;
const EXP_TAIL = [1 / 2, 1 / 6, 1 / 24, 1 / 120, 1 / 720, 1 / 5040, 1 / 40320, 1 / 362880, 1 / 3628800, 1 / 39916800, 1 / 479001600, 1 / 6227020800, 1 / 87178291200, 1 / 1307674368000];

export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x === 0) return 1;
  if (Math.abs(x) < 2 ** -54) return 1 + x;
  const k = Math.round(x * ONE_OVER_LN2);
  if (k > -1020 && k < 1020) {
    // r = x - k*ln2 = rh + rl: k*LN2_HI exactly (twoProd), x minus that exactly (Sterbenz)
    const [ph, pl] = twoProd(k, LN2_HI);
    const rh = x - ph;
    const rl = -pl - k * LN2_LO;
    // exp(r) = 1 + r + r*r/2 + r**3 * tail(r): the first three terms in double-double
    const [qh, ql] = twoProd(rh, rh);
    const r = rh + rl;
    let t = EXP_TAIL[13];
    for (let i = 12; i >= 1; i--) t = t * r + EXP_TAIL[i];
    t *= r * r * r;
    const [sh, sl] = twoSum(1, rh);
    const [uh, ul] = twoSum(sh, qh / 2);
    const lo = ul + sl + rl + ql / 2 + rh * rl + t;
    const err = Math.abs(t) * 2 ** -50 + 2 ** -100;
    const a = uh + (lo + err);
    if (a === uh + (lo - err)) return a * 2 ** k;
  }
  return expAccurate(x);
}

/** exp(x) entirely in double-double (the fast path's fallback; exported for its tests). */
export function expAccurate(x: number): number {
  const [eh, el, k] = expFull(x, 0);
  return scaled(eh, el, k);
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

let INV_LN10: [number, number] | null = null;
export function log10(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (INV_LN10 === null) {
    const [h, l] = logDD(10);
    INV_LN10 = ddDiv(1, 0, h, l);
  }
  const [h, l] = logDD(x);
  return ddMul(h, l, INV_LN10[0], INV_LN10[1])[0];
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
 * positive bases, JS's ** otherwise and where the support library's fails (x near DBL_MAX).
 */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1 || (x === -1 && Math.abs(y) === Infinity)) return 1;
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
  else if (a >= 2 ** -26) y = Math.log1p(a + (a * a) / (Math.sqrt(a * a + 1) + 1));
  else y = a;
  return x < 0 ? -y : y;
}

export function acosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return NaN;
  if (x < 2) return Math.log1p(x - 1 + Math.sqrt((x - 1) * (x - 1) + 2 * (x - 1)));
  if (x < 2 ** 26) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  return log(x) + Math.LN2;
}

// ---- erf / erfc in double-double ---------------------------------------------------------------

// 1/sqrt(pi) and 2/sqrt(pi) as double-doubles, from pi's (one Newton step for the square root).
const PI: [number, number] = [3.141592653589793, 1.2246467991473532e-16];
const [SQRTPI_INV, TWO_OVER_SQRTPI] = ((): [[number, number], [number, number]] => {
  const s = Math.sqrt(PI[0]);
  const [ph, pl] = twoProd(s, s);
  const lo = (PI[0] - ph - pl + PI[1]) / (2 * s);
  const inv = ddDiv(1, 0, s, lo);
  return [inv, [2 * inv[0], 2 * inv[1]]];
})();

/** erf(x) for |x| < 2 by the alternating Taylor series, as a double-double. */
function erfSmall(x: number): [number, number] {
  const [x2h, x2l] = twoProd(x, x);
  let [th, tl] = [x, 0]; // x**(2n+1)/n!, signed
  let [sh, sl] = [x, 0];
  for (let n = 1; n < 120; n++) {
    [th, tl] = ddMul(th, tl, -x2h, -x2l);
    [th, tl] = ddDiv(th, tl, n, 0);
    const [qh, ql] = ddDiv(th, tl, 2 * n + 1, 0);
    [sh, sl] = ddAdd(sh, sl, qh, ql);
    if (Math.abs(qh) < Math.abs(sh) * 2 ** -110) break;
  }
  return ddMul(sh, sl, TWO_OVER_SQRTPI[0], TWO_OVER_SQRTPI[1]);
}

/** erfc(x) for x >= 2 by its continued fraction (modified Lentz), as a double-double. */
function erfcLarge(x: number): [number, number] {
  // erfc(x) = exp(-x*x)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
  // evaluated backwards from a depth that converges for x >= 2.
  const depth = Math.ceil(20 + 1200 / (x * x));
  let [fh, fl] = [x, 0];
  for (let k = depth; k >= 1; k--) {
    const [qh, ql] = ddDiv(k / 2, 0, fh, fl);
    [fh, fl] = ddAdd(x, 0, qh, ql);
  }
  const [x2h, x2l] = twoProd(x, x);
  const [eh, el, k] = expFull(-x2h, -x2l);
  const [rh, rl] = ddDiv(eh, el, fh, fl);
  const [ph, pl] = ddMul(rh, rl, SQRTPI_INV[0], SQRTPI_INV[1]);
  return [ph * 2 ** k, pl * 2 ** k];
}

export function erf(x: number): number {
  if (Number.isNaN(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a >= 6) return x > 0 ? 1 : -1;
  if (a < 2) return erfSmall(x)[0];
  const [ch, cl] = erfcLarge(a);
  const [h] = ddAdd(1, 0, -ch, -cl);
  return x > 0 ? h : -h;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x >= 27.3) return 0;
  if (x <= -6) return 2;
  if (x >= 2) {
    const [h, l] = erfcLarge(x);
    if (h < 2.2250738585072014e-308) return h + l;
    return quickTwoSum(h, l)[0];
  }
  if (x > -2) {
    const [eh, el] = erfSmall(x);
    return ddAdd(1, 0, -eh, -el)[0];
  }
  const [h, l] = erfcLarge(-x);
  return ddAdd(2, 0, -h, -l)[0];
}
