// Float arithmetic whose edge cases CPython defines itself (Objects/floatobject.c): floor division,
// modulo and divmod with the sign of the divisor and signed zeros (_float_div_mod), math.fmod,
// round() through an exact decimal (double_round), float.as_integer_ratio, int(float),
// float.fromhex's full grammar (float_fromhex), and int.__round__ (_PyLong_DivmodNear).
import { PyError } from "../py-error.ts";
import { decompose, pow10n, scaledRound } from "./dtoa.ts";
import type { IntValue } from "./int-format.ts";
import { normInt } from "./number-parse.ts";

/** float / float. */
export function floatDiv(x: number, y: number): number {
  if (y === 0) throw new PyError("ZeroDivisionError", "float division by zero");
  return x / y;
}

/** _float_div_mod for y != 0: [floor quotient, remainder with the sign of y]. */
function divMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx; // C fmod: exact
  let div = (vx - mod) / wx;
  // C's `if (mod)` is true for NaN, JS's is not: compare with zero.
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** divmod(float, float). */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw new PyError("ZeroDivisionError", "float divmod()");
  return divMod(x, y);
}

/** float // float. */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw new PyError("ZeroDivisionError", "float floor division by zero");
  return divMod(x, y)[0];
}

/** float % float. */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw new PyError("ZeroDivisionError", "float modulo");
  let mod = x % y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else mod = y < 0 || Object.is(y, -0) ? -0 : 0;
  return mod;
}

/** math.fmod(x, y). */
export function fmod(x: number, y: number): number {
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return x;
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw new PyError("ValueError", "math domain error");
  return r;
}

