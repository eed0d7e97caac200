// Generates the unicodedata tables as CPython 3.10.2 (Unicode 13.0.0) answers them, read from the
// oracle one code point at a time:
//   src/support/unicode-names-data.ts  character names (word-dictionary compressed, as CPython's own
//                                      phrasebook), name aliases and named sequences;
//   src/support/unicodedata-tables.ts  category, bidirectional, combining, east_asian_width,
//                                      mirrored, decomposition, digit, numeric, the primary
//                                      composites, and where ucd_3_2_0 (Unicode 3.2.0) differs.
// unicodedata has no API that lists aliases and named sequences, so the candidates come from the
// host's Perl Unicode data (Name.pl: names, aliases and sequences of a later Unicode version) and
// are kept only when the oracle's unicodedata.lookup accepts them with the same answer.
// Run: node --import tsx tools/gen-unicodedata.ts [PATH/TO/Name.pl]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Oracle } from "../test/oracle/oracle.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const namePl = process.argv[2] ?? "/usr/share/perl/5.36.0/unicore/Name.pl";

// ---- candidates for aliases and named sequences (Name.pl: "HEX [HEX...]\nNAME\n\n" records) ----
const candidates: [string, number[]][] = [];
{
  const text = readFileSync(namePl, "latin1");
  const body = text.slice(text.indexOf("<<'END';\n") + 9, text.lastIndexOf("\nEND"));
  for (const rec of body.split("\n\n")) {
    const [cps, name] = rec.split("\n");
    if (!name || !/^[0-9A-F ]+$/.test(cps)) continue;
    candidates.push([name, cps.split(" ").map((h) => parseInt(h, 16))]);
  }
}

const oracle = await (await Oracle.get()).ready();
oracle.eval(`import json; __cands = json.loads(${JSON.stringify(JSON.stringify(candidates))})`);
const answer = JSON.parse(oracle.eval(`
import unicodedata as U, json
old = U.ucd_3_2_0
algo = ("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")  # the names CPython computes
def runs(f):
    # [start, value, start, value, ...] wherever f changes, from code point 0
    out = []
    prev = object()
    for cp in range(0x110000):
        v = f(chr(cp))
        if v != prev:
            out += [cp, v]
            prev = v
    return out
def sparse(f, default):
    out = []
    for cp in range(0x110000):
        v = f(chr(cp))
        if v != default:
            out += [cp, v]
    return out
names = []
for cp in range(0x110000):
    n = U.name(chr(cp), None)
    if n is not None and not n.startswith(algo):
        names += [cp, n]
aliases = []
sequences = []
for name, cps in __cands:
    s = "".join(map(chr, cps))
    if len(cps) == 1 and U.name(s, None) == name:
        continue
    try:
        got = U.lookup(name)
    except KeyError:
        continue
    if got != s:
        continue
    (aliases if len(cps) == 1 else sequences).append([name, cps])
composites = []
for cp in range(0x110000):
    d = U.decomposition(chr(cp))
    if d and not d.startswith("<") and len(d.split()) == 2 and U.normalize("NFC", chr(cp)) == chr(cp):
        composites.append(cp)
def num_of(u, c):
    v = u.numeric(c, None)
    return None if v is None else repr(v)
def num(c):
    return num_of(U, c)
def old_diff(f, skip_unassigned=True):
    # [cp, old value, ...] where 3.2.0 answers differently, outside the unassigned characters
    global c
    out = []
    for cp in range(0x110000):
        c = chr(cp)
        if skip_unassigned and old.category(c) == "Cn" and U.category(c) != "Cn":
            continue
        o = f(old)
        if o != f(U):
            out += [cp, o]
    return out
out = {
    "names": names, "aliases": aliases, "sequences": sequences,
    "category": runs(U.category), "bidirectional": runs(U.bidirectional), "eaw": runs(U.east_asian_width),
    "combining": runs(U.combining), "mirrored": runs(U.mirrored),
    "decomposition": sparse(U.decomposition, ""), "digit": sparse(lambda c: U.digit(c, -1), -1),
    "numeric": sparse(num, None), "composites": composites,
    "old": {
        # characters Unicode 3.2.0 did not have: every property gets the "unassigned" answer below
        "unassigned": runs(lambda c: old.category(c) == "Cn" and U.category(c) != "Cn"),
        "unassignedAnswers": sorted({json.dumps([old.bidirectional(c), old.east_asian_width(c), old.combining(c), old.mirrored(c), old.decomposition(c), old.decimal(c, -1), old.numeric(c, -1)]) for c in map(chr, range(0x110000)) if old.category(c) == "Cn" and U.category(c) != "Cn"}),
        "category": old_diff(lambda u: u.category(c)),
        "bidirectional": old_diff(lambda u: u.bidirectional(c)),
        "eaw": old_diff(lambda u: u.east_asian_width(c)),
        "combining": old_diff(lambda u: u.combining(c)),
        "mirrored": old_diff(lambda u: u.mirrored(c)),
        "decomposition": old_diff(lambda u: u.decomposition(c)),
        "decimal": old_diff(lambda u: u.decimal(c, -1)),
        "digit": old_diff(lambda u: u.digit(c, -1), False),  # digit() ignores the version
        "numeric": old_diff(lambda u: num_of(u, c)),
        # normalize differs beyond unassigned characters only for these (normalization_3_2_0)
        "nfd": old_diff(lambda u: u.normalize("NFD", c)),
    },}
json.dumps(out)`) as string);

