// C int arguments and timeouts where the oracle, a 32-bit build, answers otherwise (its C long is
// 32 bits, so getargs.c's "i" format overflows a long first; it has no epoll, and its descriptors are
// always inheritable): socket's and waitpid's "i" arguments, epoll's size and timeout checks,
// socket timeouts past _PyTime_t, and os.get_inheritable/set_inheritable on files opened by open()
// and os.open. Checked against a local 64-bit CPython 3.10; skipped when there is none.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runProgram } from "../../src/index.ts";
import { NodeFS } from "../../src/cli/node-fs.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";
import { STDLIB, readOrNull } from "../vm/run-with-stdlib.ts";

const SCRIPT = `
import socket
s = socket.socket()
tests = [lambda v: socket.socket(v), lambda v: socket.socket(socket.AF_INET, v), lambda v: socket.socket(socket.AF_INET, socket.SOCK_STREAM, v),
         lambda v: s.recv(1, v), lambda v: s.listen(v), lambda v: s.shutdown(v), lambda v: s.setsockopt(v, 1, 1), lambda v: s.setsockopt(1, 1, v),
         lambda v: s.getsockopt(v, 1), lambda v: s.send(b'', v), lambda v: socket.getaddrinfo('localhost', 80, v), lambda v: socket.socketpair(v),
         lambda v: s.settimeout(v)]
for f in tests:
    for v in (2**40, -2**40):
        try:
            f(v)
            print('ok')
        except Exception as e:
            print(type(e).__name__, e)
s.close()

import os, select
for f in (lambda v: os.waitpid(v, 0), lambda v: os.waitpid(0, v), select.epoll, lambda v: select.epoll(flags=v), lambda v: select.epoll().poll(1, v)):
    for v in (2**40, -2**40):
        try:
            f(v)
        except Exception as e:
            print(type(e).__name__, e)
e = select.epoll()
for t in ('x', 1j, float('nan'), 1e300, -1e300, 2**80, float('inf'), 2**31, -2**31 - 1, 2.0**31, 9223372037, -9223372037, True, 0.0001, -0.0):
    try:
        e.poll(t)
        print(repr(t), 'ok')
    except Exception as ex:
        print(repr(t), type(ex).__name__, ex)
s = socket.socket()
for v in (-2**40, -1e300, 2**40, -1, float('nan')):
    try:
        s.settimeout(v)
    except Exception as ex:
        print(type(ex).__name__, ex)
s.close()
import os, tempfile
print(os.get_inheritable(0), os.get_inheritable(1), os.get_inheritable(2))
path = os.path.join(tempfile.gettempdir(), 'dislab_inh_test.txt')
with open(path, 'w') as f:
    fd = f.fileno()
    print(os.get_inheritable(fd))
    os.set_inheritable(fd, True)
    print(os.get_inheritable(fd))
    os.set_inheritable(fd, 0)
    print(os.get_inheritable(fd))
    os.set_inheritable(fd, True)
try:
    os.get_inheritable(fd)
except OSError as e:
    print(e.errno == __import__('errno').EBADF, e)
fd = os.open(path, os.O_RDONLY)
print(os.get_inheritable(fd))
os.close(fd)
for bad in (-1, 'x', 2**40, 99):
    try:
        print(os.get_inheritable(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.set_inheritable(1, 'x')
except TypeError as e:
    print(e)
try:
    os.set_inheritable(99, True)
except OSError as e:
    print(e)
os.set_inheritable(2, False); print(os.get_inheritable(2)); os.set_inheritable(2, True)
os.unlink(path)
`;

test("C int arguments, timeouts and inheritable descriptors as 64-bit CPython 3.10", { skip: localCPython310() === null }, () => {
  const dir = mkdtempSync(join(tmpdir(), "dislab-int-args-"));
  try {
    const theirs = execFileSync(localCPython310()!, ["-c", SCRIPT], { cwd: dir, env: { ...process.env, TMPDIR: dir } }).toString();
    const stdlib = STDLIB;
    const ours = runProgram(SCRIPT, { filename: "<int-args>", path: [stdlib], readFile: readOrNull, fs: new NodeFS(), env: { TMPDIR: dir } });
    assert.equal(ours.stderr, "");
    assert.equal(ours.stdout, theirs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

