// The file systems and posix. MemoryFS must behave as the host's real file system does (the NodeFS
// over a temporary directory is the reference: Linux's answers, errno names included) for the same
// sequence of calls. Then a program using os over a granted MemoryFS must print what the local
// 64-bit CPython 3.10 prints for the same program over a real temporary directory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { MemoryFS } from "../../src/vm/memory-fs.ts";
import { NodeFS } from "../../src/cli/node-fs.ts";
import { O, type HostFS } from "../../src/vm/host-fs.ts";
import { runProgram } from "../../src/vm/index.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";
import { STDLIB, readOrNull } from "../vm/run-with-stdlib.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A script of HostFS calls; each returns what the call returned, made comparable. */
function script(fs: HostFS): string[] {
  const out: string[] = [];
  const log = (what: string, r: unknown) => out.push(`${what} -> ${r instanceof Uint8Array ? JSON.stringify(dec.decode(r)) : JSON.stringify(r)}`);
  const st = (r: ReturnType<HostFS["stat"]>) => (typeof r === "string" ? r : { type: r.mode & 0o170000, size: (r.mode & 0o170000) === 0o040000 ? "dir" : r.size });
  log("mkdir d", fs.mkdir("d", 0o755));
  log("mkdir d again", fs.mkdir("d", 0o755));
  log("mkdir missing/x", fs.mkdir("missing/x", 0o755));
  const fd = fs.open("d/f", O.WRONLY | O.CREAT | O.TRUNC, 0o644) as number;
  log("write", fs.write(fd, enc.encode("hello world")));
  log("lseek cur", fs.lseek(fd, 0, 1));
  log("lseek 6", fs.lseek(fd, 6, 0));
  log("write W", fs.write(fd, enc.encode("W")));
  log("lseek end+3", fs.lseek(fd, 3, 2));
  log("write gap", fs.write(fd, enc.encode("!")));
  log("read on write-only", fs.read(fd, 3));
  log("fstat", st(fs.fstat(fd)));
  log("ftruncate 5", fs.ftruncate(fd, 5));
  log("lseek negative", fs.lseek(fd, -100, 1));
  log("close", fs.close(fd));
  log("close again", fs.close(fd));
  const r = fs.open("d/f", O.RDONLY, 0) as number;
  log("read 3", fs.read(r, 3));
  log("read 100", fs.read(r, 100));
  log("read at end", fs.read(r, 5));
  log("write on read-only", fs.write(r, enc.encode("x")));
  fs.close(r);
  const a = fs.open("d/f", O.WRONLY | O.APPEND, 0) as number;
  fs.lseek(a, 0, 0);
  log("append", fs.write(a, enc.encode("++")));
  fs.close(a);
  log("stat d/f", st(fs.stat("d/f", true)));
  log("stat d", st(fs.stat("d", true)));
  log("stat d/f/x", st(fs.stat("d/f/x", true)));
  log("stat d/f/", st(fs.stat("d/f/", true)));
  log("stat nope", st(fs.stat("nope", true)));
  log("open excl", fs.open("d/f", O.WRONLY | O.CREAT | O.EXCL, 0o644));
  log("open dir for write", fs.open("d", O.WRONLY, 0));
  log("open missing", fs.open("d/none", O.RDONLY, 0));
  log("open under file", fs.open("d/f/x", O.RDONLY, 0));
  log("open O_DIRECTORY on file", fs.open("d/f", O.RDONLY | O.DIRECTORY, 0));
  const dfd = fs.open("d", O.RDONLY, 0) as number;
  log("read dir", fs.read(dfd, 10));
  fs.close(dfd);
  log("listdir d", (fs.listdir("d") as string[]).sort());
  log("listdir d/f", fs.listdir("d/f"));
  log("listdir nope", fs.listdir("nope"));
  log("mkdir d/sub", fs.mkdir("d/sub", 0o755));
  log("rmdir d (not empty)", fs.rmdir("d"));
  log("rmdir d/f (file)", fs.rmdir("d/f"));
  log("unlink d/sub (dir)", fs.unlink("d/sub"));
  log("unlink nope", fs.unlink("nope"));
  log("rename f -> g", fs.rename("d/f", "d/g"));
  log("rename nope", fs.rename("d/nope", "d/h"));
  log("rename file over dir", fs.rename("d/g", "d/sub"));
  log("rename dir over file", fs.rename("d/sub", "d/g"));
  log("rename dir into itself", fs.rename("d", "d/sub/d"));
  log("listdir after", (fs.listdir("d") as string[]).sort());
  log("chdir d/g", fs.chdir("d/g"));
  log("chdir nope", fs.chdir("nope"));
  log("chdir d", fs.chdir("d"));
  log("stat g from d", st(fs.stat("g", true)));
  log("stat ../d", st(fs.stat("../d", true)));
  log("chdir ..", fs.chdir(".."));
  log("readlink d/g", fs.readlink("d/g"));
  log("unlink d/g", fs.unlink("d/g"));
  log("rmdir d/sub", fs.rmdir("d/sub"));
  log("rmdir d", fs.rmdir("d"));
  log("listdir .", fs.listdir("."));
  return out;
}

