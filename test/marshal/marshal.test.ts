// marshal against CPython 3.10.2 (the oracle): loading CPython's bytes, CPython loading ours, the
// bytes themselves, and corrupt input (every outcome must be CPython's value or CPython's exception).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CodeObject } from "../../src/bytecode/code.ts";
import { Ellipsis, PyBytes, PyComplex, PyTuple, type PyConstant } from "../../src/bytecode/constants.ts";
import { makeFrozenSet } from "../../src/bytecode/frozenset.ts";
import { dumps, loads } from "../../src/marshal/index.ts";
import { PyError } from "../../src/support/py-error.ts";
import { codeToJson, constToJson, firstDifference } from "../oracle/convert.ts";
import { Oracle, stdlibCorpus } from "../oracle/oracle.ts";
import { oracleCleanMarshal, oracleLoadsMany, oracleRun, type LoadsAnswer } from "./oracle-marshal.ts";
import { shape } from "./shape.ts";
import { localCPython310, localLoadsOutcomes } from "./local-cpython.ts";

type Outcome = { ok: true; value: unknown } | { ok: false; type: string; msg: string };

function ourLoads(bytes: Uint8Array): Outcome {
  try {
    return { ok: true, value: constToJson(loads(bytes)) };
  } catch (e) {
    if (e instanceof PyError) return { ok: false, type: e.type, msg: e.pyMessage };
    throw e; // a JavaScript exception is a bug
  }
}

/**
 * Why our outcome differs from CPython's, or null. Two differences are expected: a value CPython
 * loads but PyConstant cannot hold (a list...) is our TypeError, and a huge declared size is a
 * MemoryError/OverflowError on the 32-bit oracle where 64-bit CPython (and dislab) reach the end
 * of the data first.
 */
function disagreement(ours: Outcome, theirs: LoadsAnswer, allocation: Outcome[]): string | null {
  if (theirs.ok && "t" in theirs.value && theirs.value.t === "unrepresentable") {
    return !ours.ok && ours.type === "TypeError" && ours.msg.startsWith("dislab:") ? null : `CPython loads a ${theirs.value.type}; ours ${JSON.stringify(ours)}`;
  }
  if (theirs.ok) return ours.ok ? firstDifference(ours.value, theirs.value) : `CPython loads it; ours raises ${ours.type}: ${ours.msg}`;
  if (ours.ok) return `CPython raises ${theirs.error.type}: ${theirs.error.msg}; ours loads it`;
  if (theirs.error.type === "MemoryError" || theirs.error.type === "OverflowError") {
    allocation.push(ours);
    return null;
  }
  return ours.type === theirs.error.type && ours.msg === theirs.error.msg ? null : `${ours.type}: ${ours.msg} vs ${theirs.error.type}: ${theirs.error.msg}`;
}

/**
 * Compares loads() with the oracle on every input. Where the 32-bit oracle cannot allocate what
 * a huge declared size asks for, 64-bit CPython reads on; those inputs are checked against a local
 * 64-bit CPython 3.10 when there is one. Returns [agreeing inputs, inputs left to the local check].
 */
async function expectSameLoads(inputs: Uint8Array[], label: string): Promise<[number, number]> {
  const theirs = await oracleLoadsMany(inputs);
  let same = 0;
  const allocation: Uint8Array[] = [];
  inputs.forEach((b, i) => {
    const outcomes: Outcome[] = [];
    const ours = ourLoads(b);
    const d = disagreement(ours, theirs[i], outcomes);
    assert.equal(d, null, `${label} #${i} ${Buffer.from(b.subarray(0, 40)).toString("hex")}: ${d}`);
    if (outcomes.length) allocation.push(b);
    else same++;
  });
  if (allocation.length && localCPython310()) {
    const local = localLoadsOutcomes(allocation);
    allocation.forEach((b, i) => {
      const ours = ourLoads(b);
      assert.equal(ours.ok ? "ok" : `${ours.type}: ${ours.msg}`, local[i], `${label}, 64-bit CPython, ${Buffer.from(b.subarray(0, 40)).toString("hex")}`);
      same++;
    });
  }
  return [same, allocation.length];
}

