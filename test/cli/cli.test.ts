// The `dislab` command, run as a user runs it (node bin/dislab.js, on the built dist/), against
// what CPython 3.10.2 prints for the same files: `python -m dis`, `python -m py_compile`,
// `python -m ast`, and .pyc files that CPython loads.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { MAGIC_NUMBER, readPyc } from "../../src/marshal/index.ts";
import { codeToJson, firstDifference } from "../oracle/convert.ts";
import { Oracle, projectRoot } from "../oracle/oracle.ts";
import { ProgramOracle } from "../oracle/runner.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";
import { normalizeAddresses } from "../dis/normalize.ts";

const oracle = await (await Oracle.get()).ready();
const dislab = (args: string[], cwd = projectRoot) =>
  spawnSync(process.execPath, [join(projectRoot, "bin", "dislab.js"), ...args], { cwd, encoding: "utf8" });
const work = mkdtempSync(join(tmpdir(), "dislab-cli-"));
const hello = readFileSync(join(projectRoot, "examples", "hello.py"));

test("dis examples/hello.py prints what python3.10 -m dis prints", () => {
  const r = dislab(["dis", "examples/hello.py"]);
  assert.equal(r.status, 0, r.stderr);
  const theirs = oracle.dis(hello, "examples/hello.py");
  assert.ok(theirs.ok);
  assert.equal(normalizeAddresses(r.stdout), normalizeAddresses(theirs.value));
});

test("dis FILE.pyc disassembles a .pyc written by CPython", () => {
  const compiled = oracle.compile(hello, { filename: "hello.py" });
  assert.ok(compiled.ok);
  const pyc = join(work, "cpython-hello.pyc");
  const header = new Uint8Array(16);
  header.set(MAGIC_NUMBER);
  writeFileSync(pyc, Buffer.concat([header, Buffer.from(compiled.value.marshal, "base64")]));
  const r = dislab(["dis", pyc]);
  assert.equal(r.status, 0, r.stderr);
  const theirs = oracle.dis(hello, "hello.py");
  assert.ok(theirs.ok);
  assert.equal(normalizeAddresses(r.stdout), normalizeAddresses(theirs.value));
});

test("dis --json gives the documented structure", () => {
  const r = dislab(["dis", "--json", "examples/hello.py"]);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as { code: { co_name: string } };
  assert.equal(doc.code.co_name, "<module>");
});

test("compile writes __pycache__/NAME.cpython-310.pyc holding CPython's code object", () => {
  const dir = join(work, "pkg");
  mkdirSync(dir, { recursive: true });
  const src = join(dir, "hello.py");
  writeFileSync(src, hello);
  const r = dislab(["compile", src]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout + r.stderr, "");
  const pyc = join(dir, "__pycache__", "hello.cpython-310.pyc");
  const contents = readPyc(new Uint8Array(readFileSync(pyc)));
  assert.equal(contents.flags, 0);
  assert.equal(contents.sourceSize, hello.length);
  const theirs = oracle.compile(hello, { filename: src });
  assert.ok(theirs.ok);
  assert.equal(firstDifference(codeToJson(contents.code), theirs.value.code), null);
  // CPython itself loads the marshalled body.
  const loaded = oracle.marshalLoads(new Uint8Array(readFileSync(pyc)).subarray(16));
  assert.ok(loaded.ok);
  assert.equal(firstDifference(loaded.value, theirs.value.code), null);
});

test("compile -o OUT with a checked hash when SOURCE_DATE_EPOCH is set", () => {
  const out = join(work, "h.pyc");
  const r = spawnSync(process.execPath, [join(projectRoot, "bin", "dislab.js"), "compile", "examples/hello.py", "-o", out], {
    cwd: projectRoot, encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH: "1" },
  });
  assert.equal(r.status, 0, r.stderr);
  const contents = readPyc(new Uint8Array(readFileSync(out)));
  assert.equal(contents.flags, 0b11);
});

