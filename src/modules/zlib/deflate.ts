// The deflater: zlib 1.2.13's compression algorithm, so that the zlib module's output is the bytes
// CPython's zlib produces. The caller drives it like zlib's deflate(): it sets the input
// (nextIn/inPos/availIn) and an output window (out/outPos/availOut) and calls deflate(flush), which
// consumes input and produces output until one of them runs out.
//
// What decides the output bytes, all as zlib documents and does them:
// - levels 1-3 find matches greedily (deflate_fast), levels 4-9 lazily (deflate_slow), with the
//   per-level good/lazy/nice/chain lengths below; level 0 writes stored blocks whose sizes depend on
//   the output space offered (deflate_stored); Z_HUFFMAN_ONLY and Z_RLE have their own loops;
// - matches are found on hash chains over a 2*wsize window (hash of 3 bytes with memLevel+7 bits)
//   and may not reach back more than wsize - 262 bytes; the window slides by wsize;
// - a block ends when the symbol buffer (2**(memLevel+6) - 1 symbols) fills, or on a flush;
// - trees.ts chooses each block's type and builds its codes.
import { adler32, crc32 } from "./checksum.ts";
import { BlockWriter } from "./trees.ts";

export const Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5;
export const Z_OK = 0, Z_STREAM_END = 1, Z_STREAM_ERROR = -2, Z_BUF_ERROR = -5;
export const Z_FILTERED = 1, Z_HUFFMAN_ONLY = 2, Z_RLE = 3, Z_FIXED = 4;

const MIN_MATCH = 3;
const MAX_MATCH = 258;
const MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
const TOO_FAR = 4096;
const WIN_INIT = MAX_MATCH;
const MAX_STORED = 65535;
/** The gzip header's operating system byte (3, Unix, as zlib built for Unix and Emscripten writes). */
const OS_CODE = 3;

const enum Status { INIT, BUSY, FINISH }
const enum Block { NEED_MORE, BLOCK_DONE, FINISH_STARTED, FINISH_DONE }

// good_length, max_lazy, nice_length, max_chain per level; levels 1-3 use the fast loop.
const CONFIG: [number, number, number, number][] = [
  [0, 0, 0, 0], [4, 4, 8, 4], [4, 5, 16, 8], [4, 6, 32, 32], [4, 4, 16, 16],
  [8, 16, 32, 32], [8, 16, 128, 128], [8, 32, 128, 256], [32, 128, 258, 1024], [32, 258, 258, 4096],
];

/** RANK of a flush mode, for refusing a repeated flush that would add nothing. */
const rank = (f: number) => f * 2 - (f > 4 ? 9 : 0);

export class Deflater {
  level: number;
  strategy: number;
  /** 1 zlib, 2 gzip, 0 raw; negated once the trailer is written. */
  wrap: number;
  private wBits: number;
  private wSize: number;
  private wMask: number;
  private hashMask: number;
  private hashShift: number;
  private window: Uint8Array;
  private windowSize: number;
  private prev: Uint16Array;
  private head: Uint16Array;
  private pendingBufSize: number;
  private w: BlockWriter;
  private goodMatch: number;
  private maxLazy: number;
  private niceMatch: number;
  private maxChain: number;
  private insH = 0;
  private strstart = 0;
  private blockStart = 0;
  private lookahead = 0;
  private matchLength = MIN_MATCH - 1;
  private prevLength = MIN_MATCH - 1;
  private matchAvailable = false;
  private matchStart = 0;
  private prevMatch = 0;
  private insert = 0;
  private highWater = 0;
  private status = Status.INIT;
  private lastFlush = -2;
  /** The running checksum of the input (Adler-32, or CRC-32 for gzip). */
  adler: number;
  totalIn = 0;
  msg: string | null = null;
  ended = false;
  // The stream: input and output windows set by the caller.
  nextIn: Uint8Array = new Uint8Array(0);
  inPos = 0;
  availIn = 0;
  out: Uint8Array = new Uint8Array(0);
  outPos = 0;
  availOut = 0;

