// Mutated stdlib sources (deleted, duplicated and swapped tokens, random bytes, truncation) with a
// fixed seed: every input gives an AST or a PyError, never a JavaScript exception or a hang, and
// a bounded sample is compared with CPython (same AST, or the same SyntaxError fields).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { stdlibCorpus } from "../oracle/oracle.ts";
import { compareParse } from "./helpers.ts";
import { mutate, rng } from "../oracle/mutate.ts";

const { root, files } = await stdlibCorpus();
const r = rng(20220113);
const inputs: Uint8Array[] = [];
for (let i = 0; i < 3000; i++) {
  const f = files[Math.floor(r() * files.length)];
  inputs.push(mutate(readFileSync(join(root, f)), r));
}

/**
 * A hang guard, not a speed test: the 3000 inputs parse in a few seconds, and a watchdog ends the
 * worker running them only after HANG_LIMIT_MS, two orders of magnitude later. Reaching it means a
 * runaway parse (a loop, exponential backtracking), never a slow machine, and the failure names
 * the input that did not finish.
 */
const HANG_LIMIT_MS = 10 * 60_000;

test("fuzz: 3000 mutated sources give an AST or a PyError, never a JS exception", async () => {
  // A worker does not inherit the parent's `--import tsx`: it registers tsx before loading the loop.
  const boot = `import("tsx/esm/api").then((t) => { t.register(); return import(${JSON.stringify(new URL("./fuzz-worker.ts", import.meta.url).href)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: inputs });
  let current = -1;
  const bad = await new Promise<string[]>((resolve, reject) => {
    const watchdog = setTimeout(() => {
      void worker.terminate();
      const src = current >= 0 ? JSON.stringify(Buffer.from(inputs[current]).toString("latin1")).slice(0, 300) : "";
      reject(new Error(`hang: input ${current} did not finish within ${HANG_LIMIT_MS / 1000} s: ${src}`));
    }, HANG_LIMIT_MS);
    worker.on("message", (m: { started?: number; bad?: string[] }) => {
      if (m.started !== undefined) current = m.started;
      else {
        clearTimeout(watchdog);
        resolve(m.bad!);
      }
    });
    worker.on("error", (e) => {
      clearTimeout(watchdog);
      reject(e);
    });
  });
  await worker.terminate();
  assert.deepEqual(bad, []);
});

/**
 * Known differences, each matched by the text of its report, checked both ways (a fixed one must
 * be removed from here). None at present.
 */
const KNOWN: RegExp[] = [];

test("fuzz: a sample of 400 mutated sources agrees with CPython", async () => {
  const bad: string[] = [];
  const known = new Set<RegExp>();
  for (const src of inputs.slice(0, 400)) {
    const d = await compareParse(src);
    if (!d) continue;
    const k = KNOWN.find((re) => re.test(d));
    if (k) known.add(k);
    else bad.push(`${JSON.stringify(Buffer.from(src).toString("latin1")).slice(0, 300)}: ${d}`);
  }
  assert.deepEqual(bad, []);
  assert.equal(known.size, KNOWN.length, "a known difference no longer occurs: remove it from KNOWN");
});
