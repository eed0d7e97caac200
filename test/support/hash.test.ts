// hash.ts and the frozenset layout, checked against: SipHash-2-4's published test vectors; CPython
// itself through the oracle wherever a 32-bit build computes the same value (importlib's
// source_hash is SipHash-2-4 on every build; small ints and floats hash alike; the numeric hash is
// the documented algorithm, run in the oracle with the 64-bit modulus); the oracle's set order on
// values whose hashes agree, and on any values when the layout is fed the oracle's own 32-bit
// hashes. A local 64-bit CPython 3.10, when present, checks str hashes, seeds and set order too.
import assert from "node:assert/strict";
import { test } from "node:test";
import { PyTuple, type PyConstant } from "../../src/bytecode/constants.ts";
import { SetTable, constantsEqual, frozensetOrder, hashConstant } from "../../src/bytecode/frozenset.ts";
import { sourceHash } from "../../src/marshal/pyc.ts";
import { encodeUtf8SurrogatePass } from "../../src/marshal/utf8.ts";
import {
  hashBytes, hashComplex, hashFloat, hashFrozenSet, hashInt, hashKeyFromSeed, hashStr, hashTuple, setHashSeed, siphash24,
  hashPointer, pointerHashHalves, halves, halvesBig, HI, LO,
} from "../../src/support/hash.ts";
import { floatHex } from "../../src/support/float-hex.ts";
import { constFromJson, constToJson } from "../oracle/convert.ts";
import type { ConstJson } from "../oracle/oracle.ts";
import { oracleRun } from "../marshal/oracle-marshal.ts";
import { localCPython310, runLocal } from "../marshal/local-cpython.ts";

// SipHash-2-4 with key 00 01 .. 0f over the messages 00 01 .. (i-1), i = 0..63 (the reference
// implementation's vectors.h, digests as little-endian bytes).
const SIPHASH_VECTORS = [
  "310e0edd47db6f72", "fd67dc93c539f874", "5a4fa9d909806c0d", "2d7efbd796666785",
  "b7877127e09427cf", "8da699cd64557618", "cee3fe586e46c9cb", "37d1018bf50002ab",
  "6224939a79f5f593", "b0e4a90bdf82009e", "f3b9dd94c5bb5d7a", "a7ad6b22462fb3f4",
  "fbe50e86bc8f1e75", "903d84c02756ea14", "eef27a8e90ca23f7", "e545be4961ca29a1",
  "db9bc2577fcc2a3f", "9447be2cf5e99a69", "9cd38d96f0b3c14b", "bd6179a71dc96dbb",
  "98eea21af25cd6be", "c7673b2eb0cbf2d0", "883ea3e395675393", "c8ce5ccd8c030ca8",
  "94af49f6c650adb8", "eab8858ade92e1bc", "f315bb5bb835d817", "adcf6b0763612e2f",
  "a5c91da7acaa4dde", "716595876650a2a6", "28ef495c53a387ad", "42c341d8fa92d832",
  "ce7cf2722f512771", "e37859f94623f3a7", "381205bb1ab0e012", "ae97a10fd434e015",
  "b4a31508beff4d31", "81396229f0907902", "4d0cf49ee5d4dcca", "5c73336a76d8bf9a",
  "d0a704536ba93e0e", "925958fcd6420cad", "a915c29bc8067318", "952b79f3bc0aa6d4",
  "f21df2e41d4535f9", "87577519048f53a9", "10a56cf5dfcd9adb", "eb75095ccd986cd0",
  "51a9cb9ecba312e6", "96afadfc2ce666c7", "72fe52975a4364ee", "5a1645b276d592a1",
  "b274cb8ebf87870a", "6f9bb4203de7b381", "eaecb2a30b22a87f", "9924a43cc1315724",
  "bd838d3aafbf8db7", "0b1a2a3265d51aea", "135079a3231ce660", "932b2846e4d70666",
  "e1915f5cb1eca46c", "f325965ca16d629f", "575ff28e60381be5", "724506eb4c328a95",
];

test("SipHash-2-4 matches the reference test vectors", () => {
  const k0 = 0x0706050403020100n;
  const k1 = 0x0f0e0d0c0b0a0908n;
  SIPHASH_VECTORS.forEach((hex, i) => {
    const msg = Uint8Array.from({ length: i }, (_, j) => j);
    const le = Buffer.from(hex, "hex").readBigUInt64LE(0);
    assert.equal(siphash24(k0, k1, msg), le, `vector ${i}`);
  });
});

