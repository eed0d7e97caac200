// Parses or compiles a batch of sources read from stdin ([{ source, mode, api }]) and prints each
// outcome as JSON: run by parser-limits.test.ts in a child process with the stack the CLI gives.
import { compile } from "../../../src/compiler/index.ts";
import { parse } from "../../../src/parser/index.ts";
import { PyError } from "../../../src/support/py-error.ts";

type Job = { source: string; mode: "exec" | "eval" | "single" | "func_type"; api: "parse" | "compile" };
const chunks: Buffer[] = [];
for await (const c of process.stdin) chunks.push(c as Buffer);
const jobs = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Job[];
const out = jobs.map(({ source, mode, api }) => {
  try {
    if (api === "parse") parse(source, { filename: "<deep>", mode });
    else compile(source, { filename: "<deep>", mode: mode as "exec" | "eval" | "single" });
    return "ok";
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    return e.pyMessage ? `${e.type}: ${e.pyMessage}` : e.type;
  }
});
process.stdout.write(JSON.stringify(out));
