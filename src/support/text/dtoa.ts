// Correctly rounded decimal digits of a double, as CPython's _Py_dg_dtoa (Python/dtoa.c) gives them
// to PyOS_double_to_string: shortest round-trip (mode 0), n significant digits (mode 2) and n digits
// after the point (mode 3), ties to even. The exact answer comes from big-integer arithmetic on
// x = mant * 2**exp; V8's toFixed/toExponential (exact, but ties away from zero) are the fast path,
// used only when the scaled value cannot lie exactly half-way between two results.

/** |x| = 0.DIGITS * 10**decpt. DIGITS has no trailing zeros; "" means the value rounded to zero. */
export interface Digits {
  digits: string;
  decpt: number;
}

const view = new DataView(new ArrayBuffer(8));

/** |x| = mant * 2**exp exactly (finite x, mant < 2**53). */
export function decompose(x: number): { mant: bigint; exp: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fracHi = hi & 0xfffff;
  if (biased === 0) return { mant: (BigInt(fracHi) << 32n) | BigInt(lo), exp: -1074 };
  return { mant: (BigInt(fracHi | 0x100000) << 32n) | BigInt(lo), exp: biased - 1075 };
}

/** The e with |x| = odd * 2**e (x finite, non-zero), computed without BigInt. */
function oddExponent(x: number): number {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const base = biased === 0 ? -1074 : biased - 1075;
  if (lo !== 0) return base + (31 - Math.clz32(lo & -lo));
  const h = biased === 0 ? hi & 0xfffff : (hi & 0xfffff) | 0x100000;
  return base + 32 + (31 - Math.clz32(h & -h));
}

const pow10Cache: bigint[] = [1n];
export function pow10n(k: number): bigint {
  for (let i = pow10Cache.length; i <= k; i++) pow10Cache.push(pow10Cache[i - 1] * 10n);
  return pow10Cache[k];
}

/** round-half-even(|x| * 10**s) for finite x and any integer s, exactly. */
export function scaledRound(x: number, s: number): bigint {
  const { mant, exp } = decompose(x);
  let num = mant;
  let den = 1n;
  if (s >= 0) num *= pow10n(s);
  else den = pow10n(-s);
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  const q = num / den;
  const twice = (num - q * den) * 2n;
  return twice > den || (twice === den && (q & 1n) === 1n) ? q + 1n : q;
}

/** Digits of a BigInt N meaning N * 10**-s, in the Digits convention. */
function fromScaled(n: bigint, s: number): Digits {
  if (n === 0n) return { digits: "", decpt: 0 - s };
  const str = n.toString();
  return { digits: stripZeros(str), decpt: str.length - s };
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Mode 0: the shortest digits that read back as x (finite). Zero gives "0", decpt 1. */
export function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const t = Math.abs(x).toExponential();
  const e = t.indexOf("e");
  const mant = t.charCodeAt(1) === 46 ? t[0] + t.slice(2, e) : t.slice(0, e);
  return { digits: mant, decpt: Number(t.slice(e + 1)) + 1 };
}

/**
 * A double's exact decimal expansion has at most 1074 digits after the point and 767 significant
 * digits, so more precision only appends zeros, which Digits leaves out anyway.
 */
const EXACT_FRACTION_DIGITS = 1075;
const EXACT_SIGNIFICANT_DIGITS = 770;

/**
 * |x| with ndigits digits after the point as '%.*f' writes it, when Number#toFixed gives that: it
 * rounds correctly but takes the larger of two equally near, so not for a tie (|x| * 10**ndigits an
 * odd multiple of 1/2, exactly when oddExponent == -ndigits-1), which Python rounds to even; null then
 * and where toFixed turns to exponents (from 1e21) or refuses (over 100 digits).
 */
export function fixedText(a: number, ndigits: number): string | null {
  return ndigits <= 100 && a < 1e21 && (a === 0 || oddExponent(a) !== -ndigits - 1) ? a.toFixed(ndigits) : null;
}

/** Mode 3: |x| rounded to `ndigits` digits after the decimal point (ndigits >= 0). */
export function fixedDigits(x: number, ndigits: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  if (ndigits > EXACT_FRACTION_DIGITS) ndigits = EXACT_FRACTION_DIGITS;
  const a = Math.abs(x);
  const t = fixedText(a, ndigits);
  if (t !== null) {
    const dot = t.indexOf(".");
    const intPart = dot < 0 ? t : t.slice(0, dot);
    const frac = dot < 0 ? "" : t.slice(dot + 1);
    if (intPart !== "0") return { digits: stripZeros(intPart + frac), decpt: intPart.length };
    let i = 0;
    while (i < frac.length && frac.charCodeAt(i) === 48) i++;
    if (i === frac.length) return { digits: "", decpt: 0 - ndigits };
    return { digits: stripZeros(frac.slice(i)), decpt: 0 - i };
  }
  return fromScaled(scaledRound(a, ndigits), ndigits);
}

/** Mode 2: |x| rounded to n >= 1 significant digits. Zero gives "0", decpt 1. */
export function precisionDigits(x: number, n: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  if (n > EXACT_SIGNIFICANT_DIGITS) n = EXACT_SIGNIFICANT_DIGITS;
  const a = Math.abs(x);
  if (n <= 101) {
    const t = a.toExponential(n - 1);
    const e = t.indexOf("e");
    const k = Number(t.slice(e + 1));
    // s = n-1-k is the decimal scale; k may be one too high when rounding carried into a new digit.
    const oe = oddExponent(a);
    if (oe + (n - 1 - k) !== -1 && oe + (n - k) !== -1) {
      const mant = t.charCodeAt(1) === 46 ? t[0] + t.slice(2, e) : t.slice(0, e);
      return { digits: stripZeros(mant), decpt: k + 1 };
    }
  }
  return precisionDigitsExact(a, n);
}

/** Mode 2 with big integers only (also the reference for the fast path). */
export function precisionDigitsExact(a: number, n: number): Digits {
  let k = Math.floor(Math.log10(a));
  const lo = pow10n(n - 1);
  const hi = lo * 10n;
  for (;;) {
    // Truncated scaled value tells whether k is right: 10**(n-1) <= a*10**(n-1-k) < 10**n.
    const s = n - 1 - k;
    const { mant, exp } = decompose(a);
    let num = mant;
    let den = 1n;
    if (s >= 0) num *= pow10n(s);
    else den = pow10n(-s);
    if (exp >= 0) num <<= BigInt(exp);
    else den <<= BigInt(-exp);
    let q = num / den;
    if (q >= hi) { k++; continue; }
    if (q < lo) { k--; continue; }
    const twice = (num - q * den) * 2n;
    if (twice > den || (twice === den && (q & 1n) === 1n)) q++;
    if (q === hi) return { digits: "1", decpt: k + 2 };
    return { digits: stripZeros(q.toString()), decpt: k + 1 };
  }
}

/** Mode 3 with big integers only (the reference for the fast path). */
export function fixedDigitsExact(x: number, ndigits: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  return fromScaled(scaledRound(Math.abs(x), ndigits), ndigits);
}
