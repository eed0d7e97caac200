import assert from "node:assert/strict";
import { test } from "node:test";
import { Oracle } from "../oracle/oracle.ts";
import { bytesRepr, complexRepr, floatRepr, strRepr } from "../../src/support/repr.ts";
import { floatHex, parseFloatHex } from "../../src/support/float-hex.ts";

// Deterministic pseudo-random doubles over the whole range, plus the awkward ones.
function sampleFloats(n: number): number[] {
  const out = [0, -0, 1, -1, 0.1, 1e16, 1e15, 1e-4, 1e-5, 123456789012345680, 5e-324, 1.7976931348623157e308, Infinity, -Infinity, NaN, 2.5, 1 / 3];
  const view = new DataView(new ArrayBuffer(8));
  let s = 12345;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
  while (out.length < n) {
    view.setUint32(0, next());
    view.setUint32(4, next());
    const x = view.getFloat64(0);
    if (Number.isFinite(x)) out.push(x);
    out.push(Math.round(next() / 1000) / 100, next() * 1e-12);
  }
  return out;
}

test("float repr, float.hex and complex repr equal CPython's", async () => {
  const oracle = await (await Oracle.get()).ready();
  const xs = sampleFloats(600);
  const hexes = xs.map(floatHex);
  const theirs = oracle.eval(`
import json
xs = [float.fromhex(h) if h not in ('nan','inf','-inf') else float(h) for h in ${JSON.stringify(hexes)}]
json.dumps([[repr(x), x.hex() if x == x and abs(x) != float('inf') else repr(x), repr(complex(x, -x)), repr(complex(0, x))] for x in xs])`) as string;
  const expected = JSON.parse(theirs);
  xs.forEach((x, i) => {
    assert.equal(floatRepr(x), expected[i][0], `repr ${hexes[i]}`);
    if (Number.isFinite(x)) assert.equal(floatHex(x), expected[i][1]);
    assert.ok(Object.is(parseFloatHex(floatHex(x)), x) || Number.isNaN(x));
    assert.equal(complexRepr(x, -x), expected[i][2], `complex ${hexes[i]}`);
    assert.equal(complexRepr(0, x), expected[i][3], `complex imag ${hexes[i]}`);
  });
});

test("str and bytes repr equal CPython's", async () => {
  const oracle = await (await Oracle.get()).ready();
  const strs = ["", "a", "'", '"', "'\"", "\\", "\t\n\r\x00\x7f\x80\xa0\xad", "é€😀", "\u2028\u200b\ufeff", "\ud800", "\udfff x", "\u0378", "\U000e0001".replace("\\U", "")];
  for (let cp = 0; cp < 0x3000; cp += 7) strs.push(String.fromCodePoint(cp));
  const theirs = JSON.parse(oracle.eval(`import json; json.dumps([repr(s) for s in json.loads(${JSON.stringify(JSON.stringify(strs))})])`) as string);
  strs.forEach((s, i) => assert.equal(strRepr(s), theirs[i], JSON.stringify(s)));
  const bytes = [[], [39], [34], [39, 34], [0, 9, 10, 13, 92, 127, 128, 255, 65]].map((b) => Uint8Array.from(b));
  const tb = JSON.parse(oracle.eval(`import json; json.dumps([repr(bytes(b)) for b in ${JSON.stringify(bytes.map((b) => [...b]))}])`) as string);
  bytes.forEach((b, i) => assert.equal(bytesRepr(b), tb[i]));
});

test("float repr's few-decimals path gives Number#toString's shortest digits across the fixed range", () => {
  // (Number#toString spells the shortest round-trip digits in fixed notation from 1e-6 to 1e21)
  const reference = (x: number) => (String(x).includes(".") ? String(x) : String(x) + ".0");
  let seed = 7;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const values: number[] = [0.1 + 0.2, 1 / 3, 2 / 3, 0.0001, 1e16 - 2, 2 ** 50 + 0.5, 2 ** 50 - 0.125, 123456.789];
  for (let t = 0; t < 40000; t++) {
    const base = Math.round((rnd() - 0.5) * 10 ** Math.floor(rnd() * 9)) / 10 ** Math.floor(rnd() * 9);
    values.push(base, base * 1.1, base + 0.1, base / 7, (rnd() - 0.5) * 10 ** (Math.floor(rnd() * 20) - 4));
  }
  for (let e = 44; e < 54; e++) for (let d = -20; d < 20; d++) values.push((2 ** e + d) / 10, -(2 ** e + d) / 1e6);
  for (const x of values) {
    if (!(Math.abs(x) >= 1e-4 && Math.abs(x) < 1e16)) continue;
    assert.equal(floatRepr(x), reference(x), `x = ${x}`);
  }
});
