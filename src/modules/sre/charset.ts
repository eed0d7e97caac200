// SRE's character predicates: the opcode numbers of 3.10's sre_constants.py (MAGIC 20171005), the
// AT and CATEGORY tests, case mapping for the *_IGNORE opcodes, and the set matcher of IN
// (SRE(at), sre_category, SRE(charset) in Modules/sre_lib.h and _sre.c). Locale-dependent opcodes
// use the C locale (ASCII only), which is what CPython runs with unless setlocale() was called.
// sre_lower_unicode/sre_upper_unicode are the *simple* case maps: CPython's _PyUnicode_ToLowercase
// returns the first code point of the full mapping, so that is what this file returns too.
import { isAlnum, isDecimal, isLineBreak, isSpace, toLowerFull, toUpperFull } from "../../support/unicode.ts";

export const MAGIC = 20171005;
export const CODESIZE = 4;
/** 64-bit CPython's SRE_MAXREPEAT (~(SRE_CODE)0) and SRE_MAXGROUPS. */
export const MAXREPEAT = 0xffffffff;
export const MAXGROUPS = 0x7fffffff;

export const enum Op {
  FAILURE = 0, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CALL, CATEGORY, CHARSET, BIGCHARSET,
  GROUPREF, GROUPREF_EXISTS, IN, INFO, JUMP, LITERAL, MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL, NEGATE, RANGE,
  REPEAT, REPEAT_ONE, SUBPATTERN, MIN_REPEAT_ONE, GROUPREF_IGNORE, IN_IGNORE, LITERAL_IGNORE, NOT_LITERAL_IGNORE,
  GROUPREF_LOC_IGNORE, IN_LOC_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE, GROUPREF_UNI_IGNORE,
  IN_UNI_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE, RANGE_UNI_IGNORE,
}

export const enum At {
  BEGINNING = 0, BEGINNING_LINE, BEGINNING_STRING, BOUNDARY, NON_BOUNDARY, END, END_LINE, END_STRING,
  LOC_BOUNDARY, LOC_NON_BOUNDARY, UNI_BOUNDARY, UNI_NON_BOUNDARY,
}

export const INFO_PREFIX = 1;
export const INFO_LITERAL = 2;
export const INFO_CHARSET = 4;

const LF = 10;

// ---- case mapping ------------------------------------------------------------------------------
export const lowerAscii = (ch: number): number => (ch >= 0x41 && ch <= 0x5a ? ch + 32 : ch);
export const upperAscii = (ch: number): number => (ch >= 0x61 && ch <= 0x7a ? ch - 32 : ch);
// The C locale's tolower/toupper only touch ASCII letters.
export const lowerLocale = lowerAscii;
export const upperLocale = upperAscii;

function firstCp(m: number | string): number {
  return typeof m === "number" ? m : m.codePointAt(0)!;
}
export const lowerUnicode = (ch: number): number => (ch < 0x80 ? lowerAscii(ch) : firstCp(toLowerFull(ch)));
export const upperUnicode = (ch: number): number => (ch < 0x80 ? upperAscii(ch) : firstCp(toUpperFull(ch)));

export const asciiIsCased = (ch: number): boolean => ch < 128 && ((ch | 32) >= 0x61 && (ch | 32) <= 0x7a);
export const unicodeIsCased = (ch: number): boolean => ch !== lowerUnicode(ch) || ch !== upperUnicode(ch);

/** char_loc_ignore: ch equals the pattern's character up to the locale's case. */
export const charLocIgnore = (pattern: number, ch: number): boolean =>
  ch === pattern || lowerLocale(ch) === pattern || upperLocale(ch) === pattern;

// ---- categories --------------------------------------------------------------------------------
const isAsciiDigit = (ch: number): boolean => ch >= 0x30 && ch <= 0x39;
// Py_ISSPACE: the C whitespace set, without the 0x1c-0x1f separators str.isspace() accepts.
const isAsciiSpace = (ch: number): boolean => ch === 0x20 || (ch >= 9 && ch <= 13);
const isAsciiWord = (ch: number): boolean => ch < 128 && (isAsciiDigit(ch) || asciiIsCased(ch) || ch === 0x5f);
const isLocWord = isAsciiWord;
const isUniWord = (ch: number): boolean => ch === 0x5f || isAlnum(ch);

