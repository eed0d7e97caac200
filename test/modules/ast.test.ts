// _ast and compile() against CPython 3.10.2 (cases/ast_cases.py: the node classes, their
// constructors, ast2obj of every node kind, obj2ast and the validator's errors, compile/exec/eval
// arguments), and the converters' round trip: for standard library modules, compiling the _ast
// tree gives the same code object as compiling the source.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compare, describe, dislabOutput } from "./harness.ts";
import { stdlibCorpus } from "../oracle/oracle.ts";

const cases = join(import.meta.dirname, "cases");

test("_ast and compile(): every case identical to CPython", async () => {
  const c = await compare(readFileSync(join(cases, "ast_cases.py"), "utf8"), true);
  assert.equal(c.diffs.length, 0, describe(c, 20));
});

const ROUND_TRIP = `
import ast
def same(a, b):
    if a.co_code != b.co_code or a.co_names != b.co_names or a.co_varnames != b.co_varnames or a.co_linetable != b.co_linetable:
        return False
    if len(a.co_consts) != len(b.co_consts):
        return False
    for x, y in zip(a.co_consts, b.co_consts):
        if hasattr(x, "co_code"):
            if not same(x, y):
                return False
        elif type(x) is not type(y) or (x != y and x == x):
            return False
    return True
for name, src in SOURCES.items():
    tree = compile(src, name, "exec", ast.PyCF_ONLY_AST)
    print(name, same(compile(src, name, "exec"), compile(tree, name, "exec")), ast.dump(ast.parse(ast.unparse(tree))) == ast.dump(tree))
`;

test("ast2obj + obj2ast: compiling the _ast tree of a stdlib module gives the source's code object", async () => {
  const { root } = await stdlibCorpus();
  const names = ["pprint.py", "string.py", "textwrap.py", "colorsys.py", "bisect.py"];
  const sources = Object.fromEntries(names.map((n) => [n, readFileSync(join(root, n), "utf8")]));
  const out = dislabOutput(`SOURCES = ${JSON.stringify(sources)}\n${ROUND_TRIP}`, root).trim().split("\n");
  assert.deepEqual(out, names.map((n) => `${n} True True`), out.join("\n"));
});

test("compile() of mutated _ast trees raises Python exceptions only", async () => {
  const { root } = await stdlibCorpus();
  const out = dislabOutput(readFileSync(join(cases, "ast_fuzz.py"), "utf8"), root).trim();
  assert.equal(out, "bad 0");
});
