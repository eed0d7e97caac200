// The block writer of the deflater: the symbol buffer a block's literals and matches are tallied
// into, the Huffman trees built from their frequencies, the choice between a stored, a fixed-code and
// a dynamic-code block, and the bit-level output (the pending buffer). To produce the same bytes as
// zlib 1.2.13, trees are built the way zlib's deflate documents and does it: a heap ordered by
// frequency with ties broken by subtree depth, code lengths limited to 15 (7 for the code length code)
// by zlib's overflow repair, canonical codes, and the block cost estimates that pick the block type.

export const L_CODES = 286; // literal/length codes (256 literals, end of block, 29 lengths)
export const D_CODES = 30;
const BL_CODES = 19;
const HEAP_SIZE = 2 * L_CODES + 1;
const END_BLOCK = 256;
const REP_3_6 = 16, REPZ_3_10 = 17, REPZ_11_138 = 18;
const BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

const EXTRA_LBITS = new Int32Array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]);
const EXTRA_DBITS = new Int32Array([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]);
const EXTRA_BLBITS = new Int32Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7]);

// Length code of match length - 3 (0..255), distance code of distance - 1 (0..32767), and their bases.
const LENGTH_CODE = new Uint8Array(256);
const BASE_LENGTH = new Int32Array(29);
const DIST_CODE = new Uint8Array(32768);
const BASE_DIST = new Int32Array(30);
{
  let length = 0, code = 0;
  for (; code < 28; code++) {
    BASE_LENGTH[code] = length;
    for (let n = 0; n < 1 << EXTRA_LBITS[code]; n++) LENGTH_CODE[length++] = code;
  }
  // Match length 258 has its own code (285) rather than 284 with all extra bits set.
  LENGTH_CODE[255] = 28;
  BASE_LENGTH[28] = 0;
  let dist = 0;
  for (code = 0; code < 30; code++) {
    BASE_DIST[code] = dist;
    for (let n = 0; n < 1 << EXTRA_DBITS[code]; n++) DIST_CODE[dist++] = code;
  }
}

/** A Huffman tree over `elems` symbols with room for its internal nodes. */
class Tree {
  freq: Uint32Array;
  len: Uint16Array;
  dad: Uint16Array;
  code: Uint16Array;
  maxCode = 0;
  constructor(size: number) {
    this.freq = new Uint32Array(size);
    this.len = new Uint16Array(size + 1);
    this.dad = new Uint16Array(size);
    this.code = new Uint16Array(size);
  }
  copy(): Tree {
    const t = new Tree(0);
    t.freq = this.freq.slice();
    t.len = this.len.slice();
    t.dad = this.dad.slice();
    t.code = this.code.slice();
    t.maxCode = this.maxCode;
    return t;
  }
}

/** What build_tree needs to know of a tree kind. */
interface TreeKind {
  staticLen: Uint16Array | null;
  extra: Int32Array;
  extraBase: number;
  elems: number;
  maxLength: number;
}

function reverseBits(code: number, len: number): number {
  let r = 0;
  for (; len > 0; len--, code >>= 1) r = (r << 1) | (code & 1);
  return r;
}

/** Canonical codes for the lengths len[0..maxCode], bit-reversed for LSB-first output. */
function genCodes(len: Uint16Array, code: Uint16Array, maxCode: number, blCount: Uint16Array): void {
  const next = new Uint16Array(16);
  for (let bits = 1, c = 0; bits <= 15; bits++) {
    c = (c + blCount[bits - 1]) << 1;
    next[bits] = c;
  }
  for (let n = 0; n <= maxCode; n++) {
    const l = len[n];
    if (l !== 0) code[n] = reverseBits(next[l]++, l);
  }
}

// The fixed codes of RFC 1951 3.2.6.
const STATIC_LLEN = new Uint16Array(288);
const STATIC_LCODE = new Uint16Array(288);
const STATIC_DLEN = new Uint16Array(D_CODES).fill(5);
const STATIC_DCODE = new Uint16Array(D_CODES);
{
  STATIC_LLEN.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
  const count = new Uint16Array(16);
  for (const l of STATIC_LLEN) count[l]++;
  genCodes(STATIC_LLEN, STATIC_LCODE, 287, count);
  for (let n = 0; n < D_CODES; n++) STATIC_DCODE[n] = reverseBits(n, 5);
}