// ---- names: a word dictionary (most frequent words get the shortest codes) -------------------
// Code alphabet: printable ASCII except space (the name terminator), '"' and '\\' (no escapes in
// the generated literal). A word index is written in base 46: leading digits from the first 46
// characters, the last digit from the other 46.
const ALPHABET = [...Array(95).keys()].map((i) => String.fromCharCode(0x20 + i)).filter((c) => c !== " " && c !== '"' && c !== "\\").join("");
if (ALPHABET.length !== 92) throw new Error("alphabet");
const HALF = 46;
const names: (number | string)[] = answer.names;
const freq = new Map<string, number>();
for (let i = 1; i < names.length; i += 2) for (const w of (names[i] as string).split(" ")) freq.set(w, (freq.get(w) ?? 0) + 1);
const words = [...freq.keys()].sort((a, b) => freq.get(b)! - freq.get(a)! || (a < b ? -1 : 1));
const index = new Map(words.map((w, i) => [w, i]));
const code = (n: number): string => {
  let s = ALPHABET[HALF + (n % HALF)];
  for (n = Math.floor(n / HALF); n > 0; n = Math.floor(n / HALF)) s = ALPHABET[--n % HALF] + s;
  return s;
};
let encoded = "";
const ranges: number[] = []; // [start, count, ...] runs of named code points
for (let i = 0; i < names.length; i += 2) {
  const cp = names[i] as number;
  const last = ranges.length - 2;
  if (last >= 0 && ranges[last] + ranges[last + 1] === cp) ranges[last + 1]++;
  else ranges.push(cp, 1);
  encoded += (names[i + 1] as string).split(" ").map((w) => code(index.get(w)!)).join("") + " ";
}
const namesOut = `// GENERATED by tools/gen-unicodedata.ts from CPython 3.10.2's unicodedata (Unicode 13.0.0); do not edit.
// Names of the characters outside the algorithmic ranges (CJK unified ideographs, Hangul), in code point
// order. NAME_RANGES: runs [start, count, ...] of named code points. NAME_WORDS: the words, most
// frequent first, separated by spaces. NAME_CODES: each name as word codes followed by a space; a
// word's index is written in base ${HALF} over NAME_ALPHABET, the leading digits from its first ${HALF}
// characters, the last digit from the other ${HALF}.
export const NAME_ALPHABET = ${JSON.stringify(ALPHABET)};
export const NAME_RANGES: readonly number[] = [${ranges.join(",")}];
export const NAME_WORDS = ${JSON.stringify(words.join(" "))};
export const NAME_CODES = ${JSON.stringify(encoded)};
/** Name aliases (NameAliases.txt) that lookup() and \\N{...} accept: [name, code point, ...]. */
export const NAME_ALIASES: readonly (string | number)[] = ${JSON.stringify(answer.aliases.flatMap(([n, c]: [string, number[]]) => [n, c[0]]))};
/** Named sequences (NamedSequences.txt) that lookup() accepts: [name, "text", ...]. */
export const NAMED_SEQUENCES: readonly string[] = ${JSON.stringify(answer.sequences.flatMap(([n, c]: [string, number[]]) => [n, String.fromCodePoint(...c)]))};
`;
writeFileSync(root + "src/support/unicode-names-data.ts", namesOut);

