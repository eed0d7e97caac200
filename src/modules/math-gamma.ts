// The gamma functions of the math module (Modules/mathmodule.c, 3.10): m_tgamma and m_lgamma,
// CPython's own Lanczos approximation (N=13, g=6.0246...) with the reflection formula through an
// exact sin(pi*x), followed step by step so the results are CPython's bits given the same exp,
// log and pow (libm.ts and the support library's correctly rounded pow). Errors are reported as
// C's errno would be, through `err`, for math_1a to turn into exceptions.
import { fmod } from "../support/text/index.ts";
import * as libm from "../support/libm.ts";

export type Errno = "EDOM" | "ERANGE" | null;
export const err: { errno: Errno } = { errno: null };

const neg = (x: number) => x < 0 || Object.is(x, -0);
const copysign = (x: number, y: number) => (neg(x) === neg(y) ? x : -x);

/** sin(pi*x), exact at integers and half-integers (m_sinpi). */
export function sinpi(x: number): number {
  const y = fmod(Math.abs(x), 2.0);
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = libm.sin(Math.PI * y); break;
    case 1: r = libm.cos(Math.PI * (y - 0.5)); break;
    case 2: r = libm.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -libm.cos(Math.PI * (y - 1.5)); break;
    default: r = libm.sin(Math.PI * (y - 2.0));
  }
  return copysign(1.0, x) * r;
}

// Lanczos approximation (N=13, g=6.024680040776729583740234375), as mathmodule.c computes it.
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL: number[] = [1];
for (let i = 1; i < 23; i++) GAMMA_INTEGRAL.push(GAMMA_INTEGRAL[i - 1] * i);
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

export function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    err.errno = "EDOM";
    return NaN;
  }
  if (x === 0) {
    err.errno = "EDOM";
    return copysign(Infinity, x);
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      err.errno = "EDOM";
      return NaN;
    }
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) err.errno = "ERANGE";
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    err.errno = "ERANGE";
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z = absx > LANCZOS_G_MINUS_HALF ? y - absx - LANCZOS_G_MINUS_HALF : y - LANCZOS_G_MINUS_HALF - absx;
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = (((-Math.PI / sinpi(absx)) / absx) * libm.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140.0) r *= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (r === Infinity || r === -Infinity) err.errno = "ERANGE";
  return r;
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      err.errno = "EDOM";
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  if (!Number.isFinite(r)) err.errno = "ERANGE";
  return r;
}

