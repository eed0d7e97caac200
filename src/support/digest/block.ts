// The Merkle-Damgard frame shared by MD5, SHA-1 and SHA-2, and the sponge of SHA-3: input is
// buffered into fixed-size blocks and each full block goes to the algorithm's compression function.

/** A hash object as hashlib exposes it: incremental update, copy, digest. */
export interface Digest {
  readonly digestSize: number;
  readonly blockSize: number;
  update(data: Uint8Array): void;
  copy(): Digest;
  /** The digest of everything so far; `length` is required by the SHAKE functions only. */
  digest(length?: number): Uint8Array;
}

export abstract class BlockDigest implements Digest {
  protected readonly block: Uint8Array;
  protected used = 0;
  protected total = 0; // bytes hashed so far; exact below 2**53

  constructor(readonly blockSize: number, readonly digestSize: number) {
    this.block = new Uint8Array(blockSize);
  }

  /** Absorbs blockSize bytes of `data` from `off`. */
  protected abstract compress(data: Uint8Array, off: number): void;
  /** A fresh object of the same algorithm; copy() then copies the buffered state into it. */
  protected abstract blank(): BlockDigest;
  /** Copies the algorithm's own state (chaining values) into `into`. */
  protected abstract copyState(into: this): void;
  abstract digest(length?: number): Uint8Array;

  update(data: Uint8Array): void {
    const bs = this.blockSize;
    const n = data.length;
    let i = 0;
    this.total += n;
    if (this.used > 0) {
      i = Math.min(bs - this.used, n);
      this.block.set(data.subarray(0, i), this.used);
      this.used += i;
      if (this.used < bs) return;
      this.compress(this.block, 0);
      this.used = 0;
    }
    for (; i + bs <= n; i += bs) this.compress(data, i);
    if (i < n) {
      this.block.set(data.subarray(i), 0);
      this.used = n - i;
    }
  }

  copy(): this {
    const c = this.blank() as this;
    c.block.set(this.block);
    c.used = this.used;
    c.total = this.total;
    this.copyState(c);
    return c;
  }

  /**
   * Merkle-Damgard strengthening on this object (callers finish a copy): 0x80, zeros, then the
   * message length in bits in the last `lengthBytes` bytes of a block, big- or little-endian.
   */
  protected pad(lengthBytes: 8 | 16, bigEndian: boolean): void {
    const bs = this.blockSize;
    const bits = this.total * 8;
    const hi = Math.floor(bits / 2 ** 32);
    const lo = bits >>> 0;
    const room = bs - lengthBytes;
    const pad = new Uint8Array((this.used < room ? room : room + bs) - this.used + lengthBytes);
    pad[0] = 0x80;
    const e = pad.length;
    const put = (at: number, v: number, be: boolean) => {
      for (let k = 0; k < 4; k++) pad[at + (be ? 3 - k : k)] = v >>> (8 * k);
    };
    if (bigEndian) {
      put(e - 8, hi, true);
      put(e - 4, lo, true);
    } else {
      put(e - lengthBytes, lo, false);
      put(e - lengthBytes + 4, hi, false);
    }
    this.update(pad);
  }
}

/** Words to bytes, each word big- or little-endian. */
export function wordsToBytes(words: ArrayLike<number>, nbytes: number, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(nbytes);
  for (let i = 0; i < nbytes; i++) {
    const w = words[i >> 2];
    const k = i & 3;
    out[i] = w >>> (bigEndian ? 24 - 8 * k : 8 * k);
  }
  return out;
}
