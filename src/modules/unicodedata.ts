// The unicodedata module (Modules/unicodedata.c, 3.10): the Unicode 13.0.0 character database as
// CPython ships it, and ucd_3_2_0 (a unicodedata.UCD object answering as Unicode 3.2.0, which
// encodings.idna and stringprep use). Properties come from the generated tables of
// src/support/unicodedata-tables.ts and names from src/support/unicode-names.ts, decoded on first
// use. Normalization follows CPython's nfd_nfkd/nfc_nfkc (Hangul by algorithm; under 3.2.0
// characters 3.2.0 lacked are left alone and a few decompositions are the corrected old ones).
import {
  type PyObj, PyType, PyFloat, TypeType, ObjectType, PyModule, PyBytesObj, typeOf, argTypeName, asStr, typeError, valueError, newExc, KeyError,
  defMethods, defGetters, PyBuiltinFunction, PyObject,
} from "../objects/index.ts";
import { TABLES, type UnicodeTables } from "../support/unicodedata-tables.ts";
import { charName, codePointOfName, namedSequence } from "../support/unicode-names.ts";
import { decimalValue } from "../support/unicode.ts";
import { toCodePoints, fromCodePoints, cpLength, codePointAt } from "../support/text/codepoints.ts";
import { posFn, type Fn, inModule } from "./util.ts";
import { PyCapsule } from "./capsule.ts";

// ---- table access ------------------------------------------------------------------------------

let tables: UnicodeTables | null = null;
/** The generated tables, parsed on first use. */
const T = (): UnicodeTables => (tables ??= JSON.parse(TABLES) as UnicodeTables);

/** The value of a [start, value, ...] run table at cp. */
function runValue<V>(runs: readonly V[], cp: number): V {
  let lo = 0;
  let hi = runs.length / 2; // the number of runs starting at or before cp
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((runs[mid * 2] as unknown as number) <= cp) lo = mid + 1;
    else hi = mid;
  }
  return runs[(lo - 1) * 2 + 1];
}

/** A sparse [cp delta, value, ...] table as a Map. */
function sparse<V>(t: readonly unknown[]): Map<number, V> {
  const m = new Map<number, V>();
  let cp = 0;
  for (let i = 0; i < t.length; i += 2) {
    cp += t[i] as number;
    m.set(cp, t[i + 1] as V);
  }
  return m;
}

let decomps: Map<number, string> | null = null;
let digits: Map<number, number> | null = null;
let numerics: Map<number, string> | null = null;
const oldTables = new Map<string, Map<number, unknown>>();
const oldDiff = (prop: string): Map<number, unknown> => {
  let m = oldTables.get(prop);
  if (!m) oldTables.set(prop, (m = sparse(T().OLD[prop])));
  return m;
};
/** Was cp unassigned in Unicode 3.2.0 (but is assigned now)? */
const unassignedOld = (cp: number): boolean => runValue(T().OLD.unassigned as readonly (number | boolean)[], cp) === true;
const UA = (): readonly [string, string, number, number, string, number, number] => T().OLD.unassignedAnswers as never;

/** The answer of 3.2.0 where it differs from 13.0.0, or undefined. */
function oldAnswer(cp: number, prop: string, unassigned: unknown): unknown {
  if (unassignedOld(cp)) return unassigned;
  return oldDiff(prop).get(cp);
}

export const category = (cp: number, old = false): string =>
  (old ? (oldAnswer(cp, "category", "Cn") as string | undefined) : undefined) ?? T().CATEGORY_VALUES[runValue(T().CATEGORY_RUNS, cp)];
export const combining = (cp: number, old = false): number =>
  (old ? (oldAnswer(cp, "combining", UA()[2]) as number | undefined) : undefined) ?? runValue(T().COMBINING_RUNS, cp);
/**
 * decomposition() by code point: the index of its text in decompTexts (0: "", no decomposition),
 * for every code point up to the last one that has one. Two bytes a code point (about 390 KB), made
 * at the first call: a lookup is an array read, where the Map's was a hash probe.
 */
