// The two checksums of zlib streams: CRC-32 (ISO 3309 / ITU-T V.42, reflected polynomial 0xEDB88320,
// the gzip trailer's) and Adler-32 (RFC 1950, the zlib trailer's). Both take the running value and
// return the updated one as an unsigned 32-bit number, so data can be fed in pieces.

/** Slicing-by-4 tables: T[k][b] is the CRC of byte b followed by k zero bytes. */
const CRC_TABLES = (() => {
  const t = new Uint32Array(4 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n];
    for (let k = 1; k < 4; k++) {
      c = t[c & 0xff] ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
})();

/** CRC-32 of data[start, end) continuing from crc. */
export function crc32(crc: number, data: Uint8Array, start = 0, end = data.length): number {
  const t = CRC_TABLES;
  let c = ~crc;
  let i = start;
  for (; i < end && (i & 3) !== 0; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  for (const last = end - 3; i < last; i += 4) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c = t[768 + (c & 0xff)] ^ t[512 + ((c >>> 8) & 0xff)] ^ t[256 + ((c >>> 16) & 0xff)] ^ t[c >>> 24];
  }
  for (; i < end; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const ADLER_BASE = 65521;
/** Bytes that can be summed before the sums must be reduced (the largest n keeping b below 2**32). */
const ADLER_NMAX = 5552;

/** Adler-32 of data[start, end) continuing from adler. */
export function adler32(adler: number, data: Uint8Array, start = 0, end = data.length): number {
  let a = adler & 0xffff;
  let b = (adler >>> 16) & 0xffff;
  let i = start;
  if (i === end) return (((b % ADLER_BASE) << 16) | (a % ADLER_BASE)) >>> 0;
  while (i < end) {
    const stop = Math.min(end, i + ADLER_NMAX);
    for (; i < stop; i++) {
      a += data[i];
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  // zlib returns reduced sums even for empty data and an unreduced starting value.
  return ((b << 16) | a) >>> 0;
}
