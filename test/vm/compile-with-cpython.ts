// Development compiler for the VM until src/compiler/index.ts lands: compiles source with the
// local 64-bit CPython 3.10 (test/marshal/local-cpython.ts) and loads the marshal bytes with
// dislab's marshal.loads, so the VM runs exactly the code objects CPython produces. A SyntaxError
// (or other compile-time error) comes back as the PyError the VM would get from dislab's compiler.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import { localCPython310 } from "../marshal/local-cpython.ts";
import { loads } from "../../src/marshal/index.ts";
import { CodeObject } from "../../src/bytecode/code.ts";
import { PyError } from "../../src/support/py-error.ts";
import { projectRoot } from "../oracle/oracle.ts";
import { projectFilePath } from "../oracle/runner.ts";

const SCRIPT = `
import sys, marshal, json, warnings
src = sys.stdin.buffer.read()
filename, mode, flags = sys.argv[1], sys.argv[2], int(sys.argv[3])
ws = []
def show(message, category, fn, lineno, file=None, line=None):
    ws.append([category.__name__, str(message), fn, lineno])
warnings.showwarning = show
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = show
        co = compile(src, filename, mode, flags, dont_inherit=True)
    sys.stdout.buffer.write(b"OK" + json.dumps(ws).encode() + b"\\n" + marshal.dumps(co))
except SyntaxError as e:
    sys.stdout.buffer.write(b"SE" + json.dumps([type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]).encode())
except Exception as e:
    sys.stdout.buffer.write(b"EX" + json.dumps([type(e).__name__, str(e)]).encode())
`;

export type Warn = (category: string, message: string, filename: string, lineno: number) => void;

/**
 * CPython's answers by filename, mode, flags and source: a test process that runs many programs
 * compiles each standard library module once, not once per program that imports it (asyncio's
 * thirty-odd modules made every asyncio program spend most of its time limit in compilers).
 */
const answers = new Map<string, Buffer>();

/** compile(source, filename, mode, flags) in the local CPython 3.10. */
export function compileWithCPython(source: string | Uint8Array, filename: string, mode: string, flags = 0, warn?: Warn): CodeObject {
  const exe = localCPython310();
  if (!exe) throw new Error("no local 64-bit CPython 3.10");
  const input = typeof source === "string" ? Buffer.from(source, "utf8") : Buffer.from(source);
  const key = `${filename}\0${mode}\0${flags}\0${createHash("sha256").update(input).digest("hex")}`;
  let out = answers.get(key);
  if (out === undefined) {
    out = execFileSync(exe, ["-c", SCRIPT, filename, mode, String(flags)], { input, env: { ...process.env, PYTHONHASHSEED: "0" }, maxBuffer: 1 << 28 });
    if (out.subarray(0, 2).toString() === "OK") answers.set(key, out);
  }
  const tag = out.subarray(0, 2).toString();
  if (tag === "OK") {
    const nl = out.indexOf(10);
    const ws = JSON.parse(out.subarray(2, nl).toString()) as [string, string, string, number][];
    if (warn) for (const [c, m, f, l] of ws) warn(c, m, f, l);
    const co = loads(new Uint8Array(out.subarray(nl + 1)));
    if (!(co instanceof CodeObject)) throw new Error("CPython did not return a code object");
    return co;
  }
  if (tag === "SE") {
    const [type, msg, fn, lineno, offset, endLineno, endOffset, text] = JSON.parse(out.subarray(2).toString());
    throw PyError.syntax(type, msg, { filename: fn ?? filename, lineno: lineno ?? 1, offset, end_lineno: endLineno, end_offset: endOffset, text });
  }
  const [type, msg] = JSON.parse(out.subarray(2).toString());
  throw new PyError(type, msg);
}

/** The local CPython's pure-Python standard library directory (a stand-in for dislab's bundle). */
export function cpythonLib(): string | null {
  const exe = localCPython310();
  if (!exe) return null;
  const lib = join(dirname(dirname(exe)), "lib", "python3.10");
  return existsSync(join(lib, "os.py")) ? lib : null;
}

/** Reads files of the project for `import` (paths relative to the project root, as the runner's cwd). */
export function readProjectFile(path: string): Uint8Array | null {
  try {
    const full = projectFilePath(path);
    if (!statSync(full).isFile()) return null;
    return new Uint8Array(readFileSync(full));
  } catch {
    return null;
  }
}
