// Bulk comparison against a local CPython 3.10 (not part of `npm test`): millions of generated
// cases per suite. Usage: node --import tsx test/support/text/bulk.ts SUITE [SEED] [COUNT]
// SUITE is one of format, digits, parse, ops, str, codecs, or all.
import { compare, localCases, localPython, SUITES } from "./cases/harness.ts";

const [suiteArg = "all", seedArg = "1", countArg = "200000"] = process.argv.slice(2);
const python = localPython();
if (!python) {
  console.error("no local CPython 3.10 found (set PYTHON310)");
  process.exit(2);
}
let failed = false;
for (const suite of suiteArg === "all" ? Object.keys(SUITES) : [suiteArg]) {
  const t0 = Date.now();
  // Generate in chunks so one process never holds too large an output.
  let total = 0, identical = 0;
  const mismatches: string[] = [];
  const count = Number(countArg);
  for (let done = 0, chunk = 0; done < count; done += 250000, chunk++) {
    const r = compare(suite, localCases(python, suite, Number(seedArg) * 1000 + chunk, Math.min(250000, count - done)), true);
    total += r.total;
    identical += r.identical;
    mismatches.push(...r.mismatches.slice(0, 20 - mismatches.length));
  }
  console.log(`${suite}: ${identical}/${total} identical (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  for (const m of mismatches) console.log("  " + m);
  if (identical !== total) failed = true;
}
process.exit(failed ? 1 : 0);
