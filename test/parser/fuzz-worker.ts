// The fuzz test's parsing loop, run in a worker thread so that the test's watchdog can stop it if
// one input never finishes. It reports the index of the input it starts before parsing it (so a
// hang names its input) and, at the end, every input that threw something other than a PyError.
import { parentPort, workerData } from "node:worker_threads";
import { parse } from "../../src/parser/index.ts";
import { PyError } from "../../src/support/py-error.ts";

const inputs = workerData as Uint8Array[];
const bad: string[] = [];
for (let i = 0; i < inputs.length; i++) {
  parentPort!.postMessage({ started: i });
  const src = inputs[i];
  try {
    parse(src);
  } catch (e) {
    if (!(e instanceof PyError)) bad.push(`${JSON.stringify(Buffer.from(src).toString("latin1")).slice(0, 200)}: ${String((e as Error).stack ?? e).slice(0, 300)}`);
  }
}
parentPort!.postMessage({ bad });