let decompIndex: Uint16Array | null = null;
let decompTexts: string[] = [""];
function makeDecompIndex(): Uint16Array {
  const t = T().DECOMPOSITIONS;
  let last = 0;
  for (let i = 0; i < t.length; i += 2) last += t[i] as number;
  const index = new Uint16Array(last + 1);
  const texts = [""];
  let cp = 0;
  for (let i = 0; i < t.length; i += 2) {
    cp += t[i] as number;
    index[cp] = texts.length;
    texts.push(t[i + 1] as string);
  }
  decompTexts = texts;
  return index;
}
export function decompositionOf(cp: number): string {
  const index = (decompIndex ??= makeDecompIndex());
  return cp < index.length ? decompTexts[index[cp]!]! : "";
}

// ---- normalization -----------------------------------------------------------------------------

const SBASE = 0xac00, LBASE = 0x1100, VBASE = 0x1161, TBASE = 0x11a7;
const LCOUNT = 19, VCOUNT = 21, TCOUNT = 28, NCOUNT = VCOUNT * TCOUNT, SCOUNT = LCOUNT * NCOUNT;

interface Decomp { compat: boolean; cps: number[] }
let decompRecords: Map<number, Decomp> | null = null;
function decompRecord(cp: number): Decomp | undefined {
  if (!decompRecords) {
    decompRecords = new Map();
    for (const [c, text] of (decomps ??= sparse(T().DECOMPOSITIONS))) {
      const parts = text.split(" ");
      const compat = parts[0].startsWith("<");
      decompRecords.set(c, { compat, cps: (compat ? parts.slice(1) : parts).map((h) => parseInt(h, 16)) });
    }
  }
  return decompRecords.get(cp);
}

let compositions: Map<number, number> | null = null;
let firsts: Set<number> | null = null;
function loadCompositions(): void {
  compositions = new Map();
  firsts = new Set();
  let cp = 0;
  for (const d of T().COMPOSITES) {
    cp += d;
    const [a, b] = decompRecord(cp)!.cps;
    compositions.set(a * 0x200000 + b, cp);
    firsts.add(a);
  }
}

/** nfd_nfkd: full decomposition, then the canonical ordering of combining marks. */
function decompose(cps: number[], k: boolean, old: boolean): number[] {
  const out: number[] = [];
  const stack: number[] = [];
  const oldNfd = old ? (oldDiff("nfd") as Map<number, string>) : null;
  for (const c of cps) {
    stack.push(c);
    while (stack.length) {
      const code = stack.pop()!;
      if (code >= SBASE && code < SBASE + SCOUNT) {
        const s = code - SBASE;
        out.push(LBASE + Math.floor(s / NCOUNT), VBASE + Math.floor((s % NCOUNT) / TCOUNT));
        if (s % TCOUNT) out.push(TBASE + (s % TCOUNT));
        continue;
      }
      if (old) {
        const corrected = oldNfd!.get(code);
        if (corrected !== undefined) {
          out.push(...toCodePoints(corrected));
          continue;
        }
        if (unassignedOld(code)) {
          out.push(code);
          continue;
        }
      }
      const d = decompRecord(code);
      if (!d || (d.compat && !k)) {
        out.push(code);
        continue;
      }
      for (let i = d.cps.length - 1; i >= 0; i--) stack.push(d.cps[i]);
    }
  }
  // canonical ordering: a stable insertion sort of each run of non-starters
  for (let i = 1; i < out.length; i++) {
    const cur = combining(out[i]);
    if (cur === 0) continue;
    let j = i;
    while (j > 0) {
      const prev = combining(out[j - 1]);
      if (prev === 0 || prev <= cur) break;
      [out[j - 1], out[j]] = [out[j], out[j - 1]];
      j--;
    }
  }
  return out;
}

/** nfc_nfkc: decomposition, then canonical composition as CPython does it. */
function compose(cps: number[], k: boolean, old: boolean): number[] {
  const d = decompose(cps, k, old);
  if (!compositions) loadCompositions();
  const out: number[] = [];
  const skipped = new Set<number>();
  for (let i = 0; i < d.length; ) {
    if (skipped.has(i)) {
      skipped.delete(i);
      i++;
      continue;
    }
    let code = d[i];
    if (code >= LBASE && code < LBASE + LCOUNT && i + 1 < d.length && d[i + 1] >= VBASE && d[i + 1] < VBASE + VCOUNT) {
      code = SBASE + ((code - LBASE) * VCOUNT + (d[i + 1] - VBASE)) * TCOUNT;
      i += 2;
      if (i < d.length && d[i] > TBASE && d[i] < TBASE + TCOUNT) code += d[i++] - TBASE;
      out.push(code);
      continue;
    }
    if (!firsts!.has(code)) {
      out.push(code);
      i++;
      continue;
    }
    let comb = 0;
    for (let i1 = i + 1; i1 < d.length; ) {
      const code1 = d[i1];
      const comb1 = combining(code1);
      if (comb) {
        if (comb1 === 0) break;
        if (comb >= comb1) {
          i1++; // blocked
          continue;
        }
      }
      const composite = compositions!.get(code * 0x200000 + code1);
      if (composite === undefined) {
        if (comb1 === 0) break;
        comb = comb1;
        i1++;
        continue;
      }
      code = composite;
      skipped.add(i1);
      i1++;
      if (!firsts!.has(code)) break;
    }
    out.push(code);
    i++;
  }
  return out;
}