const L_KIND: TreeKind = { staticLen: STATIC_LLEN, extra: EXTRA_LBITS, extraBase: 257, elems: L_CODES, maxLength: 15 };
const D_KIND: TreeKind = { staticLen: STATIC_DLEN, extra: EXTRA_DBITS, extraBase: 0, elems: D_CODES, maxLength: 15 };
const BL_KIND: TreeKind = { staticLen: null, extra: EXTRA_BLBITS, extraBase: 0, elems: BL_CODES, maxLength: 7 };

export class BlockWriter {
  // Output not yet handed to the caller: pbuf[pstart, pend).
  pbuf = new Uint8Array(1 << 16);
  pstart = 0;
  pend = 0;
  // Bits not yet forming a whole byte (fewer than 8 between calls).
  biBuf = 0;
  biValid = 0;
  // The symbols of the current block, 3 bytes each: distance (0 for a literal, little-endian) and
  // the literal or match length - 3.
  sym: Uint8Array;
  symNext = 0;
  symEnd: number;
  private dynL = new Tree(HEAP_SIZE);
  private dynD = new Tree(2 * D_CODES + 1);
  private bl = new Tree(2 * BL_CODES + 1);
  private heap = new Int32Array(HEAP_SIZE);
  private heapLen = 0;
  private heapMax = 0;
  private depth = new Uint8Array(HEAP_SIZE);
  private blCount = new Uint16Array(16);
  private optLen = 0;
  private staticLen = 0;

  constructor(litBufsize: number, public level: number, public strategy: number) {
    this.sym = new Uint8Array(litBufsize * 3);
    this.symEnd = (litBufsize - 1) * 3;
    this.initBlock();
  }

  copy(): BlockWriter {
    const c = Object.assign(Object.create(BlockWriter.prototype), this) as BlockWriter;
    c.pbuf = this.pbuf.slice();
    c.sym = this.sym.slice();
    c.dynL = this.dynL.copy();
    c.dynD = this.dynD.copy();
    c.bl = this.bl.copy();
    c.heap = this.heap.slice();
    c.depth = this.depth.slice();
    c.blCount = this.blCount.slice();
    return c;
  }

  get pending(): number {
    return this.pend - this.pstart;
  }

  private initBlock(): void {
    this.dynL.freq.fill(0, 0, L_CODES);
    this.dynD.freq.fill(0, 0, D_CODES);
    this.bl.freq.fill(0, 0, BL_CODES);
    this.dynL.freq[END_BLOCK] = 1;
    this.optLen = this.staticLen = 0;
    this.symNext = 0;
  }

  // ---- bit output ----

  private grow(n: number): void {
    if (this.pstart > 0 && this.pend - this.pstart + n <= this.pbuf.length) {
      this.pbuf.copyWithin(0, this.pstart, this.pend);
      this.pend -= this.pstart;
      this.pstart = 0;
      return;
    }
    const b = new Uint8Array(Math.max(this.pbuf.length * 2, this.pend + n));
    b.set(this.pbuf.subarray(0, this.pend));
    this.pbuf = b;
  }

  putByte(b: number): void {
    if (this.pend === this.pbuf.length) this.grow(1);
    this.pbuf[this.pend++] = b;
  }

  putShortMSB(v: number): void {
    this.putByte((v >> 8) & 0xff);
    this.putByte(v & 0xff);
  }

  putBytes(src: Uint8Array, start: number, len: number): void {
    if (this.pend + len > this.pbuf.length) this.grow(len);
    this.pbuf.set(src.subarray(start, start + len), this.pend);
    this.pend += len;
  }

  sendBits(value: number, length: number): void {
    this.biBuf |= value << this.biValid;
    this.biValid += length;
    while (this.biValid >= 8) {
      this.putByte(this.biBuf & 0xff);
      this.biBuf >>>= 8;
      this.biValid -= 8;
    }
  }

