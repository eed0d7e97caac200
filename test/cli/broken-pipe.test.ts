// A reader that goes away: the program's next write raises BrokenPipeError as CPython's does, an
// OSError built from errno 32 (errno, strerror and args set, str "[Errno 32] Broken pipe"), not an
// exception carrying only that text. Runs the CLI from source (no build needed).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { test } from "node:test";
import { projectRoot } from "../oracle/oracle.ts";

const program = `import sys
try:
    while True:
        print("line")
        sys.stdout.flush()
except BrokenPipeError as e:
    sys.stderr.write(f"{type(e).__name__} {e.errno!r} {e.strerror!r} {e.args!r} {e.filename!r} {str(e)!r} {isinstance(e, ConnectionError)}\\n")
`;

test("BrokenPipeError from a closed stdout has errno 32 and strerror 'Broken pipe'", async () => {
  const child = spawn(process.execPath, ["--stack-size=3000", "--import", "tsx", "src/cli/main.ts", "-c", program], { cwd: projectRoot });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  child.stdout.destroy();
  await new Promise<number | null>((resolve) => child.once("exit", resolve));
  // (CPython then also fails to flush stdout at shutdown; dislab runs nothing at shutdown)
  assert.equal(stderr.split("\n")[0], "BrokenPipeError 32 'Broken pipe' (32, 'Broken pipe') None '[Errno 32] Broken pipe' True");
});