  /** deflateInit2; check `valid(...)` first. windowBits is 8..15, -15..-9 (raw) or 25..31 (gzip). */
  constructor(level: number, windowBits: number, memLevel: number, strategy: number) {
    if (level === -1) level = 6;
    let wrap = 1;
    if (windowBits < 0) {
      wrap = 0;
      windowBits = -windowBits;
    } else if (windowBits > 15) {
      wrap = 2;
      windowBits -= 16;
    }
    if (windowBits === 8) windowBits = 9;
    this.level = level;
    this.strategy = strategy;
    this.wrap = wrap;
    this.wBits = windowBits;
    this.wSize = 1 << windowBits;
    this.wMask = this.wSize - 1;
    const hashBits = memLevel + 7;
    this.hashMask = (1 << hashBits) - 1;
    this.hashShift = Math.floor((hashBits + MIN_MATCH - 1) / MIN_MATCH);
    this.window = new Uint8Array(this.wSize * 2);
    this.windowSize = this.wSize * 2;
    this.prev = new Uint16Array(this.wSize);
    this.head = new Uint16Array(1 << hashBits);
    const litBufsize = 1 << (memLevel + 6);
    this.pendingBufSize = litBufsize * 4;
    this.w = new BlockWriter(litBufsize, level, strategy);
    [this.goodMatch, this.maxLazy, this.niceMatch, this.maxChain] = CONFIG[level];
    this.adler = wrap === 2 ? 0 : 1;
  }

  /** deflateInit2's parameter checks (after level -1 means 6). */
  static valid(level: number, method: number, windowBits: number, memLevel: number, strategy: number): boolean {
    if (level === -1) level = 6;
    let wrap = 1;
    if (windowBits < 0) {
      wrap = 0;
      if (windowBits < -15) return false;
      windowBits = -windowBits;
    } else if (windowBits > 15) {
      wrap = 2;
      windowBits -= 16;
    }
    return !(memLevel < 1 || memLevel > 9 || method !== 8 || windowBits < 8 || windowBits > 15 || level < 0 || level > 9 ||
      strategy < 0 || strategy > Z_FIXED || (windowBits === 8 && wrap !== 1));
  }

  copy(): Deflater {
    const c = Object.assign(Object.create(Deflater.prototype), this) as Deflater;
    c.window = this.window.slice();
    c.prev = this.prev.slice();
    c.head = this.head.slice();
    c.w = this.w.copy();
    return c;
  }

  /** deflateSetDictionary: Z_OK or Z_STREAM_ERROR. */
  setDictionary(dict: Uint8Array): number {
    const wrap = this.wrap;
    if (this.ended || wrap === 2 || (wrap === 1 && this.status !== Status.INIT) || this.lookahead !== 0) return Z_STREAM_ERROR;
    if (wrap === 1) this.adler = adler32(this.adler, dict);
    this.wrap = 0;
    if (dict.length >= this.wSize) {
      if (wrap === 0) {
        this.head.fill(0);
        this.strstart = 0;
        this.blockStart = 0;
        this.insert = 0;
      }
      dict = dict.subarray(dict.length - this.wSize);
    }
    const { nextIn, inPos, availIn } = this;
    this.nextIn = dict;
    this.inPos = 0;
    this.availIn = dict.length;
    this.fillWindow();
    while (this.lookahead >= MIN_MATCH) {
      let str = this.strstart;
      let n = this.lookahead - (MIN_MATCH - 1);
      do {
        this.insH = ((this.insH << this.hashShift) ^ this.window[str + MIN_MATCH - 1]) & this.hashMask;
        this.prev[str & this.wMask] = this.head[this.insH];
        this.head[this.insH] = str;
        str++;
      } while (--n);
      this.strstart = str;
      this.lookahead = MIN_MATCH - 1;
      this.fillWindow();
    }
    this.strstart += this.lookahead;
    this.blockStart = this.strstart;
    this.insert = this.lookahead;
    this.lookahead = 0;
    this.matchLength = this.prevLength = MIN_MATCH - 1;
    this.matchAvailable = false;
    this.nextIn = nextIn;
    this.inPos = inPos;
    this.availIn = availIn;
    this.wrap = wrap;
    return Z_OK;
  }