  /** bi_windup: pads the last partial byte with zero bits. */
  windup(): void {
    if (this.biValid > 0) this.putByte(this.biBuf & 0xff);
    this.biBuf = 0;
    this.biValid = 0;
  }

  // ---- tallying ----

  /** Records a literal; true when the symbol buffer is full and the block must be flushed. */
  tallyLit(c: number): boolean {
    const s = this.sym;
    s[this.symNext] = 0;
    s[this.symNext + 1] = 0;
    s[this.symNext + 2] = c;
    this.symNext += 3;
    this.dynL.freq[c]++;
    return this.symNext === this.symEnd;
  }

  /** Records a match at distance dist (1..32768) of length lc + 3. */
  tallyDist(dist: number, lc: number): boolean {
    const s = this.sym;
    s[this.symNext] = dist & 0xff;
    s[this.symNext + 1] = dist >> 8;
    s[this.symNext + 2] = lc;
    this.symNext += 3;
    dist--;
    this.dynL.freq[LENGTH_CODE[lc] + 257]++;
    this.dynD.freq[DIST_CODE[dist]]++;
    return this.symNext === this.symEnd;
  }

  // ---- blocks ----

  /** A stored block of buf[start, start+len) (an empty one for sync and full flushes). */
  storedBlock(buf: Uint8Array | null, start: number, len: number, last: boolean): void {
    this.sendBits(last ? 1 : 0, 3);
    this.windup();
    this.putByte(len & 0xff);
    this.putByte((len >> 8) & 0xff);
    this.putByte(~len & 0xff);
    this.putByte((~len >> 8) & 0xff);
    if (len > 0 && buf !== null) this.putBytes(buf, start, len);
  }

  /** _tr_align: an empty fixed-code block, for Z_PARTIAL_FLUSH. */
  align(): void {
    this.sendBits(1 << 1, 3);
    this.sendBits(STATIC_LCODE[END_BLOCK], STATIC_LLEN[END_BLOCK]);
  }

  /**
   * Ends the current block: stored (when buf is given and that is no longer), fixed or dynamic,
   * whichever zlib's estimates choose. buf[start, start+storedLen) is the block's input.
   */
  flushBlock(buf: Uint8Array | null, start: number, storedLen: number, last: boolean): void {
    let optLenb: number, staticLenb: number, maxBlindex = 0;
    if (this.level > 0) {
      this.buildTree(this.dynL, L_KIND);
      this.buildTree(this.dynD, D_KIND);
      maxBlindex = this.buildBlTree();
      optLenb = (this.optLen + 3 + 7) >>> 3;
      staticLenb = (this.staticLen + 3 + 7) >>> 3;
      if (staticLenb <= optLenb || this.strategy === 4 /* Z_FIXED */) optLenb = staticLenb;
    } else {
      optLenb = staticLenb = storedLen + 5;
    }
    if (storedLen + 4 <= optLenb && buf !== null) {
      this.storedBlock(buf, start, storedLen, last);
    } else if (staticLenb === optLenb) {
      this.sendBits((1 << 1) + (last ? 1 : 0), 3);
      this.compressBlock(STATIC_LCODE, STATIC_LLEN, STATIC_DCODE, STATIC_DLEN);
    } else {
      this.sendBits((2 << 1) + (last ? 1 : 0), 3);
      this.sendAllTrees(this.dynL.maxCode + 1, this.dynD.maxCode + 1, maxBlindex + 1);
      this.compressBlock(this.dynL.code, this.dynL.len, this.dynD.code, this.dynD.len);
    }
    this.initBlock();
    if (last) this.windup();
  }

  private compressBlock(lcode: Uint16Array, llen: Uint16Array, dcode: Uint16Array, dlen: Uint16Array): void {
    const s = this.sym;
    for (let sx = 0; sx < this.symNext; sx += 3) {
      let dist = s[sx] | (s[sx + 1] << 8);
      let lc = s[sx + 2];
      if (dist === 0) {
        this.sendBits(lcode[lc], llen[lc]);
        continue;
      }
      let code = LENGTH_CODE[lc];
      this.sendBits(lcode[code + 257], llen[code + 257]);
      let extra = EXTRA_LBITS[code];
      if (extra !== 0) {
        lc -= BASE_LENGTH[code];
        this.sendBits(lc, extra);
      }
      dist--;
      code = DIST_CODE[dist];
      this.sendBits(dcode[code], dlen[code]);
      extra = EXTRA_DBITS[code];
      if (extra !== 0) this.sendBits(dist - BASE_DIST[code], extra);
    }
    this.sendBits(lcode[END_BLOCK], llen[END_BLOCK]);
  }