let seed = 20240613;
const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256));

test("importlib.util.source_hash (keyed SipHash-2-4) equals CPython's", async () => {
  const sources = Array.from({ length: 80 }, (_, i) => randomBytes(i < 40 ? i : Math.floor(rnd() * 3000)));
  const theirs = await oracleRun<string[]>(`
import importlib.util, base64
result = [importlib.util.source_hash(base64.b64decode(s)).hex() for s in ${JSON.stringify(sources.map((s) => Buffer.from(s).toString("base64")))}]`);
  sources.forEach((s, i) => assert.equal(Buffer.from(sourceHash(s)).toString("hex"), theirs[i], `source of ${s.length} bytes`));
});

// The numeric hash as the Python documentation defines it (stdtypes, "Hashing of numeric types"),
// evaluated by CPython with 64-bit sys.hash_info constants.
const DOCUMENTED_NUMERIC_HASH = `
P = 2**61 - 1
def hash_fraction(m, n):
    if n % P == 0:
        hash_value = 314159
    else:
        hash_value = (abs(m) % P) * pow(n, P - 2, P) % P
    if m < 0:
        hash_value = -hash_value
    if hash_value == -1:
        hash_value = -2
    return hash_value
def hash_float(x):
    if x != x:
        return 0
    if x in (float('inf'), float('-inf')):
        return 314159 if x > 0 else -314159
    return hash_fraction(*x.as_integer_ratio())
def hash_complex(z):
    h = hash_float(z.real) + 1000003 * hash_float(z.imag)
    h &= 2**64 - 1
    if h >= 2**63:
        h -= 2**64
    return -2 if h == -1 else h
`;

function sampleFloats(n: number): number[] {
  const out = [0, -0, 1, -1, 0.5, -0.5, 1.5, 2 ** 61, 2 ** 61 - 1, 2 ** 64, 1e300, -1e300, 5e-324, 1.7976931348623157e308, 1 / 3, Infinity, -Infinity, NaN];
  const view = new DataView(new ArrayBuffer(8));
  while (out.length < n) {
    view.setUint32(0, Math.floor(rnd() * 2 ** 32));
    view.setUint32(4, Math.floor(rnd() * 2 ** 32));
    const x = view.getFloat64(0);
    if (Number.isFinite(x)) out.push(x, Math.round(rnd() * 1e6) / 64);
  }
  return out;
}

test("int, float and complex hashes follow the documented 64-bit algorithm (run in CPython)", async () => {
  const ints = [0n, 1n, -1n, -2n, 2n ** 61n - 2n, 2n ** 61n - 1n, 2n ** 61n, -(2n ** 61n) + 1n, 2n ** 64n, -(2n ** 63n), 10n ** 40n, -(10n ** 40n) - 7n];
  for (let i = 0; i < 60; i++) ints.push(BigInt(Math.floor(rnd() * 2 ** 40)) ** BigInt(1 + Math.floor(rnd() * 4)) * (rnd() < 0.5 ? -1n : 1n));
  const floats = sampleFloats(300);
  const hexes = floats.map(floatHex);
  const parse = `[float.fromhex(h) if h not in ('nan','inf','-inf') else float(h) for h in ${JSON.stringify(hexes)}]`;
  const theirs = await oracleRun<{ ints: string[]; floats: string[]; complexes: string[] }>(`${DOCUMENTED_NUMERIC_HASH}
xs = ${parse}
ints = [${ints.join(",")}]
result = {"ints": [str(hash_fraction(i, 1)) for i in ints], "floats": [str(hash_float(x)) for x in xs],
          "complexes": [str(hash_complex(complex(x, xs[-1 - i]))) for i, x in enumerate(xs)]}`);
  ints.forEach((v, i) => assert.equal(hashInt(v).toString(), theirs.ints[i], `hash(${v})`));
  floats.forEach((x, i) => assert.equal(hashFloat(x).toString(), theirs.floats[i], `hash(${hexes[i]})`));
  floats.forEach((x, i) => assert.equal(hashComplex(x, floats[floats.length - 1 - i]).toString(), theirs.complexes[i], `hash(complex(${hexes[i]}))`));
});

