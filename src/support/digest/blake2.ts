// BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block (key, salt, personalization, tree
// hashing fields), as CPython's _blake2 exposes them. Their initial values are SHA-512's and
// SHA-256's (constants.ts). BLAKE2b's 64-bit words are kept as [lo, hi] 32-bit halves.
import type { Digest } from "./block.ts";
import { primes, fracBits } from "./constants.ts";

// The message schedule: the permutation of message words used by each round (RFC 7693 §2.7).
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
// G's mixing columns then diagonals: the four state words each call works on.
const COLUMNS = [[0, 4, 8, 12], [1, 5, 9, 13], [2, 6, 10, 14], [3, 7, 11, 15], [0, 5, 10, 15], [1, 6, 11, 12], [2, 7, 8, 13], [3, 4, 9, 14]];

let IV_B: Uint32Array | null = null; // [lo, hi] pairs
let IV_S: Uint32Array | null = null;
function initialValues(): void {
  const ps = primes(8);
  IV_B = new Uint32Array(16);
  IV_S = new Uint32Array(8);
  ps.forEach((p, i) => {
    const [hi, lo] = fracBits(p, 2n);
    IV_B![2 * i] = lo;
    IV_B![2 * i + 1] = hi;
    IV_S![i] = hi;
  });
}

/** The parameter block's fields (RFC 7693 §2.5; tree fields as in the BLAKE2 paper). */
export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

/** Sizes of the two variants: block, max digest/key, salt/person. */
export const BLAKE2B = { name: "blake2b", blockSize: 128, maxDigest: 64, saltSize: 16, nodeOffsetBytes: 8 } as const;
export const BLAKE2S = { name: "blake2s", blockSize: 64, maxDigest: 32, saltSize: 8, nodeOffsetBytes: 6 } as const;
export type Blake2Variant = typeof BLAKE2B | typeof BLAKE2S;

export class Blake2 implements Digest {
  readonly blockSize: number;
  readonly digestSize: number;
  private readonly wide: boolean; // BLAKE2b
  private readonly h: Uint32Array;
  private readonly v: Uint32Array;
  private readonly m: Uint32Array;
  private readonly block: Uint8Array;
  private used = 0;
  private count = 0; // bytes compressed so far (below 2**53)

  constructor(readonly variant: Blake2Variant, private readonly params: Blake2Params) {
    if (IV_B === null) initialValues();
    this.wide = variant === BLAKE2B;
    this.blockSize = variant.blockSize;
    this.digestSize = params.digestSize;
    const words = this.wide ? 32 : 16; // 16 state words
    this.h = (this.wide ? IV_B! : IV_S!).slice();
    this.v = new Uint32Array(words);
    this.m = new Uint32Array(words);
    this.block = new Uint8Array(this.blockSize);
    const p = this.paramBlock();
    for (let i = 0; i < this.h.length; i++) this.h[i] ^= p[4 * i] | (p[4 * i + 1] << 8) | (p[4 * i + 2] << 16) | (p[4 * i + 3] << 24);
    if (params.key.length > 0) {
      this.block.set(params.key);
      this.used = this.blockSize;
    }
  }

  private paramBlock(): Uint8Array {
    const { variant, params: p } = this;
    const out = new Uint8Array(this.h.length * 4);
    out[0] = p.digestSize;
    out[1] = p.key.length;
    out[2] = p.fanout;
    out[3] = p.depth;
    for (let k = 0; k < 4; k++) out[4 + k] = p.leafSize >>> (8 * k);
    for (let k = 0; k < variant.nodeOffsetBytes; k++) out[8 + k] = Number((p.nodeOffset >> BigInt(8 * k)) & 0xffn);
    const at = 8 + variant.nodeOffsetBytes;
    out[at] = p.nodeDepth;
    out[at + 1] = p.innerSize;
    out.set(p.salt, out.length - 2 * variant.saltSize);
    out.set(p.person, out.length - variant.saltSize);
    return out;
  }

  update(data: Uint8Array): void {
    const bs = this.blockSize;
    for (let i = 0; i < data.length; ) {
      // The last block is compressed with the final flag, so a full buffer waits for more input.
      if (this.used === bs) {
        this.count += bs;
        this.compress(false);
        this.used = 0;
      }
      const n = Math.min(bs - this.used, data.length - i);
      this.block.set(data.subarray(i, i + n), this.used);
      this.used += n;
      i += n;
    }
  }

