// mmap as Linux's CPython 3.10 shows it where the oracle (Pyodide: 64 KiB pages, Emscripten's
// msync-only file maps) cannot: PAGESIZE, stores through a shared map reaching the file before any
// flush() (write-through), a map outliving the descriptor it was made from, resize() of file and
// anonymous maps, what mmap(2), madvise(2) and msync(2) refuse, MADV_DONTNEED on private maps,
// EACCES for descriptors opened without the access a map needs, ENODEV for a pipe. The program
// runs under the local CPython 3.10 and dislab over a NodeFS, each in a fresh temporary directory,
// and over a MemoryFS, and must print the same. A store into the map's memory by a consumer of the
// writable buffer protocol (struct.pack_into, readinto) reaches the file only at flush()/close()/
// resize() in dislab (on Linux at once): the second test pins that down.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { NodeFS } from "../../src/cli/node-fs.ts";
import { MemoryFS } from "../../src/vm/memory-fs.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";
import { runWithStdlib } from "../vm/run-with-stdlib.ts";

const PROGRAM = `
import mmap, os


def t(f):
    try:
        return repr(f())
    except BaseException as e:
        return f"{type(e).__name__}: {e}"


def contents(p="f"):
    with open(p, "rb") as g:
        return g.read()


print(mmap.PAGESIZE, mmap.ALLOCATIONGRANULARITY, [n for n in sorted(dir(mmap)) if n.isupper()])
with open("f", "wb") as f:
    f.write(b"abcdefgh" * 2)
f = open("f", "r+b")
m = mmap.mmap(f.fileno(), 0)
f.close()
m[0:3] = b"XYZ"
m.seek(8)
m.write(b"12")
m[::4] = b"...."
print(contents())
mv = memoryview(m)
mv[3] = ord("!")
mv.release()
print(contents()[:4], m.flush(), contents()[:4])
m.resize(20)
print(len(m), os.path.getsize("f"), m[:], m.size())
m.resize(4)
print(os.path.getsize("f"), m[:], t(lambda: m.resize(0)), os.path.getsize("f"), len(m))
m.close()

a = mmap.mmap(-1, 10)
a[:2] = b"hi"
a.resize(8192)
print(len(a), a[:3], t(a.size))
print(t(lambda: mmap.mmap(-1, 0)), t(lambda: mmap.mmap(-1, 4, offset=100)), repr(mmap.mmap(-1, 4, offset=4096)))
print(t(lambda: mmap.mmap(-1, 4, flags=0)), t(lambda: mmap.mmap(-1, 4, flags=3)), t(lambda: mmap.mmap(-1, 2**62)))
print(t(lambda: a.madvise(999)), t(lambda: a.madvise(mmap.MADV_NORMAL, 1)), a.madvise(mmap.MADV_NORMAL, 4096))
print(t(lambda: a.madvise(mmap.MADV_NORMAL, 2, 2**63 - 1)), a.madvise(mmap.MADV_NORMAL, 0, 2**63 - 1))
print(t(lambda: a.flush(1, 2)), a.flush(4096, 10))
p = mmap.mmap(-1, 8192, flags=mmap.MAP_PRIVATE)
p[:3] = b"abc"
p[4100:4103] = b"def"
p.madvise(mmap.MADV_DONTNEED, 0, 10)
print(p[:3], p[4100:4103])
s = mmap.mmap(-1, 8192)
s[:3] = b"abc"
s.madvise(mmap.MADV_DONTNEED)
print(s[:3])

with open("ro", "wb") as g:
    g.write(b"1234")
fd = os.open("ro", os.O_RDONLY)
c = mmap.mmap(fd, 0, access=mmap.ACCESS_COPY)
c[:2] = b"ab"
print(t(lambda: mmap.mmap(fd, 0)), repr(mmap.mmap(fd, 0, access=mmap.ACCESS_READ)), c[:], c.flush())
c.madvise(mmap.MADV_DONTNEED)
print(c[:], t(lambda: mmap.mmap(fd, 0, flags=mmap.MAP_PRIVATE)))
os.close(fd)
print(contents("ro"), t(lambda: mmap.mmap(fd, 0)))
fd = os.open("ro", os.O_WRONLY)
print(t(lambda: mmap.mmap(fd, 0)))
os.close(fd)
r, w = os.pipe()
for end in (r, w):
    print([t(lambda: mmap.mmap(end, 4, access=a)) for a in (mmap.ACCESS_DEFAULT, mmap.ACCESS_READ, mmap.ACCESS_COPY)])
os.close(r)
os.close(w)
`;

test("mmap over a granted NodeFS prints what CPython 3.10 prints on Linux", (t) => {
  const exe = localCPython310();
  if (!exe) {
    t.skip("no local CPython 3.10");
    return;
  }
  const mine = mkdtempSync(join(tmpdir(), "dislab-mmap-"));
  const theirs = mkdtempSync(join(tmpdir(), "dislab-mmap-"));
  try {
    writeFileSync(join(theirs, "prog.py"), PROGRAM);
    const want = spawnSync(exe, ["prog.py"], { cwd: theirs, encoding: "utf8" });
    assert.equal(want.stderr, "");
    const got = runWithStdlib(PROGRAM, { fs: new NodeFS(mine) });
    assert.equal(got.stderr, "");
    assert.equal(got.stdout, want.stdout);
    // the same over the in-memory file system
    const mem = runWithStdlib(PROGRAM, { fs: new MemoryFS({ cwd: "/work" }) });
    assert.equal(mem.stderr, "");
    assert.equal(mem.stdout, want.stdout);
  } finally {
    rmSync(mine, { recursive: true, force: true });
    rmSync(theirs, { recursive: true, force: true });
  }
});

test("a store into a shared map's buffer by pack_into or readinto reaches the file at flush(), not before", () => {
  // (those write through the buffer protocol's memory directly; a memoryview's stores, the map's
  // own and these after a flush all reach the file at once, as on Linux)
  const src = `import mmap, struct, io
with open("f", "wb") as f:
    f.write(b"abcd")
f = open("f", "r+b")
m = mmap.mmap(f.fileno(), 0)
struct.pack_into("B", m, 0, ord("X"))
print(open("f", "rb").read())
m.flush()
print(open("f", "rb").read())
io.BytesIO(b"Y").readinto(memoryview(m)[1:2])
print(open("f", "rb").read())
io.BytesIO(b"Z").readinto(m)
m.close()
print(open("f", "rb").read())
`;
  const r = runWithStdlib(src, { fs: new MemoryFS({ cwd: "/work" }) });
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "b'abcd'\nb'Xbcd'\nb'Xbcd'\nb'ZYcd'\n");
});

test("mmap without a granted file system: anonymous maps work, a descriptor is EBADF", () => {
  const r = runWithStdlib(`import mmap
m = mmap.mmap(-1, 4)
m[:] = b"abcd"
print(m[:], bytes(m))
try:
    mmap.mmap(3, 4)
except OSError as e:
    print(type(e).__name__, e)
`);
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "b'abcd' b'abcd'\nOSError [Errno 9] Bad file descriptor\n");
});
