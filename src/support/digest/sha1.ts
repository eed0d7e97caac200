// SHA-1 (FIPS 180-4 §6.1).
import { BlockDigest, wordsToBytes } from "./block.ts";

const K = [0x5a827999, 0x6ed9eba1, 0x8f1bbcdc | 0, 0xca62c1d6 | 0];

export class Sha1 extends BlockDigest {
  private readonly h = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0);
  private readonly w = new Int32Array(80);

  constructor() {
    super(64, 20);
  }
  protected blank(): Sha1 {
    return new Sha1();
  }
  protected copyState(into: Sha1): void {
    into.h.set(this.h);
  }
  digest(): Uint8Array {
    const c = this.copy();
    c.pad(8, true);
    return wordsToBytes(c.h, 20, true);
  }

  protected compress(b: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++, off += 4) w[i] = (b[off] << 24) | (b[off + 1] << 16) | (b[off + 2] << 8) | b[off + 3];
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
      w[i] = (x << 1) | (x >>> 31);
    }
    const h = this.h;
    let a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4];
    for (let i = 0; i < 80; i++) {
      const f = i < 20 ? (bb & c) | (~bb & d) : i < 40 || i >= 60 ? bb ^ c ^ d : (bb & c) | (bb & d) | (c & d);
      const t = (((a << 5) | (a >>> 27)) + f + e + K[(i / 20) | 0] + w[i]) | 0;
      e = d;
      d = c;
      c = (bb << 30) | (bb >>> 2);
      bb = a;
      a = t;
    }
    h[0] += a; h[1] += bb; h[2] += c; h[3] += d; h[4] += e;
  }
}
