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

// The state v0..v3 as (high, low) 32-bit halves: s[0]=v0 hi, s[1]=v0 lo, ..., s[7]=v3 lo.
const s = new Uint32Array(8);

function add(a: number, b: number): void {
  const lo = s[a + 1] + s[b + 1];
  s[a] = s[a] + s[b] + (lo > 0xffffffff ? 1 : 0);
  s[a + 1] = lo;
}
function rotl(a: number, n: number): void {
  let hi = s[a];
  let lo = s[a + 1];
  if (n >= 32) {
    [hi, lo] = [lo, hi];
    n -= 32;
  }
  if (n > 0) {
    s[a] = (hi << n) | (lo >>> (32 - n));
    s[a + 1] = (lo << n) | (hi >>> (32 - n));
  } else {
    s[a] = hi;
    s[a + 1] = lo;
  }
}
function xor(a: number, b: number): void {
  s[a] ^= s[b];
  s[a + 1] ^= s[b + 1];
}
const V0 = 0, V1 = 2, V2 = 4, V3 = 6;
function sipRound(): void {
  add(V0, V1); rotl(V1, 13); xor(V1, V0); rotl(V0, 32);
  add(V2, V3); rotl(V3, 16); xor(V3, V2);
  add(V0, V3); rotl(V3, 21); xor(V3, V0);
  add(V2, V1); rotl(V1, 17); xor(V1, V2); rotl(V2, 32);
}

/** SipHash-2-4 of `data` under the 128-bit key (k0, k1), as an unsigned 64-bit value. */
export function siphash24(k0: bigint, k1: bigint, data: Uint8Array): bigint {
  const k0hi = Number((k0 >> 32n) & 0xffffffffn), k0lo = Number(k0 & 0xffffffffn);
  const k1hi = Number((k1 >> 32n) & 0xffffffffn), k1lo = Number(k1 & 0xffffffffn);
  // "somepseudorandomlygeneratedbytes"
  s[0] = k0hi ^ 0x736f6d65; s[1] = k0lo ^ 0x70736575;
  s[2] = k1hi ^ 0x646f7261; s[3] = k1lo ^ 0x6e646f6d;
  s[4] = k0hi ^ 0x6c796765; s[5] = k0lo ^ 0x6e657261;
  s[6] = k1hi ^ 0x74656462; s[7] = k1lo ^ 0x79746573;
  const n = data.length;
  const whole = n - (n % 8);
  const word = (i: number) => (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) >>> 0;
  const block = (hi: number, lo: number) => {
    s[6] ^= hi; s[7] ^= lo;
    sipRound(); sipRound();
    s[0] ^= hi; s[1] ^= lo;
  };
  for (let i = 0; i < whole; i += 8) block(word(i + 4), word(i));
  // The last block: the remaining bytes, little-endian, with the length's low byte on top.
  let lo = 0;
  let hi = ((n & 0xff) << 24) >>> 0;
  for (let i = whole; i < n; i++) {
    const k = i - whole;
    if (k < 4) lo |= data[i] << (8 * k);
    else hi |= data[i] << (8 * (k - 4));
  }
  block(hi >>> 0, lo >>> 0);
  s[5] ^= 0xff;
  for (let r = 0; r < 4; r++) sipRound();
  const outHi = (s[0] ^ s[2] ^ s[4] ^ s[6]) >>> 0;
  const outLo = (s[1] ^ s[3] ^ s[5] ^ s[7]) >>> 0;
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
  secretK0 = k0 & MASK64;
  secretK1 = k1 & MASK64;
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
