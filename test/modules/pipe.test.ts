// os.pipe and what works over its descriptors, with no file system granted (a pipe touches nothing
// of the host). The oracle's Emscripten pipes differ from Linux's (no end of file, no EPIPE, no fstat,
// open() over one aborts Pyodide), so test/programs/stdlib/os_pipe*.py cover only what they agree on,
// and WANT below is what native CPython 3.10.13 on Linux printed for PROGRAM
// (/root/.pyenv/versions/3.10.13/bin/python3.10 prog.py), written down once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runWithStdlib } from "../vm/run-with-stdlib.ts";

const run = (source: string) => runWithStdlib(source);

const PROGRAM = `import os, select, stat
def attempt(name, f):
    try:
        print(name, repr(f()))
    except OSError as e:
        print(name, type(e).__name__, e)
r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
st = os.fstat(r)
print(stat.S_ISFIFO(st.st_mode), stat.S_IMODE(st.st_mode), st.st_size, st.st_nlink)
os.write(w, b"last")
os.close(w)
print(os.read(r, 2), os.read(r, 10), os.read(r, 10), select.select([r], [], [], 0) == ([r], [], []))
os.close(r)
r, w = os.pipe()
os.close(r)
attempt("write broken", lambda: os.write(w, b"x"))
print(select.select([], [w], [], 0) == ([], [w], []))
os.close(w)
r, w = os.pipe()
with open(w, "w", encoding="utf-8") as f:
    print(f.mode, f.seekable(), f.isatty(), f.writable(), f.readable())
    f.write("line one\\nline two\\n\\u00e9t\\u00e9\\n")
with os.fdopen(r, encoding="utf-8") as f:
    print(f.readline(), f.read().splitlines())
r, w = os.pipe()
raw = open(r, "rb", buffering=0)
with open(w, "wb") as f:
    f.write(b"0123456789")
print(raw.read(4), raw.readall(), raw.read(1))
raw.close()
r, w = os.pipe()
d = os.dup(w)
print(os.get_inheritable(d))
os.close(w)
os.write(d, b"via dup")
r2, w2 = os.pipe()
print(os.dup2(d, w2), os.get_inheritable(w2), os.dup2(d, w2, inheritable=False), os.get_inheritable(w2))
os.write(w2, b" and dup2")
os.close(d)
print(os.read(r, 100))
os.close(w2)
print(os.read(r, 100), os.read(r2, 100) if False else "")
r, w = os.pipe2(os.O_NONBLOCK)
print(os.get_blocking(r), os.get_blocking(w), os.get_inheritable(r))
attempt("empty", lambda: os.read(r, 1))
sizes = []
for n in [1000] * 70:
    try:
        sizes.append(os.write(w, b"x" * n))
    except BlockingIOError as e:
        sizes.append(e.errno)
print(sum(s for s in sizes if s > 11), sizes[-8:], select.select([r], [w], [], 0) == ([r], [], []))
attempt("read 5000", lambda: len(os.read(r, 5000)))
attempt("write 10000", lambda: os.write(w, b"y" * 10000))
attempt("write 100", lambda: os.write(w, b"z" * 100))
attempt("read all", lambda: len(os.read(r, 1 << 20)))
attempt("write 10000", lambda: os.write(w, b"y" * 10000))
print(os.pipe2(os.O_CLOEXEC) is not None)
attempt("pipe2 bad", lambda: os.pipe2(1))
bw = open(w, "wb", closefd=False)
try:
    bw.write(b"q" * 200000)
    bw.flush()
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e.characters_written)
`;

const WANT = `False False True
True 384 0 1
b'la' b'st' b'' True
write broken BrokenPipeError [Errno 32] Broken pipe
True
w False False True False
line one
 ['line two', 'été']
b'0123' b'456789' b''
False
6 True 6 False
b'via dup and dup2'
b'' 
False False True
empty BlockingIOError [Errno 11] Resource temporarily unavailable
64000 [1000, 1000, 11, 11, 11, 11, 11, 11] True
read 5000 5000
write 10000 4096
write 100 BlockingIOError [Errno 11] Resource temporarily unavailable
read all 63096
write 10000 10000
True
pipe2 bad OSError [Errno 22] Invalid argument
BlockingIOError 11 57344
`;

test("os.pipe behaves as Linux's pipe under CPython 3.10 (end of file, EPIPE, 16 pages, open(), dup, select)", () => {
  const r = run(PROGRAM);
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, WANT);
});

// Where CPython would wait for ever (no other thread could read or write the pipe), dislab raises.
test("a blocking pipe end raises RuntimeError where CPython would hang", () => {
  const r = run(`import os
r, w = os.pipe()
for f in [lambda: os.read(r, 1), lambda: os.write(w, b"x" * 70000), lambda: open(r, "rb").read()]:
    try:
        f()
    except RuntimeError as e:
        print(str(e).split(":")[0])
os.set_blocking(r, False)
try:
    os.read(r, 10)
except BlockingIOError:
    print("nothing was written")
`);
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "deadlock\ndeadlock\ndeadlock\nnothing was written\n");
});