export function category(cat: number, ch: number): boolean {
  switch (cat) {
    case 0: return isAsciiDigit(ch);
    case 1: return !isAsciiDigit(ch);
    case 2: return isAsciiSpace(ch);
    case 3: return !isAsciiSpace(ch);
    case 4: return isAsciiWord(ch);
    case 5: return !isAsciiWord(ch);
    case 6: return ch === LF;
    case 7: return ch !== LF;
    case 8: return isLocWord(ch);
    case 9: return !isLocWord(ch);
    case 10: return isDecimal(ch);
    case 11: return !isDecimal(ch);
    case 12: return isSpace(ch);
    case 13: return !isSpace(ch);
    case 14: return isUniWord(ch);
    case 15: return !isUniWord(ch);
    case 16: return isLineBreak(ch);
    case 17: return !isLineBreak(ch);
    default: return false;
  }
}

/** SRE(at): is position ptr of s (between beginning 0 and end) at the given AT code? */
export function atPosition(s: ArrayLike<number>, end: number, ptr: number, at: number): boolean {
  switch (at) {
    case At.BEGINNING:
    case At.BEGINNING_STRING:
      return ptr === 0;
    case At.BEGINNING_LINE:
      return ptr === 0 || s[ptr - 1] === LF;
    case At.END:
      return (end - ptr === 1 && s[ptr] === LF) || ptr === end;
    case At.END_LINE:
      return ptr === end || s[ptr] === LF;
    case At.END_STRING:
      return ptr === end;
    case At.BOUNDARY:
    case At.NON_BOUNDARY:
    case At.LOC_BOUNDARY:
    case At.LOC_NON_BOUNDARY:
    case At.UNI_BOUNDARY:
    case At.UNI_NON_BOUNDARY: {
      if (end === 0) return false;
      const word = at <= At.NON_BOUNDARY ? isAsciiWord : at <= At.LOC_NON_BOUNDARY ? isLocWord : isUniWord;
      const before = ptr > 0 ? word(s[ptr - 1]) : false;
      const here = ptr < end ? word(s[ptr]) : false;
      const boundary = at === At.BOUNDARY || at === At.LOC_BOUNDARY || at === At.UNI_BOUNDARY;
      return boundary ? here !== before : here === before;
    }
    default:
      return false;
  }
}

/** SRE(charset): is ch in the set that starts at code[pc] (a run of set items ending in FAILURE)? */
export function inCharset(code: ArrayLike<number>, pc: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[pc++]) {
      case Op.FAILURE:
        return !ok;
      case Op.LITERAL:
        if (ch === code[pc]) return ok;
        pc++;
        break;
      case Op.CATEGORY:
        if (category(code[pc], ch)) return ok;
        pc++;
        break;
      case Op.CHARSET:
        // a 256-bit map in eight 32-bit words
        if (ch < 256 && (code[pc + (ch >>> 5)] & (1 << (ch & 31))) !== 0) return ok;
        pc += 8;
        break;
      case Op.RANGE:
        if (code[pc] <= ch && ch <= code[pc + 1]) return ok;
        pc += 2;
        break;
      case Op.RANGE_UNI_IGNORE: {
        // ch is already lower-cased by IN_UNI_IGNORE; its upper case may fall in the range instead
        if (code[pc] <= ch && ch <= code[pc + 1]) return ok;
        const uch = upperUnicode(ch);
        if (code[pc] <= uch && uch <= code[pc + 1]) return ok;
        pc += 2;
        break;
      }
      case Op.NEGATE:
        ok = !ok;
        break;
      case Op.BIGCHARSET: {
        // <count> <256 block numbers packed as bytes, little-endian, in 64 words> <count blocks of 8 words>
        const count = code[pc++];
        let block = -1;
        if (ch < 0x10000) block = (code[pc + (ch >>> 10)] >>> (((ch >>> 8) & 3) * 8)) & 0xff;
        pc += 64;
        if (block >= 0 && (code[pc + block * 8 + ((ch & 255) >>> 5)] & (1 << (ch & 31))) !== 0) return ok;
        pc += count * 8;
        break;
      }
      default:
        // an unknown set item: CPython pretends it did not match
        return false;
    }
  }
}

