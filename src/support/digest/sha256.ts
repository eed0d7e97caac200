// SHA-256 and SHA-224 (FIPS 180-4 §6.2, §6.3). Constants come from constants.ts: K is the first
// 32 fractional bits of the cube roots of the first 64 primes; SHA-256 starts from the square roots
// of the first 8 primes, SHA-224 from the low halves of SHA-384's (primes 9 to 16).
import { BlockDigest, wordsToBytes } from "./block.ts";
import { primes, fracBits } from "./constants.ts";

let K: Int32Array | null = null;
let IV256: Int32Array | null = null;
let IV224: Int32Array | null = null;

function constants(): void {
  const ps = primes(64);
  K = Int32Array.from(ps, (p) => fracBits(p, 3n)[0]);
  IV256 = Int32Array.from(ps.slice(0, 8), (p) => fracBits(p, 2n)[0]);
  IV224 = Int32Array.from(ps.slice(8, 16), (p) => fracBits(p, 2n)[1]);
}

export class Sha256 extends BlockDigest {
  private readonly h: Int32Array;
  private readonly w = new Int32Array(64);

  constructor(digestSize: 32 | 28 = 32) {
    super(64, digestSize);
    if (K === null) constants();
    this.h = (digestSize === 32 ? IV256! : IV224!).slice();
  }
  protected blank(): Sha256 {
    return new Sha256(this.digestSize as 32 | 28);
  }
  protected copyState(into: Sha256): void {
    into.h.set(this.h);
  }
  digest(): Uint8Array {
    const c = this.copy();
    c.pad(8, true);
    return wordsToBytes(c.h, this.digestSize, true);
  }

  protected compress(b: Uint8Array, off: number): void {
    const w = this.w;
    const k = K!;
    for (let i = 0; i < 16; i++, off += 4) w[i] = (b[off] << 24) | (b[off + 1] << 16) | (b[off + 2] << 8) | b[off + 3];
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15], y = w[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (s1 + w[i - 7] + s0 + w[i - 16]) | 0;
    }
    const h = this.h;
    let a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + k[i] + w[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0;
      d = c; c = bb; bb = a; a = (t1 + t2) | 0;
    }
    h[0] += a; h[1] += bb; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
}
