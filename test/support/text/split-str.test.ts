// Strs holding false pairs (a lone high surrogate then a lone low one; src/support/text/split-str.ts):
// random strs over surrogates, astral and quote characters, built code point by code point, must
// read back as the same code points and give 64-bit CPython 3.10's repr, hash, ordering and the
// results of methods run through LowMask. Skipped without a local CPython 3.10.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { LowMask, TextBuilder, textCodePoints, textCompare, textConcat, type Text } from "../../../src/support/text/split-str.ts";
import { codePointsRepr } from "../../../src/support/repr.ts";
import { hashCodePoints } from "../../../src/support/hash.ts";
import { strSplit, strFind, strReplace } from "../../../src/support/text/index.ts";
import { localCPython310 } from "../../marshal/local-cpython.ts";

const ALPHABET = [0x41, 0x27, 0x22, 0xd83d, 0xde00, 0xd800, 0xdfff, 0xdbff, 0xdc00, 0x1f600, 0x10000, 0xe000, 0xe3ff];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function randomCps(r: () => number): number[] {
  const n = Math.floor(r() * 7);
  return Array.from({ length: n }, () => ALPHABET[Math.floor(r() * ALPHABET.length)]);
}

const build = (cps: number[]): Text => {
  const b = new TextBuilder();
  for (const cp of cps) b.addCodePoint(cp);
  return b.result();
};

const PY = `
import json, sys
cases = json.loads(sys.stdin.read())
out = []
for a, b in cases:
    s, t = "".join(map(chr, a)), "".join(map(chr, b))
    sp = [list(map(ord, p)) for p in s.split("\\ude00")]
    out.append([repr(s), str(hash(s)), (s > t) - (s < t), sp, s.find("\\ude00"), list(map(ord, s.replace("A", "")))])
print(json.dumps(out))
`;

test("false-pair strs match CPython 3.10: code points, repr, hash, order, masked methods", (t) => {
  const py = localCPython310();
  if (py === null) return t.skip("no local 64-bit CPython 3.10");
  const r = rng(20261130);
  const cases = Array.from({ length: 400 }, () => [randomCps(r), randomCps(r)]);
  const want = JSON.parse(execFileSync(py, ["-c", PY], { input: JSON.stringify(cases), env: { ...process.env, PYTHONHASHSEED: "0" } }).toString()) as [string, string | number, number, number[][], number, number[]][];
  cases.forEach(([a, b], i) => {
    const s = build(a);
    const u = build(b);
    const [repr, hash, order, split, find, replaced] = want[i];
    assert.deepEqual(textCodePoints(s), a, `code points of ${repr}`);
    assert.equal(codePointsRepr(textCodePoints(s)), repr);
    assert.equal(hashCodePoints(a).toString(), String(hash), `hash ${repr}`);
    assert.equal(textCompare(s, u), order, `order ${repr}`);
    assert.deepEqual(textCodePoints(textConcat(s, u)), [...a, ...b]);
    const m = LowMask.for([s, "\ude00", "A"]);
    const hs = m.hide(s);
    assert.deepEqual(textCodePoints(m.show(hs)), a, `mask round trip ${repr}`);
    assert.deepEqual(strSplit(hs, m.hide("\ude00"), -1).map((p) => textCodePoints(m.show(p))), split, `split ${repr}`);
    assert.equal(strFind(hs, m.hide("\ude00"), null, null), find, `find ${repr}`);
    assert.deepEqual(textCodePoints(m.show(strReplace(hs, "A", "", -1))), replaced, `replace ${repr}`);
  });
});

test("a SplitStr only exists while it holds a false pair", () => {
  assert.equal(build([0xd83d, 0x41, 0xde00]), "\ud83dA\ude00");
  assert.equal(build([0x1f600]), "\u{1f600}");
  const pair = build([0xd83d, 0xde00]);
  assert.equal(typeof pair, "object");
  assert.deepEqual(pair, textConcat("\ud83d", "\ude00"));
  assert.equal(textCompare(pair, "\u{1f600}"), -1);
});
