// sys.flags for the command-line options dislab shares with python3.10 (-i, -q), field by field,
// compared with a local CPython 3.10 run with the same options and PYTHONHASHSEED=0 (dislab hashes
// with seed 0's key), PYTHONDONTWRITEBYTECODE unset on both sides. CPython
// 3.10.7+ adds int_max_str_digits, which 3.10.2 does not have; it is left out.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { createSession } from "../../src/index.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";

const code = "import sys; print({k: getattr(sys.flags, k) for k in dir(sys.flags) if not k.startswith(('_', 'n_', 'int_max')) and k not in ('count', 'index')})";

function dislabFlags(flags: { inspect?: boolean; quiet?: boolean }): string {
  let out = "";
  const s = createSession({ argv: ["-c"], flags, onStdout: (t) => void (out += t) });
  s.run(code, { mode: "exec", filename: "<string>" });
  return out;
}

for (const [opts, flags] of [[[], {}], [["-i"], { inspect: true }], [["-q"], { quiet: true }], [["-i", "-q"], { inspect: true, quiet: true }]] as const) {
  test(`sys.flags under ${opts.join(" ") || "no options"} as python3.10 ${opts.join(" ")} -c`, (t) => {
    const mine = dislabFlags(flags);
    const py = localCPython310();
    if (py === null) {
      assert.match(mine, new RegExp(`'inspect': ${"inspect" in flags ? 1 : 0}, 'interactive': ${"inspect" in flags ? 1 : 0}`));
      return t.skip("no local CPython 3.10");
    }
    const env: Record<string, string | undefined> = { ...process.env, PYTHONHASHSEED: "0" };
    delete env.PYTHONINSPECT;
    delete env.PYTHONDONTWRITEBYTECODE;
    const r = spawnSync(py, [...opts, "-c", code], { env, input: "", encoding: "utf8" });
    assert.equal(mine, r.stdout.split("\n")[0] + "\n");
  });
}
