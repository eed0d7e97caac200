// The CJK codecs' engines, one step at a time, as CPython's multibyte codecs work
// (Modules/cjkcodecs): a step decodes one byte sequence or encodes one character (or a pair) and
// answers how much it consumed, that it needs more input (0), or that so many units are illegal
// (negative). The driver in multibytecodec.ts loops over steps, calls the error handlers and keeps
// the pending input of the incremental codecs. A codec's state is CPython's 8 state bytes, so
// getstate()/setstate() give the same numbers.
import { MORE, ERR, EXC, SPECIAL, isMarker, statelessTables, gb18030Bytes, type Row, type StatelessTables } from "./tables.ts";
import { iso2022Codec, hzCodec } from "./iso2022.ts";

export interface CjkCodec {
  name: string;
  /** A fresh encoder / decoder state (8 bytes). */
  encInit(st: Uint8Array): void;
  decInit(st: Uint8Array): void;
  /** What a decoder's reset() does, where it differs from a fresh state. */
  decReset?(st: Uint8Array): void;
  /** Encodes from cps[i]: code points consumed, 0 for "more input needed", -n for n unencodable. */
  encodeStep(st: Uint8Array, cps: number[], i: number, flush: boolean, out: number[]): number;
  /** The bytes that return the encoder to its initial state (ISO-2022's final ESC ( B). */
  encodeReset(st: Uint8Array, out: number[]): void;
  /** Decodes from b[i]: bytes consumed, 0 for an incomplete sequence, -n for n illegal bytes. */
  decodeStep(st: Uint8Array, b: Uint8Array, i: number, n: number, out: string[]): number;
}

const nothing = (): void => {};

/** A codec without state, whose tables say everything but GB18030's and EUC-KR's rules. */
function statelessCodec(name: string): CjkCodec {
  let t: StatelessTables | null = null;
  const tables = () => (t ??= statelessTables(name));
  return {
    name,
    encInit: nothing,
    decInit: nothing,
    encodeReset: nothing,
    encodeStep(_st, cps, i, flush, out) {
      const tb = tables();
      const cp = cps[i];
      if (tb.pairStarts.has(cp)) {
        if (i + 1 < cps.length) {
          const p = tb.pairs.get(cp * 0x200000 + cps[i + 1]);
          if (p !== undefined) {
            for (const x of p) out.push(x);
            return 2;
          }
        } else if (!flush) return 0;
      }
      const b = tb.enc.get(cp);
      if (b !== undefined) {
        for (const x of b) out.push(x);
        return 1;
      }
      if (tb.bmp4 !== undefined && cp >= 0x10000 && cp <= 0x10ffff) {
        for (const x of gb18030Bytes(cp - 0x10000 + 189000)) out.push(x);
        return 1;
      }
      return -1;
    },
    decodeStep(_st, b, i, n, out) {
      const tb = tables();
      let row: Row = tb.dec;
      let j = i;
      for (;;) {
        if (j >= n) return 0;
        const byte = b[j++];
        const k = byte - row.lo;
        const c = k >= 0 && k < row.row.length ? row.row.charCodeAt(k) : ERR + row.d;
        if (!isMarker(c)) {
          out.push(String.fromCharCode(c));
          return j - i;
        }
        if (c === MORE) row = row.kids![String(byte)];
        else if (c === EXC) {
          out.push(row.x![String(byte)]);
          return j - i;
        } else if (c === SPECIAL) return tb.bmp4 !== undefined ? gb18030Four(tb, b, i, n, out) : eucKrMakeup(tb, b, i, n, out);
        else return -(c - ERR);
      }
    },
  };
}

/** GB18030's four-byte sequences: a linear index, into the BMP runs or (from 0x90308130) the planes above. */
function gb18030Four(tb: StatelessTables, b: Uint8Array, i: number, n: number, out: string[]): number {
  if (n - i < 4) return 0;
  const [c1, c2, c3, c4] = [b[i], b[i + 1], b[i + 2], b[i + 3]];
  if (c1 < 0x81 || c1 > 0xfe || c3 < 0x81 || c3 > 0xfe || c4 < 0x30 || c4 > 0x39) return -1;
  const idx = (((c1 - 0x81) * 10 + (c2 - 0x30)) * 126 + (c3 - 0x81)) * 10 + (c4 - 0x30);
  if (c1 >= 0x90) {
    const s = idx - 189000;
    if (s < 0 || s >= 0x100000) return -1;
    out.push(String.fromCodePoint(0x10000 + s));
    return 4;
  }
  const runs = tb.bmp4!;
  if (idx >= 39420) return -1;
  let lo = 0, hi = runs.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[2 * mid] <= idx) lo = mid;
    else hi = mid - 1;
  }
  const cp = runs[2 * lo + 1];
  if (cp < 0) return -1;
  out.push(String.fromCharCode(cp + idx - runs[2 * lo]));
  return 4;
}

/** EUC-KR's make-up sequence (KS X 1001:1998 annex 3): the filler, then initial, medial and final jamo. */
function eucKrMakeup(tb: StatelessTables, b: Uint8Array, i: number, n: number, out: string[]): number {
  if (n - i < 8) return 0;
  const j = tb.jamo!;
  if (b[i + 2] !== 0xa4 || b[i + 4] !== 0xa4 || b[i + 6] !== 0xa4) return -1;
  const cho = j.cho.get(b[i + 3]), jung = j.jung.get(b[i + 5]), jong = j.jong.get(b[i + 7]);
  if (cho === undefined || jung === undefined || jong === undefined) return -1;
  out.push(String.fromCharCode(0xac00 + cho + jung + jong));
  return 8;
}

/** Each module's codecs, as its getcodec() knows them. */
export const MODULE_CODECS: Record<string, string[]> = {
  _codecs_cn: ["gb2312", "gbk", "gb18030", "hz"],
  _codecs_tw: ["big5", "cp950"],
  _codecs_hk: ["big5hkscs"],
  _codecs_jp: ["shift_jis", "cp932", "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213"],
  _codecs_kr: ["euc_kr", "cp949", "johab"],
  _codecs_iso2022: ["iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext"],
};

const codecs = new Map<string, CjkCodec>();

export function cjkCodec(name: string): CjkCodec {
  let c = codecs.get(name);
  if (c === undefined) {
    c = name === "hz" ? hzCodec() : name.startsWith("iso2022") ? iso2022Codec(name) : statelessCodec(name);
    codecs.set(name, c);
  }
  return c;
}