test("compile reports a SyntaxError as python3.10 -m py_compile does, with status 1", () => {
  const bad = join(work, "bad.py");
  const source = "def f(x):\n    return x +\n";
  writeFileSync(bad, source);
  const r = dislab(["compile", bad]);
  assert.equal(r.status, 1);
  const theirs = oracle.pyCompile(source, bad);
  assert.ok(theirs.ok);
  assert.equal(r.stderr, theirs.value);
  assert.ok(!existsSync(join(work, "__pycache__", "bad.cpython-310.pyc")));
});

test("compileall compiles a tree, reports each failure and summarises, status 1 on failure", () => {
  const root = join(work, "tree");
  mkdirSync(join(root, "sub"), { recursive: true });
  writeFileSync(join(root, "a.py"), "x = 1\n");
  writeFileSync(join(root, "sub", "b.py"), "def g(:\n");
  const r = dislab(["compileall", "-q", root]);
  assert.equal(r.status, 1);
  assert.ok(existsSync(join(root, "__pycache__", "a.cpython-310.pyc")));
  const theirs = oracle.pyCompile("def g(:\n", join(root, "sub", "b.py"));
  assert.ok(theirs.ok);
  assert.equal(r.stderr, `*** Error compiling '${join(root, "sub", "b.py")}'...\n${theirs.value}\n`);
  assert.match(r.stdout, /^Compiled 1 of 2 files \(2 lines\) in [\d.]+ s.*; 1 failed\n$/);
});

test("ast prints what python3.10 -m ast prints", () => {
  for (const args of [[], ["-a"], ["-i", "1"], ["-m", "eval"]]) {
    const file = args.includes("eval") ? join(work, "e.py") : "examples/hello.py";
    if (args.includes("eval")) writeFileSync(file, "x + f(y, *z)\n");
    const r = dislab(["ast", ...args, file]);
    assert.equal(r.status, 0, r.stderr);
    const theirs = oracle.astMain(readFileSync(file), {
      filename: file, mode: args.includes("eval") ? "eval" : "exec", includeAttributes: args.includes("-a"),
      indent: args.includes("-i") ? 1 : 3,
    });
    assert.ok(theirs.ok);
    assert.equal(r.stdout, theirs.value, args.join(" "));
  }
});