  // ---- stream plumbing ----

  /** Copies up to size input bytes to buf[start..], updating the checksum. */
  private readBuf(buf: Uint8Array, start: number, size: number): number {
    const len = Math.min(this.availIn, size);
    if (len === 0) return 0;
    const src = this.nextIn.subarray(this.inPos, this.inPos + len);
    buf.set(src, start);
    if (this.wrap === 1) this.adler = adler32(this.adler, src);
    else if (this.wrap === 2) this.adler = crc32(this.adler, src);
    this.inPos += len;
    this.availIn -= len;
    this.totalIn += len;
    return len;
  }

  /** Moves pending output to the output window, as far as it has room. */
  private flushPending(): void {
    const w = this.w;
    const len = Math.min(w.pending, this.availOut);
    if (len === 0) return;
    this.out.set(w.pbuf.subarray(w.pstart, w.pstart + len), this.outPos);
    this.outPos += len;
    this.availOut -= len;
    w.pstart += len;
    if (w.pstart === w.pend) w.pstart = w.pend = 0;
  }

  private err(code: number, msg: string): number {
    this.msg = msg;
    return code;
  }

  /** deflate(strm, flush). */
  deflate(flush: number): number {
    if (this.ended || flush > Z_BLOCK || flush < 0) return Z_STREAM_ERROR;
    const w = this.w;
    if (this.status === Status.FINISH && flush !== Z_FINISH) return this.err(Z_STREAM_ERROR, "stream error");
    if (this.availOut === 0) return this.err(Z_BUF_ERROR, "buffer error");
    const oldFlush = this.lastFlush;
    this.lastFlush = flush;
    if (w.pending !== 0) {
      this.flushPending();
      if (this.availOut === 0) {
        this.lastFlush = -1;
        return Z_OK;
      }
    } else if (this.availIn === 0 && rank(flush) <= rank(oldFlush) && flush !== Z_FINISH) {
      return this.err(Z_BUF_ERROR, "buffer error");
    }
    if (this.status === Status.FINISH && this.availIn !== 0) return this.err(Z_BUF_ERROR, "buffer error");
    if (this.status === Status.INIT && this.wrap === 0) this.status = Status.BUSY;
    if (this.status === Status.INIT) {
      if (this.wrap === 2) {
        this.adler = 0;
        for (const b of [31, 139, 8, 0, 0, 0, 0, 0]) w.putByte(b);
        w.putByte(this.level === 9 ? 2 : this.strategy >= Z_HUFFMAN_ONLY || this.level < 2 ? 4 : 0);
        w.putByte(OS_CODE);
      } else {
        let header = (8 + ((this.wBits - 8) << 4)) << 8;
        const levelFlags = this.strategy >= Z_HUFFMAN_ONLY || this.level < 2 ? 0 : this.level < 6 ? 1 : this.level === 6 ? 2 : 3;
        header |= levelFlags << 6;
        if (this.strstart !== 0) header |= 0x20;
        header += 31 - (header % 31);
        w.putShortMSB(header);
        if (this.strstart !== 0) {
          w.putShortMSB(this.adler >>> 16);
          w.putShortMSB(this.adler & 0xffff);
        }
        this.adler = 1;
      }
      this.status = Status.BUSY;
      this.flushPending();
      if (w.pending !== 0) {
        this.lastFlush = -1;
        return Z_OK;
      }
    }
    if (this.availIn !== 0 || this.lookahead !== 0 || (flush !== Z_NO_FLUSH && this.status !== Status.FINISH)) {
      const bstate = this.level === 0 ? this.deflateStored(flush)
        : this.strategy === Z_HUFFMAN_ONLY ? this.deflateHuff(flush)
        : this.strategy === Z_RLE ? this.deflateRle(flush)
        : this.level <= 3 ? this.deflateFast(flush) : this.deflateSlow(flush);
      if (bstate === Block.FINISH_STARTED || bstate === Block.FINISH_DONE) this.status = Status.FINISH;
      if (bstate === Block.NEED_MORE || bstate === Block.FINISH_STARTED) {
        if (this.availOut === 0) this.lastFlush = -1;
        return Z_OK;
      }
      if (bstate === Block.BLOCK_DONE) {
        if (flush === Z_PARTIAL_FLUSH) w.align();
        else if (flush !== Z_BLOCK) {
          w.storedBlock(null, 0, 0, false);
          if (flush === Z_FULL_FLUSH) {
            this.head.fill(0);
            if (this.lookahead === 0) {
              this.strstart = 0;
              this.blockStart = 0;
              this.insert = 0;
            }
          }
        }
        this.flushPending();
        if (this.availOut === 0) {
          this.lastFlush = -1;
          return Z_OK;
        }
      }
    }
    if (flush !== Z_FINISH) return Z_OK;
    if (this.wrap <= 0) return Z_STREAM_END;
    if (this.wrap === 2) {
      for (const v of [this.adler, this.totalIn]) {
        w.putByte(v & 0xff);
        w.putByte((v >>> 8) & 0xff);
        w.putByte((v >>> 16) & 0xff);
        w.putByte((v >>> 24) & 0xff);
      }
    } else {
      w.putShortMSB(this.adler >>> 16);
      w.putShortMSB(this.adler & 0xffff);
    }
    this.flushPending();
    this.wrap = -this.wrap;
    return w.pending !== 0 ? Z_OK : Z_STREAM_END;
  }

