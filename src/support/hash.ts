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
  const n = str.length;
  let any = 0;
  for (let i = 0; i < n; i++) any |= str.charCodeAt(i);
  if (any < 0x100) {
    // every unit below 256 (the or of them is): one byte per character, the units themselves
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = str.charCodeAt(i);
    return out;
  }
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

/**
 * hash(str). CPython keeps a str's hash in the object; a JS string has nowhere to keep it, so the
 * hashes of recent short strs are kept here (a dict keyed by tuples of strs, such as re's cache of
 * compiled patterns, hashes the same strs at every lookup), dropped when the key changes.
 */
export function hashStr(str: string): PyHash {
  return str.length > MAX_KEPT_STR ? hashBytes(pep393Bytes(str)) : keptStrHash(str).big;
}
/** hash(str) into `halves`. */
export function strHashHalves(str: string): void {
  if (str.length > MAX_KEPT_STR) setHalves(hashBytes(pep393Bytes(str)));
  else {
    const k = keptStrHash(str);
    halves[HI] = k.hi;
    halves[LO] = k.lo;
  }
}
/** A str's hash as a bigint and as unsigned 32-bit halves. */
class KeptHash {
  readonly hi: number;
  readonly lo: number;
  constructor(readonly big: PyHash) {
    setHalves(big);
    this.hi = halves[HI];
    this.lo = halves[LO];
  }
}
function keptStrHash(str: string): KeptHash {
  let k = strHashes.get(str);
  if (k === undefined) {
    k = new KeptHash(hashBytes(pep393Bytes(str)));
    if (strHashes.size >= MAX_KEPT_HASHES) strHashes.clear();
    strHashes.set(str, k);
  }
  return k;
}
const strHashes = new Map<string, KeptHash>();
const MAX_KEPT_STR = 256;
const MAX_KEPT_HASHES = 4096;
onHashKeyChange(() => strHashes.clear());

/** hash(str) of a str given as code points. */
export function hashCodePoints(cps: readonly number[]): PyHash {
  return hashBytes(pep393BytesOf(cps));
}

// --- hashes as 32-bit halves ------------------------------------------------------------------------
// A dict's index of non-str keys and tuple hashing take hashes as two unsigned 32-bit numbers: a
// bigint per hash (made, shifted, masked, compared) was most of a dict lookup by a tuple key.

/**
 * The last hash computed in halves: [HI] and [LO], the signed 64-bit value's high and low 32 bits,
 * unsigned. A typed array, so that storing a half of 2**31 or more allocates no number box.
 */
export const halves = new Uint32Array(2);
export const HI = 0;
export const LO = 1;
/** A hash given as a bigint, into `halves`. */
export function setHalves(h: PyHash): void {
  halves[HI] = Number(BigInt.asUintN(32, h >> 32n));
  halves[LO] = Number(BigInt.asUintN(32, h));
}
/**
 * A hash given as a JS number (a safe integer: CPython hands stored hashes from table to table,
 * and sets keep small ones as numbers), into `halves`.
 */
export function setHalvesOfNumber(h: number): void {
  halves[LO] = h >>> 0;
  halves[HI] = Math.floor(h / 4294967296) >>> 0;
}
/** hash(int) of a safe integer into `halves`: its own value (|v| < 2**53 < 2**61 - 1), -1 made -2. */
export function intHashHalves(v: number): void {
  setHalvesOfNumber(v === -1 ? -2 : v);
}
/** A hash given as halves, as a bigint. */
export const halvesBig = (hi: number, lo: number): PyHash => BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));

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

/** hashPointer of an address below 2**53 into `halves`: the 64-bit value rotated right by 4 bits. */
export function pointerHashHalves(address: number): void {
  const lo = address >>> 0, hi = Math.floor(address / 4294967296) >>> 0;
  const rhi = ((hi >>> 4) | (lo << 28)) >>> 0;
  const rlo = ((lo >>> 4) | (hi << 28)) >>> 0;
  halves[HI] = rhi;
  // (-1 is tp_hash's error return: -2 instead)
  halves[LO] = rhi === 0xffffffff && rlo === 0xffffffff ? 0xfffffffe : rlo;
}

// --- containers ------------------------------------------------------------------------------------

// The xxHash primes as 32-bit halves (hi, lo): 11400714785074694791, 14029467366897019727, 2870177450012600261.
const P1H = 0x9e3779b1, P1L = 0x85ebca87;
const P2H = 0xc2b2ae3d, P2L = 0x27d4eb4f;
const P5H = 0x27d4eb2f, P5L = 0x165667c5;

/** The last mul64's result, as unsigned 32-bit halves [HI], [LO]. */
const product = new Uint32Array(2);
/**
 * (ah:al) * (bh:bl) modulo 2**64 into `product`: the low half by imul, the high half as al * bl's
 * high 32 bits (from 16-bit pieces, each product exact and below 2**32) plus the cross terms' low
 * halves by imul.
 */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const a0b1 = a0 * b1, a1b0 = a1 * b0;
  const carry = (((a0 * b0) >>> 16) + (a0b1 & 0xffff) + (a1b0 & 0xffff)) >>> 16;
  product[LO] = Math.imul(al, bl);
  product[HI] = a1 * b1 + (a0b1 >>> 16) + (a1b0 >>> 16) + carry + Math.imul(ah, bl) + Math.imul(al, bh);
}

/**
 * hash(tuple) from its items' hashes: 3.10's tuplehash, an xxHash-style accumulation
 * (acc += lane * P2; acc = acc <<< 31; acc *= P1), in 32-bit halves: BigInt arithmetic for it was
 * most of a dict lookup by a tuple key.
 */
export function hashTuple(itemHashes: readonly PyHash[]): PyHash {
  tupleHash(itemHashes, setHalves);
  return halvesBig(halves[HI], halves[LO]);
}

/** tuplehash of `items` into `halves`, each item's hash put into `halves` by `itemHash`. */
export function tupleHash<T>(items: readonly T[], itemHash: (x: T) => void): void {
  let ah = P5H, al = P5L;
  for (let i = 0; i < items.length; i++) {
    itemHash(items[i]!);
    mul64(halves[HI], halves[LO], P2H, P2L);
    const lo = al + product[LO];
    al = lo >>> 0;
    ah = (ah + product[HI] + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    // acc <<< 31: the halves swapped (<<< 32), then >>> 1
    const rh = ((al >>> 1) | (ah << 31)) >>> 0;
    const rl = ((ah >>> 1) | (al << 31)) >>> 0;
    mul64(rh, rl, P1H, P1L);
    ah = product[HI];
    al = product[LO];
  }
  // The length, mangled so that hash(()) keeps its historical value: acc += len ^ (P5 ^ 3527539).
  const kl = ((P5L ^ 3527539) ^ items.length) >>> 0;
  const lo = al + kl;
  al = lo >>> 0;
  ah = (ah + P5H + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  // (-1 is tp_hash's error return: 1546275796 instead)
  const minusOne = ah === 0xffffffff && al === 0xffffffff;
  halves[HI] = minusOne ? 0 : ah;
  halves[LO] = minusOne ? 1546275796 : al;
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
