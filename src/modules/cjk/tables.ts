// The CJK codecs' mapping tables, read from the generated data files (data-*.ts, written by
// tools/gen-cjk.ts from what CPython 3.10.2's own codecs decode and encode) into lookup
// structures, once per codec, on the codec's first use.
//
// A stateless codec decodes through a tree of rows: a row gives, for each byte, either the
// character the sequence so far decodes to, or a marker (MORE: a longer sequence, continued in
// the child row; ERR+n: an illegal sequence of n bytes; EXC: a character outside the BMP or two
// characters, in the row's exception map; SPECIAL: a rule of the codec (GB18030's four-byte
// sequences, EUC-KR's jamo make-up sequences)). Encoding is the inverse of decoding (the
// shortest, then lowest, byte sequence of each character) corrected by the codec's exceptions.
import { DATA as CN } from "./data-cn.ts";
import { DATA as TW } from "./data-tw.ts";
import { DATA as HK } from "./data-hk.ts";
import { DATA as JP } from "./data-jp.ts";
import { DATA as KR } from "./data-kr.ts";
import { DATA as ISO2022 } from "./data-iso2022.ts";

/** Row markers: noncharacters, which no CJK codec decodes to (ERR + n: n illegal bytes). */
export const MORE = 0xfdd0, ERR = 0xfdd0, SPECIAL = 0xfdd8, EXC = 0xfdd9;
export const isMarker = (c: number): boolean => c >= 0xfdd0 && c <= 0xfdef;

export interface Row {
  /** Error length (bytes) for the bytes outside [lo, lo + row.length). */
  d: number;
  lo: number;
  row: string;
  kids?: Record<string, Row>;
  x?: Record<string, string>;
}

interface StatelessJson {
  dec: Row;
  bmp4?: number[];
  jamo?: { cho: Record<string, number>; jung: Record<string, number>; jong: Record<string, number> };
  encx: [number, string | null][];
  pairs?: [number, number, string][];
}

export interface StatelessTables {
  dec: Row;
  enc: Map<number, Uint8Array>;
  /** Two code points written as one sequence (first << 21 | second), and the code points that may start one. */
  pairs: Map<number, Uint8Array>;
  pairStarts: Set<number>;
  /** GB18030: [index, code point, ...] runs of the four-byte sequences in the BMP (-1: none). */
  bmp4?: number[];
  jamo?: { cho: Map<number, number>; jung: Map<number, number>; jong: Map<number, number> };
}

const FAMILIES: [string, string, string[]][] = [
  ["cn", CN, ["gb2312", "gbk", "gb18030"]],
  ["tw", TW, ["big5", "cp950"]],
  ["hk", HK, ["big5hkscs"]],
  ["jp", JP, ["shift_jis", "cp932", "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213"]],
  ["kr", KR, ["euc_kr", "cp949", "johab"]],
];

const parsed = new Map<string, Record<string, unknown>>();
function family(text: string, key: string): Record<string, unknown> {
  let f = parsed.get(key);
  if (f === undefined) {
    f = JSON.parse(text) as Record<string, unknown>;
    parsed.set(key, f);
  }
  return f;
}

const hexBytes = (h: string): Uint8Array => {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
};

const cache = new Map<string, StatelessTables>();

