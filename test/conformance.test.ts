// Conformance: every program of test/programs/ runs under the oracle (CPython 3.10.2) and under
// dislab, and stdout, stderr and the exit status must be identical, one subtest per program. The
// oracle side also checks each program itself: it must be deterministic (run twice, same output)
// and exit with the status its header declares. The programs listed in test/programs/PASSING (the
// ratchet) must match; the others are `todo` until they do (`npm run conformance -- --update-passing`
// adds them). `npm run conformance` gives the same comparison as a summary.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { listPrograms } from "./oracle/runner.ts";
import { DislabWorker, firstDifference, oracleAnswers, oracleProblems, readPassing } from "../tools/conformance.ts";

const answers = await oracleAnswers(listPrograms());
const dislab = await DislabWorker.start();
after(() => dislab.stop());

describe("every program runs deterministically under the oracle, with its declared exit status", () => {
  test("there are programs", () => assert.ok(answers.length >= 300, `only ${answers.length} programs`));
  for (const { spec, run } of answers) {
    test(spec.path, () => {
      const problem = oracleProblems(spec, run);
      assert.equal(problem, null, problem ?? "");
    });
  }
});

const passing = readPassing();

test("every program in test/programs/PASSING exists", () => {
  const known = new Set(answers.map((a) => a.spec.path));
  assert.deepEqual([...passing].filter((p) => !known.has(p)), []);
});

describe("dislab prints what CPython 3.10 prints", () => {
  for (const { spec, run } of answers) {
    const todo = passing.has(spec.path) ? undefined : (dislab.unavailable ?? "not yet identical (not listed in test/programs/PASSING)");
    test(spec.path, { todo }, async () => {
      const outcome = await dislab.run(spec);
      if (!outcome.ok) assert.fail(outcome.error);
      const d = firstDifference(run, outcome.result);
      assert.equal(d, null, d ?? "");
    });
  }
});
