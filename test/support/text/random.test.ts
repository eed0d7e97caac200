// MT19937 (random.Random's C part) against CPython 3.10.2: seeds of every size and
// sign, random(), getrandbits() across word boundaries, getstate()/setstate(), and the str seed
// that random.seed() derives through SHA-512 (the digests themselves: test/support/digest.test.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { floatHex } from "../../../src/support/float-hex.ts";
import { PyError } from "../../../src/support/py-error.ts";
import { MersenneTwister, encode, intFromBytesValue } from "../../../src/support/text/index.ts";
import { Sha512 } from "../../../src/support/digest/index.ts";
import { oracleRun } from "./cases/harness.ts";

const SEEDS = ["0", "1", "-1", "42", "4294967295", "4294967296", "-4294967296", "18446744073709551617", String(10n ** 50n), String(-(10n ** 30n)), "123456789", String(2n ** 1000n - 1n)];
const BITS = [0, 1, 7, 31, 32, 33, 63, 64, 65, 96, 100, 1000];

test("seed(int), random() and getrandbits() sequences equal CPython's", async () => {
  const expected = await oracleRun<[string[], string[], number[]][]>(`
import random
result = []
for s in ${JSON.stringify(SEEDS)}:
    r = random.Random()
    r.seed(int(s))
    xs = [r.random().hex() for _ in range(700)]
    bits = [str(r.getrandbits(k)) for k in ${JSON.stringify(BITS)}]
    result.append([xs, bits, list(r.getstate()[1])])`);
  SEEDS.forEach((s, i) => {
    const m = new MersenneTwister();
    m.seed(BigInt(s));
    const xs = Array.from({ length: 700 }, () => floatHex(m.random()));
    assert.deepEqual(xs, expected[i][0], `random() after seed(${s})`);
    assert.deepEqual(BITS.map((k) => String(m.getrandbits(k))), expected[i][1], `getrandbits after seed(${s})`);
    assert.deepEqual(m.getstate(), expected[i][2], `getstate after seed(${s})`);
  });
});

test("setstate() restores a state and checks it as CPython does", async () => {
  const expected = await oracleRun<[string[], string[]]>(`
import random
r = random.Random(5)
st = r.getstate()
a = [r.random().hex() for _ in range(3)]
r.setstate(st)
errs = []
for bad in [tuple(range(624)), tuple([0] * 624 + [625]), tuple([0] * 624 + [-1]), tuple([-1] + [0] * 624), tuple([2**64] + [0] * 624)]:
    try:
        r.setstate((3, bad, None))
        errs.append("ok")
    except Exception as e:
        errs.append(type(e).__name__ + ": " + str(e))
result = [a, errs]`);
  const m = new MersenneTwister();
  m.seed(5);
  const st = m.getstate();
  m.random(); m.random(); m.random();
  m.setstate(st);
  assert.deepEqual([m.random(), m.random(), m.random()].map(floatHex), expected[0]);
  const bads: number[][] = [Array.from({ length: 624 }, (_, i) => i), [...Array(624).fill(0), 625], [...Array(624).fill(0), -1], [-1, ...Array(624).fill(0)]];
  const errs = bads.map((b) => {
    try { m.setstate(b); return "ok"; } catch (e) { return e instanceof PyError ? `${e.type}: ${e.pyMessage}` : String(e); }
  });
  errs.push((() => { try { m.setstate([2n ** 64n, ...Array(624).fill(0)]); return "ok"; } catch (e) { return e instanceof PyError ? `${e.type}: ${e.pyMessage}` : String(e); } })());
  assert.deepEqual(errs, expected[1]);
});

test("random.seed(str) equals CPython's", async () => {
  const inputs = ["", "abc", "a".repeat(111), "a".repeat(112), "a".repeat(127), "a".repeat(128), "a".repeat(129), "x".repeat(1000), "h\u00e9llo \u{1f600}"];
  const expected = await oracleRun<string[][]>(`
import random
result = []
for s in ${JSON.stringify(inputs)}:
    b = s.encode("utf-8", "surrogatepass")
    r = random.Random(s)
    result.append([r.random().hex() for _ in range(3)])`);
  inputs.forEach((s, i) => {
    const b = encode(s);
    // random.seed(a, version=2) for a str: int.from_bytes(a + sha512(a).digest(), 'big')
    const joined = new Uint8Array(b.length + 64);
    joined.set(b);
    const h = new Sha512();
    h.update(b);
    joined.set(h.digest(), b.length);
    const m = new MersenneTwister();
    m.seed(intFromBytesValue(joined, "big"));
    assert.deepEqual([m.random(), m.random(), m.random()].map(floatHex), expected[i]);
  });
});
