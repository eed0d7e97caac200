# mmap.mmap over a file the program makes in /tmp: the whole file (length 0) or a window at an
# offset of ALLOCATIONGRANULARITY, ACCESS_WRITE/DEFAULT stores that reach the file by flush() and
# close(), ACCESS_COPY stores that never do, ACCESS_READ, size(), and the file-size checks. (Only
# what the oracle's Emscripten file system agrees on with Linux: the file is read after flush or
# close, never in between, and the descriptor stays open while the map is used, as Emscripten's
# msync needs it; Linux's write-through and maps outliving their descriptor are in
# test/modules/mmap.test.ts.)
import mmap, os

root = "/tmp/dislab_mmap_file"
os.makedirs(root, exist_ok=True)
path = os.path.join(root, "data.bin")
G = mmap.ALLOCATIONGRANULARITY


def t(f):
    try:
        return repr(f())
    except BaseException as e:
        return f"{type(e).__name__}: {e}"


def contents():
    with open(path, "rb") as f:
        return f.read()


with open(path, "wb") as f:
    f.write(b"line one\nline two\nline three\n")

f = open(path, "r+b")
m = mmap.mmap(f.fileno(), 0)
print(repr(m), m.size(), m.readline(), m.readline(), m.find(b"three"))
m[0:4] = b"LINE"
m.seek(9)
m.write(b"LINE")
m[-2] = ord("E")
print(m[:12], m.flush())
print(contents())
m.close()
f.close()
print(contents(), repr(m))

with open(path, "r+b") as f:
    with mmap.mmap(f.fileno(), 8, access=mmap.ACCESS_WRITE) as m:
        m[:] = b"12345678"
        print(repr(m), m.size(), m[:])
print(contents())

with open(path, "r+b") as f:
    c = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
    c[:4] = b"copy"
    print(c[:10], c.flush(), t(lambda: c.resize(4)))
    c.close()
    p = mmap.mmap(f.fileno(), 0, flags=mmap.MAP_PRIVATE)
    p[:4] = b"priv"
    print(p[:10], repr(p)[:44])
    p.close()
print(contents())

with open(path, "rb") as f:
    r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    print(repr(r), t(lambda: r.write(b"x")), t(lambda: r.__setitem__(0, 1)), r.flush(), r[:8])
    print(bytes(memoryview(r)[:4]), memoryview(r).readonly)
    r.close()
    print(t(lambda: mmap.mmap(f.fileno(), 1000, access=mmap.ACCESS_READ)))
    print(t(lambda: mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ, offset=G)))
    print(t(lambda: mmap.mmap(f.fileno(), 1, access=mmap.ACCESS_READ, offset=G)))

# a window after the first ALLOCATIONGRANULARITY bytes
with open(path, "wb") as f:
    f.write(b"a" * G + b"window: here" + b"z" * 20)
with open(path, "r+b") as f:
    w = mmap.mmap(f.fileno(), 12, offset=G)
    print(repr(w).replace(str(G), "G"), w[:], w.size() == G + 32, w.find(b"here"))
    w[8:12] = b"HERE"
    w.close()
    z = mmap.mmap(f.fileno(), 0, offset=G)
    print(len(z), z[:], z.tell())
    z.close()
print(contents()[G - 2:G + 14])

open(path, "wb").close()
with open(path, "r+b") as f:
    print(t(lambda: mmap.mmap(f.fileno(), 0)), t(lambda: mmap.mmap(f.fileno(), 4)))
os.unlink(path)
os.rmdir(root)
