// runProgram as unit tests of modules use it: the built standard library (dist/stdlib, `npm run
// build`) on sys.path, the host's files readable for imports, the program named prog.py unless
// the options say otherwise.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runProgram, type RunOptions, type RunResult } from "../../src/vm/index.ts";
import { projectRoot } from "../oracle/oracle.ts";

export const STDLIB = join(projectRoot, "dist", "stdlib");

/** A host file's bytes, or null when it cannot be read (RunOptions.readFile). */
export function readOrNull(path: string): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    return null;
  }
}

export function runWithStdlib(source: string, options: Partial<RunOptions> = {}): RunResult {
  return runProgram(source, { filename: "prog.py", path: [STDLIB], readFile: readOrNull, ...options });
}
