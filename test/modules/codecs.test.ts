// _codecs against CPython 3.10.2 (cases/codecs_cases.py: registry, codec functions, partial
// input, error handlers, escape and charmap codecs, registry codecs through str.encode), and the
// invariant of the stateful decoders: feeding any split of the input gives what one call gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compare, describe } from "./harness.ts";
import { decodePartial, encode, decode } from "../../src/support/text/index.ts";

const cases = join(import.meta.dirname, "cases");

test("_codecs: every function and handler identical to CPython", async () => {
  const c = await compare(readFileSync(join(cases, "codecs_cases.py"), "utf8"), true);
  assert.equal(c.diffs.length, 0, describe(c, 20));
});

/** A deterministic generator (mulberry32), so failures reproduce. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("stateful decoding: any split of the input decodes as the whole does", () => {
  const rand = rng(1234);
  const alphabet = ["a", "\n", "é", "€", "😀", "\u0800", "\uffff", "\u{10ffff}"];
  const codecs: [string, string][] = [["utf_8", "utf-8"], ["utf_16", "utf-16"], ["utf_16_be", "utf-16-be"], ["utf_32", "utf-32"], ["utf_32_le", "utf-32-le"], ["utf_8_sig", "utf-8-sig"]];
  for (let round = 0; round < 300; round++) {
    let text = "";
    const n = Math.floor(rand() * 12);
    for (let i = 0; i < n; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
    for (const [mod, name] of codecs) {
      const data = encode(text, name);
      // random chunks, with the pending bytes carried over as an incremental decoder does
      let pending = new Uint8Array(0);
      let out = "";
      let bo: -1 | 0 | 1 = 0;
      for (let i = 0; i < data.length; ) {
        const k = 1 + Math.floor(rand() * 5);
        const chunk = data.subarray(i, i + k);
        i += k;
        const input = new Uint8Array(pending.length + chunk.length);
        input.set(pending);
        input.set(chunk, pending.length);
        const final = i >= data.length;
        const r = decodePartial(mod, input, { errors: "strict" }, final, bo);
        bo = r.byteorder;
        out += r.text;
        pending = input.slice(r.consumed);
      }
      assert.equal(out, decode(data, name), `${name} of ${JSON.stringify(text)}`);
      assert.equal(pending.length, 0);
    }
  }
});

test("stateful decoding: invalid bytes are reported at once, incomplete ones held back", () => {
  assert.deepEqual(decodePartial("utf_8", Uint8Array.of(0x61, 0xe2, 0x82), { errors: "strict" }, false), { text: "a", consumed: 1, byteorder: 0 });
  assert.throws(() => decodePartial("utf_8", Uint8Array.of(0x61, 0xe2, 0x41), { errors: "strict" }, false), /invalid continuation byte/);
  // a surrogate's first two bytes at the very end are held back (surrogatepass may take them), as CPython does
  assert.deepEqual(decodePartial("utf_8", Uint8Array.of(0xed, 0xa0), { errors: "strict" }, false), { text: "", consumed: 0, byteorder: 0 });
  assert.throws(() => decodePartial("utf_8", Uint8Array.of(0xed, 0xa0, 0x41), { errors: "strict" }, false), /invalid continuation byte/);
  assert.throws(() => decodePartial("utf_8", Uint8Array.of(0xe0, 0x9f), { errors: "strict" }, false), /invalid continuation byte/);
  // without a BOM, UTF-16 is read little-endian but the byte order stays unknown
  assert.deepEqual(decodePartial("utf_16", Uint8Array.of(0x61, 0x00), { errors: "strict" }, false), { text: "a", consumed: 2, byteorder: 0 });
  assert.deepEqual(decodePartial("utf_16_le", Uint8Array.of(0x3d, 0xd8, 0x00), { errors: "strict" }, false), { text: "", consumed: 0, byteorder: -1 });
});

test("an error handler that resumes where it was ends in MemoryError, not a JS failure", async () => {
  // CPython grows its output until memory runs out; dislab stops at its longest str
  const { runProgram } = await import("../../src/index.ts");
  const r = runProgram(`import _codecs
_codecs.register_error("again", lambda e: ("x" * 100000, e.start))
for f in (lambda: b"a\\xffb".decode("utf-8", "again"), lambda: "a\\xffb".encode("ascii", "again")):
    try:
        f()
    except MemoryError:
        print("MemoryError")
`, { filename: "again.py" });
  assert.equal(`${r.stdout}${r.stderr}`, "MemoryError\nMemoryError\n");
});
