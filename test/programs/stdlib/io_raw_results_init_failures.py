# What a raw stream's readinto() returns that is not a size: OSError "raw readinto() failed"
# caused by the TypeError/ValueError; a TextIOWrapper whose __init__ fails after its arguments are
# parsed is uninitialized (read and repr raise); TextIOWrapper writes what is pending before it
# would outgrow the chunk size; an opener's bad descriptor is EBADF; BufferedRWPair.close()
# closes both and chains the writer's error to the reader's.
import errno
import io


def attempt(f, *args, **kw):
    try:
        return repr(f(*args, **kw))
    except Exception as e:
        return f"{type(e).__name__}: {e} (cause {type(e.__cause__).__name__}, context {type(e.__context__).__name__}, suppress {e.__suppress_context__})"


print("-- raw readinto results")
keep = []
for v in [b"", 2.5, -1, None, 2**70, -(2**70), "x", [1]]:
    rawio = io.BufferedReader(io.BytesIO(b"12"))
    rawio.readinto = lambda buf, v=v: v
    bufio = io.BufferedReader(rawio, buffer_size=16)
    keep.append(bufio)
    print(repr(v))
    for f, args in [(bufio.readline, ()), (bufio.read, (1,)), (bufio.readinto, (bytearray(3),)), (bufio.peek, ()), (bufio.read1, (5,))]:
        print("   ", f.__name__, attempt(f, *args))


class Index:
    def __index__(self):
        return 2


rawio = io.BufferedReader(io.BytesIO(b"12"))
rawio.readinto = lambda buf: (buf.__setitem__(slice(0, 2), b"ok"), Index())[1]
print(attempt(io.BufferedReader(rawio).read, 2))

print("-- TextIOWrapper.__init__ failing")
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
t.detach()
print(repr(t))
t = io.TextIOWrapper.__new__(io.TextIOWrapper)
print(attempt(repr, t), attempt(t.read))
for kw in [dict(newline="xyzzy"), dict(encoding=5), dict(encoding="nope"), dict(errors=5), dict(encoding="a\0b"),
           dict(newline=5), dict(encoding="utf-8", errors="strict")]:
    t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
    print(kw, attempt(t.__init__, io.BytesIO(b"xyz"), **kw), attempt(t.read), attempt(repr, t))
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
print(attempt(t.__init__), t.read())
r = io.BytesIO(b"\xc3\xa9\n\n")
b = io.BufferedReader(r, 1000)
t = io.TextIOWrapper(b, encoding="utf-8")
print(attempt(t.__init__, b, encoding="utf-8", newline="xyzzy"), attempt(t.read))

print("-- pending writes and the chunk size")


class Raw(io.RawIOBase):
    def __init__(self, limit):
        self.stack = []
        self.limit = limit

    def writable(self):
        return True

    def write(self, data):
        if len(data) > self.limit:
            raise RuntimeError(f"write of {len(data)} bytes")
        self.stack.append(bytes(data))
        return len(data)


buf = Raw(8192)
t = io.TextIOWrapper(buf, encoding="ascii")
t.write("abc")
t.write("def")
print(buf.stack, t._CHUNK_SIZE)
print(attempt(t.write, "x" * 8193))
print(buf.stack)
t.write("ghi")
t.write("x" * 8192)
print([len(x) for x in buf.stack])
buf = Raw(100)
t = io.TextIOWrapper(buf, encoding="utf-8")
t._CHUNK_SIZE = 10
for piece in ["12345", "6789", "0", "abcdefghijk", "é" * 5, "zz", "y" * 7]:
    t.write(piece)
    print(repr(piece), [x.decode() for x in buf.stack])
t.flush()
print([x.decode() for x in buf.stack])

print("-- an opener's bad descriptor")
try:
    open("io_raw_results_init_failures.tmp", "w", opener=lambda name, flags: 12345)
except OSError as e:
    print(type(e).__name__, e.errno == errno.EBADF, e.filename)
try:
    io.FileIO(12345)
except OSError as e:
    print(type(e).__name__, e.errno == errno.EBADF, e.filename)

print("-- BufferedRWPair.close")


class RW(io.RawIOBase):
    def readable(self):
        return True

    def writable(self):
        return True


def reader_close():
    reader_non_existing


def writer_close():
    writer_non_existing


for rc, wc in [(reader_close, writer_close), (reader_close, None), (None, writer_close)]:
    r1, r2 = RW(), RW()
    if rc:
        r1.close = rc
    if wc:
        r2.close = wc
    pair = io.BufferedRWPair(r1, r2)
    try:
        pair.close()
        print("closed")
    except Exception as e:
        print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
    print(pair.closed, r1.closed, r2.closed)
    r1.close = lambda: None
    r2.close = lambda: None
