# getrandbits and randbytes for small and large sizes: the same words in the same order as CPython
# (randbytes(n) is getrandbits(8 * n).to_bytes(n, 'little')); large sizes once took minutes.
import random
r = random.Random(12345)
print([r.getrandbits(k) for k in (0, 1, 31, 32, 33, 63, 64, 65, 100, 200)])
print(r.getrandbits(1000) % 1000003, r.randbytes(37).hex())
b = r.randbytes(150000)
print(len(b), sum(b) % 9973, b[:8].hex(), b[-8:].hex())
x = r.getrandbits(1_000_001)
print(x.bit_length() <= 1_000_001, x % 999983)
r.seed("x")
print(r.getrandbits(96), r.random())
try:
    r.getrandbits(-1)
except ValueError as e:
    print(e)
