// Compiles one source read from stdin ({ source, mode }) and prints the outcome as JSON: run by
// deep-nesting.test.ts in a fresh Node process on V8's default stack, as a library user has it.
import { compile } from "../../../src/compiler/index.ts";
import { PyError } from "../../../src/support/py-error.ts";

const chunks: Buffer[] = [];
for await (const c of process.stdin) chunks.push(c as Buffer);
const { source, mode } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { source: string; mode: "exec" | "eval" };
let out: { ok: true } | { ok: false; type: string; msg: string; lineno?: number; offset?: number };
try {
  compile(source, { filename: "<deep>", mode });
  out = { ok: true };
} catch (e) {
  if (!(e instanceof PyError)) throw e;
  out = { ok: false, type: e.type, msg: e.pyMessage, lineno: e.syntax?.lineno, offset: e.syntax?.offset ?? undefined };
}
process.stdout.write(JSON.stringify(out));
