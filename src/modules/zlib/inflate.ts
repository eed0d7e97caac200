// A streaming inflater (RFC 1951 deflate data inside an RFC 1950 zlib or RFC 1952 gzip wrapper, or
// raw), resumable at any bit of input and any byte of output, reporting errors with zlib's codes and
// messages (the strings zlib's inflate sets in strm->msg, which CPython prints after "Error -3 while
// decompressing data: "). The zlib module drives it the way CPython drives zlib's inflate().
//
// Input is taken a byte at a time into a bit accumulator (at most 32 bits) and whole unused bytes are
// handed back to the input at the end of every call, so the bytes left after the end of the stream
// (unused_data) are exact. Output goes through a history buffer: the last 32 KiB stay for back
// references, the rest is handed out in chunks.
import { concatBytes } from "../../support/concat-bytes.ts";
import { adler32, crc32 } from "./checksum.ts";

export const Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_STREAM_ERROR = -2, Z_DATA_ERROR = -3, Z_BUF_ERROR = -5;

const enum Mode {
  HEAD, GZHEAD, DICTID, DICT, TYPE, STORED, COPY, TABLE, LENLENS, CODELENS, LEN, LIT, LENEXT, DIST, DISTEXT, MATCH, CHECK, LENGTH, DONE, BAD,
}

// Steps of a gzip header after its magic bytes.
const enum Gz { FLAGS, TIME, OS, EXLEN, EXTRA, NAME, COMMENT, HCRC }

const HISTORY = 32768;
const BUFSIZE = HISTORY * 4;

// Length and distance bases and extra bits (RFC 1951 3.2.5).
const LEN_BASE = new Uint16Array([3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]);
const LEN_EXTRA = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]);
const DIST_BASE = new Uint16Array([1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]);
const DIST_EXTRA = new Uint8Array([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]);
// The order in which code length code lengths are sent (RFC 1951 3.2.7).
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * A decoding table indexed by the next `bits` input bits (least significant first): each entry is
 * symbol << 4 | code length, or 0 where no code starts with those bits.
 */
interface Table {
  entries: Int32Array;
  bits: number;
}

const enum Kind { CODES, LENS, DISTS }

/** Builds the canonical Huffman decoding table of lens[0, n); false for a set zlib refuses. */
function buildTable(lens: Uint8Array, n: number, kind: Kind, t: Table): boolean {
  const count = new Uint16Array(16);
  for (let i = 0; i < n; i++) count[lens[i]]++;
  let max = 15;
  while (max > 0 && count[max] === 0) max--;
  if (max === 0) {
    // No codes at all: zlib makes a one-bit table that decodes as symbol 0 for code lengths and as an
    // invalid code otherwise, so the error surfaces when a symbol is decoded.
    t.bits = 1;
    t.entries[0] = t.entries[1] = kind === Kind.CODES ? 1 : 0;
    return true;
  }
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left = (left << 1) - count[len];
    if (left < 0) return false; // over-subscribed
  }
  if (left > 0 && (kind === Kind.CODES || max !== 1)) return false; // incomplete
  const next = new Uint16Array(16);
  count[0] = 0;
  for (let len = 1, code = 0; len <= 15; len++) {
    code = (code + count[len - 1]) << 1;
    next[len] = code;
  }
  const size = 1 << max;
  if (t.entries.length < size) t.entries = new Int32Array(size);
  const e = t.entries;
  e.fill(0, 0, size);
  for (let sym = 0; sym < n; sym++) {
    const len = lens[sym];
    if (len === 0) continue;
    let code = next[len]++;
    let rev = 0;
    for (let i = 0; i < len; i++, code >>= 1) rev = (rev << 1) | (code & 1);
    const v = (sym << 4) | len;
    for (let i = rev; i < size; i += 1 << len) e[i] = v;
  }
  t.bits = max;
  return true;
}