  /** deflateEnd: the stream can no longer be used. */
  end(): void {
    this.ended = true;
  }

  // ---- the window ----

  private slideHash(): void {
    const wsize = this.wSize;
    const head = this.head, prev = this.prev;
    for (let n = 0; n < head.length; n++) {
      const m = head[n];
      head[n] = m >= wsize ? m - wsize : 0;
    }
    for (let n = 0; n < wsize; n++) {
      const m = prev[n];
      prev[n] = m >= wsize ? m - wsize : 0;
    }
  }

  /** Reads input into the window, sliding it when the lookahead nears its end (fill_window). */
  private fillWindow(): void {
    const wsize = this.wSize;
    const window = this.window;
    do {
      let more = this.windowSize - this.lookahead - this.strstart;
      if (this.strstart >= wsize + (wsize - MIN_LOOKAHEAD)) {
        window.copyWithin(0, wsize, wsize + wsize - more);
        this.matchStart -= wsize;
        this.strstart -= wsize;
        this.blockStart -= wsize;
        if (this.insert > this.strstart) this.insert = this.strstart;
        this.slideHash();
        more += wsize;
      }
      if (this.availIn === 0) break;
      const n = this.readBuf(window, this.strstart + this.lookahead, more);
      this.lookahead += n;
      if (this.lookahead + this.insert >= MIN_MATCH) {
        let str = this.strstart - this.insert;
        this.insH = window[str];
        this.insH = ((this.insH << this.hashShift) ^ window[str + 1]) & this.hashMask;
        while (this.insert) {
          this.insH = ((this.insH << this.hashShift) ^ window[str + MIN_MATCH - 1]) & this.hashMask;
          this.prev[str & this.wMask] = this.head[this.insH];
          this.head[this.insH] = str;
          str++;
          this.insert--;
          if (this.lookahead + this.insert < MIN_MATCH) break;
        }
      }
    } while (this.lookahead < MIN_LOOKAHEAD && this.availIn !== 0);
    // zlib zeroes the bytes just past the input, which the match search may read.
    if (this.highWater < this.windowSize) {
      const curr = this.strstart + this.lookahead;
      if (this.highWater < curr) {
        const init = Math.min(this.windowSize - curr, WIN_INIT);
        window.fill(0, curr, curr + init);
        this.highWater = curr + init;
      } else if (this.highWater < curr + WIN_INIT) {
        const init = Math.min(curr + WIN_INIT - this.highWater, this.windowSize - this.highWater);
        window.fill(0, this.highWater, this.highWater + init);
        this.highWater += init;
      }
    }
  }