test("MemoryFS answers every call as the real file system (NodeFS) does", () => {
  const dir = mkdtempSync(join(tmpdir(), "dislab-fs-"));
  try {
    const real = script(new NodeFS(dir));
    const mem = script(new MemoryFS({ cwd: "/work" }));
    assert.deepEqual(mem, real);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("without a granted file system, file calls raise PermissionError and getcwd is '/'", () => {
  const r = runProgram("import os\ntry:\n    os.listdir('.')\nexcept PermissionError as e:\n    print(e)\nprint(os.getcwd(), os.path.exists('x'))\n", {
    filename: "t.py", path: [STDLIB], readFile: readOrNull,
  });
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "[Errno 13] Permission denied: '.'\n/ False\n");
});

const PROGRAM = `
import os, stat, errno
os.mkdir("t")
os.makedirs("t/a/b", exist_ok=True)
fd = os.open("t/a/f", os.O_RDWR | os.O_CREAT, 0o600)
print(os.write(fd, b"abcdef"), os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 2), os.fstat(fd).st_size)
os.ftruncate(fd, 3)
os.close(fd)
print(os.stat("t/a/f").st_size, stat.S_ISREG(os.stat("t/a/f").st_mode), stat.S_ISDIR(os.lstat("t/a").st_mode))
print(sorted(os.listdir("t/a")), sorted(e.name for e in os.scandir("t/a")), sorted(os.listdir(b"t/a")))
for call in [lambda: os.mkdir("t"), lambda: os.rmdir("t/a"), lambda: os.stat("t/zz"), lambda: os.listdir("t/a/f"),
             lambda: os.open("t/a/f", os.O_CREAT | os.O_EXCL | os.O_WRONLY), lambda: os.unlink("t/a/b"), lambda: os.read(12345, 1),
             lambda: os.rename("t/zz", "t/yy"), lambda: os.stat(""), lambda: os.stat(3.5), lambda: os.stat("a\\0b"), lambda: os.fspath(1)]:
    try:
        call()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
os.chdir("t")
print(sorted(os.listdir()), os.path.isdir("a/b"))
os.chdir("..")
print([(os.path.relpath(d), sorted(ds), sorted(fs)) for d, ds, fs in sorted(os.walk("t"))])
os.rename("t/a/f", "t/g")
os.replace("t/g", "t/h")
os.remove("t/h")
os.rmdir("t/a/b")
os.rmdir("t/a")
os.rmdir("t")
print(os.path.exists("t"), os.strerror(errno.ENOENT), os.strerror(99999))
print(os.stat_result(range(10)), os.terminal_size((80, 24)), os.sep, os.curdir, os.name)
`;

test("os over a granted MemoryFS prints what CPython 3.10 prints over a real directory", (t) => {
  const exe = localCPython310();
  if (!exe) {
    t.skip("no local CPython 3.10");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "dislab-os-"));
  try {
    writeFileSync(join(dir, "prog.py"), PROGRAM);
    const want = spawnSync(exe, ["prog.py"], { cwd: dir, encoding: "utf8" });
    const got = runProgram(PROGRAM, {
      filename: "prog.py", path: [STDLIB], readFile: readOrNull, fs: new MemoryFS({ cwd: "/home/u" }),
    });
    assert.equal(got.stderr, want.stderr);
    assert.equal(got.stdout, want.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("os.confstr answers glibc's names as Linux CPython does, so platform.platform() needs no interpreter binary", () => {
  const r = runProgram(`import os, platform
print(os.confstr("CS_GNU_LIBC_VERSION"), os.confstr(os.confstr_names["CS_GNU_LIBPTHREAD_VERSION"]), os.confstr("CS_PATH"))
for name in ["NOPE", 99999, 1.5]:
    try:
        os.confstr(name)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
print(platform.libc_ver(), platform.platform().endswith("-with-glibc2.36"))
`, { filename: "confstr.py", path: [STDLIB], readFile: readOrNull });
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, `glibc 2.36 NPTL 2.36 /bin:/usr/bin
ValueError unrecognized configuration name
OSError [Errno 22] Invalid argument
TypeError configuration names must be strings or integers
('glibc', '2.36') True
`);
});
