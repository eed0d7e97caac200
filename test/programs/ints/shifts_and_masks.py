# Bit tricks used by real programs: masks, popcount, parity, bit reversal, gray codes.
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
for n in [0, 1, 5, 255, 1023, 2 ** 40 + 5, 2 ** 100 - 1]:
    print(n, popcount(n), n.bit_count(), reverse_bits(n & 0xFFFF, 16), n ^ (n >> 1), n & -n, (n & (n - 1)) == 0)
mask = (1 << 64) - 1
x = 0x0123456789ABCDEF
for i in range(8):
    x = ((x << 13) | (x >> 51)) & mask
    x ^= 0x9E3779B97F4A7C15
    x = (x * 0xBF58476D1CE4E5B9) & mask
    print(hex(x))
print([1 << i for i in range(0, 130, 13)])
print([(-1) << i for i in range(0, 80, 20)])
print([(2 ** 100) >> i for i in range(0, 120, 30)])
print(sum(1 << i for i in range(64)) == 2 ** 64 - 1)
