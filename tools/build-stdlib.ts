// Part of `npm run build`: CPython 3.10's own pure-Python standard library, as shipped in
// pyodide@0.22.1, compiled by dislab into dist/stdlib/, laid out as CPython lays out Lib/: each
// module's source next to __pycache__/NAME.cpython-310.pyc. The .pyc files are unchecked
// hash-based (PEP 552), so they stay valid whatever mtimes an install gives the files. Pyodide's
// own packages (pyodide/, _pyodide/) are not CPython's and are left out. The sources come from
// the oracle's copy (.cache/cpython-lib/, made once from Pyodide's file system), and so does
// LICENSE.txt, which CPython installs beside them.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { compile } from "../src/compiler/index.ts";
import { sourceHash, writePyc } from "../src/marshal/index.ts";
import { PyError } from "../src/support/py-error.ts";
import { projectRoot, stdlibCorpus } from "../test/oracle/oracle.ts";

const OUT = join(projectRoot, "dist", "stdlib");
const NOT_CPYTHON = ["pyodide/", "_pyodide/"];

const t0 = performance.now();
const { root, files, license } = await stdlibCorpus();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
// site's license() prints the file it finds beside os.py (else only the URL), as CPython's does
copyFileSync(license, join(OUT, "LICENSE.txt"));
let compiled = 0;
for (const rel of files) {
  if (NOT_CPYTHON.some((p) => rel.startsWith(p))) continue;
  const source = new Uint8Array(readFileSync(join(root, rel)));
  const target = join(OUT, rel);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, source);
  let pyc: Uint8Array;
  try {
    pyc = writePyc(compile(source, { filename: rel, mode: "exec" }), { hash: sourceHash(source), checkSource: false });
  } catch (e) {
    // A module CPython itself cannot compile stays source-only: importing it raises the same error.
    if (e instanceof PyError) continue;
    throw e;
  }
  const cache = join(dirname(target), "__pycache__", basename(rel).replace(/\.py$/, ".cpython-310.pyc"));
  mkdirSync(dirname(cache), { recursive: true });
  writeFileSync(cache, pyc);
  compiled++;
}
console.log(`dist/stdlib: ${compiled} modules of CPython 3.10's standard library compiled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
