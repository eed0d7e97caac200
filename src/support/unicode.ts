// Character properties and case mappings as CPython 3.10 (Unicode 13.0.0) sees them, from the
// generated tables in unicode-data.ts (tools/gen-unicode.ts). CPython's names: Py_UNICODE_ISALPHA,
// _PyUnicode_ToLowerFull, ... (Objects/unicodectype.c). ASCII is answered inline; other code points
// binary-search a range table, and case maps are decoded into a Map on first use.
import * as D from "./unicode-data.ts";

/** Is cp inside one of the half-open ranges of a flat [start, end, start, end, ...] table? */
export function inRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length; // find the number of boundaries <= cp
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

/** str.isprintable() for one code point. */
export const isPrintable = (cp: number): boolean => (cp < 0x7f ? cp >= 0x20 : inRanges(D.printableRanges, cp));
/** Can cp start an identifier (XID_Start, plus '_')? */
export const isIdentifierStart = (cp: number): boolean =>
  cp < 0x80 ? (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || cp === 0x5f : inRanges(D.xidStartRanges, cp);
/** Can cp continue an identifier (XID_Continue)? */
export const isIdentifierContinue = (cp: number): boolean =>
  cp < 0x80 ? (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f : inRanges(D.xidContinueRanges, cp);

const asciiAlpha = (cp: number) => (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
/** Py_UNICODE_ISALPHA: categories Lm, Lt, Lu, Ll, Lo. */
export const isAlpha = (cp: number): boolean => (cp < 0x80 ? asciiAlpha(cp) : inRanges(D.alphaRanges, cp));
/** Py_UNICODE_ISDECIMAL: has a decimal digit value (category Nd). */
export const isDecimal = (cp: number): boolean => (cp < 0x80 ? cp >= 0x30 && cp <= 0x39 : inRanges(D.decimalRanges, cp));
/** Py_UNICODE_ISDIGIT: has a digit value (Nd and e.g. superscripts). */
export const isDigit = (cp: number): boolean => (cp < 0x80 ? cp >= 0x30 && cp <= 0x39 : inRanges(D.digitRanges, cp));
/** Py_UNICODE_ISNUMERIC: has a numeric value. */
export const isNumeric = (cp: number): boolean => (cp < 0x80 ? cp >= 0x30 && cp <= 0x39 : inRanges(D.numericRanges, cp));
/** Py_UNICODE_ISALNUM. */
export const isAlnum = (cp: number): boolean => (cp < 0x80 ? asciiAlpha(cp) || (cp >= 0x30 && cp <= 0x39) : isAlpha(cp) || isNumeric(cp));
/** Py_UNICODE_ISSPACE: bidirectional type WS, B or S, or category Zs. */
export const isSpace = (cp: number): boolean =>
  cp < 0x80 ? cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f) : inRanges(D.spaceRanges, cp);
/** Py_UNICODE_ISUPPER (derived property Uppercase). */
export const isUpper = (cp: number): boolean => (cp < 0x80 ? cp >= 0x41 && cp <= 0x5a : inRanges(D.upperRanges, cp));
/** Py_UNICODE_ISLOWER (derived property Lowercase). */
export const isLower = (cp: number): boolean => (cp < 0x80 ? cp >= 0x61 && cp <= 0x7a : inRanges(D.lowerRanges, cp));
/** Py_UNICODE_ISTITLE (category Lt). */
export const isTitle = (cp: number): boolean => cp >= 0x80 && inRanges(D.titleRanges, cp);
/** _PyUnicode_IsCased. */
export const isCased = (cp: number): boolean => (cp < 0x80 ? asciiAlpha(cp) : inRanges(D.casedRanges, cp));
/** _PyUnicode_IsCaseIgnorable. */
export const isCaseIgnorable = (cp: number): boolean => inRanges(D.caseIgnorableRanges, cp);
/** Py_UNICODE_ISLINEBREAK: the boundaries str.splitlines() splits at. */
export const isLineBreak = (cp: number): boolean =>
  (cp >= 0x0a && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1e) || cp === 0x85 || cp === 0x2028 || cp === 0x2029;

/** Py_UNICODE_TODECIMAL: the decimal digit value of cp, or -1. */
export function decimalValue(cp: number): number {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39 ? cp - 0x30 : -1;
  if (!inRanges(D.decimalRanges, cp)) return -1;
  const z = D.decimalZeros;
  let lo = 0;
  let hi = z.length; // the last zero <= cp starts cp's run
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (z[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return cp - z[lo - 1];
}

/** A full case mapping: the code point itself when unchanged, another code point, or a string of several. */
export type CaseMapping = number | string;

function decodeMap(simple: readonly number[], special: readonly (number | string)[]): Map<number, CaseMapping> {
  const m = new Map<number, CaseMapping>();
  for (let i = 0; i < simple.length; i += 4) {
    const [start, count, stride, delta] = [simple[i], simple[i + 1], simple[i + 2], simple[i + 3]];
    for (let k = 0; k < count; k++) m.set(start + k * stride, start + k * stride + delta);
  }
  for (let i = 0; i < special.length; i += 2) m.set(special[i] as number, special[i + 1] as string);
  return m;
}

let lowerMap: Map<number, CaseMapping> | null = null;
let upperMap: Map<number, CaseMapping> | null = null;
let titleMap: Map<number, CaseMapping> | null = null;
let foldMap: Map<number, CaseMapping> | null = null;

/** _PyUnicode_ToLowerFull (without the final-sigma context rule). */
export function toLowerFull(cp: number): CaseMapping {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  return (lowerMap ??= decodeMap(D.lowerMapSimple, D.lowerMapSpecial)).get(cp) ?? cp;
}
/** _PyUnicode_ToUpperFull. */
export function toUpperFull(cp: number): CaseMapping {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp;
  return (upperMap ??= decodeMap(D.upperMapSimple, D.upperMapSpecial)).get(cp) ?? cp;
}
/** _PyUnicode_ToTitleFull. */
export function toTitleFull(cp: number): CaseMapping {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp;
  return (titleMap ??= decodeMap(D.titleMapSimple, D.titleMapSpecial)).get(cp) ?? cp;
}
/** _PyUnicode_ToFoldedFull. */
export function toFoldedFull(cp: number): CaseMapping {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  return (foldMap ??= decodeMap(D.foldMapSimple, D.foldMapSpecial)).get(cp) ?? cp;
}