const FIXED_LIT: Table = { entries: new Int32Array(512), bits: 0 };
const FIXED_DIST: Table = { entries: new Int32Array(32), bits: 0 };
{
  const l = new Uint8Array(288);
  l.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
  buildTable(l, 288, Kind.LENS, FIXED_LIT);
  buildTable(new Uint8Array(32).fill(5), 32, Kind.DISTS, FIXED_DIST);
}

export class Inflater {
  /** 0 raw, bit 1 zlib, bit 2 gzip (both for automatic detection); bit 4 checks the trailer. */
  wrap: number;
  wbits: number;
  /** zlib's strm->msg: the message of the last error, kept until the stream is replaced. */
  msg: string | null = null;
  mode = Mode.HEAD;
  ended = false;
  private isGzip = false;
  private gz = Gz.FLAGS;
  private gzFlags = 0;
  private header: number[] = [];
  private last = false;
  // Multi-byte fields read a byte at a time.
  private acc = 0;
  private accN = 0;
  /** The stored block's, the match's or the gzip field's remaining length. */
  private length = 0;
  private dist = 0;
  private extra = 0;
  check = 0;
  dictId = 0;
  private total = 0;
  // Dynamic block headers.
  private nlen = 0;
  private ndist = 0;
  private ncode = 0;
  private have = 0;
  private lens = new Uint8Array(320);
  private lit: Table = FIXED_LIT;
  private distT: Table = FIXED_DIST;
  // Dynamic blocks' tables, grown to the longest code seen.
  private dynLit: Table = { entries: new Int32Array(1 << 10), bits: 0 };
  private dynDist: Table = { entries: new Int32Array(1 << 8), bits: 0 };
  // Bit accumulator.
  private hold = 0;
  private bits = 0;
  // Input of the current call.
  private inp: Uint8Array = new Uint8Array(0);
  inPos = 0;
  private inEnd = 0;
  private callStart = 0;
  // History: bytes output (and dictionary) before this call, the lowest buffer position a distance
  // may reach in this call, and how far the buffer slid during it.
  private histLen = 0;
  private limitPos = 0;
  private slid = 0;
  // History and output.
  private win = new Uint8Array(BUFSIZE);
  private op = 0;
  private emitted = 0;
  private chunks: Uint8Array[] = [];
  private outLeft = 0;

  constructor(windowBits: number) {
    this.wrap = 0;
    this.wbits = 0;
    if (!this.reset(windowBits)) this.ended = true;
  }

  /** inflateReset2's checks: false for an invalid windowBits (Z_STREAM_ERROR). */
  reset(windowBits: number): boolean {
    let wrap: number;
    if (windowBits < 0) {
      if (windowBits < -15) return false;
      wrap = 0;
      windowBits = -windowBits;
    } else {
      wrap = (windowBits >> 4) + 5;
      if (windowBits < 48) windowBits &= 15;
    }
    if (windowBits !== 0 && (windowBits < 8 || windowBits > 15)) return false;
    this.wrap = wrap;
    this.wbits = windowBits;
    this.mode = wrap === 0 ? Mode.TYPE : Mode.HEAD;
    return true;
  }

  /** inflateSetDictionary: Z_OK, or Z_STREAM_ERROR / Z_DATA_ERROR (a dictionary with the wrong id). */
  setDictionary(dict: Uint8Array): number {
    if (this.ended || (this.wrap !== 0 && this.mode !== Mode.DICT)) return Z_STREAM_ERROR;
    if (this.mode === Mode.DICT && adler32(1, dict) !== this.dictId) return Z_DATA_ERROR;
    const d = dict.length > HISTORY ? dict.subarray(dict.length - HISTORY) : dict;
    // The dictionary is history that is never output: append it behind what was already output.
    this.flushOutput();
    if (this.op + d.length > BUFSIZE) this.slide();
    this.win.set(d, this.op);
    this.op += d.length;
    this.histLen += d.length;
    this.emitted = this.op;
    if (this.mode === Mode.DICT) this.mode = Mode.TYPE;
    return Z_OK;
  }

