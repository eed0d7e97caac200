// SHA-512 and SHA-384 (FIPS 180-4), for random.seed(str) (int.from_bytes(a + sha512(a).digest()))
// and hashlib. The round constants and initial hash values are computed from their definition
// (fractional bits of cube and square roots of the first primes, constants.ts) rather than
// tabulated. 64-bit words are kept as pairs of 32-bit halves: BigInt per round would be far slower.
import { primes, fracBits } from "./constants.ts";
import { BlockDigest, wordsToBytes } from "./block.ts";

let K: Int32Array | null = null; // 80 constants as hi, lo pairs
let IV512: Int32Array | null = null;
let IV384: Int32Array | null = null;

function constants(): void {
  const ps = primes(80);
  K = new Int32Array(160);
  ps.forEach((p, i) => { const [h, l] = fracBits(p, 3n); K![2 * i] = h; K![2 * i + 1] = l; });
  IV512 = new Int32Array(16);
  IV384 = new Int32Array(16);
  for (let i = 0; i < 8; i++) {
    const [h, l] = fracBits(ps[i], 2n);
    IV512[2 * i] = h; IV512[2 * i + 1] = l;
    const [h2, l2] = fracBits(ps[i + 8], 2n);
    IV384[2 * i] = h2; IV384[2 * i + 1] = l2;
  }
}

/** An incremental SHA-512 (or SHA-384) hash, like hashlib's objects. */
export class Sha512 extends BlockDigest {
  private readonly h: Int32Array;
  private readonly w = new Int32Array(160);

  constructor(digestSize: 64 | 48 = 64) {
    super(128, digestSize);
    if (!K) constants();
    this.h = (digestSize === 64 ? IV512! : IV384!).slice();
  }
  protected blank(): Sha512 {
    return new Sha512(this.digestSize as 64 | 48);
  }
  protected copyState(into: Sha512): void {
    into.h.set(this.h);
  }
  digest(): Uint8Array {
    const c = this.copy();
    c.pad(16, true);
    return wordsToBytes(c.h, this.digestSize, true);
  }

  protected compress(b: Uint8Array, off: number): void {
    const w = this.w;
    const k = K!;
    for (let i = 0; i < 32; i++, off += 4) w[i] = (b[off] << 24) | (b[off + 1] << 16) | (b[off + 2] << 8) | b[off + 3];
    for (let i = 16; i < 80; i++) {
      // sigma0(w[i-15]) = rotr1 ^ rotr8 ^ shr7; sigma1(w[i-2]) = rotr19 ^ rotr61 ^ shr6
      let xh = w[2 * (i - 15)], xl = w[2 * (i - 15) + 1];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      xh = w[2 * (i - 2)]; xl = w[2 * (i - 2) + 1];
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      // w[i] = s1 + w[i-7] + s0 + w[i-16]
      let lo = (s1l >>> 0) + (w[2 * (i - 7) + 1] >>> 0) + (s0l >>> 0) + (w[2 * (i - 16) + 1] >>> 0);
      const hi = s1h + w[2 * (i - 7)] + s0h + w[2 * (i - 16)] + Math.floor(lo / 0x100000000);
      w[2 * i] = hi;
      w[2 * i + 1] = lo;
    }
    const h = this.h;
    let ah = h[0], al = h[1], bh = h[2], bl = h[3], ch = h[4], cl = h[5], dh = h[6], dl = h[7];
    let eh = h[8], el = h[9], fh = h[10], fl = h[11], gh = h[12], gl = h[13], hh = h[14], hl = h[15];
    for (let i = 0; i < 80; i++) {
      // S1(e) = rotr14 ^ rotr18 ^ rotr41; ch(e,f,g); S0(a) = rotr28 ^ rotr34 ^ rotr39; maj(a,b,c)
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      let t1l = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (k[2 * i + 1] >>> 0) + (w[2 * i + 1] >>> 0);
      const t1h = hh + S1h + chh + k[2 * i] + w[2 * i] + Math.floor(t1l / 0x100000000);
      t1l >>>= 0;
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const mjh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const mjl = (al & bl) ^ (al & cl) ^ (bl & cl);
      let t2l = (S0l >>> 0) + (mjl >>> 0);
      const t2h = S0h + mjh + Math.floor(t2l / 0x100000000);
      t2l >>>= 0;
      hh = gh; hl = gl; gh = fh; gl = fl; fh = eh; fl = el;
      let nl = (dl >>> 0) + t1l;
      eh = (dh + t1h + Math.floor(nl / 0x100000000)) | 0; el = nl | 0;
      dh = ch; dl = cl; ch = bh; cl = bl; bh = ah; bl = al;
      nl = t1l + t2l;
      ah = (t1h + t2h + Math.floor(nl / 0x100000000)) | 0; al = nl | 0;
    }
    const add = (i: number, xh: number, xl: number) => {
      const l = (h[i + 1] >>> 0) + (xl >>> 0);
      h[i] = (h[i] + xh + Math.floor(l / 0x100000000)) | 0;
      h[i + 1] = l | 0;
    };
    add(0, ah, al); add(2, bh, bl); add(4, ch, cl); add(6, dh, dl);
    add(8, eh, el); add(10, fh, fl); add(12, gh, gl); add(14, hh, hl);
  }
}

