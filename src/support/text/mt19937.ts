// The Mersenne Twister behind random.Random (Modules/_randommodule.c): MT19937 as Matsumoto and
// Nishimura define it, seeded the way CPython seeds it (init_by_array over the 32-bit words of
// abs(n), least significant first), random() as genrand_res53, getrandbits(k) filling 32-bit words
// from the least significant, and the 625-item state of getstate()/setstate().
import { PyError } from "../py-error.ts";
import type { IntValue } from "./int-format.ts";
import { normInt } from "./number-parse.ts";

const N = 624;
const M = 397;

export class MersenneTwister {
  readonly mt = new Uint32Array(N);
  index = N + 1;

  /** init_genrand. */
  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, p) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array. */
  initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    const len = key.length;
    for (let k = Math.max(N, len); k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  /**
   * random_seed for an int (or, for other objects, their hash as an unsigned 64-bit int): the
   * 32-bit words of abs(n), least significant first (one zero word for 0).
   */
  seed(n: IntValue): void {
    let v = BigInt(n);
    if (v < 0n) v = -v;
    const key: number[] = [];
    do {
      key.push(Number(v & 0xffffffffn));
      v >>= 32n;
    } while (v > 0n);
    this.initByArray(key);
  }

  /** genrand_uint32. */
  genrandUint32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      const y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 53 random bits in [0, 1) (genrand_res53). */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k). */
  getrandbits(k: number): IntValue {
    if (k < 0) throw new PyError("ValueError", "number of bits must be non-negative");
    if (k === 0) return 0;
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    // The words, least significant first, become one hexadecimal literal (most significant first)
    // read by BigInt once: OR-ing each shifted word into a growing BigInt is quadratic in k.
    const hex: string[] = new Array(Math.ceil(k / 32));
    let at = hex.length;
    for (let left = k; left > 0; left -= 32) {
      let r = this.genrandUint32();
      if (left < 32) r >>>= 32 - left;
      hex[--at] = r.toString(16).padStart(8, "0");
    }
    return normInt(BigInt("0x" + hex.join("")));
  }

  /** getstate(): the 624 words and the index. */
  getstate(): number[] {
    return [...this.mt, this.index];
  }

  /** setstate(state) for a 625-item tuple of ints. */
  setstate(state: readonly IntValue[]): void {
    if (state.length !== N + 1) throw new PyError("ValueError", "state vector is the wrong size");
    const words = new Uint32Array(N);
    for (let i = 0; i < N; i++) {
      const v = state[i];
      if (v < 0) throw new PyError("OverflowError", "can't convert negative value to unsigned int");
      // PyLong_AsUnsignedLong (64-bit) then a cast to uint32_t: larger words are truncated.
      if (v > 0xffffffffffffffffn) throw new PyError("OverflowError", "Python int too large to convert to C unsigned long");
      words[i] = Number(BigInt(v) & 0xffffffffn);
    }
    const index = state[N];
    if (index > 2n ** 63n - 1n || index < -(2n ** 63n)) throw new PyError("OverflowError", "Python int too large to convert to C long");
    if (index < 0 || index > N) throw new PyError("ValueError", "invalid state");
    this.mt.set(words);
    this.index = Number(index);
  }
}