  copy(): Inflater {
    const c = Object.assign(Object.create(Inflater.prototype), this) as Inflater;
    c.header = this.header.slice();
    c.lens = this.lens.slice();
    c.dynLit = { entries: this.dynLit.entries.slice(), bits: this.dynLit.bits };
    c.dynDist = { entries: this.dynDist.entries.slice(), bits: this.dynDist.bits };
    if (this.lit === this.dynLit) c.lit = c.dynLit;
    if (this.distT === this.dynDist) c.distT = c.dynDist;
    c.win = this.win.slice();
    c.chunks = [];
    return c;
  }

  get finished(): boolean {
    return this.mode === Mode.DONE;
  }

  /**
   * inflate(): consumes input[start, end) (this.inPos says how far it got) and produces at most
   * maxOut bytes (returned). finish is Z_FINISH: a stream that does not end here is Z_BUF_ERROR.
   */
  inflate(input: Uint8Array, start: number, end: number, maxOut: number, finish: boolean): { status: number; out: Uint8Array } {
    if (this.ended) return { status: Z_STREAM_ERROR, out: new Uint8Array(0) };
    this.inp = input;
    this.inPos = start;
    this.callStart = start;
    this.inEnd = end;
    this.outLeft = maxOut;
    // zlib lets a distance reach this call's output and its window: the last 2**wbits bytes of
    // the history before the call (the dictionary included).
    const opAtStart = this.op;
    this.limitPos = this.op - Math.min(this.wbits === 0 ? 0 : 1 << this.wbits, this.histLen);
    let status = this.run();
    // Stopped by the output limit: whole bytes read ahead go back to the input (unconsumed_tail).
    if (this.outLeft === 0) this.giveBack();
    this.histLen += this.op - opAtStart + this.slid;
    this.slid = 0;
    this.flushOutput();
    let produced = 0;
    for (const c of this.chunks) produced += c.length;
    const out = concatBytes(this.chunks, produced);
    this.chunks = [];
    this.inp = new Uint8Array(0);
    if (status === Z_OK && ((this.inPos === start && produced === 0) || finish)) status = Z_BUF_ERROR;
    return { status, out };
  }

  /** Moves output produced since the last flush to the chunks, updating the check value. */
  private flushOutput(): void {
    if (this.op > this.emitted) {
      const piece = this.win.slice(this.emitted, this.op);
      if (this.wrap !== 0 && this.mode !== Mode.DICT) {
        this.check = this.isGzip ? crc32(this.check, piece) : adler32(this.check, piece);
      }
      this.total = (this.total + piece.length) >>> 0;
      this.chunks.push(piece);
      this.emitted = this.op;
    }
  }

  /** Keeps the last 32 KiB of history at the start of the buffer. */
  private slide(): void {
    this.flushOutput();
    const keep = Math.min(this.op, HISTORY);
    this.win.copyWithin(0, this.op - keep, this.op);
    this.limitPos -= this.op - keep;
    this.slid += this.op - keep;
    this.op = this.emitted = keep;
  }

  private bad(msg: string): number {
    this.msg = msg;
    this.mode = Mode.BAD;
    return Z_DATA_ERROR;
  }

  /** Pulls input bytes until n bits are held (n <= 24 + 8); false when the input runs out. */
  private need(n: number): boolean {
    while (this.bits < n) {
      if (this.inPos >= this.inEnd) return false;
      this.hold |= this.inp[this.inPos++] << this.bits;
      this.bits += 8;
    }
    return true;
  }

  private drop(n: number): void {
    this.hold >>>= n;
    this.bits -= n;
  }

  /** Aligns to a byte boundary and hands whole held bytes back to the input. */
  private byteAlign(): void {
    this.drop(this.bits & 7);
    this.giveBack();
  }

  /** Hands whole held bytes read in this call back to the input. */
  private giveBack(): void {
    while (this.bits >= 8 && this.inPos > this.callStart) {
      this.bits -= 8;
      this.inPos--;
    }
    this.hold &= (1 << this.bits) - 1;
  }