  copy(): Blake2 {
    const c = new Blake2(this.variant, this.params);
    c.h.set(this.h);
    c.block.set(this.block);
    c.used = this.used;
    c.count = this.count;
    return c;
  }

  digest(): Uint8Array {
    const c = this.copy();
    c.block.fill(0, c.used);
    c.count += c.used;
    c.compress(true);
    const out = new Uint8Array(this.digestSize);
    for (let i = 0; i < out.length; i++) out[i] = c.h[i >> 2] >>> (8 * (i & 3));
    return out;
  }

  private compress(last: boolean): void {
    const { h, v, m, block: b } = this;
    for (let i = 0; i < m.length; i++) m[i] = b[4 * i] | (b[4 * i + 1] << 8) | (b[4 * i + 2] << 16) | (b[4 * i + 3] << 24);
    const iv = this.wide ? IV_B! : IV_S!;
    const half = h.length;
    v.set(h);
    v.set(iv, half);
    const lastNode = this.params.lastNode;
    const lo = this.count >>> 0, hi = Math.floor(this.count / 2 ** 32);
    if (this.wide) {
      v[24] ^= lo; v[25] ^= hi; // v12 ^= t0
      if (last) { v[28] = ~v[28]; v[29] = ~v[29]; if (lastNode) { v[30] = ~v[30]; v[31] = ~v[31]; } }
      for (let r = 0; r < 12; r++) this.round64(SIGMA[r % 10]);
    } else {
      v[12] ^= lo; v[13] ^= hi;
      if (last) { v[14] = ~v[14]; if (lastNode) v[15] = ~v[15]; }
      for (let r = 0; r < 10; r++) this.round32(SIGMA[r]);
    }
    for (let i = 0; i < half; i++) h[i] ^= v[i] ^ v[i + half];
  }

  private round32(s: number[]): void {
    const v = this.v, m = this.m;
    for (let g = 0; g < 8; g++) {
      const [a, b, c, d] = COLUMNS[g];
      const x = m[s[2 * g]], y = m[s[2 * g + 1]];
      let t: number;
      v[a] = v[a] + v[b] + x; t = v[d] ^ v[a]; v[d] = (t >>> 16) | (t << 16);
      v[c] = v[c] + v[d]; t = v[b] ^ v[c]; v[b] = (t >>> 12) | (t << 20);
      v[a] = v[a] + v[b] + y; t = v[d] ^ v[a]; v[d] = (t >>> 8) | (t << 24);
      v[c] = v[c] + v[d]; t = v[b] ^ v[c]; v[b] = (t >>> 7) | (t << 25);
    }
  }

  private round64(s: number[]): void {
    const v = this.v, m = this.m;
    for (let g = 0; g < 8; g++) {
      const [a, b, c, d] = COLUMNS[g];
      const x = 2 * s[2 * g], y = 2 * s[2 * g + 1];
      add64(v, a, v, b); add64(v, a, m, x / 2); xorRotr64(v, d, a, 32);
      add64(v, c, v, d); xorRotr64(v, b, c, 24);
      add64(v, a, v, b); add64(v, a, m, y / 2); xorRotr64(v, d, a, 16);
      add64(v, c, v, d); xorRotr64(v, b, c, 63);
    }
  }
}

/** Word i of `v` += word j of `w` (64-bit words as [lo, hi] pairs; Uint32Array stores wrap). */
function add64(v: Uint32Array, i: number, w: Uint32Array, j: number): void {
  const lo = v[2 * i] + w[2 * j];
  v[2 * i + 1] = v[2 * i + 1] + w[2 * j + 1] + (lo > 0xffffffff ? 1 : 0);
  v[2 * i] = lo;
}

/** Word d = (word d ^ word a) rotated right by n bits. */
function xorRotr64(v: Uint32Array, d: number, a: number, n: number): void {
  let lo = v[2 * d] ^ v[2 * a], hi = v[2 * d + 1] ^ v[2 * a + 1];
  if (n >= 32) {
    [lo, hi] = [hi, lo];
    n -= 32;
  }
  if (n > 0) [lo, hi] = [(lo >>> n) | (hi << (32 - n)), (hi >>> n) | (lo << (32 - n))];
  v[2 * d] = lo;
  v[2 * d + 1] = hi;
}