  /** Inserts the string at str into its hash chain; returns the previous head of the chain. */
  private insertString(str: number): number {
    this.insH = ((this.insH << this.hashShift) ^ this.window[str + MIN_MATCH - 1]) & this.hashMask;
    const h = this.head[this.insH];
    this.prev[str & this.wMask] = h;
    this.head[this.insH] = str;
    return h;
  }

  /** The longest match for strstart along the chain from curMatch (longest_match); sets matchStart. */
  private longestMatch(curMatch: number): number {
    let chainLength = this.maxChain;
    const window = this.window;
    const scan = this.strstart;
    let bestLen = this.prevLength;
    let niceMatch = this.niceMatch;
    const maxDist = this.wSize - MIN_LOOKAHEAD;
    const limit = this.strstart > maxDist ? this.strstart - maxDist : 0;
    const prev = this.prev, wmask = this.wMask;
    const strend = scan + MAX_MATCH;
    let scanEnd1 = window[scan + bestLen - 1];
    let scanEnd = window[scan + bestLen];
    if (this.prevLength >= this.goodMatch) chainLength >>= 2;
    if (niceMatch > this.lookahead) niceMatch = this.lookahead;
    const s0 = window[scan], s1 = window[scan + 1];
    do {
      const match = curMatch;
      if (window[match + bestLen] !== scanEnd || window[match + bestLen - 1] !== scanEnd1 ||
          window[match] !== s0 || window[match + 1] !== s1) continue;
      // The third bytes are equal when the first two are and the hashes agree.
      // Compared 8 at a time up to strend; a mismatch leaves sp on it (zlib's unrolled loop).
      let sp = scan + 2, mp = match + 2;
      while (window[++sp] === window[++mp] && window[++sp] === window[++mp] && window[++sp] === window[++mp] &&
          window[++sp] === window[++mp] && window[++sp] === window[++mp] && window[++sp] === window[++mp] &&
          window[++sp] === window[++mp] && window[++sp] === window[++mp] && sp < strend);
      const len = MAX_MATCH - (strend - sp);
      if (len > bestLen) {
        this.matchStart = curMatch;
        bestLen = len;
        if (len >= niceMatch) break;
        scanEnd1 = window[scan + bestLen - 1];
        scanEnd = window[scan + bestLen];
      }
    } while ((curMatch = prev[curMatch & wmask]) > limit && --chainLength !== 0);
    return bestLen <= this.lookahead ? bestLen : this.lookahead;
  }

  /** FLUSH_BLOCK_ONLY: ends the block at strstart. */
  private flushBlockOnly(last: boolean): void {
    const bs = this.blockStart;
    this.w.flushBlock(bs >= 0 ? this.window : null, bs >= 0 ? bs : 0, this.strstart - bs, last);
    this.blockStart = this.strstart;
    this.flushPending();
  }

  // ---- the compression loops ----