  /** The next input byte: whole bytes still held first (a byte-aligned read). */
  private nextByte(): number {
    if (this.bits >= 8) {
      const b = this.hold & 0xff;
      this.drop(8);
      return b;
    }
    return this.inp[this.inPos++];
  }

  private get haveByte(): boolean {
    return this.bits >= 8 || this.inPos < this.inEnd;
  }

  /** Reads an n-byte field (little-endian into acc) across calls; false when the input runs out. */
  private field(n: number): boolean {
    while (this.accN < n) {
      if (!this.haveByte) return false;
      const b = this.nextByte();
      if (this.isGzip && this.mode === Mode.GZHEAD) this.header.push(b);
      this.acc += b * 2 ** (8 * this.accN);
      this.accN++;
    }
    this.accN = 0;
    return true;
  }

  private run(): number {
    for (;;) {
      switch (this.mode) {
        case Mode.HEAD: {
          if (!this.need(16)) return Z_OK;
          const h = this.hold & 0xffff;
          if ((this.wrap & 2) !== 0 && h === 0x8b1f) {
            if (this.wbits === 0) this.wbits = 15;
            this.isGzip = true;
            this.check = 0;
            this.header = [0x1f, 0x8b];
            this.hold = this.bits = 0;
            this.mode = Mode.GZHEAD;
            this.gz = Gz.FLAGS;
            break;
          }
          const cmf = h & 0xff, flg = h >> 8;
          if ((this.wrap & 1) === 0 || ((cmf << 8) | flg) % 31 !== 0) return this.bad("incorrect header check");
          if ((cmf & 15) !== 8) return this.bad("unknown compression method");
          const len = (cmf >> 4) + 8;
          if (this.wbits === 0) this.wbits = len;
          if (len > 15 || len > this.wbits) return this.bad("invalid window size");
          this.check = 1;
          this.hold = this.bits = 0;
          this.mode = flg & 0x20 ? Mode.DICTID : Mode.TYPE;
          break;
        }
        case Mode.GZHEAD: {
          const r = this.gzipHeader();
          if (r !== Z_STREAM_END) return r;
          break;
        }
        case Mode.DICTID:
          if (!this.field(4)) return Z_OK;
          // Big-endian on the wire.
          this.dictId = (((this.acc & 0xff) << 24) | ((this.acc >>> 8 & 0xff) << 16) | ((this.acc >>> 16 & 0xff) << 8) | (this.acc / 2 ** 24)) >>> 0;
          this.acc = 0;
          this.mode = Mode.DICT;
          break;
        case Mode.DICT:
          return Z_NEED_DICT;
        case Mode.TYPE: {
          if (this.last) {
            this.byteAlign();
            this.mode = Mode.CHECK;
            break;
          }
          if (!this.need(3)) return Z_OK;
          this.last = (this.hold & 1) !== 0;
          const type = (this.hold >> 1) & 3;
          this.drop(3);
          if (type === 0) this.mode = Mode.STORED;
          else if (type === 1) {
            this.lit = FIXED_LIT;
            this.distT = FIXED_DIST;
            this.mode = Mode.LEN;
          } else if (type === 2) this.mode = Mode.TABLE;
          else return this.bad("invalid block type");
          break;
        }
        case Mode.STORED:
          this.byteAlign();
          if (!this.field(4)) return Z_OK;
          if ((this.acc & 0xffff) !== ((this.acc / 65536) ^ 0xffff)) {
            this.acc = 0;
            return this.bad("invalid stored block lengths");
          }
          this.length = this.acc & 0xffff;
          this.acc = 0;
          this.mode = Mode.COPY;
          break;
        case Mode.COPY: {
          while (this.length > 0 && this.bits >= 8 && this.outLeft > 0) {
            if (this.op === BUFSIZE) this.slide();
            this.win[this.op++] = this.nextByte();
            this.outLeft--;
            this.length--;
          }
          while (this.length > 0) {
            if (this.outLeft === 0) return Z_OK;
            if (this.inPos >= this.inEnd) return Z_OK;
            if (this.op === BUFSIZE) this.slide();
            const n = Math.min(this.length, this.outLeft, this.inEnd - this.inPos, BUFSIZE - this.op);
            this.win.set(this.inp.subarray(this.inPos, this.inPos + n), this.op);
            this.inPos += n;
            this.op += n;
            this.outLeft -= n;
            this.length -= n;
          }
          this.mode = Mode.TYPE;
          break;
        }
        case Mode.TABLE:
          if (!this.need(14)) return Z_OK;
          this.nlen = (this.hold & 31) + 257;
          this.ndist = ((this.hold >> 5) & 31) + 1;
          this.ncode = ((this.hold >> 10) & 15) + 4;
          this.drop(14);
          if (this.nlen > 286 || this.ndist > 30) return this.bad("too many length or distance symbols");
          this.have = 0;
          this.mode = Mode.LENLENS;
          break;
        case Mode.LENLENS: {
          const lens = this.lens;
          while (this.have < this.ncode) {
            if (!this.need(3)) return Z_OK;
            lens[CLEN_ORDER[this.have++]] = this.hold & 7;
            this.drop(3);
          }
          while (this.have < 19) lens[CLEN_ORDER[this.have++]] = 0;
          if (!buildTable(lens, 19, Kind.CODES, this.dynLit)) return this.bad("invalid code lengths set");
          this.have = 0;
          this.mode = Mode.CODELENS;
          break;
        }
        case Mode.CODELENS: {
          const r = this.codeLengths();
          if (r !== Z_STREAM_END) return r;
          break;
        }
        case Mode.LEN:
        case Mode.LIT:
        case Mode.LENEXT:
        case Mode.DIST:
        case Mode.DISTEXT:
        case Mode.MATCH: {
          const r = this.codes();
          if (r !== Z_STREAM_END) return r;
          break;
        }
        case Mode.CHECK:
          if (this.wrap !== 0) {
            if (!this.field(4)) return Z_OK;
            const v = this.acc;
            this.acc = 0;
            this.flushOutput();
            const want = this.isGzip ? v : (((v & 0xff) << 24) | ((v >>> 8 & 0xff) << 16) | ((v >>> 16 & 0xff) << 8) | (v / 2 ** 24)) >>> 0;
            if ((this.wrap & 4) !== 0 && want !== this.check) return this.bad("incorrect data check");
          }
          this.mode = Mode.LENGTH;
          break;
        case Mode.LENGTH:
          if (this.wrap !== 0 && this.isGzip) {
            if (!this.field(4)) return Z_OK;
            const v = this.acc;
            this.acc = 0;
            if ((this.wrap & 4) !== 0 && v !== this.total) return this.bad("incorrect length check");
          }
          this.mode = Mode.DONE;
          break;
        case Mode.DONE:
          return Z_STREAM_END;
        case Mode.BAD:
          return Z_DATA_ERROR;
      }
    }
  }

