// The seed article's example, to the byte: `def hello(name): return f'Hello, {name}!'` compiles to
// the code object the article shows, and dis prints what CPython 3.10 prints for it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { CodeObject, compile, dis } from "../../src/index.ts";
import { normalizeAddresses } from "../dis/normalize.ts";
import { Oracle } from "../oracle/oracle.ts";

const SOURCE = "def hello(name):\n    return f'Hello, {name}!'\n";

test("hello.__code__ is the article's code object", () => {
  const module = compile(SOURCE, { filename: "<stdin>", mode: "exec" });
  const hello = module.co_consts.find((c): c is CodeObject => c instanceof CodeObject);
  assert.ok(hello);
  assert.deepEqual(hello.co_code, new Uint8Array(Buffer.from("d\x01|\x00\x9b\x00d\x02\x9d\x03S\x00", "latin1")));
  assert.deepEqual(hello.co_consts, [null, "Hello, ", "!"]);
  assert.deepEqual(hello.co_varnames, ["name"]);
  assert.equal(hello.co_name, "hello");
  assert.equal(hello.co_argcount, 1);
});

test("dis of the article's function equals CPython's", async () => {
  const oracle = await (await Oracle.get()).ready();
  const theirs = oracle.dis(SOURCE, "<stdin>");
  assert.ok(theirs.ok);
  assert.equal(normalizeAddresses(dis(compile(SOURCE, { filename: "<stdin>" }))), normalizeAddresses(theirs.value));
});
