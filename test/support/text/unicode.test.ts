// Case mappings and character classes for every code point, against CPython 3.10.2 (Unicode 13):
// the oracle hashes its answers per block of 4096 code points, dislab hashes its own, and a
// differing block is then compared character by character. Also the final-sigma context rule.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { decimalValue } from "../../../src/support/unicode.ts";
import * as T from "../../../src/support/text/index.ts";
import { oracleRun } from "./cases/harness.ts";

const BLOCK = 4096;
const isSurrogate = (cp: number) => cp >= 0xd800 && cp < 0xe000;

function mine(cp: number): string {
  const c = String.fromCodePoint(cp);
  const flags = [T.strIsAlpha, T.strIsAlnum, T.strIsDecimal, T.strIsDigit, T.strIsNumeric, T.strIsSpace, T.strIsIdentifier,
    T.strIsPrintable, T.strIsTitle, T.strIsUpper, T.strIsLower].map((f) => (f(c) ? "1" : "0")).join("");
  return [T.strUpper(c), T.strLower(c), T.strTitle(c), T.strCasefold(c), T.strSwapcase(c), T.strCapitalize(c), flags, String(decimalValue(cp))].join("\u0001");
}

const PY_ROW = `"\\x01".join([c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase(), c.capitalize(),
  "".join("1" if f() else "0" for f in (c.isalpha, c.isalnum, c.isdecimal, c.isdigit, c.isnumeric, c.isspace, c.isidentifier,
  c.isprintable, c.istitle, c.isupper, c.islower)), str(unicodedata.decimal(c, -1))])`;

test("str case mappings and predicates equal CPython's for all 1,112,064 code points", async () => {
  const hashes = await oracleRun<string[]>(`
import hashlib, unicodedata
result = []
for b in range(0, 0x110000, ${BLOCK}):
    rows = []
    for cp in range(b, b + ${BLOCK}):
        if 0xd800 <= cp < 0xe000: continue
        c = chr(cp)
        rows.append(${PY_ROW})
    result.append(hashlib.sha256("\\x00".join(rows).encode()).hexdigest())`);
  const bad: number[] = [];
  for (let b = 0; b < 0x110000; b += BLOCK) {
    const rows: string[] = [];
    for (let cp = b; cp < b + BLOCK; cp++) if (!isSurrogate(cp)) rows.push(mine(cp));
    if (createHash("sha256").update(rows.join("\u0000"), "utf8").digest("hex") !== hashes[b / BLOCK]) bad.push(b);
  }
  if (bad.length) {
    // Name the first differing characters of the first bad block.
    const b = bad[0];
    const rows = await oracleRun<string[]>(`
import unicodedata
result = []
for cp in range(${b}, ${b + BLOCK}):
    if 0xd800 <= cp < 0xe000: continue
    c = chr(cp)
    result.append(${PY_ROW})`);
    const diffs: string[] = [];
    let k = 0;
    for (let cp = b; cp < b + BLOCK && diffs.length < 10; cp++) {
      if (isSurrogate(cp)) continue;
      if (mine(cp) !== rows[k]) diffs.push(`U+${cp.toString(16)}: ${JSON.stringify(mine(cp))} != ${JSON.stringify(rows[k])}`);
      k++;
    }
    assert.fail(`${bad.length} blocks differ, first at U+${b.toString(16)}:\n${diffs.join("\n")}`);
  }
});

test("final sigma, title and swapcase in the context of every code point", async () => {
  const hashes = await oracleRun<string[]>(`
import hashlib
result = []
for b in range(0, 0x110000, ${BLOCK}):
    rows = []
    for cp in range(b, b + ${BLOCK}):
        if 0xd800 <= cp < 0xe000: continue
        c = chr(cp)
        rows.append("\\x01".join([("A" + c + "\\u03a3" + c).lower(), ("1" + c + "\\u03a3").lower(), ("\\u03a3" + c + "a").lower(),
                                  (c + "a" + c + "\\u03a3").title(), ("a\\u03a3" + c).swapcase(), ("\\u03a3" + c).capitalize()]))
    result.append(hashlib.sha256("\\x00".join(rows).encode()).hexdigest())`);
  let bad = 0;
  for (let b = 0; b < 0x110000; b += BLOCK) {
    const rows: string[] = [];
    for (let cp = b; cp < b + BLOCK; cp++) {
      if (isSurrogate(cp)) continue;
      const c = String.fromCodePoint(cp);
      rows.push([T.strLower("A" + c + "\u03a3" + c), T.strLower("1" + c + "\u03a3"), T.strLower("\u03a3" + c + "a"),
        T.strTitle(c + "a" + c + "\u03a3"), T.strSwapcase("a\u03a3" + c), T.strCapitalize("\u03a3" + c)].join("\u0001"));
    }
    if (createHash("sha256").update(rows.join("\u0000"), "utf8").digest("hex") !== hashes[b / BLOCK]) bad++;
  }
  assert.equal(bad, 0, `${bad} blocks differ`);
});

test("str.splitlines boundaries and whitespace classes", async () => {
  const expected = await oracleRun<number[][]>(`
result = [[cp for cp in range(0x110000) if len(("a" + chr(cp) + "b").splitlines()) == 2],
          [cp for cp in range(0x110000) if len(("a" + chr(cp) + "b").split()) == 2],
          [cp for cp in range(256) if len((b"a" + bytes([cp]) + b"b").split()) == 2],
          [cp for cp in range(256) if len((b"a" + bytes([cp]) + b"b").splitlines()) == 2]]`);
  const got: number[][] = [[], [], [], []];
  for (let cp = 0; cp < 0x110000; cp++) {
    if (isSurrogate(cp)) continue;
    const c = String.fromCodePoint(cp);
    if (T.strSplitlines("a" + c + "b").length === 2) got[0].push(cp);
    if (T.strSplit("a" + c + "b").length === 2) got[1].push(cp);
  }
  for (let b = 0; b < 256; b++) {
    if (T.bytesSplit(Uint8Array.of(97, b, 98)).length === 2) got[2].push(b);
    if (T.bytesSplitlines(Uint8Array.of(97, b, 98)).length === 2) got[3].push(b);
  }
  assert.deepEqual(got, expected.map((l) => l.filter((cp) => !isSurrogate(cp))));
});