  // ---- Huffman trees ----

  /** n sorts before m: lower frequency, then smaller depth. */
  private smaller(freq: Uint32Array, n: number, m: number): boolean {
    return freq[n] < freq[m] || (freq[n] === freq[m] && this.depth[n] <= this.depth[m]);
  }

  /** Restores the heap property from position k down. */
  private downHeap(freq: Uint32Array, k: number): void {
    const heap = this.heap;
    const v = heap[k];
    let j = k << 1;
    while (j <= this.heapLen) {
      if (j < this.heapLen && this.smaller(freq, heap[j + 1], heap[j])) j++;
      if (this.smaller(freq, v, heap[j])) break;
      heap[k] = heap[j];
      k = j;
      j <<= 1;
    }
    heap[k] = v;
  }

  private buildTree(tree: Tree, kind: TreeKind): void {
    const { freq, len, dad } = tree;
    const heap = this.heap, depth = this.depth;
    const stree = kind.staticLen;
    const elems = kind.elems;
    let maxCode = -1;
    this.heapLen = 0;
    this.heapMax = HEAP_SIZE;
    for (let n = 0; n < elems; n++) {
      if (freq[n] !== 0) {
        heap[++this.heapLen] = maxCode = n;
        depth[n] = 0;
      } else {
        len[n] = 0;
      }
    }
    // At least two codes, so that every code has at least one bit.
    while (this.heapLen < 2) {
      const node = (heap[++this.heapLen] = maxCode < 2 ? ++maxCode : 0);
      freq[node] = 1;
      depth[node] = 0;
      this.optLen--;
      if (stree !== null) this.staticLen -= stree[node];
    }
    tree.maxCode = maxCode;
    for (let n = this.heapLen >> 1; n >= 1; n--) this.downHeap(freq, n);
    let node = elems;
    do {
      const n = heap[1];
      heap[1] = heap[this.heapLen--];
      this.downHeap(freq, 1);
      const m = heap[1];
      heap[--this.heapMax] = n;
      heap[--this.heapMax] = m;
      freq[node] = freq[n] + freq[m];
      depth[node] = (depth[n] >= depth[m] ? depth[n] : depth[m]) + 1;
      dad[n] = dad[m] = node;
      heap[1] = node++;
      this.downHeap(freq, 1);
    } while (this.heapLen >= 2);
    heap[--this.heapMax] = heap[1];
    this.genBitlen(tree, kind);
    genCodes(len, tree.code, maxCode, this.blCount);
  }

  /** Code lengths from the tree, limited to kind.maxLength; adds the block's cost to optLen/staticLen. */
  private genBitlen(tree: Tree, kind: TreeKind): void {
    const { freq, len, dad } = tree;
    const heap = this.heap, blCount = this.blCount;
    const maxCode = tree.maxCode, stree = kind.staticLen, extra = kind.extra, base = kind.extraBase, maxLength = kind.maxLength;
    blCount.fill(0);
    len[heap[this.heapMax]] = 0;
    let overflow = 0;
    let h: number;
    for (h = this.heapMax + 1; h < HEAP_SIZE; h++) {
      const n = heap[h];
      let bits = len[dad[n]] + 1;
      if (bits > maxLength) {
        bits = maxLength;
        overflow++;
      }
      len[n] = bits;
      if (n > maxCode) continue;
      blCount[bits]++;
      const xbits = n >= base ? extra[n - base] : 0;
      const f = freq[n];
      this.optLen += f * (bits + xbits);
      if (stree !== null) this.staticLen += f * (stree[n] + xbits);
    }
    if (overflow === 0) return;
    do {
      let bits = maxLength - 1;
      while (blCount[bits] === 0) bits--;
      blCount[bits]--;
      blCount[bits + 1] += 2;
      blCount[maxLength]--;
      overflow -= 2;
    } while (overflow > 0);
    for (let bits = maxLength; bits !== 0; bits--) {
      let n = blCount[bits];
      while (n !== 0) {
        const m = heap[--h];
        if (m > maxCode) continue;
        if (len[m] !== bits) {
          this.optLen += (bits - len[m]) * freq[m];
          len[m] = bits;
        }
        n--;
      }
    }
  }