// ---- properties ------------------------------------------------------------------------------
/** Runs of string values: the distinct values, and [start, valueIndex, ...]. */
function stringRuns(r: (number | string)[]): [string[], number[]] {
  const values: string[] = [];
  const out: number[] = [];
  for (let i = 0; i < r.length; i += 2) {
    let k = values.indexOf(r[i + 1] as string);
    if (k < 0) k = values.push(r[i + 1] as string) - 1;
    out.push(r[i] as number, k);
  }
  return [values, out];
}
/** A sparse [cp, value, ...] list with code points as deltas from the previous entry. */
const deltas = (r: unknown[]): unknown[] => r.map((v, i) => (i % 2 === 0 && i > 0 ? (v as number) - (r[i - 2] as number) : v));
const tables: Record<string, unknown> = {};
for (const [name, key] of [["CATEGORY", "category"], ["BIDIRECTIONAL", "bidirectional"], ["EAST_ASIAN_WIDTH", "eaw"]] as const) {
  const [values, runs] = stringRuns(answer[key]);
  tables[`${name}_VALUES`] = values;
  tables[`${name}_RUNS`] = runs;
}
tables.COMBINING_RUNS = answer.combining;
tables.MIRRORED_RUNS = answer.mirrored;
tables.DECOMPOSITIONS = deltas(answer.decomposition);
tables.DIGITS = deltas(answer.digit);
tables.NUMERICS = deltas(answer.numeric);
tables.COMPOSITES = answer.composites.map((c: number, i: number) => (i ? c - answer.composites[i - 1] : c));
const old: Record<string, unknown> = {};
for (const [k, v] of Object.entries(answer.old as Record<string, unknown[]>)) {
  if (k === "unassigned") old[k] = v;
  else if (k === "unassignedAnswers") {
    if (v.length !== 1) throw new Error("unassigned characters of 3.2.0 answer differently: " + v.join(" | "));
    old[k] = JSON.parse(v[0] as string);
  } else old[k] = deltas(v);
}
tables.OLD = old;
const props = `// GENERATED by tools/gen-unicodedata.ts from CPython 3.10.2's unicodedata (Unicode 13.0.0); do not edit.
// One JSON text, parsed on first use: JSON.parse costs far less than evaluating large array literals
// when the module loads. Run tables: [start, value, start, value, ...] from code point 0, each value
// holding up to the next start (string properties give an index into their *_VALUES list). Sparse
// tables: [cp, value, ...] with each code point written as the difference from the previous one.
// OLD is Unicode 3.2.0 (ucd_3_2_0): \`unassigned\` runs [start, isUnassigned, ...] of the characters
// 3.2.0 did not have (category Cn, and unassignedAnswers for bidirectional, east_asian_width,
// combining, mirrored, decomposition, decimal, numeric: -1 meaning no value); elsewhere sparse
// [cp delta, value, ...] where 3.2.0 differs (nfd: normalize('NFD', c) of the corrected characters).
export interface UnicodeTables {
  CATEGORY_VALUES: string[]; CATEGORY_RUNS: number[]; BIDIRECTIONAL_VALUES: string[]; BIDIRECTIONAL_RUNS: number[];
  EAST_ASIAN_WIDTH_VALUES: string[]; EAST_ASIAN_WIDTH_RUNS: number[]; COMBINING_RUNS: number[]; MIRRORED_RUNS: number[];
  /** decomposition(): [cp delta, "text", ...]. */
  DECOMPOSITIONS: (number | string)[];
  /** digit(): [cp delta, value, ...]. */
  DIGITS: number[];
  /** numeric(): [cp delta, "float repr", ...]. */
  NUMERICS: (number | string)[];
  /** The primary composites (canonical pairs NFC recomposes), as code point deltas. */
  COMPOSITES: number[];
  OLD: Record<string, unknown[]>;
}
export const TABLES = ${JSON.stringify(JSON.stringify(tables))};
`;
writeFileSync(root + "src/support/unicodedata-tables.ts", props);
console.log(`names: ${names.length / 2}, words ${words.length}, aliases ${answer.aliases.length}, sequences ${answer.sequences.length}`);
console.log(`unicode-names-data.ts ${namesOut.length} chars, unicodedata-tables.ts ${props.length} chars`);