  private deflateStored(flush: number): Block {
    const w = this.w;
    let minBlock = Math.min(this.pendingBufSize - 5, this.wSize);
    let len: number, left: number, have: number, last = false;
    let used = this.availIn;
    do {
      len = MAX_STORED;
      have = (w.biValid + 42) >> 3;
      if (this.availOut < have) break;
      have = this.availOut - have;
      left = this.strstart - this.blockStart;
      if (len > left + this.availIn) len = left + this.availIn;
      if (len > have) len = have;
      if (len < minBlock && ((len === 0 && flush !== Z_FINISH) || flush === Z_NO_FLUSH || len !== left + this.availIn)) break;
      last = flush === Z_FINISH && len === left + this.availIn;
      w.storedBlock(null, 0, 0, last);
      const p = w.pend;
      w.pbuf[p - 4] = len & 0xff;
      w.pbuf[p - 3] = (len >> 8) & 0xff;
      w.pbuf[p - 2] = ~len & 0xff;
      w.pbuf[p - 1] = (~len >> 8) & 0xff;
      this.flushPending();
      if (left) {
        if (left > len) left = len;
        this.out.set(this.window.subarray(this.blockStart, this.blockStart + left), this.outPos);
        this.outPos += left;
        this.availOut -= left;
        this.blockStart += left;
        len -= left;
      }
      if (len) {
        this.readBuf(this.out, this.outPos, len);
        this.outPos += len;
        this.availOut -= len;
      }
    } while (!last);
    used -= this.availIn;
    if (used) {
      if (used >= this.wSize) {
        this.window.set(this.nextIn.subarray(this.inPos - this.wSize, this.inPos), 0);
        this.strstart = this.wSize;
        this.insert = this.strstart;
      } else {
        if (this.windowSize - this.strstart <= used) {
          this.strstart -= this.wSize;
          this.window.copyWithin(0, this.wSize, this.wSize + this.strstart);
          if (this.insert > this.strstart) this.insert = this.strstart;
        }
        this.window.set(this.nextIn.subarray(this.inPos - used, this.inPos), this.strstart);
        this.strstart += used;
        this.insert += Math.min(used, this.wSize - this.insert);
      }
      this.blockStart = this.strstart;
    }
    if (this.highWater < this.strstart) this.highWater = this.strstart;
    if (last) return Block.FINISH_DONE;
    if (flush !== Z_NO_FLUSH && flush !== Z_FINISH && this.availIn === 0 && this.strstart === this.blockStart) return Block.BLOCK_DONE;
    have = this.windowSize - this.strstart;
    if (this.availIn > have && this.blockStart >= this.wSize) {
      this.blockStart -= this.wSize;
      this.strstart -= this.wSize;
      this.window.copyWithin(0, this.wSize, this.wSize + this.strstart);
      have += this.wSize;
      if (this.insert > this.strstart) this.insert = this.strstart;
    }
    if (have > this.availIn) have = this.availIn;
    if (have) {
      this.readBuf(this.window, this.strstart, have);
      this.strstart += have;
      this.insert += Math.min(have, this.wSize - this.insert);
    }
    if (this.highWater < this.strstart) this.highWater = this.strstart;
    have = (w.biValid + 42) >> 3;
    have = Math.min(this.pendingBufSize - have, MAX_STORED);
    minBlock = Math.min(have, this.wSize);
    left = this.strstart - this.blockStart;
    if (left >= minBlock || ((left || flush === Z_FINISH) && flush !== Z_NO_FLUSH && this.availIn === 0 && left <= have)) {
      len = Math.min(left, have);
      last = flush === Z_FINISH && this.availIn === 0 && len === left;
      w.storedBlock(this.window, this.blockStart, len, last);
      this.blockStart += len;
      this.flushPending();
    }
    return last ? Block.FINISH_STARTED : Block.NEED_MORE;
  }

  /** The end of a compression loop: the last or a flushed block. */
  private finishLoop(flush: number): Block {
    if (flush === Z_FINISH) {
      this.flushBlockOnly(true);
      return this.availOut === 0 ? Block.FINISH_STARTED : Block.FINISH_DONE;
    }
    if (this.w.symNext) {
      this.flushBlockOnly(false);
      if (this.availOut === 0) return Block.NEED_MORE;
    }
    return Block.BLOCK_DONE;
  }

