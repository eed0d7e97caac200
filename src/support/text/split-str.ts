// Strs with a "false pair": a lone high surrogate code point followed by a lone low one. CPython
// keeps them as two code points ('\ud83d\ude00' has len 2); a JS string cannot, since its UTF-16
// reads them as one astral character. Every other str stays a plain JS string (design §1); only a
// str holding a false pair is a SplitStr: its UTF-16 units (the pairs merged, as a JS string would
// hold them) and `cuts`, the unit offsets of the high halves that start a false pair. Operations
// build such values only through the helpers below, which return a plain string when no cut is left,
// so a SplitStr always has at least one cut and never equals any plain string.

export class SplitStr {
  constructor(
    readonly units: string,
    /** Ascending unit offsets i where units[i] (high) and units[i+1] (low) are two code points. */
    readonly cuts: readonly number[],
  ) {}
}

export type Text = string | SplitStr;

const isHigh = (c: number): boolean => c >= 0xd800 && c < 0xdc00;
const isLow = (c: number): boolean => c >= 0xdc00 && c < 0xe000;

/** The code points of a str, false pairs as two (a lone surrogate is its own code point). */
export function textCodePoints(t: Text): number[] {
  const s = typeof t === "string" ? t : t.units;
  const cuts = typeof t === "string" ? null : t.cuts;
  const out: number[] = [];
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
      if (cuts !== null && k < cuts.length && cuts[k] === i) {
        k++;
        out.push(c);
        continue;
      }
      out.push(0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00));
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** The str of code points cps[start, end): a SplitStr when a high surrogate precedes a low one. */
export function textFromCodePoints(cps: ArrayLike<number>, start = 0, end = cps.length): Text {
  const b = new TextBuilder();
  for (let i = start; i < end; i++) b.addCodePoint(cps[i]);
  return b.result();
}

/** Accumulates strs (and code points) into one, keeping false pairs apart at every junction. */
export class TextBuilder {
  units = "";
  cuts: number[] = [];

  add(t: Text): void {
    const s = typeof t === "string" ? t : t.units;
    if (s.length === 0) return;
    const n = this.units.length;
    // A str ending in a high unit ends in a lone high surrogate (a pair ends in its low half), and one
    // starting with a low unit starts with a lone low surrogate: together they are a false pair.
    if (n > 0 && isLow(s.charCodeAt(0)) && isHigh(this.units.charCodeAt(n - 1))) this.cuts.push(n - 1);
    if (typeof t !== "string") for (const c of t.cuts) this.cuts.push(c + n);
    this.units += s;
  }

  addCodePoint(cp: number): void {
    if (cp > 0xffff) {
      this.units += String.fromCodePoint(cp);
      return;
    }
    const n = this.units.length;
    if (isLow(cp) && n > 0 && isHigh(this.units.charCodeAt(n - 1))) this.cuts.push(n - 1);
    this.units += String.fromCharCode(cp);
  }

  result(): Text {
    return this.cuts.length === 0 ? this.units : new SplitStr(this.units, this.cuts);
  }
}

/** a + b for strs, exact when the junction or either side holds a false pair. */
export function textConcat(a: Text, b: Text): Text {
  const bld = new TextBuilder();
  bld.add(a);
  bld.add(b);
  return bld.result();
}

/** Would a + b (plain JS strings) merge a lone high and a lone low surrogate into one character? */
export const junctionSplits = (a: string, b: string): boolean =>
  a.length > 0 && isLow(b.charCodeAt(0)) && isHigh(a.charCodeAt(a.length - 1));

/** Code point comparison (-1, 0, 1) of two strs, either of which may hold false pairs. */
export function textCompare(a: Text, b: Text): number {
  const x = textCodePoints(a);
  const y = textCodePoints(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

export function textEquals(a: Text, b: Text): boolean {
  if (typeof a === "string" || typeof b === "string") return false; // a SplitStr never equals a plain str
  if (a.units !== b.units || a.cuts.length !== b.cuts.length) return false;
  for (let i = 0; i < a.cuts.length; i++) if (a.cuts[i] !== b.cuts[i]) return false;
  return true;
}

// ---- running a plain-string algorithm on false pairs ----------------------------------------------
// A str method that treats every surrogate alike (search, split, strip, case mapping, padding,
// predicates: a surrogate is uncased, not a space, digit, letter or printable) gives the exact answer
// when each lone low surrogate, false-pair halves included, is first replaced by a private-use
// stand-in: the JS strings then hold no high-low adjacency that is not a real pair. The stand-ins
// come from a block of 1024 private-use code points that none of the inputs holds, and are turned
// back into their low surrogates in the results.

const BLOCKS = [0xe000, 0xe400, 0xe800, 0xec00, 0xf000, 0xf400, 0xf0000, 0xf0400, 0xf0800, 0x100000, 0x100400];

export class LowMask {
  private constructor(readonly base: number) {}

  /** A mask whose stand-ins none of `texts` contains. */
  static for(texts: readonly Text[]): LowMask {
    const used = new Set<number>();
    for (const t of texts) {
      const s = typeof t === "string" ? t : t.units;
      for (let i = 0; i < s.length; i++) {
        const cp = s.codePointAt(i)!;
        if (cp > 0xffff) i++;
        if ((cp >= 0xe000 && cp < 0xf800) || cp >= 0xf0000) used.add(cp >> 10);
      }
    }
    for (const b of BLOCKS) if (!used.has(b >> 10)) return new LowMask(b);
    throw new Error("unreachable: every private-use block in use");
  }

  /** The plain JS string whose code points are t's with lone lows replaced by stand-ins. */
  hide(t: Text): string {
    const cps = textCodePoints(t);
    let out = "";
    for (const cp of cps) out += String.fromCodePoint(isLow(cp) ? this.base + (cp - 0xdc00) : cp);
    return out;
  }

  /** The inverse of hide: stand-ins back to low surrogates, false pairs where a high precedes one. */
  show(s: string): Text {
    const b = new TextBuilder();
    const hi = this.base + 0x400;
    for (let i = 0; i < s.length; i++) {
      let cp = s.charCodeAt(i);
      if (isHigh(cp) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      }
      b.addCodePoint(cp >= this.base && cp < hi ? 0xdc00 + (cp - this.base) : cp);
    }
    return b.result();
  }

  /** A code point of a hidden string as the original's. */
  showCodePoint(cp: number): number {
    return cp >= this.base && cp < this.base + 0x400 ? 0xdc00 + (cp - this.base) : cp;
  }
}
