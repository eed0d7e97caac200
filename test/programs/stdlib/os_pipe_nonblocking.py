# A non-blocking pipe: reading it empty raises BlockingIOError, and FileIO.read returns None there.
import os

r, w = os.pipe()
print(os.get_blocking(r), os.get_blocking(w))
os.set_blocking(r, False)
print(os.get_blocking(r), os.get_blocking(w))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError")
f = open(r, "rb", buffering=0, closefd=False)
print(f.read(1), f.read(), f.readinto(bytearray(2)))
os.write(w, b"abcde")
print(f.read(1), f.readinto(bytearray(2)), f.read())
f.close()
os.close(r)
os.close(w)