test("loads() reads CPython's marshal of every stdlib module into the oracle's code object", async () => {
  const oracle = await (await Oracle.get()).ready();
  const { root, files } = await stdlibCorpus();
  let same = 0;
  let total = 0;
  for (const f of files) {
    const r = oracle.compile(readFileSync(join(root, f)), { filename: f });
    if (!r.ok) continue;
    total++;
    const co = loads(new Uint8Array(Buffer.from(r.value.marshal, "base64")));
    assert.ok(co instanceof CodeObject);
    const d = firstDifference(codeToJson(co), r.value.code);
    assert.equal(d, null, `${f}: ${d}`);
    same++;
  }
  console.log(`# loads(CPython's marshal) equal to CPython's code object: ${same}/${total} stdlib modules`);
  assert.ok(total > 480);
});

test("CPython loads dumps() of stdlib modules into equal code objects; the bytes match CPython's", async () => {
  const oracle = await (await Oracle.get()).ready();
  const { root, files } = await stdlibCorpus();
  const sample = files.filter((_, i) => i % 4 === 0);
  let equal = 0, identical = 0, sameShape = 0, total = 0;
  for (const f of sample) {
    const src = readFileSync(join(root, f));
    const theirBytes = await oracleCleanMarshal(src, f);
    if (!theirBytes) continue;
    total++;
    const co = loads(theirBytes) as CodeObject;
    const ours = dumps(co);
    const back = oracle.marshalLoads(ours);
    assert.ok(back.ok, `${f}: CPython cannot load our bytes: ${!back.ok && back.error.msg}`);
    const d = firstDifference(back.value, codeToJson(co));
    assert.equal(d, null, `${f}: ${d}`);
    equal++;
    if (Buffer.compare(Buffer.from(ours), Buffer.from(theirBytes)) === 0) identical++;
    // Apart from FLAG_REF on strings (which follows CPython's process-wide reference counts), the
    // bytes must be CPython's.
    assert.equal(shape(ours, { looseStrings: true }), shape(theirBytes, { looseStrings: true }), `${f}: bytes differ beyond string flags`);
    sameShape++;
  }
  console.log(`# CPython loads dumps() equal: ${equal}/${total}; byte-identical: ${identical}/${total}; identical except string FLAG_REF: ${sameShape}/${total}`);
});

/** Constants of every type and size class marshal distinguishes. */
function sampleConstants(): PyConstant[] {
  const ints = [0n, 1n, -1n, 255n, 256n, -5n, -6n, 2n ** 31n - 1n, -(2n ** 31n), 2n ** 31n, -(2n ** 31n) - 1n, 2n ** 62n, 10n ** 100n, -(7n ** 300n), 2n ** 15n, 2n ** 30n - 1n];
  const floats = [0, -0, 1.5, -2.25, 1e300, 5e-324, Infinity, -Infinity, NaN, 0.1, 1 / 3];
  const strs = ["", "a", "é", "\u20ac", "😀", "\ud800", "a\udfffb", "x".repeat(255), "y".repeat(256), "ascii text", "é".repeat(300), "name_like", "\x00\x7f\x80\xff"];
  const bytes = [new Uint8Array(), Uint8Array.of(0), Uint8Array.from({ length: 300 }, (_, i) => i & 0xff)].map((b) => new PyBytes(b));
  const tuples = [new PyTuple([]), new PyTuple([1n]), new PyTuple(Array.from({ length: 255 }, (_, i) => BigInt(i))), new PyTuple(Array.from({ length: 256 }, (_, i) => String(i))),
    new PyTuple([new PyTuple([new PyTuple([null, Ellipsis])]), "a", "a", 1.5, 1.5])];
  const sets = [makeFrozenSet([]), makeFrozenSet([1n, 2n, 3n]), makeFrozenSet(["a", "b", new PyTuple([1n, "c"])]), makeFrozenSet([1n, 1, true])];
  return [null, true, false, Ellipsis, ...ints, ...floats, new PyComplex(1, -2), new PyComplex(-0, NaN), ...strs, ...bytes, ...tuples, ...sets, new PyTuple([...ints, ...floats, ...strs])];
}