/** int(float) / float.__trunc__. */
export function floatToInt(x: number): IntValue {
  if (Number.isNaN(x)) throw new PyError("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new PyError("OverflowError", "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return BigInt(t);
}

/** float.is_integer(). */
export const floatIsInteger = (x: number): boolean => Number.isFinite(x) && Math.trunc(x) === x;

/** float.as_integer_ratio(). */
export function floatAsIntegerRatio(x: number): [IntValue, IntValue] {
  if (Number.isNaN(x)) throw new PyError("ValueError", "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw new PyError("OverflowError", "cannot convert Infinity to integer ratio");
  if (x === 0) return [0, 1];
  let { mant, exp } = decompose(x);
  if (x < 0) mant = -mant;
  if (exp >= 0) return [normInt(mant << BigInt(exp)), 1];
  let shift = -exp;
  while (shift > 0 && (mant & 1n) === 0n) {
    mant >>= 1n;
    shift--;
  }
  return [normInt(mant), normInt(1n << BigInt(shift))];
}

/** round(float) with no ndigits: half-even to an int. */
export function floatRoundToInt(x: number): IntValue {
  let r = roundHalfAway(x);
  if (Math.abs(x - r) === 0.5) r = 2.0 * roundHalfAway(x / 2.0);
  return floatToInt(r);
}

/** C round(): half away from zero (x - trunc(x) is exact). */
function roundHalfAway(x: number): number {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}

const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * round(float, ndigits) (float___round___impl + double_round): the decimal rounding (half-even) of x
 * to ndigits places, read back as the nearest double. `ndigits` saturates like PyNumber_AsSsize_t.
 */
export function floatRound(x: number, ndigits: IntValue): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0.0 * x;
  const n = Number(ndigits);
  const q = scaledRound(x, n);
  const neg = x < 0 || Object.is(x, -0);
  const rounded = Number(`${neg ? "-" : ""}${q}e${-n}`);
  if (!Number.isFinite(rounded)) throw new PyError("OverflowError", "rounded value too large to represent");
  return rounded;
}

/** round(int, ndigits) (long_round): unchanged for ndigits >= 0, else half-even to a multiple of 10**-ndigits. */
export function intRound(v: IntValue, ndigits: IntValue): IntValue {
  if (ndigits >= 0) return v;
  const b = BigInt(v);
  const nd = -BigInt(ndigits);
  // 10**nd exceeds any int we can hold well before nd reaches 2**31; the result is then 0.
  if (nd > 100000n && nd > BigInt(b.toString().length + 1)) return 0;
  const m = pow10n(Number(nd));
  // _PyLong_DivmodNear: q, r = divmod(b, m) (floor), rounded half-even.
  let q = b / m;
  let r = b - q * m;
  if (r < 0n) { q -= 1n; r += m; }
  const twice = 2n * r;
  if (twice > m || (twice === m && (q & 1n) === 1n)) r -= m;
  return normInt(b - r);
}

const hexDigit = (c: number): number => {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1;
};
const isCSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** m * 2**e rounded half-even to a double (m > 0); Infinity past the largest double. */
export function scaleToDouble(m: bigint, e: number): number {
  const bits = m.toString(2).length;
  const top = bits + e; // 2**(top-1) <= value < 2**top
  const low = Math.max(top - 53, -1074); // weight of the last bit a double keeps
  let q = m;
  let scale = e;
  if (e < low) {
    const shift = BigInt(low - e);
    q = m >> shift;
    const rem = m - (q << shift);
    const half = 1n << (shift - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    scale = low;
  }
  return ldexp(Number(q), scale);
}

/** x * 2**e, exact whenever the result is representable (x an integer below 2**54). */
function ldexp(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; if (!Number.isFinite(x)) return x; }
  if (e < -1022) { x *= 2 ** -1022; e += 1022; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}

/** float.fromhex(s). */
export function floatFromHex(s: string): number {
  const parseError = () => new PyError("ValueError", "invalid hexadecimal floating-point string");
  const n = s.length;
  let i = 0;
  while (i < n && isCSpace(s.charCodeAt(i))) i++;
  let x: number | null = null;
  let negate = false;
  // inf/nan, with their own sign
  {
    let j = i;
    let neg = false;
    if (s[j] === "-" || s[j] === "+") { neg = s[j] === "-"; j++; }
    const w = s.slice(j, j + 8).toLowerCase();
    if (w.startsWith("inf")) { x = neg ? -Infinity : Infinity; i = j + (w === "infinity" ? 8 : 3); }
    else if (w.startsWith("nan")) { x = neg ? -Number("NaN") : NaN; i = j + 3; } // (the sign bit kept; computed, so never folded)
  }
  if (x === null) {
    if (s[i] === "-") { negate = true; i++; } else if (s[i] === "+") i++;
    if (s[i] === "0" && (s[i + 1] === "x" || s[i + 1] === "X")) i += 2;
    const intStart = i;
    while (i < n && hexDigit(s.charCodeAt(i)) >= 0) i++;
    let digits = s.slice(intStart, i);
    let fdigits = 0;
    if (s[i] === ".") {
      const f = ++i;
      while (i < n && hexDigit(s.charCodeAt(i)) >= 0) i++;
      fdigits = i - f;
      digits += s.slice(f, i);
    }
    if (digits.length === 0) throw parseError();
    if (digits.length > 0x1fffffffffffffff / 4) throw new PyError("ValueError", "hexadecimal string too long to convert");
    let exp = 0n;
    if (s[i] === "p" || s[i] === "P") {
      i++;
      const e0 = i;
      if (s[i] === "-" || s[i] === "+") i++;
      if (!(s[i] >= "0" && s[i] <= "9")) throw parseError();
      while (s[i] >= "0" && s[i] <= "9") i++;
      exp = BigInt(s.slice(e0, i));
      // strtol saturates at the 64-bit long range
      const LONG_MAX = 2n ** 63n - 1n;
      if (exp > LONG_MAX) exp = LONG_MAX;
      if (exp < -LONG_MAX - 1n) exp = -LONG_MAX - 1n;
    }
    const m = BigInt("0x" + digits);
    if (m === 0n || exp < -(2n ** 62n)) x = 0;
    else {
      if (exp > 2n ** 62n - 1n) throw new PyError("OverflowError", "hexadecimal value too large to represent as a float");
      const e = exp - 4n * BigInt(fdigits);
      const top = e + BigInt(m.toString(2).length);
      if (top < -1074n - 1n) x = 0;
      else if (top > 1024n) throw new PyError("OverflowError", "hexadecimal value too large to represent as a float");
      else {
        x = scaleToDouble(m, Number(e));
        if (!Number.isFinite(x)) throw new PyError("OverflowError", "hexadecimal value too large to represent as a float");
      }
    }
  }
  while (i < n && isCSpace(s.charCodeAt(i))) i++;
  if (i !== n) throw parseError();
  return negate ? -x : x;
}
