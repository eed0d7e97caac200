// One program's dislab side of `npm run bench`, in a process of its own (as native CPython's side
// is): load the built dist/, run the program ROUNDS times, print its output, then the first round's
// time and the best.
// A fresh process per program keeps V8's type feedback from one program out of the next one's
// timing; bench/run.ts --one-process measures them all in one process instead.
//
//   node --stack-size=3000 --import tsx bench/dislab-side.ts PATH ROUNDS
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../test/oracle/oracle.ts";

export type RunProgram = (source: Uint8Array, options: { filename: string }) => { stdout: string; stderr: string; exitCode: number };

/** Times of a program's rounds, in seconds: the first (a fresh runtime's) and the best. */
export interface Timed {
  output: string;
  first: number;
  best: number;
}

/** Runs `path` `rounds` times; the output of the last round, the first round's time and the best. */
export function timeRounds(runProgram: RunProgram, path: string, rounds: number): Timed {
  const source = new Uint8Array(readFileSync(path));
  const filename = `bench/programs/${path.slice(path.lastIndexOf("/") + 1)}`;
  const times: number[] = [];
  let output = "";
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const result = runProgram(source, { filename });
    times.push((performance.now() - t0) / 1000);
    output = result.stdout + result.stderr;
  }
  return { output, first: times[0]!, best: Math.min(...times) };
}

export async function loadDist(): Promise<RunProgram> {
  const dist = join(projectRoot, "dist", "index.js");
  return ((await import(pathToFileURL(dist).href)) as { runProgram: RunProgram }).runProgram;
}

if (process.argv[1]?.endsWith("dislab-side.ts")) {
  const [path, rounds] = process.argv.slice(2);
  const { output, first, best } = timeRounds(await loadDist(), path!, Number(rounds));
  process.stdout.write(`${output}\n${first} ${best}\n`);
}