test("constants of every type: CPython loads what dumps() writes, for versions 0-4", async () => {
  const values = sampleConstants();
  let n = 0;
  for (let version = 0; version <= 4; version++) {
    const theirs = await oracleLoadsMany(values.map((v) => dumps(v, version)));
    values.forEach((v, i) => {
      const t = theirs[i];
      assert.ok(t.ok, `version ${version}, ${JSON.stringify(constToJson(v)).slice(0, 80)}: ${!t.ok && t.error.msg}`);
      assert.equal(firstDifference(constToJson(v), t.value), null, `version ${version} #${i}`);
      n++;
    });
  }
  console.log(`# constants written by dumps() and loaded by CPython: ${n}/${n}`);
});

test("constants of every type: loads() reads what CPython writes, for versions 0-4", async () => {
  const values = sampleConstants();
  const their = await oracleRun<string[][]>(`
import base64, marshal
vals = marshal.loads(base64.b64decode(${JSON.stringify(Buffer.from(dumps(new PyTuple(values))).toString("base64"))}))
result = [[base64.b64encode(marshal.dumps(v, version)).decode() for v in vals] for version in range(5)]`);
  their.forEach((blobs, version) => blobs.forEach((b, i) => {
    const v = loads(new Uint8Array(Buffer.from(b, "base64")));
    assert.equal(firstDifference(constToJson(v), constToJson(values[i])), null, `version ${version} #${i}`);
  }));
});

