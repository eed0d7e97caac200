// The message digests of src/support/digest against CPython 3.10.2's hashlib: every algorithm
// hashlib builds in, on lengths around each block boundary, fed in two uneven pieces, with
// BLAKE2's parameter block fully used and SHAKE read across several rate-sized blocks.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Md5, Sha1, Sha256, Sha512, Keccak, Blake2, BLAKE2B, BLAKE2S, type Blake2Params, type Digest } from "../../src/support/digest/index.ts";
import { oracleRun } from "./text/cases/harness.ts";

const LENGTHS = [0, 1, 3, 55, 56, 63, 64, 65, 71, 72, 103, 104, 111, 112, 127, 128, 129, 135, 136, 143, 144, 167, 168, 200, 1000];
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const data = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + 3) & 255);

const params = (p: Partial<Blake2Params>): Blake2Params => ({
  digestSize: 64, key: new Uint8Array(0), salt: new Uint8Array(0), person: new Uint8Array(0), fanout: 1, depth: 1,
  leafSize: 0, nodeOffset: 0n, nodeDepth: 0, innerSize: 0, lastNode: false, ...p,
});
const tree = { key: Uint8Array.of(107), salt: Uint8Array.of(115), person: Uint8Array.of(112), fanout: 2, depth: 3, leafSize: 5, nodeOffset: 7n, nodeDepth: 1, innerSize: 9, lastNode: true, digestSize: 20 };

/** [python expression over d, dislab digest] */
const ALGOS: [string, () => Digest, number?][] = [
  ["hashlib.md5(d)", () => new Md5()],
  ["hashlib.sha1(d)", () => new Sha1()],
  ["hashlib.sha224(d)", () => new Sha256(28)],
  ["hashlib.sha256(d)", () => new Sha256(32)],
  ["hashlib.sha384(d)", () => new Sha512(48)],
  ["hashlib.sha512(d)", () => new Sha512(64)],
  ["hashlib.sha3_224(d)", () => new Keccak(144, 28, 0x06)],
  ["hashlib.sha3_256(d)", () => new Keccak(136, 32, 0x06)],
  ["hashlib.sha3_384(d)", () => new Keccak(104, 48, 0x06)],
  ["hashlib.sha3_512(d)", () => new Keccak(72, 64, 0x06)],
  ["hashlib.shake_128(d)", () => new Keccak(168, 0, 0x1f), 400],
  ["hashlib.shake_256(d)", () => new Keccak(136, 0, 0x1f), 7],
  ["hashlib.blake2b(d)", () => new Blake2(BLAKE2B, params({}))],
  ["hashlib.blake2s(d)", () => new Blake2(BLAKE2S, params({ digestSize: 32 }))],
  ["hashlib.blake2b(d, key=b'k'*64, digest_size=33)", () => new Blake2(BLAKE2B, params({ key: new Uint8Array(64).fill(107), digestSize: 33 }))],
  ["hashlib.blake2b(d, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True, digest_size=20)", () => new Blake2(BLAKE2B, params(tree))],
  ["hashlib.blake2s(d, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True, digest_size=20)", () => new Blake2(BLAKE2S, params(tree))],
];

test("every builtin hashlib algorithm gives CPython's digests", async () => {
  const expected = await oracleRun<string[][]>(`
import hashlib
result = []
for n in ${JSON.stringify(LENGTHS)}:
    d = bytes((i * 7 + 3) & 255 for i in range(n))
    result.append([${ALGOS.map(([py, , len]) => `${py}.hexdigest(${len ?? ""})`).join(", ")}])`);
  LENGTHS.forEach((n, i) => {
    const d = data(n);
    ALGOS.forEach(([py, make, len], j) => {
      const h = make();
      h.update(d.subarray(0, n >> 1));
      const before = h.copy();
      h.update(d.subarray(n >> 1));
      assert.equal(hex(h.digest(len)), expected[i][j], `${py} of ${n} bytes`);
      assert.equal(hex(h.digest(len)), expected[i][j], "digest() leaves the object usable");
      before.update(d.subarray(n >> 1));
      assert.equal(hex(before.digest(len)), expected[i][j], `a copy of ${py} continues independently`);
    });
  });
});
