// hash() of the values a code object holds, as 64-bit CPython 3.10 computes them: the numeric hash
// (Python/pyhash.c, Objects/longobject.c: values reduced modulo the Mersenne prime 2**61 - 1, so that
// equal numbers of different types hash alike), SipHash-2-4 for str and bytes (Py_HASH_ALGORITHM
// is siphash24 in 3.10; the key comes from PYTHONHASHSEED as Python/bootstrap_hash.c derives it),
// the xxHash-based tuple hash (Objects/tupleobject.c) and the frozenset hash (Objects/setobject.c).
// Hashes are bigints holding a signed 64-bit Py_hash_t; SipHash runs on 32-bit halves for speed.

/** A Py_hash_t: a signed 64-bit integer. */
export type PyHash = bigint;

const MASK64 = (1n << 64n) - 1n;
const toSigned = (u: bigint): PyHash => BigInt.asIntN(64, u);
const toUnsigned = (h: bigint): bigint => BigInt.asUintN(64, h);
/** -1 is the error return of tp_hash, so every hash function maps it to -2. */
const notMinusOne = (h: PyHash): PyHash => (h === -1n ? -2n : h);

// sys.hash_info on a 64-bit build.
export const HASH_BITS = 61n;
export const HASH_MODULUS = (1n << HASH_BITS) - 1n;
export const HASH_INF = 314159n;
export const HASH_IMAG = 1000003n;

// --- SipHash-2-4 -----------------------------------------------------------------------------------

/**
 * SipHash-2-4 of `data` under the 128-bit key (k0, k1), as an unsigned 64-bit value. The state
 * v0..v3 is held as (high, low) 32-bit halves in locals, every step written out: most hashing runs
 * cold (in the interpreter, e.g. sys.stdlib_module_names at start-up, a module's names at import),
 * where a helper call or typed-array access per add/rotate/xor costs several times the work itself.
 */
export function siphash24(k0: bigint, k1: bigint, data: Uint8Array): bigint {
  const k0hi = Number((k0 >> 32n) & 0xffffffffn), k0lo = Number(k0 & 0xffffffffn);
  const k1hi = Number((k1 >> 32n) & 0xffffffffn), k1lo = Number(k1 & 0xffffffffn);
  // "somepseudorandomlygeneratedbytes"
  let v0h = k0hi ^ 0x736f6d65, v0l = k0lo ^ 0x70736575, v1h = k1hi ^ 0x646f7261, v1l = k1lo ^ 0x6e646f6d;
  let v2h = k0hi ^ 0x6c796765, v2l = k0lo ^ 0x6e657261, v3h = k1hi ^ 0x74656462, v3l = k1lo ^ 0x79746573;
  const n = data.length;
  const whole = n - (n % 8);
  let i = 0, mh = 0, ml = 0, t = 0, last = false;
  for (;;) {
    if (i < whole) {
      ml = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
      mh = data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24);
      i += 8;
    } else {
      // The last block: the remaining bytes, little-endian, with the length's low byte on top.
      ml = 0;
      mh = (n & 0xff) << 24;
      for (let j = whole; j < n; j++) {
        const k = j - whole;
        if (k < 4) ml |= data[j] << (8 * k);
        else mh |= data[j] << (8 * (k - 4));
      }
      last = true;
    }
    v3h ^= mh; v3l ^= ml;
    // Two SipRounds per block; after the last block's two, v0 ^= m, v2 ^= 0xff and four more.
    // A round: v0 += v1; v1 <<<= 13; v1 ^= v0; v0 <<<= 32; v2 += v3; v3 <<<= 16; v3 ^= v2;
    // v0 += v3; v3 <<<= 21; v3 ^= v0; v2 += v1; v1 <<<= 17; v1 ^= v2; v2 <<<= 32 (64-bit adds carry
    // from the low half into the high one; `| 0` keeps each half a 32-bit integer).
    for (let r = 0; r < (last ? 6 : 2); r++) {
      if (r === 2) { v0h ^= mh; v0l ^= ml; v2l ^= 0xff; }
      t = (v0l >>> 0) + (v1l >>> 0); v0h = (v0h + v1h + (t > 0xffffffff ? 1 : 0)) | 0; v0l = t | 0;
      t = v1h; v1h = (v1h << 13) | (v1l >>> 19); v1l = (v1l << 13) | (t >>> 19); v1h ^= v0h; v1l ^= v0l;
      t = v0h; v0h = v0l; v0l = t;
      t = (v2l >>> 0) + (v3l >>> 0); v2h = (v2h + v3h + (t > 0xffffffff ? 1 : 0)) | 0; v2l = t | 0;
      t = v3h; v3h = (v3h << 16) | (v3l >>> 16); v3l = (v3l << 16) | (t >>> 16); v3h ^= v2h; v3l ^= v2l;
      t = (v0l >>> 0) + (v3l >>> 0); v0h = (v0h + v3h + (t > 0xffffffff ? 1 : 0)) | 0; v0l = t | 0;
      t = v3h; v3h = (v3h << 21) | (v3l >>> 11); v3l = (v3l << 21) | (t >>> 11); v3h ^= v0h; v3l ^= v0l;
      t = (v2l >>> 0) + (v1l >>> 0); v2h = (v2h + v1h + (t > 0xffffffff ? 1 : 0)) | 0; v2l = t | 0;
      t = v1h; v1h = (v1h << 17) | (v1l >>> 15); v1l = (v1l << 17) | (t >>> 15); v1h ^= v2h; v1l ^= v2l;
      t = v2h; v2h = v2l; v2l = t;
    }
    if (last) break;
    v0h ^= mh; v0l ^= ml;
  }
  const outHi = (v0h ^ v1h ^ v2h ^ v3h) >>> 0, outLo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  return (BigInt(outHi) << 32n) | BigInt(outLo);
}