test("corrupt and hand-made inputs raise CPython's exceptions", async () => {
  const L = (x: number) => { const b = Buffer.alloc(4); b.writeInt32LE(x); return [...b]; };
  const code = (o: Partial<Record<"argc" | "posonly" | "kwonly" | "nlocals" | "stack" | "flags", number>> & { fields?: number[][] } = {}) => {
    const f = o.fields ?? [];
    const dflt = [[0x73, ...L(2), 0x64, 0], [0x29, 1, 0x4e], [0x29, 0], [0x29, 0], [0x29, 0], [0x29, 0], [0x7a, 1, 0x66], [0x7a, 1, 0x6e]];
    return Uint8Array.from([0x63, ...L(o.argc ?? 0), ...L(o.posonly ?? 0), ...L(o.kwonly ?? 0), ...L(o.nlocals ?? 0), ...L(o.stack ?? 1), ...L(o.flags ?? 0),
      ...dflt.flatMap((d, i) => f[i] ?? d), ...L(1), 0x73, ...L(0)]);
  };
  const b = (...xs: (number | string | number[])[]) => Uint8Array.from(xs.flatMap((x) => (typeof x === "string" ? [...Buffer.from(x, "latin1")] : typeof x === "number" ? [x] : x)));
  const inputs = [
    b(""), b("N"), b("0"), b(")"), b(")\x01"), b(")\x010"), b("(", L(0x7fffffff)), b("s", L(0x7fffffff)), b("s", L(-1)), b("u", L(-1)), b("a", L(-1)),
    b("[", L(-1)), b("<", L(-1)), b("(", L(-1)), b("r", L(-1)), b("r", L(0)), b("r\xff\xff"), b("\xa9\x01r", L(0)), b("?"), b("\x01"), b("\xff"),
    b("l", L(-0x80000000)), b("l", L(0x7fffffff)), b("l", L(1), 0, 0x80), b("l", L(2), 1, 0, 0, 0), b("l", L(2), 1, 0), b("l", L(-2), 1, 0, 2, 0), b("l", L(0)),
    b("i\x01\x00"), b("I", [5, 0, 0, 0, 0, 0, 0, 0x80]), b("I\x00"), b("z"), b("z\x05ab"), b("z\x02\xe9\xff"), b("Z\x01x"), b("A", L(2), "ab"),
    b("u", L(2), 0xff, 0xfe), b("u", L(3), 0xed, 0xa0, 0x80), b("u", L(2), 0xe2, 0x82), b("u", L(1), 0xe2), b("u", L(2), 0xed, 0xa0), b("u", L(4), 0xf0, 0x80, 0x80, 0x80),
    b("u", L(4), 0xf4, 0x90, 0x80, 0x80), b("u", L(4), 0xf0, 0x9f, 0x98, 0x80), b("u", L(3), 0xe2, 0x82, 0x28), b("t", L(6), 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80), b("u", L(0)),
    b("f\x031.5"), b("f\x03 1."), b("f\x021e"), b("f\x08-InFinIty"), b("f\x03NaN"), b("f\x04\x001.5"), b("f\x03\xff\xfe1"), b("f\x01."), b("f\x031_0"), b("f\x030x1"), b("f"), b("f\x05"),
    b("x\x011\x012"), b("x\x011"), b("g\x00\x00"), b("y", new Array(15).fill(0)), b("S"), b("{0"), b("{N0"), b("{N"), b("{[", L(0), "N0"), b("[", L(2), "NN"), b("[", L(1), "0"),
    b("<", L(1), "[", L(0)), b("<", L(1), "0"), b(">", L(1), "{0"), b(">", L(0)), b(")\x02\xbe", L(0), "r", L(0)), b("\xbe", L(1), "r", L(0)), b("\xe3", L(0), L(0), L(0), L(0), L(0), L(0), "r", L(0)),
    b(">", L(3), "i", L(1), "g", [0, 0, 0, 0, 0, 0, 0xf0, 0x3f], "T"), b(">", L(2), "z\x01a", "z\x01a"),
    code(), code({ argc: 1 }), code({ posonly: 1 }), code({ flags: -1 }), code({ nlocals: -1 }), code({ stack: -1 }), code({ kwonly: -1 }), code({ flags: 4 }), code({ flags: 8, nlocals: 5 }),
    code({ kwonly: 1 }), code({ argc: -1, posonly: -1 }),
    code({ fields: [[], [], [0x29, 1, 0x69, ...L(1)]] }), code({ fields: [[], [], [], [0x29, 1, 0x69, ...L(1)]] }), code({ argc: 1, fields: [[], [], [0x29, 1, 0x69, ...L(1)]] }),
    code({ fields: [[], [0x5b, ...L(0)]] }), code({ fields: [[0x7a, 1, 0x61]] }), code({ fields: [[], [], [0x5b, ...L(0)]] }), code({ fields: [[], [], [], [], [], [], [0x73, ...L(0)]] }),
    code({ fields: [[], [], [], [], [], [], [], [0x73, ...L(0)]] }), code({ fields: [[], [], [], [], [], [0x29, 1, 0x7a, 1, 0x78]] }), code({ fields: [[], [], [], [], [0x29, 1, 0x7a, 1, 0x78]], flags: 0x40 }),
    code({ fields: [[0x73, ...L(3), 0x64, 0, 0x53]] }), code({ fields: [[], [0x29, 1, 0x29, 1, 0x5b, ...L(0)]] }), code({ fields: [[0x30]] }), b(")\x01", [...code({ fields: [[0x30]] })]),
    code().subarray(0, 10), code().subarray(0, code().length - 9), code().subarray(0, code().length - 3),
    b(">", L(1), [...code({ fields: [[], [0x29, 1, 0x5b, ...L(0)]] })]),
    b(")\x01".repeat(2000), "N"), b(")\x01".repeat(2001), "N"), b("(", L(1), "(", L(1), "N"),
  ];
  const [n, big] = await expectSameLoads(inputs, "input");
  console.log(`# hand-made inputs: ${n}/${inputs.length} loaded or refused as CPython does (${big} huge sizes beyond the 32-bit oracle, checked on local 64-bit CPython: ${localCPython310() ? "yes" : "absent"})`);
});

