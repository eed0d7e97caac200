// Case conversion and the character-class predicates of str (Objects/unicodeobject.c: do_upper,
// do_lower, do_casefold, do_capitalize, do_title, do_swapcase, handle_capital_sigma, and the
// unicode_is* methods), with Unicode 13's full mappings ('ß'.upper() == 'SS') from the generated
// tables. All-ASCII strings take JS's own (ASCII-exact) case functions.
import {
  isAlnum, isAlpha, isCased, isCaseIgnorable, isDecimal, isDigit, isIdentifierContinue, isIdentifierStart,
  isLower, isNumeric, isPrintable, isSpace, isTitle, isUpper, toFoldedFull, toLowerFull, toTitleFull, toUpperFull,
  type CaseMapping,
} from "../unicode.ts";
import { chr, toCodePoints } from "./codepoints.ts";

const NON_ASCII = /[^\x00-\x7f]/;
const isAscii = (s: string) => !NON_ASCII.test(s);

const emit = (m: CaseMapping): string => (typeof m === "number" ? chr(m) : m);

/** Final sigma (handle_capital_sigma): is the capital sigma at i at the end of a word? */
function finalSigma(cps: number[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j])) j--;
  if (j < 0 || !isCased(cps[j])) return false;
  j = i + 1;
  while (j < cps.length && isCaseIgnorable(cps[j])) j++;
  return j === cps.length || !isCased(cps[j]);
}

/** lower_ucs4: the lowercase of cps[i], with the final-sigma rule. */
function lowerAt(cps: number[], i: number): string {
  const c = cps[i];
  if (c === 0x3a3) return finalSigma(cps, i) ? "\u03c2" : "\u03c3";
  return emit(toLowerFull(c));
}

/** str.lower(). */
export function strLower(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  const cps = toCodePoints(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

function mapAll(s: string, f: (cp: number) => CaseMapping): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let cp = c;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    out += emit(f(cp));
  }
  return out;
}

/** str.upper(). */
export const strUpper = (s: string): string => (isAscii(s) ? s.toUpperCase() : mapAll(s, toUpperFull));
/** str.casefold(). */
export const strCasefold = (s: string): string => (isAscii(s) ? s.toLowerCase() : mapAll(s, toFoldedFull));

/** str.capitalize(): the first character titlecased (3.8+), the rest lowercased. */
export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  if (isAscii(s)) return s[0].toUpperCase() + s.slice(1).toLowerCase();
  const cps = toCodePoints(s);
  let out = emit(toTitleFull(cps[0]));
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

/** ASCII-only str.title(): letters after a letter are lowered, others uppered. */
function asciiTitle(s: string): string {
  let out = "";
  let prevCased = false;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const upper = c >= 0x41 && c <= 0x5a;
    const lower = c >= 0x61 && c <= 0x7a;
    if ((upper && prevCased) || (lower && !prevCased)) {
      out += s.slice(from, i) + String.fromCharCode(c ^ 0x20);
      from = i + 1;
    }
    prevCased = upper || lower;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** str.title(). */
export function strTitle(s: string): string {
  if (isAscii(s)) return asciiTitle(s);
  const cps = toCodePoints(s);
  let out = "";
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += prevCased ? lowerAt(cps, i) : emit(toTitleFull(c));
    prevCased = isCased(c);
  }
  return out;
}

/** str.swapcase(). */
export function strSwapcase(s: string): string {
  if (isAscii(s)) {
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out += (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? String.fromCharCode(c ^ 0x20) : s[i];
    }
    return out;
  }
  const cps = toCodePoints(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (isUpper(c)) out += lowerAt(cps, i);
    else if (isLower(c)) out += emit(toUpperFull(c));
    else out += chr(c);
  }
  return out;
}

function every(s: string, pred: (cp: number) => boolean, emptyValue: boolean): boolean {
  if (s.length === 0) return emptyValue;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let cp = c;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    if (!pred(cp)) return false;
  }
  return true;
}

export const strIsAlpha = (s: string): boolean => every(s, isAlpha, false);
export const strIsAlnum = (s: string): boolean => every(s, isAlnum, false);
export const strIsDecimal = (s: string): boolean => every(s, isDecimal, false);
export const strIsDigit = (s: string): boolean => every(s, isDigit, false);
export const strIsNumeric = (s: string): boolean => every(s, isNumeric, false);
export const strIsSpace = (s: string): boolean => every(s, isSpace, false);
export const strIsPrintable = (s: string): boolean => every(s, isPrintable, true);
export const strIsAscii = (s: string): boolean => isAscii(s);

/** str.isidentifier(). */
export function strIsIdentifier(s: string): boolean {
  // (an ASCII name, as nearly all are, checked by its units without the code point array)
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
    if (!letter && (i === 0 || c < 0x30 || c > 0x39)) return false;
  }
  if (ascii) return s.length !== 0;
  const cps = toCodePoints(s);
  if (cps.length === 0 || !(isIdentifierStart(cps[0]) || cps[0] === 0x5f)) return false;
  for (let i = 1; i < cps.length; i++) if (!isIdentifierContinue(cps[i])) return false;
  return true;
}

/** str.isupper(): no lowercase or titlecase character, and at least one uppercase. */
export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const cp of toCodePoints(s)) {
    if (isLower(cp) || isTitle(cp)) return false;
    if (!cased && isUpper(cp)) cased = true;
  }
  return cased;
}

/** str.islower(). */
export function strIsLower(s: string): boolean {
  let cased = false;
  for (const cp of toCodePoints(s)) {
    if (isUpper(cp) || isTitle(cp)) return false;
    if (!cased && isLower(cp)) cased = true;
  }
  return cased;
}

/** str.istitle(). */
export function strIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const cp of toCodePoints(s)) {
    if (isUpper(cp) || isTitle(cp)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLower(cp)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}