  private deflateFast(flush: number): Block {
    const w = this.w, window = this.window;
    const maxDist = this.wSize - MIN_LOOKAHEAD;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return Block.NEED_MORE;
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      if (hashHead !== 0 && this.strstart - hashHead <= maxDist) this.matchLength = this.longestMatch(hashHead);
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = w.tallyDist(this.strstart - this.matchStart, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        if (this.matchLength <= this.maxLazy && this.lookahead >= MIN_MATCH) {
          this.matchLength--;
          do {
            this.strstart++;
            this.insertString(this.strstart);
          } while (--this.matchLength !== 0);
          this.strstart++;
        } else {
          this.strstart += this.matchLength;
          this.matchLength = 0;
          this.insH = window[this.strstart];
          this.insH = ((this.insH << this.hashShift) ^ window[this.strstart + 1]) & this.hashMask;
        }
      } else {
        bflush = w.tallyLit(window[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) {
        this.flushBlockOnly(false);
        if (this.availOut === 0) return Block.NEED_MORE;
      }
    }
    this.insert = this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1;
    return this.finishLoop(flush);
  }

  private deflateSlow(flush: number): Block {
    const w = this.w, window = this.window;
    const maxDist = this.wSize - MIN_LOOKAHEAD;
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return Block.NEED_MORE;
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      this.prevLength = this.matchLength;
      this.prevMatch = this.matchStart;
      this.matchLength = MIN_MATCH - 1;
      if (hashHead !== 0 && this.prevLength < this.maxLazy && this.strstart - hashHead <= maxDist) {
        this.matchLength = this.longestMatch(hashHead);
        if (this.matchLength <= 5 && (this.strategy === Z_FILTERED ||
            (this.matchLength === MIN_MATCH && this.strstart - this.matchStart > TOO_FAR))) {
          this.matchLength = MIN_MATCH - 1;
        }
      }
      if (this.prevLength >= MIN_MATCH && this.matchLength <= this.prevLength) {
        const maxInsert = this.strstart + this.lookahead - MIN_MATCH;
        const bflush = w.tallyDist(this.strstart - 1 - this.prevMatch, this.prevLength - MIN_MATCH);
        this.lookahead -= this.prevLength - 1;
        this.prevLength -= 2;
        do {
          if (++this.strstart <= maxInsert) this.insertString(this.strstart);
        } while (--this.prevLength !== 0);
        this.matchAvailable = false;
        this.matchLength = MIN_MATCH - 1;
        this.strstart++;
        if (bflush) {
          this.flushBlockOnly(false);
          if (this.availOut === 0) return Block.NEED_MORE;
        }
      } else if (this.matchAvailable) {
        if (w.tallyLit(window[this.strstart - 1])) this.flushBlockOnly(false);
        this.strstart++;
        this.lookahead--;
        if (this.availOut === 0) return Block.NEED_MORE;
      } else {
        this.matchAvailable = true;
        this.strstart++;
        this.lookahead--;
      }
    }
    if (this.matchAvailable) {
      w.tallyLit(window[this.strstart - 1]);
      this.matchAvailable = false;
    }
    this.insert = this.strstart < MIN_MATCH - 1 ? this.strstart : MIN_MATCH - 1;
    return this.finishLoop(flush);
  }

  private deflateRle(flush: number): Block {
    const w = this.w, window = this.window;
    for (;;) {
      if (this.lookahead <= MAX_MATCH) {
        this.fillWindow();
        if (this.lookahead <= MAX_MATCH && flush === Z_NO_FLUSH) return Block.NEED_MORE;
        if (this.lookahead === 0) break;
      }
      this.matchLength = 0;
      if (this.lookahead >= MIN_MATCH && this.strstart > 0) {
        const s = this.strstart;
        const prev = window[s - 1];
        if (prev === window[s] && prev === window[s + 1] && prev === window[s + 2]) {
          let p = 3;
          while (p < MAX_MATCH && window[s + p] === prev) p++;
          this.matchLength = Math.min(p, this.lookahead);
        }
      }
      let bflush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        bflush = w.tallyDist(1, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        this.strstart += this.matchLength;
        this.matchLength = 0;
      } else {
        bflush = w.tallyLit(window[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (bflush) {
        this.flushBlockOnly(false);
        if (this.availOut === 0) return Block.NEED_MORE;
      }
    }
    this.insert = 0;
    return this.finishLoop(flush);
  }

  private deflateHuff(flush: number): Block {
    const w = this.w;
    for (;;) {
      if (this.lookahead === 0) {
        this.fillWindow();
        if (this.lookahead === 0) {
          if (flush === Z_NO_FLUSH) return Block.NEED_MORE;
          break;
        }
      }
      this.matchLength = 0;
      const bflush = w.tallyLit(this.window[this.strstart]);
      this.lookahead--;
      this.strstart++;
      if (bflush) {
        this.flushBlockOnly(false);
        if (this.availOut === 0) return Block.NEED_MORE;
      }
    }
    this.insert = 0;
    return this.finishLoop(flush);
  }
}