test("hashes of values both builds agree on equal the oracle's hash()", async () => {
  const ints = Array.from({ length: 200 }, () => BigInt(Math.floor((rnd() - 0.5) * 2 ** 31)));
  ints.push(0n, 1n, -1n, -2n, 2147483646n, -2147483646n);
  const floats = [0, -0, Infinity, -Infinity, 1, -1, 2.0, 12345.0, -2147483646];
  const theirs = await oracleRun<{ ints: number[]; floats: number[]; bools: number[]; complexes: number[] }>(`
result = {"ints": [hash(i) for i in [${ints.join(",")}]], "floats": [hash(float.fromhex(h) if h[-1] != 'f' else float(h)) for h in ${JSON.stringify(floats.map(floatHex))}],
          "bools": [hash(False), hash(True)], "complexes": [hash(complex(3, 4)), hash(complex(-7, 0)), hash(1j), hash(complex(0, -1))]}`);
  ints.forEach((v, i) => assert.equal(Number(hashInt(v)), theirs.ints[i], `hash(${v})`));
  floats.forEach((x, i) => assert.equal(Number(hashFloat(x)), theirs.floats[i], `hash(${x})`));
  assert.deepEqual([hashConstant(false), hashConstant(true)].map(Number), theirs.bools);
  assert.deepEqual([hashComplex(3, 4), hashComplex(-7, 0), hashComplex(0, 1), hashComplex(0, -1)].map(Number), theirs.complexes);
});

test("tuple and frozenset hashes follow 3.10's 64-bit formulas (run in CPython)", async () => {
  const lanes = Array.from({ length: 40 }, (_, i) => Array.from({ length: i % 7 }, () => BigInt.asIntN(64, BigInt(Math.floor(rnd() * 2 ** 32)) << BigInt(Math.floor(rnd() * 32)))));
  lanes.push([], [-1n], [0n], [-2n, -2n]);
  const theirs = await oracleRun<{ tuples: string[]; sets: string[] }>(`
M = 2**64 - 1
def signed(u): return u - 2**64 if u >= 2**63 else u
def tuplehash(hs):
    acc = 2870177450012600261
    for h in hs:
        acc = (acc + (h & M) * 14029467366897019727) & M
        acc = ((acc << 31) | (acc >> 33)) & M
        acc = (acc * 11400714785074694791) & M
    acc = (acc + (len(hs) ^ (2870177450012600261 ^ 3527539))) & M
    return 1546275796 if acc == M else signed(acc)
def shuffle(h): return (((h ^ 89869747) ^ (h << 16)) * 3644798167) & M
def fshash(hs):
    h = 0
    for x in hs: h ^= shuffle(x & M)
    h ^= ((len(hs) + 1) * 1927868237) & M
    h ^= (h >> 11) ^ (h >> 25)
    h = (h * 69069 + 907133923) & M
    return 590923713 if h == M else signed(h)
lanes = ${JSON.stringify(lanes.map((l) => l.map(String)))}
result = {"tuples": [str(tuplehash([int(x) for x in l])) for l in lanes], "sets": [str(fshash([int(x) for x in l])) for l in lanes]}`);
  lanes.forEach((l, i) => {
    assert.equal(hashTuple(l).toString(), theirs.tuples[i]);
    assert.equal(hashFrozenSet(l).toString(), theirs.sets[i]);
  });
});

test("frozenset order equals the oracle's for small non-negative ints (same hashes on both builds)", async () => {
  const cases: bigint[][] = [];
  for (let c = 0; c < 120; c++) {
    const size = c < 60 ? Math.floor(rnd() * 12) : Math.floor(rnd() * 400);
    // Multiples of 8, 64 or 1024 collide in the first table, and keep colliding as it grows.
    const stride = [1, 8, 64, 1024, 7][c % 5];
    cases.push(Array.from({ length: size }, () => BigInt(Math.floor(rnd() * (c % 3 === 0 ? 50 : 5000)) * stride)));
  }
  const theirs = await oracleRun<string[][]>(`result = [[str(x) for x in frozenset(c)] for c in ${JSON.stringify(cases.map((c) => c.map(Number)))}]`);
  cases.forEach((c, i) => assert.deepEqual(frozensetOrder(c).map(String), theirs[i], `case ${i}: ${c.slice(0, 20).join(",")}`));
});

