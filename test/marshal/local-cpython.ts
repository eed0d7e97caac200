// A 64-bit CPython 3.10 on this machine, if there is one. The oracle is a 32-bit build, so where
// the two builds differ (str hashes and set order, allocation limits on huge declared sizes) a
// local 64-bit interpreter is the reference; tests that need it skip when it is absent.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

let found: string | null | undefined;

export function localCPython310(): string | null {
  if (found !== undefined) return found;
  const candidates = [process.env.DISLAB_CPYTHON310 ?? "", "python3.10"].filter(Boolean);
  const pyenv = join(homedir(), ".pyenv", "versions");
  if (existsSync(pyenv)) for (const v of readdirSync(pyenv).filter((v) => v.startsWith("3.10"))) candidates.push(join(pyenv, v, "bin", "python3.10"));
  found = null;
  for (const exe of candidates) {
    try {
      const out = execFileSync(exe, ["-c", "import sys; print(sys.version_info[:2] == (3, 10) and sys.maxsize > 2**32)"], { stdio: ["ignore", "pipe", "ignore"] });
      if (out.toString().trim() === "True") {
        found = exe;
        break;
      }
    } catch {
      // not this one
    }
  }
  return found;
}

/** Runs a script under the local CPython with `input` on stdin; returns its stdout parsed as JSON. */
export function runLocal<T>(script: string, input: string, env: Record<string, string> = {}): T {
  const exe = localCPython310();
  if (!exe) throw new Error("no local 64-bit CPython 3.10");
  return JSON.parse(execFileSync(exe, ["-c", script], { input, env: { ...process.env, PYTHONHASHSEED: "0", ...env }, maxBuffer: 1 << 26 }).toString()) as T;
}

/** marshal.loads in the local CPython: for each input, "ok" or "Type: message". */
export function localLoadsOutcomes(inputs: Uint8Array[]): string[] {
  return runLocal<string[]>(`
import base64, json, marshal, sys
out = []
for b in json.loads(sys.stdin.read()):
    try:
        marshal.loads(base64.b64decode(b)); out.append("ok")
    except BaseException as e:
        out.append(type(e).__name__ + ": " + str(e))
print(json.dumps(out))`, JSON.stringify(inputs.map((b) => Buffer.from(b).toString("base64"))));
}
