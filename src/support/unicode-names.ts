// Unicode character names as CPython 3.10's unicodedata knows them (Unicode 13.0.0): the one table
// behind unicodedata.name/lookup, the parser's \N{...} escapes and the namereplace error handler.
// Hangul syllables and CJK unified ideographs are named by algorithm, as in CPython
// (Modules/unicodedata.c: upper-case names only); every other name (Nushu, CJK compatibility
// ideographs, ...) is decoded from the generated word-dictionary table (unicode-names-data.ts) on
// first use, so a program that never asks for a name never pays for it. Tangut ideographs have no
// name in CPython 3.10.
import * as N from "./unicode-names-data.ts";

const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];
const SBASE = 0xac00;
const SCOUNT = 11172;

/** CJK unified ideographs of Unicode 13 (is_unified_ideograph): named by algorithm in CPython. */
const CJK_UNIFIED = [0x3400, 0x4dbf, 0x4e00, 0x9ffc, 0x20000, 0x2a6dd, 0x2a700, 0x2b734, 0x2b740, 0x2b81d, 0x2b820, 0x2cea1, 0x2ceb0, 0x2ebe0, 0x30000, 0x3134a];
const CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";

export function isUnifiedIdeograph(cp: number): boolean {
  for (let i = 0; i < CJK_UNIFIED.length; i += 2) if (cp >= CJK_UNIFIED[i] && cp <= CJK_UNIFIED[i + 1]) return true;
  return false;
}

let byCodePoint: Map<number, string> | null = null;
let byName: Map<string, number> | null = null;

/** Decodes the stored names (NAME_CODES, see unicode-names-data.ts). */
function decode(): Map<number, string> {
  const words = N.NAME_WORDS.split(" ");
  const digit = new Int8Array(128).fill(-1);
  for (let i = 0; i < N.NAME_ALPHABET.length; i++) digit[N.NAME_ALPHABET.charCodeAt(i)] = i;
  const half = N.NAME_ALPHABET.length / 2;
  const m = new Map<number, string>();
  const codes = N.NAME_CODES;
  const ranges = N.NAME_RANGES;
  let pos = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    for (let cp = ranges[r], end = ranges[r] + ranges[r + 1]; cp < end; cp++) {
      let name = "";
      let acc = 0;
      for (;;) {
        const c = codes.charCodeAt(pos++);
        if (c === 0x20) break;
        const d = digit[c];
        if (d < half) acc = acc * half + d + 1;
        else {
          name += (name ? " " : "") + words[acc * half + d - half];
          acc = 0;
        }
      }
      m.set(cp, name);
    }
  }
  return m;
}

/** unicodedata.name(chr(cp)) of Unicode 13, or null when the code point has no name. */
export function charName(cp: number): string | null {
  if (cp >= SBASE && cp < SBASE + SCOUNT) {
    const s = cp - SBASE;
    return "HANGUL SYLLABLE " + JAMO_L[Math.floor(s / 588)] + JAMO_V[Math.floor((s % 588) / 28)] + JAMO_T[s % 28];
  }
  if (isUnifiedIdeograph(cp)) return CJK_PREFIX + cp.toString(16).toUpperCase();
  return (byCodePoint ??= decode()).get(cp) ?? null;
}

/** The longest of `options` that `s` starts with at `pos` (find_syllable), as its index, or -1. */
function longestJamo(s: string, pos: number, options: string[]): number {
  let best = -1;
  for (let i = 0; i < options.length; i++) {
    if (s.startsWith(options[i], pos) && (best < 0 || options[i].length > options[best].length)) best = i;
  }
  return best;
}

let aliases: Map<string, number> | null = null;

/** Py_TOUPPER over a name: ASCII letters only (JS toUpperCase would turn 'ſ' into 'S'). */
const asciiUpper = (s: string): string => s.replace(/[a-z]+/g, (w) => w.toUpperCase());
let sequences: Map<string, string> | null = null;

/**
 * The code point named `name` as CPython's _getcode finds it: Hangul syllable and CJK unified
 * ideograph names in upper case only, every other name case-insensitively; `withAliases` also
 * accepts the name aliases (\N{...} and lookup() do; name() never returns them). `assigned`, when
 * given, filters the names of the table (ucd_3_2_0 knows only the characters of Unicode 3.2).
 */
export function codePointOfName(name: string, withAliases: boolean, assigned?: (cp: number) => boolean): number | null {
  if (name.startsWith("HANGUL SYLLABLE ")) {
    // find_syllable: the longest match for the leading consonant, the vowel, the final consonant
    let pos = 16;
    const l = longestJamo(name, pos, JAMO_L);
    if (l >= 0) pos += JAMO_L[l].length;
    const v = longestJamo(name, pos, JAMO_V);
    if (v >= 0) pos += JAMO_V[v].length;
    const t = longestJamo(name, pos, JAMO_T);
    if (t >= 0) pos += JAMO_T[t].length;
    if (l >= 0 && v >= 0 && t >= 0 && pos === name.length) return SBASE + (l * 21 + v) * 28 + t;
    return null;
  }
  if (name.startsWith(CJK_PREFIX)) {
    const hex = name.slice(CJK_PREFIX.length);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return null;
    const cp = parseInt(hex, 16);
    return isUnifiedIdeograph(cp) ? cp : null;
  }
  if (!byName) {
    byName = new Map();
    for (const [cp, n] of (byCodePoint ??= decode())) byName.set(n, cp);
  }
  const up = asciiUpper(name);
  const cp = byName.get(up);
  if (cp !== undefined && (!assigned || assigned(cp))) return cp;
  if (!withAliases) return null;
  if (!aliases) {
    aliases = new Map();
    for (let i = 0; i < N.NAME_ALIASES.length; i += 2) aliases.set(N.NAME_ALIASES[i] as string, N.NAME_ALIASES[i + 1] as number);
  }
  return aliases.get(up) ?? null;
}

/** The text of a named sequence (KEYCAP DIGIT ONE, ...), which only unicodedata.lookup accepts. */
export function namedSequence(name: string): string | null {
  if (!sequences) {
    sequences = new Map();
    for (let i = 0; i < N.NAMED_SEQUENCES.length; i += 2) sequences.set(N.NAMED_SEQUENCES[i], N.NAMED_SEQUENCES[i + 1]);
  }
  return sequences.get(asciiUpper(name)) ?? null;
}