  /** Counts the code length codes needed to send a tree's lengths (scan_tree). */
  private scanTree(tree: Tree, maxCode: number): void {
    const len = tree.len, blFreq = this.bl.freq;
    let prevlen = -1, nextlen = len[0], count = 0, maxCount = longestRun(-1, nextlen), minCount = shortestRun(maxCount);
    len[maxCode + 1] = 0xffff; // guard
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = len[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      if (count < minCount) blFreq[curlen] += count;
      else if (curlen !== 0) {
        if (curlen !== prevlen) blFreq[curlen]++;
        blFreq[REP_3_6]++;
      } else if (count <= 10) blFreq[REPZ_3_10]++;
      else blFreq[REPZ_11_138]++;
      count = 0;
      prevlen = curlen;
      maxCount = longestRun(curlen, nextlen);
      minCount = shortestRun(maxCount);
    }
  }

  /** Sends a tree's code lengths with the code length code (send_tree). */
  private sendTree(tree: Tree, maxCode: number): void {
    const len = tree.len, blc = this.bl.code, bll = this.bl.len;
    let prevlen = -1, nextlen = len[0], count = 0, maxCount = longestRun(-1, nextlen), minCount = shortestRun(maxCount);
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = len[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      if (count < minCount) {
        do this.sendBits(blc[curlen], bll[curlen]);
        while (--count !== 0);
      } else if (curlen !== 0) {
        if (curlen !== prevlen) {
          this.sendBits(blc[curlen], bll[curlen]);
          count--;
        }
        this.sendBits(blc[REP_3_6], bll[REP_3_6]);
        this.sendBits(count - 3, 2);
      } else if (count <= 10) {
        this.sendBits(blc[REPZ_3_10], bll[REPZ_3_10]);
        this.sendBits(count - 3, 3);
      } else {
        this.sendBits(blc[REPZ_11_138], bll[REPZ_11_138]);
        this.sendBits(count - 11, 7);
      }
      count = 0;
      prevlen = curlen;
      maxCount = longestRun(curlen, nextlen);
      minCount = shortestRun(maxCount);
    }
  }

  /** Builds the code length code; returns the index in BL_ORDER of the last length to send. */
  private buildBlTree(): number {
    this.scanTree(this.dynL, this.dynL.maxCode);
    this.scanTree(this.dynD, this.dynD.maxCode);
    this.buildTree(this.bl, BL_KIND);
    let maxBlindex: number;
    for (maxBlindex = BL_CODES - 1; maxBlindex >= 3; maxBlindex--) {
      if (this.bl.len[BL_ORDER[maxBlindex]] !== 0) break;
    }
    this.optLen += 3 * (maxBlindex + 1) + 5 + 5 + 4;
    return maxBlindex;
  }

  private sendAllTrees(lcodes: number, dcodes: number, blcodes: number): void {
    this.sendBits(lcodes - 257, 5);
    this.sendBits(dcodes - 1, 5);
    this.sendBits(blcodes - 4, 4);
    for (let rank = 0; rank < blcodes; rank++) this.sendBits(this.bl.len[BL_ORDER[rank]], 3);
    this.sendTree(this.dynL, lcodes - 1);
    this.sendTree(this.dynD, dcodes - 1);
  }
}

/** The longest run of equal code lengths one code-length code covers, after a run of `curlen`
 * when the next length is `nextlen`: 138 zeros, 6 repeats of the previous length, else 7. */
function longestRun(curlen: number, nextlen: number): number {
  return nextlen === 0 ? 138 : curlen === nextlen ? 6 : 7;
}

/** The shortest run worth a repeat code, given longestRun's answer. */
function shortestRun(maxCount: number): number {
  return maxCount === 7 ? 4 : 3;
}