/** The tables of a stateless codec ("gbk", "shift_jis", ...). */
export function statelessTables(name: string): StatelessTables {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const fam = FAMILIES.find((f) => f[2].includes(name));
  if (fam === undefined) throw new Error(`no CJK tables for ${name}`);
  const j = family(fam[1], fam[0])[name] as StatelessJson;
  const t: StatelessTables = { dec: j.dec, enc: new Map(), pairs: new Map(), pairStarts: new Set() };
  // the inverse of decoding, shortest and then lowest sequence first: the walk visits sequences in
  // byte order, so taking each length in turn keeps the first of each code point
  const cps: number[] = [], codes: number[] = [], lens: number[] = [];
  const walk = (r: Row, prefix: number, depth: number): void => {
    for (let k = 0; k < r.row.length; k++) {
      const c = r.row.charCodeAt(k);
      const code = prefix * 256 + r.lo + k;
      let cp = -1;
      if (c === MORE) walk(r.kids![String(r.lo + k)], code, depth + 1);
      else if (c === EXC) {
        const s = r.x![String(r.lo + k)];
        const first = s.codePointAt(0)!;
        if (s.length === (first > 0xffff ? 2 : 1)) cp = first;
      } else if (!isMarker(c)) cp = c;
      if (cp >= 0) {
        cps.push(cp);
        codes.push(code);
        lens.push(depth);
      }
    }
  };
  walk(j.dec, 0, 1);
  if (j.bmp4 !== undefined) {
    t.bmp4 = j.bmp4;
    for (let i = 0; i < j.bmp4.length; i += 2) {
      const start = j.bmp4[i], cp = j.bmp4[i + 1], end = i + 2 < j.bmp4.length ? j.bmp4[i + 2] : 39420;
      if (cp >= 0) for (let k = start; k < end; k++) {
        const [b1, b2, b3, b4] = gb18030Bytes(k);
        cps.push(cp + k - start);
        codes.push(((b1 * 256 + b2) * 256 + b3) * 256 + b4);
        lens.push(4);
      }
    }
  }
  for (let len = 1; len <= 4; len++) {
    for (let i = 0; i < cps.length; i++) {
      if (lens[i] !== len || t.enc.has(cps[i])) continue;
      const out = new Uint8Array(len);
      for (let k = len - 1, v = codes[i]; k >= 0; k--, v = Math.floor(v / 256)) out[k] = v % 256;
      t.enc.set(cps[i], out);
    }
  }
  if (j.jamo !== undefined) {
    const m = (o: Record<string, number>) => new Map(Object.entries(o).map(([b, v]) => [Number(b), v]));
    t.jamo = { cho: m(j.jamo.cho), jung: m(j.jamo.jung), jong: m(j.jamo.jong) };
    const inv = (mm: Map<number, number>) => new Map([...mm].map(([b, v]) => [v, b]));
    const [ic, iv, ij] = [inv(t.jamo.cho), inv(t.jamo.jung), inv(t.jamo.jong)];
    for (let cp = 0xac00; cp < 0xd7a4; cp++) {
      if (t.enc.has(cp)) continue;
      const s = cp - 0xac00;
      t.enc.set(cp, Uint8Array.of(0xa4, 0xd4, 0xa4, ic.get(Math.floor(s / 588) * 588)!, 0xa4, iv.get(Math.floor((s % 588) / 28) * 28)!, 0xa4, ij.get(s % 28)!));
    }
  }
  for (const [cp, h] of j.encx) {
    if (h === null) t.enc.delete(cp);
    else t.enc.set(cp, hexBytes(h));
  }
  for (const [a, b, h] of j.pairs ?? []) {
    t.pairs.set(a * 0x200000 + b, hexBytes(h));
    t.pairStarts.add(a);
  }
  cache.set(name, t);
  return t;
}

/** The four bytes of GB18030's linear index i. */
export function gb18030Bytes(i: number): number[] {
  return [0x81 + Math.floor(i / 12600), 0x30 + (Math.floor(i / 1260) % 10), 0x81 + (Math.floor(i / 10) % 126), 0x30 + (i % 10)];
}

// ---- ISO-2022 ----------------------------------------------------------------------------------------

interface Iso2022Json {
  /** 94x94 tables: cells (a - 0x21) * 94 + (b - 0x21), ERR + 1 where undecodable, EXC for the exceptions by cell. */
  tables: [string, Record<string, string>][];
  /** For each variant, the table each two-byte designation escape decodes with. */
  usage: Record<string, Record<string, number>>;
  /** For each variant: the escapes in the order the encoder tries them, and the encodings that differ. */
  order: Record<string, string[]>;
  encx: Record<string, [number, string, string | null][]>;
}

export interface Iso2022Charset {
  esc: string;
  dec: string;
  x: Record<string, string>;
  enc: Map<number, number>;
}

export interface Iso2022Tables {
  /** Two-byte charsets by designation escape. */
  byEsc: Map<string, Iso2022Charset>;
  /** Each encodable code point: [escape, code bytes]. */
  enc: Map<number, [string, Uint8Array]>;
  pairs: Map<number, [string, Uint8Array]>;
  pairStarts: Set<number>;
}

const isoCache = new Map<string, Iso2022Tables>();

export function iso2022Tables(variant: string): Iso2022Tables {
  const hit = isoCache.get(variant);
  if (hit !== undefined) return hit;
  const j = family(ISO2022, "iso2022") as unknown as Iso2022Json;
  const t: Iso2022Tables = { byEsc: new Map(), enc: new Map(), pairs: new Map(), pairStarts: new Set() };
  for (const [esc, idx] of Object.entries(j.usage[variant])) {
    const [dec, x] = j.tables[idx];
    const enc = new Map<number, number>();
    for (let i = dec.length - 1; i >= 0; i--) {
      const c = dec.charCodeAt(i);
      if (!isMarker(c)) enc.set(c, i);
    }
    t.byEsc.set(esc, { esc, dec, x, enc });
  }
  for (const esc of [...j.order[variant]].reverse()) {
    const cs = t.byEsc.get(esc)!;
    for (const [cp, i] of cs.enc) t.enc.set(cp, [esc, Uint8Array.of(0x21 + Math.floor(i / 94), 0x21 + (i % 94))]);
  }
  for (const [cp, esc, h] of j.encx[variant]) {
    if (h === null) t.enc.delete(cp);
    else t.enc.set(cp, [esc, hexBytes(h)]);
  }
  isoCache.set(variant, t);
  return t;
}

