// Questions about marshal, .pyc files and hashes that test/oracle's fixed API does not ask: they run
// as Python in the same Pyodide (CPython 3.10.2) through Oracle.eval, and their answers are cached
// on disk under .cache/oracle-marshal/, keyed by the question and by the text of HELPERS below.
// The oracle's own compile() answer cannot serve as CPython's marshal output: oracle.py builds its
// JSON before calling marshal.dumps, and the JSON's references to the string constants make
// marshal flag them all with FLAG_REF. cleanMarshal() marshals a code object only a local variable holds, as importlib does.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Oracle, projectRoot, type ConstJson } from "../oracle/oracle.ts";

const HELPERS = String.raw`
import base64, json, marshal, types, sys
enc_const = __oracle__["enc_const"]
enc_error = __oracle__["enc_error"]

def _om_enc(v):
    # Values marshal can hold that are no constants get a tag of their own.
    if isinstance(v, (list, dict, set)) or v is StopIteration:
        return {"t": "unrepresentable", "type": type(v).__name__ if v is not StopIteration else "StopIteration"}
    if isinstance(v, tuple) and any(isinstance(x, (list, dict, set)) or x is StopIteration for x in v):
        return {"t": "unrepresentable", "type": "tuple"}
    try:
        return enc_const(v)
    except (TypeError, RecursionError):
        return {"t": "unrepresentable", "type": type(v).__name__}

def _om_loads(b64):
    try:
        return json.dumps({"ok": True, "value": _om_enc(marshal.loads(base64.b64decode(b64)))})
    except BaseException as e:
        return json.dumps({"ok": False, "error": {"type": type(e).__name__, "msg": str(e)}})

def _om_loads_many(b64s):
    return "[" + ",".join(_om_loads(b) for b in json.loads(b64s)) + "]"

def _om_clean_marshal(path, filename):
    with open(path, "rb") as f:
        src = f.read()
    try:
        # As importlib's _code_to_timestamp_pyc does: a local variable holds the code object.
        code = compile(src, filename, "exec")
        data = marshal.dumps(code)
        return json.dumps({"ok": True, "value": base64.b64encode(data).decode()})
    except SyntaxError as e:
        return json.dumps({"ok": False, "error": enc_error(e)})

def _om_run(stmts):
    g = {}
    exec(stmts, g)
    return json.dumps(g.get("result"))
`;
const helperVersion = createHash("sha256").update(HELPERS).digest("hex").slice(0, 16);
const cacheDir = join(projectRoot, ".cache", "oracle-marshal");

export type LoadsAnswer =
  | { ok: true; value: ConstJson | { t: "unrepresentable"; type: string } }
  | { ok: false; error: { type: string; msg: string } };

let installed = false;
async function python(): Promise<Oracle> {
  const oracle = await (await Oracle.get()).ready();
  if (!installed) {
    // Runs in Pyodide's globals, where the oracle put oracle.py's namespace as the dict __oracle__.
    oracle.eval(HELPERS);
    installed = true;
  }
  return oracle;
}

function cached<T>(question: string, args: unknown, compute: () => Promise<T>): Promise<T> | T {
  const key = createHash("sha256").update(helperVersion).update(question).update(JSON.stringify(args)).digest("hex");
  const file = join(cacheDir, key.slice(0, 2), key + ".json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as T;
  return compute().then((v) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(v));
    return v;
  });
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");

/** marshal.loads(bytes) in CPython: the value (tagged JSON) or the exception, whatever its type. */
export async function oracleLoads(bytes: Uint8Array): Promise<LoadsAnswer> {
  return cached("loads", b64(bytes), async () => JSON.parse((await python()).eval(`_om_loads(${JSON.stringify(b64(bytes))})`) as string));
}

/** oracleLoads for many inputs in one round trip (cached as one answer). */
export async function oracleLoadsMany(inputs: Uint8Array[]): Promise<LoadsAnswer[]> {
  const arg = JSON.stringify(inputs.map(b64));
  return cached("loads_many", arg, async () => JSON.parse((await python()).eval(`_om_loads_many(${JSON.stringify(arg)})`) as string));
}

/** marshal.dumps(code) of code = compile(source, filename, 'exec'), as a .pyc holds it. */
export async function oracleCleanMarshal(source: Uint8Array, filename: string): Promise<Uint8Array | null> {
  const answer = await cached("clean_marshal", [b64(source), filename], async () => {
    const oracle = await python();
    const py = (oracle as unknown as { py: { FS: { writeFile(p: string, d: Uint8Array): void } } }).py;
    py.FS.writeFile("/tmp/om_src.py", source);
    return JSON.parse(oracle.eval(`_om_clean_marshal('/tmp/om_src.py', ${JSON.stringify(filename)})`) as string);
  });
  return answer.ok ? new Uint8Array(Buffer.from(answer.value, "base64")) : null;
}

/**
 * Runs Python statements in a fresh namespace and returns json.dumps(result) parsed. `cacheKey`
 * names the question for the cache; pass null to always run (for answers that must not be reused).
 */
export async function oracleRun<T>(stmts: string, cacheKey: string | null = stmts): Promise<T> {
  const run = async () => JSON.parse((await python()).eval(`_om_run(${JSON.stringify(stmts)})`) as string) as T;
  return cacheKey === null ? run() : cached("run", cacheKey, run);
}