  /** The gzip header after its magic: Z_STREAM_END when complete, else the status to return. */
  private gzipHeader(): number {
    for (;;) {
      switch (this.gz) {
        case Gz.FLAGS:
          if (!this.field(2)) return Z_OK;
          this.gzFlags = this.acc;
          this.acc = 0;
          if ((this.gzFlags & 0xff) !== 8) return this.bad("unknown compression method");
          if ((this.gzFlags & 0xe000) !== 0) return this.bad("unknown header flags set");
          this.gz = Gz.TIME;
          break;
        case Gz.TIME:
          if (!this.field(4)) return Z_OK;
          this.acc = 0;
          this.gz = Gz.OS;
          break;
        case Gz.OS:
          if (!this.field(2)) return Z_OK;
          this.acc = 0;
          this.gz = Gz.EXLEN;
          break;
        case Gz.EXLEN:
          if (this.gzFlags & 0x0400) {
            if (!this.field(2)) return Z_OK;
            this.length = this.acc;
            this.acc = 0;
          }
          this.gz = Gz.EXTRA;
          break;
        case Gz.EXTRA:
          if (this.gzFlags & 0x0400) {
            while (this.length > 0) {
              if (!this.haveByte) return Z_OK;
              this.header.push(this.nextByte());
              this.length--;
            }
          }
          this.gz = Gz.NAME;
          break;
        case Gz.NAME:
        case Gz.COMMENT: {
          if (this.gzFlags & (this.gz === Gz.NAME ? 0x0800 : 0x1000)) {
            for (;;) {
              if (!this.haveByte) return Z_OK;
              const b = this.nextByte();
              this.header.push(b);
              if (b === 0) break;
            }
          }
          this.gz = this.gz === Gz.NAME ? Gz.COMMENT : Gz.HCRC;
          break;
        }
        case Gz.HCRC: {
          if (this.gzFlags & 0x0200) {
            const covered = this.header.length;
            if (!this.field(2)) return Z_OK;
            const want = this.acc;
            this.acc = 0;
            const crc = crc32(0, Uint8Array.from(this.header.slice(0, covered))) & 0xffff;
            if ((this.wrap & 4) !== 0 && want !== crc) return this.bad("header crc mismatch");
          }
          this.header = [];
          this.check = 0;
          this.mode = Mode.TYPE;
          return Z_STREAM_END;
        }
      }
    }
  }

