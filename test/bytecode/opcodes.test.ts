import assert from "node:assert/strict";
import { test } from "node:test";
import * as op from "../../src/bytecode/opcodes.ts";
import { Oracle } from "../oracle/oracle.ts";

test("opcode table matches CPython 3.10's dis module", async () => {
  const info = (await (await Oracle.get()).ready()).info();
  assert.deepEqual(op.opmap, info.opmap);
  assert.equal(op.HAVE_ARGUMENT, info.HAVE_ARGUMENT);
  for (const k of ["hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree"] as const) {
    assert.deepEqual(op[k], info[k], k);
  }
  assert.deepEqual([...op.cmp_op], info.cmp_op);
  for (const row of op.OPCODES) assert.equal(row.arg === op.ArgKind.None, row.code < op.HAVE_ARGUMENT, row.name);
});
