# sys.getsizeof of a buffered stream counts its buffer while it is allocated: from __init__
# (re-initialising takes the new size) until close() frees it; detach() keeps it.
import io
import sys

reader = io.BufferedReader(io.BytesIO(b"abc"), buffer_size=4096)
base = sys.getsizeof(reader) - 4096
reader.__init__(io.BytesIO(b"x"), buffer_size=8192)
print("re-initialised:", sys.getsizeof(reader) - base)
reader.close()
print("closed:", sys.getsizeof(reader) - base)
reader.close()
print("closed twice:", sys.getsizeof(reader) - base)

for kind in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    stream = kind(io.BytesIO(), buffer_size=100)
    before = sys.getsizeof(stream)
    stream.close()
    print(kind.__name__, "frees", before - sys.getsizeof(stream))

blank = io.BufferedReader.__new__(io.BufferedReader)
print("never initialised:", sys.getsizeof(blank) - base)

detached = io.BufferedReader(io.BytesIO(b"abc"), 10)
detached.detach()
print("detached:", sys.getsizeof(detached) - base)

writer = io.BufferedWriter(io.BytesIO(), 50)
writer.write(b"12345")
print("pending writes do not count:", sys.getsizeof(writer) - base)