test("usage errors are argparse's, with status 2", () => {
  const r = dislab(["dis", "no/such/file.py"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^usage: dislab dis .*\ndislab dis: error: argument infile: can't open 'no\/such\/file.py': \[Errno 2\] No such file or directory: 'no\/such\/file.py'\n$/);
  assert.equal(dislab(["frobnicate"]).status, 2);
  assert.equal(dislab(["ast", "-i", "x", "examples/hello.py"]).status, 2);
  assert.equal(dislab(["--help"]).status, 0);
});

test("run FILE ARGS prints, fails and exits as python3.10 FILE ARGS", async () => {
  const programs = await new ProgramOracle().ready();
  for (const path of ["examples/hello.py", "test/cli/exit-with-traceback.py"]) {
    const spec = { path, args: ["one", "two"], stdin: "", exit: 0 };
    const theirs = programs.run(spec);
    const r = dislab(["run", path, "one", "two"]);
    // python3.10 FILE names the file absolutely (__file__, tracebacks), which the oracle's runner
    // undoes to keep its answers independent of the checkout's place (test/programs/README.md)
    const stderr = r.stderr.split(`"${projectRoot}/${path}"`).join(`"${path}"`);
    if (r.stderr !== stderr) assert.match(r.stderr, new RegExp(`File "${projectRoot}/${path}", line`));
    assert.deepEqual({ stdout: r.stdout, stderr, exitCode: r.status }, { stdout: theirs.stdout, stderr: theirs.stderr, exitCode: theirs.exitCode }, path);
  }
});

test("run FILE names the script as python3.10 does: absolute __file__, sys.argv[0] as given, its real directory on sys.path (local CPython 3.10)", (t) => {
  const exe = localCPython310();
  if (!exe) {
    t.skip("no local CPython 3.10: the oracle's runner makes these names relative");
    return;
  }
  const dir = join(work, "names");
  mkdirSync(join(dir, "sub"), { recursive: true });
  writeFileSync(join(dir, "sub", "sibling.py"), "X = 'sibling'\n");
  writeFileSync(join(dir, "sub", "show.py"), "import os, sys\nprint(__file__, sys.argv[0], sys.path[0])\nos.chdir('/')\nimport sibling\nprint(sibling.X, sibling.__file__)\nraise SystemExit(sys._getframe().f_code.co_filename)\n");
  const given = "sub/../sub/show.py";
  const ours = dislab(["run", given], dir);
  const theirs = spawnSync(exe as string, [given], { cwd: dir, encoding: "utf8" });
  assert.deepEqual({ stdout: ours.stdout, stderr: ours.stderr, status: ours.status }, { stdout: theirs.stdout, stderr: theirs.stderr, status: theirs.status });
});

test("the data tables the bundled command loads on first use work as in python3.10", async () => {
  const programs = await new ProgramOracle().ready();
  const path = "test/cli/lazy-data.py";
  const theirs = programs.run({ path, args: [], stdin: "", exit: 0 });
  const r = dislab(["run", path]);
  assert.deepEqual({ stdout: r.stdout, stderr: r.stderr, exitCode: r.status }, { stdout: theirs.stdout, stderr: theirs.stderr, exitCode: theirs.exitCode });
});

/** A module, a package with __main__, and one that raises, in a fresh directory: what -m runs. */
function moduleTree(): string {
  const dir = join(work, "modules");
  mkdirSync(join(dir, "pkg"), { recursive: true });
  writeFileSync(join(dir, "shown.py"), "import os, sys\nprint(__name__, __spec__.name, sys.argv, os.path.basename(__file__), sys.path[0] == os.getcwd())\n");
  writeFileSync(join(dir, "pkg", "__init__.py"), "");
  writeFileSync(join(dir, "pkg", "__main__.py"), "import sys\nprint('pkg main', __name__, __spec__.name, sys.argv[1:])\nsys.exit(4)\n");
  writeFileSync(join(dir, "fails.py"), "def f():\n    return 1 / 0\nf()\n");
  // a directory and a zip archive (made by dislab's own -m zipfile) with a __main__.py
  mkdirSync(join(dir, "app"), { recursive: true });
  writeFileSync(join(dir, "app", "__main__.py"), "import sys\nprint(__name__, sys.argv, sys.path[0], __file__, type(__loader__).__name__)\n");
  dislab(["-m", "zipfile", "-c", join(dir, "app.zip"), "__main__.py"], join(dir, "app"));
  mkdirSync(join(dir, "nomain"), { recursive: true });
  return dir;
}
const M_CASES = [
  ["-m", "shown", "a", "b"], ["-mshown"], ["-m", "pkg", "x"], ["-m", "fails"], ["-m", "no_such_module"], ["-m", "json"], ["-m"],
  ["app", "x"], ["app.zip", "y"], ["nomain"],
];

test("-m MODULE, DIR and ARCHIVE.zip run a module, a package's or an archive's __main__ as python3.10 does (local CPython 3.10)", (t) => {
  const exe = localCPython310();
  if (!exe) {
    t.skip("no local CPython 3.10");
    return;
  }
  const dir = moduleTree();
  // the interpreter's own paths differ: sys.executable in messages, runpy's file in tracebacks
  const norm = (s: string) => s.replace(/^\S*python3\.10:/gm, "PYTHON:").replace(/"[^"]*runpy\.py"/g, '"runpy.py"').replace(/^usage: .*\n/m, "").replace(/^Try .*\n/m, "");
  for (const args of M_CASES) {
    const ours = dislab(args, dir);
    const theirs: { stdout: string; stderr: string; status: number | null } = spawnSync(exe as string, args, { cwd: dir, encoding: "utf8" });
    assert.deepEqual({ stdout: ours.stdout, stderr: norm(ours.stderr), status: ours.status }, { stdout: theirs.stdout, stderr: norm(theirs.stderr), status: theirs.status }, args.join(" "));
  }
});

test("-m MODULE: sys.argv, __main__, the current directory on sys.path, a package's __main__, a missing module; a directory or zipapp's __main__", () => {
  const dir = moduleTree();
  const shown = dislab(["-m", "shown", "a", "b"], dir);
  assert.equal(shown.stdout, "__main__ shown ['" + join(dir, "shown.py") + "', 'a', 'b'] shown.py True\n");
  const pkg = dislab(["-m", "pkg", "x"], dir);
  assert.deepEqual([pkg.stdout, pkg.status], ["pkg main __main__ pkg.__main__ ['x']\n", 4]);
  const fails = dislab(["-m", "fails"], dir);
  assert.match(fails.stderr, /^Traceback \(most recent call last\):\n  File "[^"]*runpy\.py", line 196, in _run_module_as_main\n/);
  assert.match(fails.stderr, /ZeroDivisionError: division by zero\n$/);
  const missing = dislab(["-m", "no_such_module"], dir);
  assert.deepEqual([missing.stderr.replace(/^\S*: /, ""), missing.status], ["No module named no_such_module\n", 1]);
  const app = dislab(["app", "x"], dir);
  assert.equal(app.stdout, `__main__ ['app', 'x'] ${join(dir, "app")} ${join(dir, "app", "__main__.py")} SourceFileLoader\n`);
  const zipapp = dislab(["run", "app.zip", "y"], dir);
  assert.equal(zipapp.stdout, `__main__ ['app.zip', 'y'] ${join(dir, "app.zip")} ${join(dir, "app.zip", "__main__.py")} zipimporter\n`);
  const tool = spawnSync(process.execPath, [join(projectRoot, "bin", "dislab.js"), "-m", "json.tool", "--sort-keys"], { input: '{"b": [1, 2], "a": null}', encoding: "utf8" });
  assert.equal(tool.stdout, '{\n    "a": null,\n    "b": [\n        1,\n        2\n    ]\n}\n');
});

test("python3.10's one-letter options: -u -B -s -S -E -I (grouped or not), -W and -X (attached or not) reach sys as CPython's do", (t) => {
  const code = "import sys; f = sys.flags; print(sys.warnoptions, sys._xoptions, f.no_user_site, f.no_site, f.ignore_environment, f.isolated, f.dev_mode, f.utf8_mode)";
  const cases = [["-X", "dev", "-Xutf8", "-X", "a=b", "-W", "ignore::DeprecationWarning", "-I"], ["-uBsSE"], ["-Werror", "-s"]];
  const expected = [
    "['default', 'ignore::DeprecationWarning'] {'dev': True, 'utf8': True, 'a': 'b'} 1 0 1 1 True 1\n",
    "[] {} 1 1 1 0 False 0\n",
    "['error'] {} 1 0 0 0 False 0\n",
  ];
  cases.forEach((flags, k) => assert.equal(dislab([...flags, "-c", code]).stdout, expected[k], flags.join(" ")));
  // -X importtime: CPython's header, then each import as it ends, nested imports first and indented
  const timed = dislab(["-X", "importtime", "-c", "import json"]).stderr.split("\n").filter(Boolean);
  assert.equal(timed[0], "import time: self [us] | cumulative | imported package");
  assert.ok(timed.slice(1).every((l) => /^import time: +\d+ \| +\d+ \| ( {2})*[\w.]+$/.test(l)), timed.join("\n"));
  const names = timed.slice(1).map((l) => l.split("| ")[2]);
  assert.equal(names.at(-1), "json");
  assert.ok(names.includes("  json.decoder") && names.indexOf("    re") < names.indexOf("  json.decoder"), names.join("\n"));
  // a group may end in -c or -m, and -c may hold its code
  assert.equal(dislab(["-uBc", "import sys; print(sys.argv, sys.flags.optimize)", "a"]).stdout, "['-c', 'a'] 0\n");
  assert.equal(dislab(["-Oc", "print(__debug__)"]).stdout, "False\n");
  assert.equal(dislab(["-cprint(2)"]).stdout, "2\n");
  assert.match(dislab(["-Bm", "json.tool", "-h"]).stdout, /^usage: python -m json.tool \[-h\]/);
  // -W options act before the program: an invalid one is reported, -Werror makes a warning an error
  const bogus = dislab(["-W", "bogus", "-c", "print(1)"]);
  assert.deepEqual([bogus.stdout, bogus.stderr], ["1\n", "Invalid -W option ignored: invalid action: 'bogus'\n"]);
  const error = dislab(["-Werror", "-c", "import warnings; warnings.warn('x')"]);
  assert.deepEqual([error.status, error.stderr.split("\n").at(-2)], [1, "UserWarning: x"]);
  const exe = localCPython310();
  if (!exe) return void t.diagnostic("no local CPython 3.10: not compared with it");
  for (const flags of cases) assert.equal(dislab([...flags, "-c", code]).stdout, spawnSync(exe as string, [...flags, "-c", code], { encoding: "utf8" }).stdout, flags.join(" "));
});

test("-O and -OO compile the program, its imports and compile() without asserts and __debug__ blocks (and docstrings), as python3.10 -O/-OO", (t) => {
  const dir = join(work, "optimize");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "optmod.py"), '"""module doc"""\ndef f():\n    """f doc"""\n    assert False, "assert ran"\n    return "ok"\n');
  writeFileSync(join(dir, "main.py"), [
    "import sys, optmod",
    "print(sys.flags.optimize, __debug__, optmod.__doc__, optmod.f.__doc__, optmod.__cached__.split('/')[-1])",
    "try:\n    print(optmod.f())\nexcept AssertionError as e:\n    print('AssertionError', e)",
    "if __debug__:\n    print('debug block')",
    "try:\n    exec(compile('assert 0', 's', 'exec')); print('compile() dropped the assert')\nexcept AssertionError:\n    print('compile() kept the assert')",
    "",
  ].join("\n"));
  const expected: Record<string, string> = {
    "": "0 True module doc f doc optmod.cpython-310.pyc\nAssertionError assert ran\ndebug block\ncompile() kept the assert\n",
    "-O": "1 False module doc f doc optmod.cpython-310.opt-1.pyc\nok\ncompile() dropped the assert\n",
    "-OO": "2 False None None optmod.cpython-310.opt-2.pyc\nok\ncompile() dropped the assert\n",
  };
  const exe = localCPython310();
  for (const [flag, out] of Object.entries(expected)) {
    const args = flag ? [flag, "main.py"] : ["main.py"];
    assert.equal(dislab(args, dir).stdout, out, flag);
    if (exe) assert.equal(spawnSync(exe as string, ["-B", ...args], { cwd: dir, encoding: "utf8" }).stdout, out, `CPython ${flag}`);
  }
  if (!exe) t.diagnostic("no local CPython 3.10: not compared with it");
});