function normalForm(form: string): [boolean, boolean] {
  switch (form) {
    case "NFC": return [true, false];
    case "NFKC": return [true, true];
    case "NFD": return [false, false];
    case "NFKD": return [false, true];
  }
  throw valueError("invalid normalization form");
}

export function normalize(form: string, s: string, old = false): string {
  const [nfc, k] = normalForm(form);
  if (s === "" || /^[\0-\x7f]*$/.test(s)) return s;
  const cps = toCodePoints(s);
  return fromCodePoints(nfc ? compose(cps, k, old) : decompose(cps, k, old));
}

// ---- the Python-facing functions ---------------------------------------------------------------

/** The clinic converter int(accept={str}): a str of exactly one character (`which`: "argument", or "argument 1" beside a second parameter). */
function charArg(fname: string, x: PyObj, which = "argument"): number {
  const s = asStr(x);
  if (s === null || cpLength(s) !== 1) throw typeError(`${fname}() ${which} must be a unicode character, not ${argTypeName(x)}`);
  return codePointAt(s, 0);
}

/** The code point of a str of exactly one character (one UTF-16 unit, or a surrogate pair); -1 for anything else (charArg decides). */
function oneChar(x: PyObj): number {
  if (typeof x !== "string") return -1;
  if (x.length === 1) return x.charCodeAt(0);
  if (x.length !== 2) return -1;
  const c = x.charCodeAt(0);
  const d = x.charCodeAt(1);
  return c >= 0xd800 && c < 0xdc00 && d >= 0xdc00 && d < 0xe000 ? 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00) : -1;
}

function strArg(fname: string, n: number, x: PyObj): string {
  const s = asStr(x);
  if (s === null) throw typeError(`${fname}() argument ${n} must be str, not ${argTypeName(x)}`);
  return s;
}

/** A number property with an optional default: the value, the default, or ValueError(msg). */
function withDefault(v: PyObj | undefined, dflt: PyObj | undefined, msg: string): PyObj {
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  throw valueError(msg);
}

const NAME_MAXLEN = 256;

