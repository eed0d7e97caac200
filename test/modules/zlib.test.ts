// zlib against CPython 3.10.2's zlib 1.2.13 (the oracle): compressed bytes identical for every level,
// strategy, window and memory size and flush pattern of cases/zlib_golden.py; gzip files through an
// in-memory file system; and the inflater and deflater on their own (round trips fed in pieces).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compare, describe, dislabOnMemoryFS, oracleOutput } from "./harness.ts";
import { Inflater, Z_STREAM_END } from "../../src/modules/zlib/inflate.ts";
import { Deflater, Z_FINISH, Z_NO_FLUSH, Z_SYNC_FLUSH } from "../../src/modules/zlib/deflate.ts";
import { crc32, adler32 } from "../../src/modules/zlib/checksum.ts";

const cases = join(import.meta.dirname, "cases");

// No known differences: every case's bytes are CPython's. A difference found later is recorded here
// (line text) with its bug, and the test keeps checking the rest.
const KNOWN_DIFFERENCES: string[] = [];

test("zlib: compress/compressobj output identical to CPython's zlib (golden cases)", async () => {
  const c = await compare(readFileSync(join(cases, "zlib_golden.py"), "utf8"), true);
  const unexpected = c.diffs.filter((d) => !KNOWN_DIFFERENCES.includes(d.oracle));
  assert.ok(c.total > 1200, `only ${c.total} lines`);
  assert.equal(unexpected.length, 0, describe(c, 20));
});

const GZIP_FILES = `
import gzip, os
p = "/tmp/zlib_test_file.gz"
payload = b"".join(b"line %d\\n" % i for i in range(5000))
with gzip.open(p, "wb", compresslevel=5) as f:
    f.write(payload[:10000])
    f.write(payload[10000:])
raw = open(p, "rb").read()
print(len(raw), raw[:3], raw[8:10], raw[-8:].hex())
with gzip.open(p, "rb") as f:
    print(f.read(20), f.seek(30000), f.readline(), len(f.read()))
with gzip.open(p, "at", encoding="utf-8") as f:
    f.write("appended member\\n")
with gzip.open(p, "rt", encoding="utf-8") as f:
    print(f.readlines()[-2:])
os.remove(p)
`;

test("gzip.open on files of an in-memory file system: identical to CPython", async () => {
  assert.equal(await dislabOnMemoryFS(GZIP_FILES), await oracleOutput(GZIP_FILES));
});

/** A pseudo-random generator, so the round trips are reproducible. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
}

function sample(n: number, rnd: () => number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = i > 10 && rnd() % 3 !== 0 ? out[i - 1 - (rnd() % 10)] : rnd() & 0xff;
  return out;
}

/** Compresses in pieces with a small output window, as a caller with little memory would. */
function deflatePieces(data: Uint8Array, level: number, wbits: number, rnd: () => number): Uint8Array {
  const d = new Deflater(level, wbits, 8, 0);
  const out: number[] = [];
  const drain = (flush: number) => {
    for (;;) {
      d.out = new Uint8Array(1 + (rnd() % 700));
      d.outPos = 0;
      d.availOut = d.out.length;
      const err = d.deflate(flush);
      for (let i = 0; i < d.outPos; i++) out.push(d.out[i]);
      if (d.availOut > 0 || err === 1) return err;
    }
  };
  for (let pos = 0; pos < data.length;) {
    const n = 1 + (rnd() % 5000);
    d.nextIn = data.subarray(pos, pos + n);
    d.inPos = 0;
    d.availIn = d.nextIn.length;
    pos += n;
    drain(rnd() % 4 === 0 ? Z_SYNC_FLUSH : Z_NO_FLUSH);
  }
  assert.equal(drain(Z_FINISH), 1);
  return Uint8Array.from(out);
}

test("deflater and inflater round trip with input and output in small pieces", () => {
  const rnd = lcg(7);
  for (const [level, wbits] of [[0, 15], [1, 15], [6, -15], [9, 31], [4, 10]]) {
    const data = sample(60000, rnd);
    const z = deflatePieces(data, level, wbits, rnd);
    const inf = new Inflater(wbits);
    const parts: Uint8Array[] = [];
    let pos = 0, status = 0;
    while (status !== Z_STREAM_END) {
      const end = Math.min(z.length, pos + 1 + (rnd() % 300));
      const r = inf.inflate(z, pos, end, 1 + (rnd() % 2000), false);
      parts.push(r.out);
      status = r.status;
      assert.ok(status >= 0 || status === -5, `status ${status} (${inf.msg})`);
      pos = inf.inPos;
    }
    assert.equal(pos, z.length);
    assert.deepEqual(Buffer.concat(parts), Buffer.from(data));
  }
});

test("checksums: known values and piecewise updates", () => {
  const b = new TextEncoder().encode("The quick brown fox jumps over the lazy dog");
  assert.equal(crc32(0, b), 0x414fa339);
  assert.equal(adler32(1, b), 0x5bdc0fda);
  assert.equal(crc32(crc32(0, b, 0, 10), b, 10), 0x414fa339);
  assert.equal(adler32(adler32(1, b, 0, 7), b, 7), 0x5bdc0fda);
});