test("-b/-bb, -d, -R, -x, PYTHONHASHSEED and --check-hash-based-pycs act as python3.10's", (t) => {
  const dir = join(work, "more-options");
  mkdirSync(dir, { recursive: true });
  // -b: str() of bytes and == between bytes and str or int warn (once per line, as the default action does); -bb: an error
  writeFileSync(join(dir, "bw.py"), [
    "import sys",
    "print(str(b'a'), b'a' == 'a', b'' != 1, bytearray(b'x') == 'x', bytearray() == 1, '%s' % bytearray(b'z'))",
    "print(sys.flags.bytes_warning, sys.warnoptions)",
    "",
  ].join("\n"));
  // -x: the first line goes, line numbers stay
  writeFileSync(join(dir, "x.py"), "this line is not Python\nimport sys\nprint(sys._getframe().f_lineno)\n");
  // --check-hash-based-pycs: a checked-hash .pyc whose source changed since
  writeFileSync(join(dir, "hashmod.py"), "X = 'old'\n");
  assert.equal(dislab(["compile", "--invalidation-mode", "checked-hash", "hashmod.py"], dir).status, 0);
  writeFileSync(join(dir, "hashmod.py"), "X = 'new'\n");
  const run = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [join(projectRoot, "bin", "dislab.js"), ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env } });
    return `${r.status} ${r.stdout}${r.stderr}`;
  };
  const hashCode = "import sys; print(hash('a'), sys.flags.hash_randomization)";
  const cases: [string[], Record<string, string>, string][] = [
    [["-b", "bw.py"], {}, [
      "0 b'a' False True False False bytearray(b'z')", "1 ['default::BytesWarning']",
      ...["str() on a bytes instance", "Comparison between bytes and string", "Comparison between bytes and int", "Comparison between bytearray and string", "str() on a bytearray instance"]
        .map((m) => `${dir}/bw.py:2: BytesWarning: ${m}\n  print(str(b'a'), b'a' == 'a', b'' != 1, bytearray(b'x') == 'x', bytearray() == 1, '%s' % bytearray(b'z'))`),
    ].join("\n") + "\n"],
    [["-bb", "-W", "ignore", "bw.py"], {}, `1 Traceback (most recent call last):\n  File "${dir}/bw.py", line 2, in <module>\n    print(str(b'a'), b'a' == 'a', b'' != 1, bytearray(b'x') == 'x', bytearray() == 1, '%s' % bytearray(b'z'))\nBytesWarning: str() on a bytes instance\n`],
    [["bw.py"], {}, "0 b'a' False True False False bytearray(b'z')\n0 []\n"],
    [["-d", "-c", "import sys; print(sys.flags.debug)"], {}, "0 1\n"],
    [["-x", "x.py"], {}, "0 3\n"],
    [["-c", hashCode], { PYTHONHASHSEED: "5" }, "0 -4032211357369241816 1\n"],
    [["-c", "pass"], { PYTHONHASHSEED: "abc" }, '1 Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]\nPython runtime state: preinitialized\n\n'],
    [["--check-hash-based-pycs", "never", "-c", "import hashmod, _imp; print(hashmod.X, _imp.check_hash_based_pycs)"], {}, "0 old never\n"],
    [["--check-hash-based-pycs", "default", "-c", "import hashmod; print(hashmod.X)"], {}, "0 new\n"],
  ];
  for (const [args, env, expected] of cases) assert.equal(run(args, env), expected, args.join(" "));
  // -E ignores PYTHONHASHSEED: dislab's default key is seed 0's (CPython's would be random)
  assert.equal(run(["-E", "-c", hashCode], { PYTHONHASHSEED: "5" }), "0 -7583489610679606711 0\n");
  // -R draws a random key, whatever PYTHONHASHSEED says
  assert.match(run(["-R", "-c", hashCode], { PYTHONHASHSEED: "0" }), /^0 -?\d+ 1\n$/);
  assert.notEqual(run(["-R", "-c", hashCode]), run(["-R", "-c", hashCode]));
  const exe = localCPython310();
  if (!exe) return void t.diagnostic("no local CPython 3.10: not compared with it");
  for (const [args, env, expected] of cases) {
    const r: { stdout: string; stderr: string; status: number | null } = spawnSync(exe as string, args, { cwd: dir, encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1", ...env } });
    assert.equal(`${r.status} ${r.stdout}${r.stderr}`, expected, `CPython ${args.join(" ")}`);
  }
});