/** The functions of the module (old = false) and of ucd_3_2_0's methods (old = true). */
function functions(old: boolean, prefix: string): [string, Fn][] {
  const one = (name: string, f: (cp: number) => PyObj): [string, Fn] => {
    const checked = posFn(`${prefix}${name}`, 1, 1, ([c]) => f(charArg(name, c)));
    // the usual call, one str of one character, without posFn's and charArg's checks
    return [name, (args, kw) => {
      const cp = args.length === 1 && (kw === null || kw.length === 0) ? oneChar(args[0]!) : -1;
      return cp >= 0 ? f(cp) : checked(args, kw);
    }];
  };
  const oneOpt = (name: string, f: (cp: number, dflt: PyObj | undefined) => PyObj): [string, Fn] =>
    [name, posFn(`${prefix}${name}`, 1, 2, ([c, d]) => f(charArg(name, c, "argument 1"), d))];
  return [
    oneOpt("decimal", (cp, d) => {
      const o = old ? (oldAnswer(cp, "decimal", UA()[5]) as number | undefined) : undefined;
      const v = o ?? decimalValue(cp);
      return withDefault(v < 0 ? undefined : v, d, "not a decimal");
    }),
    oneOpt("digit", (cp, d) => {
      const o = old ? (oldDiff("digit").get(cp) as number | undefined) : undefined;
      const v = o ?? (digits ??= sparse(T().DIGITS)).get(cp) ?? -1;
      return withDefault(v < 0 ? undefined : v, d, "not a digit");
    }),
    oneOpt("numeric", (cp, d) => {
      let v: string | null | undefined = (numerics ??= sparse(T().NUMERICS)).get(cp);
      if (old) {
        const o = oldAnswer(cp, "numeric", null) as string | null | undefined;
        if (o !== undefined) v = o === null || (o as unknown) === -1 ? undefined : o;
      }
      return withDefault(v ? new PyFloat(parseFloat(v)) : undefined, d, "not a numeric character");
    }),
    one("category", (cp) => category(cp, old)),
    one("bidirectional", (cp) => (old ? (oldAnswer(cp, "bidirectional", UA()[0]) as string | undefined) : undefined) ?? T().BIDIRECTIONAL_VALUES[runValue(T().BIDIRECTIONAL_RUNS, cp)]),
    one("combining", (cp) => combining(cp, old)),
    one("mirrored", (cp) => (old ? (oldAnswer(cp, "mirrored", UA()[3]) as number | undefined) : undefined) ?? runValue(T().MIRRORED_RUNS, cp)),
    one("east_asian_width", (cp) => (old ? (oldAnswer(cp, "eaw", UA()[1]) as string | undefined) : undefined) ?? T().EAST_ASIAN_WIDTH_VALUES[runValue(T().EAST_ASIAN_WIDTH_RUNS, cp)]),
    one("decomposition", (cp) => (old ? (oldAnswer(cp, "decomposition", UA()[4]) as string | undefined) : undefined) ?? decompositionOf(cp)),
    ["is_normalized", posFn(`${prefix}is_normalized`, 2, 2, ([f, s]) => {
      const form = strArg("is_normalized", 1, f);
      const text = strArg("is_normalized", 2, s);
      if (text === "") return true;
      return normalize(form, text, old) === text;
    })],
    ["normalize", posFn(`${prefix}normalize`, 2, 2, ([f, s]) => {
      const form = strArg("normalize", 1, f);
      const text = strArg("normalize", 2, s);
      if (text === "") return s;
      const r = normalize(form, text, old);
      return r === text ? s : r;
    })],
    oneOpt("name", (cp, d) => {
      const n = old && unassignedOld(cp) ? null : charName(cp);
      return withDefault(n ?? undefined, d, "no such name");
    }),
    ["lookup", posFn(`${prefix}lookup`, 1, 1, ([n]) => {
      let name = asStr(n);
      if (name === null) {
        if (!(n instanceof PyBytesObj)) throw typeError(`a bytes-like object is required, not '${typeOf(n).name}'`);
        name = String.fromCharCode(...n.bytes);
      }
      if (new TextEncoder().encode(name).length > NAME_MAXLEN) throw newExc(KeyError, "name too long");
      const cp = codePointOfName(name, !old, old ? (c) => !unassignedOld(c) : undefined);
      if (cp !== null) return String.fromCodePoint(cp);
      const seq = old ? null : namedSequence(name);
      if (seq !== null) return seq;
      // the message shows the name as a C string: up to its first NUL
      const nul = name.indexOf("\0");
      throw newExc(KeyError, `undefined character name '${nul >= 0 ? name.slice(0, nul) : name}'`);
    })],
  ];
}

// ---- unicodedata.UCD and the module --------------------------------------------------------------

export const UCDType = inModule(new PyType(TypeType, "UCD", [ObjectType]), "unicodedata");
UCDType.solid = UCDType;
UCDType.baseAllowed = false;
defMethods(UCDType, [
  ["__new__", () => {
    throw typeError("cannot create 'unicodedata.UCD' instances");
  }],
  ...functions(true, "unicodedata.UCD.").map(([n, f]): [string, (self: PyObj, args: PyObj[], kw: readonly string[] | null) => PyObj] => [n, (_self, args, kw) => f(args, kw)]),
]);

defGetters(UCDType, [["unidata_version", () => "3.2.0"]]);

export function makeUnicodedata(): PyModule {
  const m = new PyModule("unicodedata");
  m.dict.setStr("__doc__", "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n13.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 13.0.0.");
  m.dict.setStr("UCD", UCDType);
  for (const [n, f] of functions(false, "unicodedata.")) m.dict.setStr(n, new PyBuiltinFunction(n, f, m));
  m.dict.setStr("ucd_3_2_0", new PyObject(UCDType));
  m.dict.setStr("unidata_version", "13.0.0");
  m.dict.setStr("_ucnhash_CAPI", new PyCapsule("unicodedata._ucnhash_CAPI"));
  return m;
}