  /** The code lengths of a dynamic block, then its tables: Z_STREAM_END when done. */
  private codeLengths(): number {
    const lens = this.lens;
    const t = this.dynLit;
    const total = this.nlen + this.ndist;
    while (this.have < total) {
      let e = 0;
      for (;;) {
        e = t.entries[this.hold & ((1 << t.bits) - 1)];
        if ((e & 15) <= this.bits && e !== 0) break;
        if (this.inPos >= this.inEnd) return Z_OK;
        this.hold |= this.inp[this.inPos++] << this.bits;
        this.bits += 8;
      }
      const sym = e >> 4, n = e & 15;
      if (sym < 16) {
        this.drop(n);
        lens[this.have++] = sym;
        continue;
      }
      const xb = sym === 16 ? 2 : sym === 17 ? 3 : 7;
      if (!this.need(n + xb)) return Z_OK;
      this.drop(n);
      let len = 0, copy: number;
      if (sym === 16) {
        if (this.have === 0) return this.bad("invalid bit length repeat");
        len = lens[this.have - 1];
        copy = 3 + (this.hold & 3);
      } else if (sym === 17) copy = 3 + (this.hold & 7);
      else copy = 11 + (this.hold & 127);
      this.drop(xb);
      if (this.have + copy > total) return this.bad("invalid bit length repeat");
      while (copy-- > 0) lens[this.have++] = len;
    }
    if (lens[256] === 0) return this.bad("invalid code -- missing end-of-block");
    if (!buildTable(lens, this.nlen, Kind.LENS, this.dynLit)) return this.bad("invalid literal/lengths set");
    const dl = lens.slice(this.nlen, total);
    if (!buildTable(dl, this.ndist, Kind.DISTS, this.dynDist)) return this.bad("invalid distances set");
    this.lit = this.dynLit;
    this.distT = this.dynDist;
    this.mode = Mode.LEN;
    return Z_STREAM_END;
  }

