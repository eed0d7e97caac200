// CPython's complex arithmetic (Objects/complexobject.c: _Py_c_quot, complex_pow with c_powi and
// _Py_c_pow, _Py_c_abs) on (real, imag) pairs, shared by the compiler's constant folding and the
// runtime's complex type so that both give the oracle's last bits: hypot, pow, exp and log as its
// C library computes them (libm.ts), not V8's Math functions, which differ by an ulp or more.
import { cos, exp, hypot, log, pow, sin } from "./libm.ts";

export type Complex = [re: number, im: number];

/** _Py_c_prod */
export function cProd(ar: number, ai: number, br: number, bi: number): Complex {
  return [ar * br - ai * bi, ar * bi + ai * br];
}

/** _Py_c_quot (Smith's method); null when the divisor is zero (EDOM). */
export function cQuot(ar: number, ai: number, br: number, bi: number): Complex | null {
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  // a NaN in the divisor
  return [NaN, NaN];
}

/**
 * complex_pow's value: an integral exponent up to 100 by repeated squaring (c_powi), any other
 * through the polar form (_Py_c_pow). null for EDOM (zero to a negative or complex power); an
 * infinite part means ERANGE (the caller's OverflowError), a NaN part is no error.
 */
export function cPow(ar: number, ai: number, br: number, bi: number): Complex | null {
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    // c_powi: c_powu, or 1 / c_powu for a negative exponent
    const n = Math.abs(br);
    let r: Complex = [1, 0];
    let p: Complex = [ar, ai];
    for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
      if (n & mask) r = cProd(r[0], r[1], p[0], p[1]);
      p = cProd(p[0], p[1], p[0], p[1]);
    }
    return br > 0 ? r : cQuot(1, 0, r[0], r[1]);
  }
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) return bi !== 0 || br < 0 ? null : [0, 0];
  const vabs = hypot(ar, ai);
  let len = pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= exp(at * bi);
    phase += bi * log(vabs);
  }
  return [len * cos(phase), len * sin(phase)];
}

/** _Py_c_abs: an infinite part gives infinity even beside a NaN; an infinite result means ERANGE. */
export function cAbs(re: number, im: number): number {
  if (Math.abs(re) === Infinity || Math.abs(im) === Infinity) return Infinity;
  if (Number.isNaN(re) || Number.isNaN(im)) return NaN;
  return hypot(re, im);
}