/** SRE(charset_loc_ignore). */
export function inCharsetLocIgnore(code: ArrayLike<number>, pc: number, ch: number): boolean {
  const lo = lowerLocale(ch);
  if (inCharset(code, pc, lo)) return true;
  const up = upperLocale(ch);
  return up !== lo && inCharset(code, pc, up);
}

// ---- one-character items (what SRE(count) repeats; what search can test before an attempt) ----
/** Does the one-character item at pc (LITERAL, IN, CATEGORY, ANY... and their IGNORE forms) match ch? */
export function unitMatches(code: ArrayLike<number>, pc: number, ch: number): boolean {
  const c = code[pc + 1];
  switch (code[pc]) {
    case Op.LITERAL: return ch === c;
    case Op.NOT_LITERAL: return ch !== c;
    case Op.LITERAL_IGNORE: return lowerAscii(ch) === c;
    case Op.NOT_LITERAL_IGNORE: return lowerAscii(ch) !== c;
    case Op.LITERAL_UNI_IGNORE: return lowerUnicode(ch) === c;
    case Op.NOT_LITERAL_UNI_IGNORE: return lowerUnicode(ch) !== c;
    case Op.LITERAL_LOC_IGNORE: return charLocIgnore(c, ch);
    case Op.NOT_LITERAL_LOC_IGNORE: return !charLocIgnore(c, ch);
    case Op.IN: return inCharset(code, pc + 2, ch);
    case Op.IN_IGNORE: return inCharset(code, pc + 2, lowerAscii(ch));
    case Op.IN_UNI_IGNORE: return inCharset(code, pc + 2, lowerUnicode(ch));
    case Op.IN_LOC_IGNORE: return inCharsetLocIgnore(code, pc + 2, ch);
    case Op.CATEGORY: return category(c, ch);
    case Op.ANY: return ch !== 10;
    default: return true;
  }
}

/** Where the one-character item at pc ends. */
export function unitEnd(code: ArrayLike<number>, pc: number): number {
  const op = code[pc];
  if (op === Op.IN || op === Op.IN_IGNORE || op === Op.IN_UNI_IGNORE || op === Op.IN_LOC_IGNORE) return pc + 1 + code[pc + 1];
  return op === Op.ANY || op === Op.ANY_ALL ? pc + 1 : pc + 2;
}

/** isUnit[op] is 1 for the opcodes of one-character items. */
const isUnit = new Uint8Array(64);
for (const op of [
  Op.LITERAL, Op.NOT_LITERAL, Op.LITERAL_IGNORE, Op.NOT_LITERAL_IGNORE, Op.LITERAL_UNI_IGNORE, Op.NOT_LITERAL_UNI_IGNORE,
  Op.LITERAL_LOC_IGNORE, Op.NOT_LITERAL_LOC_IGNORE, Op.IN, Op.IN_IGNORE, Op.IN_UNI_IGNORE, Op.IN_LOC_IGNORE, Op.CATEGORY, Op.ANY,
]) isUnit[op] = 1;

/**
 * The one-character test every match of the code at pc starts with (after its leading MARKs, the
 * only opcodes run before it, and with `overAt` its AT tests too, which do not move), or -1.
 */
export function firstUnit(code: ArrayLike<number>, pc: number, overAt = false): number {
  while (code[pc] === Op.MARK || (overAt && code[pc] === Op.AT)) pc += 2;
  const op = code[pc];
  if (isUnit[op] === 1) return pc;
  if ((op === Op.REPEAT_ONE || op === Op.MIN_REPEAT_ONE) && code[pc + 2] >= 1 && isUnit[code[pc + 4]] === 1) return pc + 4;
  return -1;
}
