// Future imports against CPython 3.10's compile(): the CO_FUTURE_* flags a module gets, and the
// SyntaxErrors future.c raises (message and position). A future import after other statements
// on a later line is the code generator's error, so those sources only check ff_lineno here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Oracle } from "../../oracle/oracle.ts";
import { futureFeatures, parseFuture } from "../../../src/compiler/future.ts";
import { PyCF_MASK } from "../../../src/bytecode/flags.ts";
import { parse } from "../../../src/parser/index.ts";
import { PyError } from "../../../src/support/py-error.ts";

const SOURCES = [
  "x = 1",
  "from __future__ import annotations",
  "from __future__ import division, print_function, absolute_import, with_statement",
  "from __future__ import nested_scopes, generators, unicode_literals, generator_stop",
  "from __future__ import barry_as_FLUFL",
  "from __future__ import annotations as a, barry_as_FLUFL as b",
  "from __future__ import (annotations,\n  division)",
  "'''doc'''\nfrom __future__ import annotations",
  "'doc'\n'not doc'\nx = 1",
  "from __future__ import annotations; from __future__ import barry_as_FLUFL",
  "from .__future__ import annotations",
  "from __future__ import braces",
  "from __future__ import spam",
  "from __future__ import annotations, spam",
  "'doc'; from __future__ import eggs",
  "import os; from __future__ import annotations",
  "x = 1; from __future__ import annotations",
  "'doc'; x = 1; from __future__ import annotations",
  "  from __future__ import braces" .trim(),
  "from __future__ import " + "f".repeat(150),
  "from __future__ import ñame",
  "from __future__ import *",
];

/** Misplaced future imports that compile.c (compiler_from_import) rejects, not future.c. */
const CODEGEN_ERRORS = [
  "if 1:\n    from __future__ import annotations",
  "b'doc'\nfrom __future__ import annotations",
  "f'doc'\nfrom __future__ import annotations",
  "import os\nfrom __future__ import annotations",
];

test("future: flags and SyntaxErrors identical to compile()'s", async () => {
  const oracle = await (await Oracle.get()).ready();
  const bad: string[] = [];
  for (const src of SOURCES) {
    const want = oracle.compile(src);
    let got: unknown;
    try {
      got = { flags: parseFuture(parse(src, { filename: "<string>" }), "<string>") };
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      const s = e.syntax!;
      got = { msg: e.pyMessage, lineno: s.lineno, offset: s.offset, end_lineno: s.end_lineno, end_offset: s.end_offset };
    }
    const w = want.ok
      ? { flags: want.value.code.co_flags & PyCF_MASK }
      : { msg: want.error.msg, lineno: want.error.lineno, offset: want.error.offset, end_lineno: want.error.end_lineno, end_offset: want.error.end_offset };
    // `from __future__ import *` is the parser's error.
    if (!want.ok && !/future|not a chance/.test(want.error.msg)) continue;
    if (JSON.stringify(got) !== JSON.stringify(w)) bad.push(`${JSON.stringify(src)}: ${JSON.stringify(got)} != ${JSON.stringify(w)}`);
  }
  console.log(`future: ${SOURCES.length - bad.length}/${SOURCES.length} identical`);
  assert.deepEqual(bad, []);
});

test("future: a future import on a later line is left to the code generator", async () => {
  const oracle = await (await Oracle.get()).ready();
  for (const src of CODEGEN_ERRORS) {
    const want = oracle.compile(src);
    assert.ok(!want.ok && want.error.msg === "from __future__ imports must occur at the beginning of the file", src);
    const ff = futureFeatures(parse(src, { filename: "<string>" }), "<string>");
    assert.ok(ff.lineno === -1 || ff.lineno < want.error.lineno!, src);
  }
});

test("future: ff_lineno is the line of the last future import at the top", () => {
  const ff = (src: string) => futureFeatures(parse(src, { filename: "<string>" }), "<string>").lineno;
  assert.equal(ff("x = 1"), -1);
  assert.equal(ff("'doc'\nfrom __future__ import annotations\n\nfrom __future__ import division\nx = 1\nfrom __future__ import x"), 4);
  assert.equal(ff("from __future__ import annotations\nimport os\nfrom __future__ import division"), 1);
});