test("license() prints the text of CPython's LICENSE.txt (dist/stdlib/LICENSE.txt), as python3.10 does", async () => {
  const path = "test/cli/license.py";
  const theirs = (await new ProgramOracle().ready()).run({ path, args: [], stdin: "", exit: 0 });
  const r = dislab(["run", path]);
  assert.ok(theirs.stdout.split("\n").length > 250);
  assert.deepEqual({ stdout: r.stdout, stderr: r.stderr, exitCode: r.status }, { stdout: theirs.stdout, stderr: theirs.stderr, exitCode: theirs.exitCode });
});

test("-c CODE runs the code with sys.argv ['-c', ...]", () => {
  const r = dislab(["-c", "import sys; print(sys.argv[0], sys.argv[1:]); raise SystemExit(3)", "a"]);
  assert.equal(r.stdout, "-c ['a']\n");
  assert.equal(r.status, 3);
});

test("the shebang's V8 flags run the command, and the function its --turbo-filter names is the bundle's eval loop", () => {
  const flags = /^#!.*?\bnode((?: --[\w-]+=\S+)*)$/m.exec(readFileSync(join(projectRoot, "bin", "dislab.js"), "utf8"))?.[1]?.trim().split(" ") ?? [];
  const r = spawnSync(process.execPath, [...flags, join(projectRoot, "bin", "dislab.js"), "-c", "import json; print(json.dumps([1]))"], { encoding: "utf8" });
  assert.equal(r.stdout + r.stderr, "[1]\n");
  const filtered = flags.find((f) => f.startsWith("--turbo-filter=-"))?.slice("--turbo-filter=-".length);
  assert.equal(filtered, "runFrame");
  assert.match(readFileSync(join(projectRoot, "dist", "cli", "dislab.cjs"), "latin1"), /\bfunction runFrame\(/);
});

test("errors found after parsing show the file's line, as python3.10 -m py_compile (local CPython 3.10)", (t) => {
  const exe = localCPython310();
  if (!exe) {
    t.skip("no local CPython 3.10: the oracle cannot read host files for SyntaxError.text");
    return;
  }
  const sources: [string, string][] = [["ret.py", "x = 1\nreturn x\n"], ["nl.py", "def f():\n    nonlocal q\n"], ["fut.py", "x = 1\nfrom __future__ import braces\n"]];
  for (const [name, source] of sources) {
    const file = join(work, name);
    writeFileSync(file, source);
    const ours = dislab(["compile", file]);
    const theirs: { stderr: string; status: number | null } = spawnSync(exe as string, ["-m", "py_compile", file], { encoding: "utf8" });
    assert.equal(ours.stderr, theirs.stderr, name);
    assert.equal(ours.status, theirs.status, name);
  }
});

test("PYTHONPATH's entries follow sys.path[0] as python3.10 puts them (made absolute and unique by site, as written with -S, ignored with -E and -I), and modules import from them (local CPython 3.10)", (t) => {
  const exe = localCPython310();
  if (!exe) return void t.diagnostic("no local CPython 3.10: not compared with it");
  const dir = join(work, "pythonpath");
  mkdirSync(join(dir, "lib"), { recursive: true });
  writeFileSync(join(dir, "lib", "frompath.py"), "WHERE = 'lib'\n");
  // the standard library's own entries differ (dist/stdlib against CPython's prefix): only the others are printed
  const code = "import sys, os\ntry:\n    import frompath; print(frompath.WHERE)\nexcept ImportError as e: print(e)\nprint([p for p in sys.path if p in ('', '/abs/x') or p.startswith(os.getcwd()) or not p.startswith('/')])";
  const env = { ...process.env, PYTHONPATH: "lib::/abs/x:./sub/../lib/:lib" };
  for (const flags of [[], ["-S"], ["-E"], ["-I"], ["-s"]]) {
    const ours: { stdout: string; stderr: string } = spawnSync(process.execPath, [join(projectRoot, "bin", "dislab.js"), ...flags, "-c", code], { cwd: dir, encoding: "utf8", env });
    const theirs: { stdout: string; stderr: string } = spawnSync(exe as string, [...flags, "-c", code], { cwd: dir, encoding: "utf8", env });
    assert.equal(ours.stderr, theirs.stderr, flags.join(" "));
    assert.equal(ours.stdout, theirs.stdout, flags.join(" "));
  }
});
