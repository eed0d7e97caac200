// SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] permutation in a sponge. Lanes are 64-bit words
// kept as [lo, hi] 32-bit halves (little-endian, as the state's bytes are laid out). The round
// constants and rotation offsets are computed from their definitions (the LFSR of §3.2.5 and the
// (x, y) walk of §3.2.2) rather than typed in.
import { BlockDigest } from "./block.ts";

const ROUND_LO = new Int32Array(24);
const ROUND_HI = new Int32Array(24);
const ROT = new Int32Array(25); // rotation offset of lane x + 5y
const PI = new Int32Array(25); // the lane that lane i moves to
{
  let r = 1;
  for (let round = 0; round < 24; round++) {
    for (let j = 0; j < 7; j++) {
      if (r & 1) {
        const bit = (1 << j) - 1;
        if (bit < 32) ROUND_LO[round] |= 1 << bit;
        else ROUND_HI[round] |= 1 << (bit - 32);
      }
      r = r & 0x80 ? ((r << 1) ^ 0x71) & 0xff : r << 1;
    }
  }
  let x = 1, y = 0;
  for (let t = 0; t < 24; t++) {
    ROT[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  for (let i = 0; i < 25; i++) {
    const lx = i % 5, ly = (i / 5) | 0;
    PI[i] = ly + 5 * ((2 * lx + 3 * ly) % 5);
  }
}

function permute(s: Int32Array, b: Int32Array, c: Int32Array): void {
  for (let round = 0; round < 24; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      c[2 * x] = s[2 * x] ^ s[2 * x + 10] ^ s[2 * x + 20] ^ s[2 * x + 30] ^ s[2 * x + 40];
      c[2 * x + 1] = s[2 * x + 1] ^ s[2 * x + 11] ^ s[2 * x + 21] ^ s[2 * x + 31] ^ s[2 * x + 41];
    }
    for (let x = 0; x < 5; x++) {
      const p = (x + 4) % 5, q = (x + 1) % 5;
      const dl = c[2 * p] ^ ((c[2 * q] << 1) | (c[2 * q + 1] >>> 31));
      const dh = c[2 * p + 1] ^ ((c[2 * q + 1] << 1) | (c[2 * q] >>> 31));
      for (let y = 0; y < 25; y += 5) {
        s[2 * (x + y)] ^= dl;
        s[2 * (x + y) + 1] ^= dh;
      }
    }
    // rho and pi
    for (let i = 0; i < 25; i++) {
      let lo = s[2 * i], hi = s[2 * i + 1];
      let n = ROT[i];
      if (n >= 32) {
        [lo, hi] = [hi, lo];
        n -= 32;
      }
      const j = 2 * PI[i];
      if (n === 0) {
        b[j] = lo;
        b[j + 1] = hi;
      } else {
        b[j] = (lo << n) | (hi >>> (32 - n));
        b[j + 1] = (hi << n) | (lo >>> (32 - n));
      }
    }
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const i = 2 * (x + y), i1 = 2 * (((x + 1) % 5) + y), i2 = 2 * (((x + 2) % 5) + y);
        s[i] = b[i] ^ (~b[i1] & b[i2]);
        s[i + 1] = b[i + 1] ^ (~b[i1 + 1] & b[i2 + 1]);
      }
    }
    // iota
    s[0] ^= ROUND_LO[round];
    s[1] ^= ROUND_HI[round];
  }
}

/** A SHA-3 hash (`suffix` 0x06, fixed digest size) or a SHAKE function (0x1f, digest(length)). */
export class Keccak extends BlockDigest {
  private readonly state = new Int32Array(50);
  private readonly b = new Int32Array(50);
  private readonly c = new Int32Array(10);

  /** `rate` in bytes; digestSize 0 for SHAKE. */
  constructor(rate: number, digestSize: number, readonly suffix: number) {
    super(rate, digestSize);
  }
  protected blank(): Keccak {
    return new Keccak(this.blockSize, this.digestSize, this.suffix);
  }
  protected copyState(into: Keccak): void {
    into.state.set(this.state);
  }
  protected compress(data: Uint8Array, off: number): void {
    const s = this.state;
    for (let i = 0; i < this.blockSize; i += 4, off += 4) s[i >> 2] ^= data[off] | (data[off + 1] << 8) | (data[off + 2] << 16) | (data[off + 3] << 24);
    permute(s, this.b, this.c);
  }

  digest(length = this.digestSize): Uint8Array {
    const c = this.copy();
    const last = new Uint8Array(c.blockSize - c.used);
    last[0] = c.suffix;
    last[last.length - 1] |= 0x80;
    c.update(last);
    const out = new Uint8Array(length);
    for (let at = 0; ; ) {
      for (let i = 0; i < c.blockSize && at < length; i++, at++) out[at] = c.state[i >> 2] >>> (8 * (i & 3));
      if (at === length) return out;
      permute(c.state, c.b, c.c);
    }
  }
}