  /** The symbols of a compressed block: Z_STREAM_END at its end of block, else the status to return. */
  private codes(): number {
    const inp = this.inp, inEnd = this.inEnd, win = this.win;
    const litE = this.lit.entries, litMask = (1 << this.lit.bits) - 1, litBits = this.lit.bits;
    const distE = this.distT.entries, distMask = (1 << this.distT.bits) - 1, distBits = this.distT.bits;
    let hold = this.hold, bits = this.bits, inPos = this.inPos, op = this.op, outLeft = this.outLeft;
    let mode = this.mode, length = this.length, dist = this.dist, extra = this.extra;
    let status = Z_OK;
    outer: for (;;) {
      switch (mode) {
        case Mode.LEN: {
          if (op >= BUFSIZE - 258) {
            this.op = op;
            this.slide();
            op = this.op;
          }
          while (bits < 15 && inPos < inEnd) {
            hold |= inp[inPos++] << bits;
            bits += 8;
          }
          const e = litE[hold & litMask];
          const n = e & 15;
          if (e === 0 || n > bits) {
            if (e === 0 && bits >= litBits) {
              status = this.bad("invalid literal/length code");
              break outer;
            }
            break outer; // needs more input
          }
          const sym = e >> 4;
          hold >>>= n;
          bits -= n;
          if (sym < 256) {
            // With no room left, the literal waits (as zlib's does, its code already read); an end of
            // block is still read, so a stream whose output exactly fills the limit is seen to end.
            if (outLeft === 0) {
              length = sym;
              mode = Mode.LIT;
              break outer;
            }
            win[op++] = sym;
            outLeft--;
            continue;
          }
          if (sym === 256) {
            mode = Mode.TYPE;
            status = Z_STREAM_END;
            break outer;
          }
          if (sym > 285) {
            status = this.bad("invalid literal/length code");
            break outer;
          }
          length = LEN_BASE[sym - 257];
          extra = LEN_EXTRA[sym - 257];
          mode = Mode.LENEXT;
          continue;
        }
        case Mode.LIT:
          if (outLeft === 0) break outer;
          if (op >= BUFSIZE - 258) {
            this.op = op;
            this.slide();
            op = this.op;
          }
          win[op++] = length;
          outLeft--;
          mode = Mode.LEN;
          continue;
        case Mode.LENEXT:
          if (extra > 0) {
            while (bits < extra && inPos < inEnd) {
              hold |= inp[inPos++] << bits;
              bits += 8;
            }
            if (bits < extra) break outer;
            length += hold & ((1 << extra) - 1);
            hold >>>= extra;
            bits -= extra;
          }
          mode = Mode.DIST;
          continue;
        case Mode.DIST: {
          while (bits < 15 && inPos < inEnd) {
            hold |= inp[inPos++] << bits;
            bits += 8;
          }
          const e = distE[hold & distMask];
          const n = e & 15;
          if (e === 0 || n > bits) {
            if (e === 0 && bits >= distBits) {
              status = this.bad("invalid distance code");
              break outer;
            }
            break outer;
          }
          hold >>>= n;
          bits -= n;
          const sym = e >> 4;
          if (sym > 29) {
            status = this.bad("invalid distance code");
            break outer;
          }
          dist = DIST_BASE[sym];
          extra = DIST_EXTRA[sym];
          mode = Mode.DISTEXT;
          continue;
        }
        case Mode.DISTEXT:
          if (extra > 0) {
            while (bits < extra && inPos < inEnd) {
              hold |= inp[inPos++] << bits;
              bits += 8;
            }
            if (bits < extra) break outer;
            dist += hold & ((1 << extra) - 1);
            hold >>>= extra;
            bits -= extra;
          }
          if (op - dist < this.limitPos) {
            status = this.bad("invalid distance too far back");
            break outer;
          }
          mode = Mode.MATCH;
          continue;
        case Mode.MATCH: {
          if (outLeft === 0) break outer;
          if (op + length > BUFSIZE) {
            this.op = op;
            this.slide();
            op = this.op;
          }
          const n = Math.min(length, outLeft);
          let from = op - dist;
          if (dist >= n) {
            win.copyWithin(op, from, from + n);
            op += n;
          } else {
            for (let i = 0; i < n; i++) win[op++] = win[from++];
          }
          outLeft -= n;
          length -= n;
          if (length > 0) break outer;
          mode = Mode.LEN;
          break;
        }
      }
    }
    this.hold = hold;
    this.bits = bits;
    this.inPos = inPos;
    this.op = op;
    this.outLeft = outLeft;
    if (this.mode !== Mode.BAD) this.mode = mode;
    this.length = length;
    this.dist = dist;
    this.extra = extra;
    return status;
  }
}

