// Round constants and initial values of the SHA-2 family (and BLAKE2, which borrows SHA-2's initial
// values) computed from their definition, the fractional bits of square and cube roots of the first
// primes (FIPS 180-4 §4.2, §5.3), rather than typed in.

export function primes(n: number): number[] {
  const out: number[] = [];
  for (let c = 2; out.length < n; c++) if (out.every((p) => c % p !== 0)) out.push(c);
  return out;
}

/** floor(x ** (1/k)) for a bigint x >= 0 (Newton's method). */
function iroot(x: bigint, k: bigint): bigint {
  if (x < 2n) return x;
  let r = 1n << (BigInt(x.toString(2).length) / k + 1n);
  for (;;) {
    const next = ((k - 1n) * r + x / r ** (k - 1n)) / k;
    if (next >= r) return r;
    r = next;
  }
}

/** The first 64 fractional bits of p ** (1/k), as [hi, lo] 32-bit halves. */
export function fracBits(p: number, k: bigint): [number, number] {
  const v = iroot(BigInt(p) << (64n * k), k) & 0xffffffffffffffffn;
  return [Number(v >> 32n) | 0, Number(v & 0xffffffffn) | 0];
}

/** SHA-512's initial hash value (square roots of the first 8 primes) as [hi, lo] pairs. */
export const sha512IV = (): [number, number][] => primes(8).map((p) => fracBits(p, 2n));
