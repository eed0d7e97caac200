# mmap.mmap(-1, n): anonymous memory as a file-like object, a sequence of bytes and a buffer;
# repr, access modes, the errors of bad arguments and of a closed map. (The page size and what
# mmap(2) itself refuses differ between the oracle's WebAssembly and Linux: test/modules/mmap.test.ts.)
import mmap, re


def t(f):
    try:
        return repr(f())
    except BaseException as e:
        return f"{type(e).__name__}: {e}"


print(mmap.error is OSError, mmap.ACCESS_DEFAULT, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY)
print(mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.MAP_ANON == mmap.MAP_ANONYMOUS, mmap.PROT_READ, mmap.PROT_WRITE, mmap.PROT_EXEC)
print(mmap.MADV_NORMAL, mmap.MADV_RANDOM, mmap.MADV_SEQUENTIAL, mmap.MADV_WILLNEED, mmap.MADV_DONTNEED)
print(mmap.ALLOCATIONGRANULARITY == mmap.PAGESIZE, mmap.PAGESIZE % 4096)

m = mmap.mmap(-1, 16)
print(repr(m), len(m), m.tell(), m.closed)
print(m.write(b"hello"), m.tell(), m.write(bytearray(b" world")), repr(m))
print(t(lambda: m.write(b"x" * 10)), t(lambda: m.write("text")), m.tell())
m.write_byte(ord("!"))
print(m[:], m[0], m[-1], m[3:8], m[::3], m[::-1][:4], m[20:], m[5:2])
m.seek(0)
print(m.read(5), m.read_byte(), m.read(None), m.read(), m.tell(), t(m.read_byte))
print(m.seek(2), m.tell(), m.seek(3, 1), m.tell(), m.seek(-4, 2), m.tell())
print(t(lambda: m.seek(-1)), t(lambda: m.seek(17)), t(lambda: m.seek(0, 3)), t(lambda: m.seek(1, 2)))
m.seek(0)
m[12:16] = b"\nab\n"
print(m.readline(), m.readline(), m.readline(), m.readline(), m.tell())
print(m.find(b"o"), m.find(b"o", 5), m.rfind(b"o"), m.find(b"zz"), m.find(b"l", -10, -3), m.rfind(b"l", 0, 4))
m.seek(4)
print(m.find(b"h"), m.find(b""), m.rfind(b""), m.find(b"", 9, 3), m.find(memoryview(b"wor")))
print(t(lambda: m.find("o")), t(lambda: m.find()), t(lambda: m.find(b"a", 1, 2, 3)))

m[0] = 72
m[1:3] = b"EL"
m[::5] = b"123s"
print(m[:], t(lambda: m.__setitem__(0, 256)), t(lambda: m.__setitem__(0, b"a")), t(lambda: m.__setitem__(99, 1)))
print(t(lambda: m.__setitem__(slice(0, 2), b"abc")), t(lambda: m.__setitem__(slice(0, 2), "ab")), t(lambda: m.__setitem__("a", 1)))
print(t(lambda: m.__delitem__(0)), t(lambda: m.__delitem__(slice(0, 1))), t(lambda: m["a"]), t(lambda: m[99]), t(lambda: m[-17]))
print(t(lambda: m[2**70]), t(lambda: m.__setitem__(0, 2**70)), t(lambda: m.__setitem__(0, 1.5)))
m.move(0, 8, 4)
print(m[:], t(lambda: m.move(10, 0, 7)), t(lambda: m.move(-1, 0, 1)), t(lambda: m.move(0, 0)))
print(t(lambda: m.write_byte(256)), t(lambda: m.write_byte(-1)), t(lambda: m.write_byte(b"a")))

# iteration is the sequence protocol's: bytes of length 1, not the ints m[i] gives
print(list(m)[:3], b"H" in m, 72 in m, list(reversed(m))[:2], type(iter(m)).__name__)
print(bytes(m)[:4], memoryview(m)[:3].tobytes(), memoryview(m).readonly, re.search(rb"[0-9]+", m).group())
print(t(lambda: hash(m) == hash(m)), m == m, t(lambda: m < m), t(lambda: m + m))

print(m.flush(), t(lambda: m.flush(0, 100)), t(lambda: m.flush(-1)), t(lambda: m.madvise(mmap.MADV_NORMAL)))
print(t(lambda: m.madvise(mmap.MADV_NORMAL, 16)), t(lambda: m.madvise(mmap.MADV_NORMAL, 0, -1)), t(lambda: m.madvise(mmap.MADV_NORMAL, 0, 1000)))
print(t(lambda: m.seek(pos=1)), t(lambda: m.read(1, 2)), t(lambda: m.read("a")), t(lambda: m.tell(1)), t(lambda: m.seek()))

view = memoryview(m)
print(t(m.close), repr(m)[:28])
view.release()
print(t(m.close), t(m.close), repr(m), m.closed)
for name in ["read_byte", "readline", "tell", "size", "flush", "__len__", "__enter__", "read", "seek"]:
    print(name, t(lambda: getattr(m, name)()))
print(t(lambda: m[0]), t(lambda: m[:]), t(lambda: bytes(m)), t(lambda: memoryview(m)), t(lambda: list(m)), t(lambda: m.write(b"")))

r = mmap.mmap(-1, 4, prot=mmap.PROT_READ)
print(repr(r), t(lambda: r.write(b"a")), t(lambda: r.__setitem__(0, 1)), t(lambda: r.move(0, 1, 1)), t(lambda: r.resize(8)))
print(memoryview(r).readonly, t(lambda: memoryview(r).__setitem__(0, 1)), r.flush())
w = mmap.mmap(-1, 4, prot=mmap.PROT_WRITE)
c = mmap.mmap(-1, 4, access=mmap.ACCESS_COPY)
print(repr(w), repr(c), t(lambda: c.resize(8)))
print(repr(mmap.mmap(-1, 4, access=mmap.ACCESS_READ)), repr(mmap.mmap(-1, 4, flags=mmap.MAP_PRIVATE)))
with mmap.mmap(-1, 3) as cm:
    cm[:] = b"abc"
    print(cm[:], cm.closed)
print(cm.closed, t(lambda: cm.__enter__()))


class Sub(mmap.mmap):
    pass


s = Sub(-1, 2)
s.extra = 1
print(repr(s), s.extra, isinstance(s, mmap.mmap), len(s))
# a subclass's sequence item is its __getitem__ (slot_sq_item): iteration gives ints there
s[:] = b"ab"
print(list(s), b"a" in s, 98 in s, list(reversed(s)))

for args, kw in [((), {}), ((-1,), {}), ((-1, -1), {}), ((-1, 4), {"offset": -1}), ((-1, 4), {"access": 7}),
                 ((-1, 4), {"access": mmap.ACCESS_READ, "prot": mmap.PROT_READ}), ((-1, 4), {"access": mmap.ACCESS_WRITE, "flags": mmap.MAP_PRIVATE}),
                 (("x", 4), {}), ((-1, 1.5), {}), ((-1, 2**64), {}), ((-1, 4, 1, 2, 3, 4, 5), {}), ((-1, 4), {"bogus": 1}),
                 ((-1, 4, 1), {"flags": 1})]:
    print(t(lambda: mmap.mmap(*args, **kw)))