test("a compiled frozenset constant is built twice (ast_opt, then merge_consts_recursive)", async () => {
  const cases = [[29n, 13n, 40n, 3n], [1n, 9n, 17n, 25n, 2n], [64n, 0n, 8n, 16n, 32n, 24n]];
  const theirs = await oracleRun<string[][]>(`
result = []
for items in ${JSON.stringify(cases.map((c) => c.map(Number)))}:
    co = compile("x in {%s}" % ", ".join(map(str, items)), "s", "eval")
    result.append([str(v) for v in next(c for c in co.co_consts if isinstance(c, frozenset))])`);
  cases.forEach((c, i) => assert.deepEqual(frozensetOrder(frozensetOrder(c)).map(String), theirs[i], c.join(",")));
  assert.notDeepEqual(frozensetOrder(cases[0]), frozensetOrder(frozensetOrder(cases[0])));
});

test("equal numbers collapse as in CPython: the first inserted stays", async () => {
  const items: PyConstant[] = [1n, 1, true, 2, 2n, false, 0n, -0, 0, 3n, 3.5];
  const theirs = await oracleRun<ConstJson[]>(`
from __main__ import __oracle__
result = [__oracle__['enc_const'](x) for x in frozenset([1, 1.0, True, 2.0, 2, False, 0, -0.0, 0.0, 3, 3.5])]`);
  assert.deepEqual(frozensetOrder(items).map(constToJson), theirs);
});

test("set layout fed the oracle's own 32-bit hashes reproduces its order for any values", async () => {
  // Strings, tuples, floats and negative ints: hashes differ between builds, the layout does not.
  const answer = await oracleRun<{ items: ConstJson[]; hashes: string[]; order: number[] }[]>(`
import random
from __main__ import __oracle__
enc = __oracle__['enc_const']
r = random.Random(7)
def value():
    k = r.random()
    if k < 0.4: return ''.join(r.choice('abcdefgh\u00e9\u20ac') for _ in range(r.randrange(6)))
    if k < 0.6: return r.randrange(-2**40, 2**40)
    if k < 0.75: return r.random() * 10 ** r.randrange(-5, 20)
    if k < 0.9: return (r.randrange(100), ''.join(r.choice('xyz') for _ in range(r.randrange(3))))
    return r.choice([None, True, False, b'ab', 1j])
result = []
for c in range(80):
    items = [value() for _ in range(r.choice([3, 10, 40, 150]))]
    order = list(frozenset(items))
    result.append({"items": [enc(x) for x in items], "hashes": [str(hash(x)) for x in items],
                   "order": [next(i for i, y in enumerate(items) if y is x) for x in order]})`);
  for (const [n, c] of answer.entries()) {
    const items = c.items.map(constFromJson);
    const table = new SetTable<number>((i) => BigInt(c.hashes[i]), (a, b) => constantsEqual(items[a], items[b]), 32);
    items.forEach((_, i) => table.add(i));
    assert.deepEqual(table.keys(), c.order, `case ${n}`);
  }
});

test("a frozenset of strings holds the oracle's members, each once", async () => {
  const words = Array.from({ length: 300 }, (_, i) => "w" + ((i * 7919) % 1000).toString(36) + (i % 3 ? "é" : ""));
  const theirs = await oracleRun<string[]>(`result = sorted(frozenset(${JSON.stringify(words)}))`);
  const ours = frozensetOrder(words) as string[];
  assert.deepEqual([...ours].sort(), [...theirs].sort());
  assert.equal(new Set(ours).size, ours.length);
});

const local = localCPython310();