// --- The hash secret (PYTHONHASHSEED) --------------------------------------------------------------

let secretK0 = 0n;
let secretK1 = 0n;

/**
 * The SipHash key CPython uses for a PYTHONHASHSEED value: 0 disables randomization (an all-zero
 * secret); any other seed fills the 24-byte _Py_HashSecret with the bytes of the LCG in
 * bootstrap_hash.c's lcg_urandom (x = x * 214013 + 2531011 mod 2**32, byte = (x >> 16) & 0xff),
 * whose first 16 bytes are k0 and k1, little-endian.
 */
export function hashKeyFromSeed(seed: number): { k0: bigint; k1: bigint } {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError("PYTHONHASHSEED must be an integer in [0, 4294967295]");
  if (seed === 0) return { k0: 0n, k1: 0n };
  const bytes = new Uint8Array(16);
  let x = seed >>> 0;
  for (let i = 0; i < bytes.length; i++) {
    x = (Math.imul(x, 214013) + 2531011) >>> 0;
    bytes[i] = (x >>> 16) & 0xff;
  }
  const le = (off: number) => bytes.slice(off, off + 8).reduceRight((acc, b) => (acc << 8n) | BigInt(b), 0n);
  return { k0: le(0), k1: le(8) };
}

/** Uses the str/bytes hash key of PYTHONHASHSEED=`seed` (dislab's default is seed 0). */
export function setHashSeed(seed: number): void {
  const { k0, k1 } = hashKeyFromSeed(seed);
  setHashKey(k0, k1);
}

/** Uses an explicit SipHash key, as a randomized CPython (no PYTHONHASHSEED) draws from os.urandom. */
export function setHashKey(k0: bigint, k1: bigint): void {
  k0 &= MASK64;
  k1 &= MASK64;
  if (k0 === secretK0 && k1 === secretK1) return;
  secretK0 = k0;
  secretK1 = k1;
  for (const f of keyListeners) f();
}

const keyListeners: (() => void)[] = [];
/** Calls `f` whenever the key changes: whoever caches str or bytes hashes must drop them then. */
export function onHashKeyChange(f: () => void): void {
  keyListeners.push(f);
}

export function getHashKey(): { k0: bigint; k1: bigint } {
  return { k0: secretK0, k1: secretK1 };
}

// --- str and bytes ---------------------------------------------------------------------------------

/** _Py_HashBytes: SipHash-2-4 under the secret key; the empty string hashes to 0 (Py_HASH_CUTOFF is 0). */
export function hashBytes(data: Uint8Array): PyHash {
  if (data.length === 0) return 0n;
  return notMinusOne(toSigned(siphash24(secretK0, secretK1, data)));
}

/**
 * The bytes PEP 393 stores a str in: one byte per character if every code point is below 256,
 * two (UCS-2, little-endian) if below 65536, else four (UCS-4). A JS surrogate pair is one astral
 * code point; a lone surrogate is a code point of its own, as in CPython.
 */
export function pep393Bytes(str: string): Uint8Array {
  const cps: number[] = [];
  for (const ch of str) cps.push(ch.codePointAt(0)!);
  return pep393BytesOf(cps);
}

