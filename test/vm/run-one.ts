// Runs one Python file with dislab's VM (CPython-compiled code objects), printing its stdout and
// stderr and the exit status: `node --import tsx test/vm/run-one.ts FILE [ARGS...]`.
import { readFileSync } from "node:fs";
import { runProgram } from "./cpython-entry.ts";

const [file, ...args] = process.argv.slice(2);
const r = runProgram(new Uint8Array(readFileSync(file)), { filename: file, argv: [file, ...args], stdin: process.stdin.isTTY ? "" : readFileSync(0, "utf8"), maxSteps: 200_000_000, timeout: 20_000 });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
process.stderr.write(`[exit ${r.exitCode}]\n`);