test("str/bytes/tuple hashes and set order equal a local 64-bit CPython 3.10, for several seeds", { skip: local ? false : "no local 64-bit CPython 3.10" }, () => {
  const strs = ["", "a", "é", "€", "😀", "abc", "hello world", "\ud800", "x\udfffy", "a".repeat(100), "mixé€😀"];
  const values: PyConstant[] = [...strs, new PyTuple(["a", 1n]), new PyTuple([]), new PyTuple([new PyTuple(["é"]), 2.5])];
  const sets = Array.from({ length: 30 }, (_, i) => Array.from({ length: [5, 20, 80][i % 3] }, () => "k" + Math.floor(rnd() * 500).toString(16)));
  const script = `
import json, sys
def dec(j):
    t = j["t"]
    if t == "str": return j["v"]
    if t == "int": return int(j["v"])
    if t == "float": return float.fromhex(j["v"])
    if t == "tuple": return tuple(dec(x) for x in j["v"])
q = json.loads(sys.stdin.read())
vals = [dec(j) for j in q["values"]]
print(json.dumps({"hashes": [str(hash(v)) for v in vals],
                  "bytes": [str(hash(v.encode("utf-8", "surrogatepass"))) for v in vals if isinstance(v, str)],
                  "orders": [list(frozenset(c)) for c in q["sets"]]}))`;
  const input = JSON.stringify({ values: values.map(constToJson), sets });
  try {
    for (const s of [0, 1, 42, 4294967295]) {
      setHashSeed(s);
      const theirs = runLocal<{ hashes: string[]; bytes: string[]; orders: string[][] }>(script, input, { PYTHONHASHSEED: String(s) });
      assert.deepEqual(values.map((v) => hashConstant(v).toString()), theirs.hashes, `seed ${s}`);
      assert.deepEqual(strs.map((v) => hashBytes(encodeUtf8SurrogatePass(v)).toString()), theirs.bytes, `bytes, seed ${s}`);
      assert.deepEqual(sets.map((c) => frozensetOrder(c)), theirs.orders, `orders, seed ${s}`);
    }
  } finally {
    setHashSeed(0);
  }
});

test("the PYTHONHASHSEED key follows bootstrap_hash.c's LCG", () => {
  assert.deepEqual(hashKeyFromSeed(0), { k0: 0n, k1: 0n });
  // Seed 1: x = 1*214013 + 2531011 = 2745024, byte (x >> 16) & 0xff = 0x29; the first key byte.
  assert.equal(hashKeyFromSeed(1).k0 & 0xffn, BigInt((((1 * 214013 + 2531011) >>> 16) & 0xff)));
  assert.throws(() => hashKeyFromSeed(-1), RangeError);
  // hash('') is 0 and str hashes depend on the key.
  setHashSeed(1);
  try {
    assert.equal(hashStr(""), 0n);
    const h1 = hashStr("abc");
    setHashSeed(0);
    assert.notEqual(hashStr("abc"), h1);
  } finally {
    setHashSeed(0);
  }
});

test("tuple hashing in 32-bit halves equals 3.10's tuplehash in 64-bit arithmetic, on random and edge item hashes", () => {
  // tuplehash (Objects/tupleobject.c, 64-bit): acc = P5; acc += lane * P2; acc <<<= 31; acc *= P1;
  // then acc += len ^ (P5 ^ 3527539); -1 becomes 1546275796.
  const MASK = (1n << 64n) - 1n;
  const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
  const reference = (hashes: bigint[]): bigint => {
    let acc = P5;
    for (const h of hashes) {
      acc = (acc + BigInt.asUintN(64, h) * P2) & MASK;
      acc = ((acc << 31n) | (acc >> 33n)) & MASK;
      acc = (acc * P1) & MASK;
    }
    acc = (acc + (BigInt(hashes.length) ^ (P5 ^ 3527539n))) & MASK;
    return acc === MASK ? 1546275796n : BigInt.asIntN(64, acc);
  };
  let seed = 12345;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const edges = [0n, 1n, -1n, -2n, 2n ** 63n - 1n, -(2n ** 63n), 0xffffffffn, 0x100000000n, -0x100000000n, 0x7fffffffn, 0x80000000n, 1546275796n];
  for (let t = 0; t < 20000; t++) {
    const items: bigint[] = [];
    for (let n = rnd() % 6; n > 0; n--) items.push(rnd() % 4 === 0 ? edges[rnd() % edges.length]! : BigInt.asIntN(64, (BigInt(rnd()) << 32n) | BigInt(rnd())));
    assert.equal(hashTuple(items), reference(items), `items ${items.join(", ")}`);
  }
});

test("an address's hash in halves equals _Py_HashPointer's 64-bit rotation", () => {
  let seed = 99;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const addresses = [0, 1, 15, 16, 48, 0x955f40, 2 ** 32 - 1, 2 ** 32, 2 ** 36 + 5, 2 ** 53 - 1];
  for (let t = 0; t < 5000; t++) addresses.push((rnd() % 2 ** 21) * 2 ** 32 + rnd());
  for (const a of addresses) {
    pointerHashHalves(a);
    assert.equal(halvesBig(halves[HI]!, halves[LO]!), hashPointer(BigInt(a)), `address ${a}`);
  }
});