/** pep393Bytes of a str given as code points (one holding false pairs: text/split-str.ts). */
export function pep393BytesOf(cps: readonly number[]): Uint8Array {
  let max = 0;
  for (const cp of cps) if (cp > max) max = cp;
  const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(cps.length * kind);
  cps.forEach((cp, i) => {
    for (let b = 0; b < kind; b++) out[i * kind + b] = (cp >>> (8 * b)) & 0xff;
  });
  return out;
}

/** hash(str). */
export function hashStr(str: string): PyHash {
  return hashBytes(pep393Bytes(str));
}

/** hash(str) of a str given as code points. */
export function hashCodePoints(cps: readonly number[]): PyHash {
  return hashBytes(pep393BytesOf(cps));
}

// --- numbers ---------------------------------------------------------------------------------------

/** hash(int): the value modulo 2**61 - 1, keeping the sign. */
export function hashInt(v: bigint | number): PyHash {
  const b = typeof v === "bigint" ? v : BigInt(v);
  const r = (b < 0n ? -b : b) % HASH_MODULUS;
  return notMinusOne(b < 0n ? -r : r);
}

const view = new DataView(new ArrayBuffer(8));

/**
 * hash(float), _Py_HashDouble: the float's exact rational value modulo 2**61 - 1 (so hash(2.0) ==
 * hash(2)); +-inf hash to +-314159. A NaN hashes by object identity in 3.10, which a value has no
 * notion of: it takes `nanHash` (the caller's identity hash), 0 by default (sys.hash_info.nan).
 */
export function hashFloat(x: number, nanHash: PyHash = 0n): PyHash {
  if (Number.isNaN(x)) return nanHash;
  if (!Number.isFinite(x)) return x > 0 ? HASH_INF : -HASH_INF;
  if (x === 0) return 0n;
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  // x = mant * 2**exp, and 2**61 = 1 (mod 2**61 - 1), so 2**exp = 2**(exp mod 61).
  const e = BigInt(((exp % 61) + 61) % 61);
  const r = ((mant % HASH_MODULUS) << e) % HASH_MODULUS;
  return notMinusOne(x < 0 ? -r : r);
}

/** hash(complex): hash(real) + 1000003 * hash(imag), wrapping as unsigned 64-bit. */
export function hashComplex(real: number, imag: number): PyHash {
  const combined = toUnsigned(toUnsigned(hashFloat(real)) + HASH_IMAG * toUnsigned(hashFloat(imag)));
  return notMinusOne(toSigned(combined));
}

/** hash(True) == 1, hash(False) == 0. */
export const hashBool = (b: boolean): PyHash => (b ? 1n : 0n);

/**
 * _Py_HashPointer: an object's address rotated right by 4 bits (the default hash of None, Ellipsis
 * and other objects without value semantics in 3.10).
 */
export function hashPointer(address: bigint): PyHash {
  const y = toUnsigned(address);
  return notMinusOne(toSigned((y >> 4n) | ((y << 60n) & MASK64)));
}

// --- containers ------------------------------------------------------------------------------------

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** hash(tuple) from its items' hashes: 3.10's tuplehash, an xxHash-style accumulation. */
export function hashTuple(itemHashes: readonly PyHash[]): PyHash {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    acc = toUnsigned(acc + toUnsigned(h) * XXPRIME_2);
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = toUnsigned(acc * XXPRIME_1);
  }
  // The length, mangled so that hash(()) keeps its historical value.
  acc = toUnsigned(acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n)));
  return acc === MASK64 ? 1546275796n : toSigned(acc);
}

const shuffleBits = (h: bigint) => toUnsigned(((h ^ 89869747n) ^ (h << 16n)) * 3644798167n);

/**
 * hash(frozenset) from its elements' hashes (frozenset_hash). It xors the shuffled hash of every
 * table slot and cancels the empty ones, so only the active entries count, in any order.
 */
export function hashFrozenSet(itemHashes: readonly PyHash[]): PyHash {
  let h = 0n;
  for (const x of itemHashes) h ^= shuffleBits(toUnsigned(x));
  h ^= toUnsigned((BigInt(itemHashes.length) + 1n) * 1927868237n);
  h ^= (h >> 11n) ^ (h >> 25n);
  h = toUnsigned(h * 69069n + 907133923n);
  return h === MASK64 ? 590923713n : toSigned(h);
}
