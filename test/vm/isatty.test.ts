// The embedder says which standard streams are terminals (SessionOptions.isatty; the CLI asks
// node:tty): os.isatty, the streams' isatty() and os.device_encoding answer with it, and a terminal's
// stream is line-buffered as CPython's create_stdio makes it (python3.10 on a pty prints
// "True True True UTF-8" for stdout below; with pipes, as the default here, all False/None).
import assert from "node:assert/strict";
import { test } from "node:test";
import { createSession } from "../../src/index.ts";

const code = "import posix as os, sys\nfor fd, s in enumerate((sys.stdin, sys.stdout, sys.stderr)):\n    print(fd, os.isatty(fd), s.isatty(), s.buffer.isatty(), s.line_buffering, os.device_encoding(fd))\n";

function run(isatty?: (fd: 0 | 1 | 2) => boolean): string {
  let out = "";
  const s = createSession({ argv: ["-c"], isatty, onStdout: (t) => void (out += t) });
  s.run(code, { mode: "exec", filename: "<string>" });
  return out;
}

test("no terminal by default: pipes, stderr line-buffered", () => {
  assert.equal(run(), "0 False False False False None\n1 False False False False None\n2 False False False True None\n");
});

test("the streams the embedder calls terminals", () => {
  assert.equal(run(() => true), "0 True True True True UTF-8\n1 True True True True UTF-8\n2 True True True True UTF-8\n");
  assert.equal(run((fd) => fd === 1), "0 False False False False None\n1 True True True True UTF-8\n2 False False False True None\n");
});
