# FileIO._blksize is the file's st_blksize, and open() sizes a file's buffer by it: a BufferedReader
# of a longer file reads ahead that much.
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "data.bin")
    with open(path, "wb") as out:
        out.write(bytes(range(256)) * 40)
    raw = io.FileIO(path)
    print("st_blksize == _blksize:", os.fstat(raw.fileno()).st_blksize == raw._blksize, raw._blksize)
    raw.close()
    with open(path, "rb") as f:
        print("raw _blksize:", f.raw._blksize)
        print("read ahead:", len(f.peek()), "read1:", len(f.read1()))
        print("after read1:", f.tell(), len(f.read1()), f.tell())
    with open(path, "rb", buffering=100) as f:
        print("buffering=100 read ahead:", len(f.peek()))
