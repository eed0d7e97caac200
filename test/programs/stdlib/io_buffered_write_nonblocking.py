# BufferedWriter.write(): data that fits is only buffered (even when it fills the buffer), the
# buffer is written out when new data does not fit, large data goes straight to the raw stream;
# a raw stream that would block (write() returning None) leaves as much buffered as fits, and
# BlockingIOError.characters_written says how much of the data was taken.
import io


class NonBlocking(io.RawIOBase):
    def __init__(self):
        self.stack = []
        self.blocker = None

    def writable(self):
        return True

    def seekable(self):
        return True

    def seek(self, pos, whence=0):
        return 0

    def write(self, b):
        b = bytes(b)
        if self.blocker:
            n = b.find(self.blocker)
            if n > 0:
                self.stack.append(b[:n])
                return n
            if n == 0:
                self.blocker = None
                return None
        self.stack.append(b)
        return len(b)

    def pop(self):
        s = b"".join(self.stack)
        self.stack.clear()
        return s


def write(bufio, data):
    try:
        return bufio.write(data)
    except BlockingIOError as e:
        return f"BlockingIOError{e.args[1:]} characters_written={e.characters_written}"


raw = NonBlocking()
w = io.BufferedWriter(raw, 4)
for data in [b"abcd", b"e", b"fgh", b"", b"ijklmnopq", b"r", b"stuvwxyz"]:
    print(data, w.write(data), list(raw.stack))
w.flush()
print(raw.pop())

raw = NonBlocking()
bufio = io.BufferedWriter(raw, 8)
print(write(bufio, b"abcd"), write(bufio, b"efghi"), list(raw.stack))
raw.blocker = b"k"
print(write(bufio, b"jklmn"), list(raw.stack))
raw.blocker = b"0"
print(write(bufio, b"opqrwxyz0123456789"))
print(raw.pop())
print(write(bufio, b"ABCDEFGHI"), raw.pop())
raw.blocker = b"X"
print(write(bufio, b"12X45"), list(raw.stack))
print(write(bufio, b"abcdefgh"))
print(write(bufio, b"more"))
bufio.flush()
print(raw.pop())
raw.blocker = b"Q"
print(write(bufio, b"xyQ"), write(bufio, b"z" * 20), raw.pop())
bufio.flush()
print(raw.pop())

print("-- BufferedRandom")
raw = io.BytesIO(b"0123456789")
r = io.BufferedRandom(raw, 4)
print(r.write(b"ab"), raw.getvalue(), r.write(b"cd"), raw.getvalue(), r.write(b"e"), raw.getvalue())
print(r.read(2), raw.getvalue(), r.tell())
