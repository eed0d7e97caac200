// MD5 (RFC 1321). The sine table is computed from its definition, floor(|sin(i + 1)| * 2**32).
import { BlockDigest, wordsToBytes } from "./block.ts";

const K = Int32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32));
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

export class Md5 extends BlockDigest {
  private readonly h = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476);
  private readonly m = new Int32Array(16);

  constructor() {
    super(64, 16);
  }
  protected blank(): Md5 {
    return new Md5();
  }
  protected copyState(into: Md5): void {
    into.h.set(this.h);
  }
  digest(): Uint8Array {
    const c = this.copy();
    c.pad(8, false);
    return wordsToBytes(c.h, 16, false);
  }

  protected compress(b: Uint8Array, off: number): void {
    const m = this.m;
    for (let i = 0; i < 16; i++, off += 4) m[i] = b[off] | (b[off + 1] << 8) | (b[off + 2] << 16) | (b[off + 3] << 24);
    const h = this.h;
    let a = h[0], bb = h[1], c = h[2], d = h[3];
    for (let i = 0; i < 64; i++) {
      let f: number, g: number;
      if (i < 16) { f = (bb & c) | (~bb & d); g = i; }
      else if (i < 32) { f = (d & bb) | (~d & c); g = (5 * i + 1) & 15; }
      else if (i < 48) { f = bb ^ c ^ d; g = (3 * i + 5) & 15; }
      else { f = c ^ (bb | ~d); g = (7 * i) & 15; }
      f = (f + a + K[i] + m[g]) | 0;
      const s = SHIFTS[((i >> 4) << 2) | (i & 3)];
      a = d;
      d = c;
      c = bb;
      bb = (bb + ((f << s) | (f >>> (32 - s)))) | 0;
    }
    h[0] += a; h[1] += bb; h[2] += c; h[3] += d;
  }
}
