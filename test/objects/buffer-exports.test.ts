// The buffer-exports bookkeeping (src/objects/buffer-exports.ts) with a stand-in walker: a resize is
// refused only when the walk finds a view, views the walk did not find stop counting (their later
// release changes nothing), and once the walks' budget is spent a resize is allowed without a walk.
import assert from "node:assert/strict";
import { test } from "node:test";
import "../../src/objects/index.ts";
import { addExport, releaseExport, hasLiveExports, setExportWalker, type Export } from "../../src/objects/buffer-exports.ts";
import { PyByteArray, type PyObj } from "../../src/objects/index.ts";

let reachable: Export[] = [];
let walks = 0;
let visitedPerWalk = 10;
const account = { steps: 0, exportsWalked: 0 };
setExportWalker(() => {
  walks++;
  return { views: reachable, visited: visitedPerWalk };
}, () => account);

const view = (): Export => ({ exportEpoch: -1 });
const exporter = (): PyObj => new PyByteArray(new Uint8Array(4));

test("no views: no walk", () => {
  walks = 0;
  assert.equal(hasLiveExports(exporter()), false);
  assert.equal(walks, 0);
});

test("a released view does not count; an unreachable one is dropped by the walk", () => {
  const ba = exporter();
  const a = view();
  addExport(ba, a);
  releaseExport(ba, a);
  walks = 0;
  assert.equal(hasLiveExports(ba), false);
  assert.equal(walks, 0);
  const b = view();
  addExport(ba, b);
  reachable = [];
  assert.equal(hasLiveExports(ba), false);
  assert.equal(walks, 1);
  // b left the count: neither another check nor its late release walks or goes negative
  releaseExport(ba, b);
  assert.equal(hasLiveExports(ba), false);
  assert.equal(walks, 1);
});

test("a reachable view refuses until it is released", () => {
  const ba = exporter();
  const a = view();
  const b = view();
  addExport(ba, a);
  addExport(ba, b);
  reachable = [a];
  assert.equal(hasLiveExports(ba), true);
  releaseExport(ba, b); // not found by the walk: no effect on the count
  assert.equal(hasLiveExports(ba), true);
  releaseExport(ba, a);
  walks = 0;
  assert.equal(hasLiveExports(ba), false);
  assert.equal(walks, 0);
  reachable = [];
});

test("past the budget a resize is allowed without walking, until instructions earn more", () => {
  const ba = exporter();
  const a = view();
  addExport(ba, a);
  reachable = [a];
  visitedPerWalk = 1_000_000;
  walks = 0;
  let refused = 0;
  for (let i = 0; i < 10; i++) if (hasLiveExports(ba)) refused++;
  assert.ok(walks >= 1 && walks < 10, `walks: ${walks}`);
  assert.equal(refused, walks);
  const before = walks;
  account.steps = 1e9; // half an object per instruction: room for more walks
  assert.equal(hasLiveExports(ba), true);
  assert.equal(walks, before + 1);
});
