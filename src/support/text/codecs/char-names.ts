// Character names for the namereplace error handler (unicodedata.name without aliases): the
// algorithmic ranges (CJK, Hangul, Tangut, ...) are computed; the rest come from a names table the
// embedder registers once. The parser already ships that table (src/parser/unicode-names-data.ts,
// "NAME;base-36 delta" lines); support code may not import the parser, so the runtime passes it in.

let encoded: string | null = null;
let byCodePoint: Map<number, string> | null = null;

/** Registers the names table (NAMES_DATA from src/parser/unicode-names-data.ts). */
export function registerCharNames(data: string): void {
  encoded = data;
  byCodePoint = null;
}

const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

/** Unicode 13 ranges whose names are PREFIX followed by the code point in hex. */
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

/** unicodedata.name(chr(cp)), or null when the character has no name (or no table is registered). */
export function charName(cp: number): string | null {
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const s = cp - 0xac00;
    return "HANGUL SYLLABLE " + JAMO_L[Math.floor(s / 588)] + JAMO_V[Math.floor((s % 588) / 28)] + JAMO_T[s % 28];
  }
  for (const [prefix, lo, hi] of ALGORITHMIC) if (cp >= lo && cp <= hi) return prefix + cp.toString(16).toUpperCase();
  if (encoded === null) return null;
  if (!byCodePoint) {
    byCodePoint = new Map();
    let c = 0;
    for (const line of encoded.split("\n")) {
      if (!line) continue;
      const i = line.lastIndexOf(";");
      c += parseInt(line.slice(i + 1), 36);
      byCodePoint.set(c, line.slice(0, i));
    }
  }
  return byCodePoint.get(cp) ?? null;
}

/** Whether a names table has been registered (namereplace needs one for non-algorithmic names). */
export const hasCharNames = (): boolean => encoded !== null;