/** Deterministic mutations of valid marshal data: truncations, byte changes, inserted type codes. */
function mutations(base: Uint8Array, rnd: () => number, count: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < base.length; i++) out.push(base.slice(0, i));
  const typeCodes = Buffer.from("0NFTS.iIfgxylstr([{cu?<>azAZ)");
  while (out.length < base.length + count) {
    const b = base.slice();
    const kind = rnd();
    const at = Math.floor(rnd() * b.length);
    if (kind < 0.4) b[at] = Math.floor(rnd() * 256);
    else if (kind < 0.6) b[at] ^= 0x80;
    else if (kind < 0.8) b[at] = typeCodes[Math.floor(rnd() * typeCodes.length)] | (rnd() < 0.3 ? 0x80 : 0);
    else {
      const ins = Uint8Array.of(typeCodes[Math.floor(rnd() * typeCodes.length)], Math.floor(rnd() * 4), 0, 0, 0);
      out.push(Uint8Array.from([...b.subarray(0, at), ...ins, ...b.subarray(at)]));
      continue;
    }
    out.push(b);
  }
  return out;
}

test("fuzz: truncated, flipped and spliced marshal data gives CPython's value or exception, never a JS error", async () => {
  let seed = 99;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const module = await oracleCleanMarshal(Buffer.from(
    "def hello(name):\n    return f'Hello, {name}!'\nx = (1, 2.5, 3j, b'x', 'é\\ud800', None, ..., 10**30, -5, 'a b')\nif x in {1, 2, 'z'}: pass\n"), "m.py");
  const bases = [module!, ...[0, 1, 2, 3, 4].map((v) => dumps(new PyTuple(sampleConstants().slice(0, 40)), v))];
  let agree = 0;
  let compared = 0;
  let big = 0;
  let seen = 0;
  for (const base of bases) {
    const inputs = mutations(base, rnd, 500);
    // Every input must load or raise a PyError (ourLoads rethrows anything else) ...
    for (const b of inputs) ourLoads(b);
    seen += inputs.length;
    // ... and a sample is compared with CPython.
    const sample = inputs.filter((_, i) => i % 3 === 0);
    const [n, b] = await expectSameLoads(sample, "mutation");
    agree += n;
    big += b;
    compared += sample.length;
  }
  console.log(`# fuzz: ${seen} mutated inputs gave a value or a PyError; ${agree}/${compared} of a sample agree with CPython (${big} huge sizes beyond the 32-bit oracle, checked on local 64-bit CPython: ${localCPython310() ? "yes" : "absent"})`);
});

test("huge declared sizes on short data fail at once, without allocating", () => {
  for (const t of "(stuaAl[<>".split("")) {
    const start = performance.now();
    assert.throws(() => loads(Uint8Array.from([t.charCodeAt(0), 0xff, 0xff, 0xff, 0x7f, 0x4e])), PyError);
    assert.ok(performance.now() - start < 200, t);
  }
});

test("dumps() refuses nesting deeper than CPython's limit, as CPython does", async () => {
  let deep: PyConstant = null;
  for (let i = 0; i < 1999; i++) deep = new PyTuple([deep]);
  // Walked iteratively: the test helpers' recursion is not built for this depth.
  let back = loads(dumps(deep));
  for (let i = 0; i < 1999; i++) {
    assert.ok(back instanceof PyTuple && back.items.length === 1, `level ${i}`);
    back = back.items[0];
  }
  assert.equal(back, null);
  const theirs = await oracleRun<string[]>(`
import marshal
def nest(n):
    t = None
    for _ in range(n): t = (t,)
    return t
out = []
for n in (1999, 2000):
    try:
        marshal.dumps(nest(n)); out.append("ok")
    except ValueError as e:
        out.append(str(e))
result = out`);
  const ours = [1999, 2000].map((n) => {
    let t: PyConstant = null;
    for (let i = 0; i < n; i++) t = new PyTuple([t]);
    try {
      dumps(t);
      return "ok";
    } catch (e) {
      return (e as PyError).pyMessage;
    }
  });
  assert.deepEqual(ours, theirs);
});
