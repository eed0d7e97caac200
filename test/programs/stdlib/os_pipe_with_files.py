# Pipe ends and files opened after them never share a descriptor number: data written to each
# goes where it should, and closing one leaves the others working.
import os
import tempfile

r, w = os.pipe()
base = tempfile.mkdtemp()
path = os.path.join(base, "data.txt")
f = open(path, "w")
g = open(os.path.join(base, "other.txt"), "wb")
print(len({r, w, f.fileno(), g.fileno()}))
os.write(w, b"through the pipe")
f.write("into the file")
g.write(b"other")
f.close()
print(os.read(r, 100))
with open(path) as f2:
    print(f2.read(), f2.fileno() not in (r, w, g.fileno()))
os.close(w)
g.close()
r2, w2 = os.pipe()
print(len({r, r2, w2}))
os.write(w2, b"second")
print(os.read(r2, 10))
for fd in (r, r2, w2):
    os.close(fd)
