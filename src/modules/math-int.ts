// The integer functions of the math module (Modules/mathmodule.c, 3.10): factorial, gcd, lcm,
// isqrt, comb, perm and prod, exact on arbitrary ints. Arguments go through PyNumber_Index as in
// CPython (3.10.2 rejects floats in factorial: the deprecation
// period of 3.9 is over). Large products use a balanced product tree so that factorial(10**5) stays fast.
import {
  type PyObj, None, iter, next, binaryOp, BIN, asIndex, newExc, valueError, OverflowError, bindArgs,
} from "../objects/index.ts";
import { normInt } from "../support/text/index.ts";
import { posFn, type Fn } from "./util.ts";

const LLONG_MAX = 2n ** 63n - 1n;
const big = (x: PyObj): bigint => BigInt(asIndex(x));

/** The product lo * (lo+1) * ... * hi as a balanced tree of multiplications. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 16n) {
    let r = lo;
    for (let i = lo + 1n; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

function factorial(x: PyObj): PyObj {
  const n = big(x);
  if (n > LLONG_MAX) throw newExc(OverflowError, `factorial() argument should not exceed ${LLONG_MAX}`);
  if (n < 0n) throw valueError("factorial() not defined for negative values");
  return normInt(rangeProduct(1n, n));
}

function gcd2(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function gcdSmall(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function gcd(args: PyObj[]): PyObj {
  if (args.length === 0) return 0;
  const vs = args.map((a) => asIndex(a));
  let r: number | bigint = typeof vs[0] === "number" ? Math.abs(vs[0]) : vs[0] < 0n ? -vs[0] : vs[0];
  for (let i = 1; i < vs.length; i++) {
    const v = vs[i];
    r = typeof r === "number" && typeof v === "number" ? gcdSmall(r, v) : normInt(gcd2(BigInt(r), BigInt(v)));
  }
  return r;
}

function lcm(args: PyObj[]): PyObj {
  if (args.length === 0) return 1;
  const vs = args.map(big);
  let r = vs[0] < 0n ? -vs[0] : vs[0];
  for (let i = 1; i < vs.length; i++) {
    const v = vs[i] < 0n ? -vs[i] : vs[i];
    if (r === 0n || v === 0n) r = 0n;
    else r = (r / gcd2(r, v)) * v;
  }
  return normInt(r);
}

/** Floor of the square root of n >= 0 (Newton's iteration from above). */
export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  const est = Math.sqrt(Number(n));
  if (n < 2n ** 52n) return BigInt(Math.floor(est));
  let x = Number.isFinite(est) ? BigInt(Math.floor(est)) : 1n << BigInt((n.toString(2).length + 1) >> 1);
  x = (x + n / x) >> 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function isqrt(a: PyObj): PyObj {
  const n = big(a);
  if (n < 0n) throw valueError("isqrt() argument must be nonnegative");
  return normInt(isqrtBig(n));
}

function comb([a, b]: PyObj[]): PyObj {
  const n = big(a);
  let k = big(b);
  if (n < 0n) throw valueError("n must be a non-negative integer");
  if (k < 0n) throw valueError("k must be a non-negative integer");
  if (n - k < 0n) return 0;
  if (n - k < k) k = n - k;
  if (k > LLONG_MAX) throw newExc(OverflowError, `min(n - k, k) must not exceed ${LLONG_MAX}`);
  if (k === 0n) return 1;
  // rangeProduct(n-k+1, n) / k! is exact; a running quotient keeps intermediate values small.
  if (k < 64n) {
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return normInt(r);
  }
  return normInt(rangeProduct(n - k + 1n, n) / rangeProduct(1n, k));
}

function perm(args: PyObj[]): PyObj {
  if (args.length === 1 || args[1] === None) return factorial(asIndex(args[0]));
  const n = big(args[0]);
  const k = big(args[1]);
  if (n < 0n) throw valueError("n must be a non-negative integer");
  if (k < 0n) throw valueError("k must be a non-negative integer");
  if (k > n) return 0;
  if (k > LLONG_MAX) throw newExc(OverflowError, `k must not exceed ${LLONG_MAX}`);
  return normInt(rangeProduct(n - k + 1n, n));
}

/** prod(iterable, /, *, start=1) */
function prod(args: PyObj[], kw: readonly string[] | null): PyObj {
  const [iterable, start] = bindArgs("prod", args, kw, ["iterable", "start"], 1, 1, 1);
  let acc: PyObj = start ?? 1;
  const it = iter(iterable!);
  for (let v = next(it); v !== undefined; v = next(it)) acc = binaryOp(acc, v, BIN.mul);
  return acc;
}

export function intFunctions(): [string, Fn][] {
  return [
    ["factorial", posFn("math.factorial", 1, 1, ([a]) => factorial(a))],
    ["gcd", posFn("math.gcd", 0, -1, gcd)],
    ["lcm", posFn("math.lcm", 0, -1, lcm)],
    ["isqrt", posFn("math.isqrt", 1, 1, ([a]) => isqrt(a))],
    ["comb", posFn("math.comb", 2, 2, comb)],
    ["perm", posFn("math.perm", 1, 2, perm)],
    ["prod", prod],
  ];
}
