// Character properties as CPython 3.10 (Unicode 13.0.0) sees them, from the generated range tables.
import { printableRanges, xidContinueRanges, xidStartRanges } from "./unicode-data.ts";

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
export const isPrintable = (cp: number): boolean => (cp < 0x7f ? cp >= 0x20 : inRanges(printableRanges, cp));
/** Can cp start an identifier (XID_Start, plus '_')? */
export const isIdentifierStart = (cp: number): boolean =>
  cp < 0x80 ? (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || cp === 0x5f : inRanges(xidStartRanges, cp);
/** Can cp continue an identifier (XID_Continue)? */
export const isIdentifierContinue = (cp: number): boolean =>
  cp < 0x80 ? (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f : inRanges(xidContinueRanges, cp);
