// \N{...} escapes: Unicode character names as CPython 3.10's unicodedata.lookup knows them
// (Unicode 13.0.0; name aliases such as LATIN CAPITAL LETTER GHA are not known). Algorithmic names (CJK, Hangul, Tangut, ...) are computed;
// the other names come from the generated table in unicode-names-data.ts, decoded on first use
// so that parsing sources without \N{...} never pays for it.
import { NAMES_DATA } from "./unicode-names-data.ts";

let table: Map<string, number> | null = null;

function load(): Map<string, number> {
  const m = new Map<string, number>();
  // NAMES_DATA: "name;hexdelta\n..." with code points as deltas from the previous entry.
  let cp = 0;
  for (const line of NAMES_DATA.split("\n")) {
    if (!line) continue;
    const i = line.lastIndexOf(";");
    cp += parseInt(line.slice(i + 1), 36);
    m.set(line.slice(0, i), cp);
  }
  return m;
}

const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

/** Ranges whose names are PREFIX-<hex code point> (Unicode 13). */
const ALGORITHMIC: [string, number, number][] = [
  ["CJK UNIFIED IDEOGRAPH-", 0x3400, 0x4dbf], ["CJK UNIFIED IDEOGRAPH-", 0x4e00, 0x9ffc],
  ["CJK UNIFIED IDEOGRAPH-", 0x20000, 0x2a6dd], ["CJK UNIFIED IDEOGRAPH-", 0x2a700, 0x2b734],
  ["CJK UNIFIED IDEOGRAPH-", 0x2b740, 0x2b81d], ["CJK UNIFIED IDEOGRAPH-", 0x2b820, 0x2cea1],
  ["CJK UNIFIED IDEOGRAPH-", 0x2ceb0, 0x2ebe0], ["CJK UNIFIED IDEOGRAPH-", 0x30000, 0x3134a],
  ["CJK COMPATIBILITY IDEOGRAPH-", 0xf900, 0xfa6d], ["CJK COMPATIBILITY IDEOGRAPH-", 0xfa70, 0xfad9],
  ["CJK COMPATIBILITY IDEOGRAPH-", 0x2f800, 0x2fa1d],
  ["TANGUT IDEOGRAPH-", 0x17000, 0x187f7], ["TANGUT IDEOGRAPH-", 0x18d00, 0x18d08],
  ["KHITAN SMALL SCRIPT CHARACTER-", 0x18b00, 0x18cd5],
  ["NUSHU CHARACTER-", 0x1b170, 0x1b2fb],
];

/** The code point named `name` (case-insensitive, as \N{...} is), or null. */
export function lookupUnicodeName(name: string): number | null {
  const up = name.toUpperCase();
  if (up.startsWith("HANGUL SYLLABLE ")) {
    const rest = up.slice(16);
    for (let l = 0; l < 19; l++) {
      if (!rest.startsWith(JAMO_L[l])) continue;
      for (let v = 0; v < 21; v++) {
        if (!rest.startsWith(JAMO_V[v], JAMO_L[l].length)) continue;
        const tail = rest.slice(JAMO_L[l].length + JAMO_V[v].length);
        const t = JAMO_T.indexOf(tail);
        if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
      }
    }
    return null;
  }
  for (const [prefix, lo, hi] of ALGORITHMIC) {
    if (up.startsWith(prefix)) {
      const hex = up.slice(prefix.length);
      if (!/^[0-9A-F]{4,5}$/.test(hex)) continue;
      const cp = parseInt(hex, 16);
      if (cp >= lo && cp <= hi) return cp;
    }
  }
  table ??= load();
  return table.get(up) ?? null;
}
