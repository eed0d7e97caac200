# Decompress objects with an output limit: how much input zlib keeps (unconsumed_tail) at each
# limit, and how much output each piece of input yields, for stored, fast and lazy streams.
import zlib

data = b''.join(b'line %d of the zlib test\n' % i for i in range(3000))
for level in (0, 1, 6, 9):
    z = zlib.compress(data, level)
    for max_length in (1, 10, 100, 1000, 5000):
        d = zlib.decompressobj()
        out = d.decompress(z, max_length)
        print(level, max_length, len(out), len(d.unconsumed_tail), d.eof)
        out2 = d.decompress(d.unconsumed_tail, max_length * 3)
        print('   then', len(out2), len(d.unconsumed_tail))
    d = zlib.decompressobj()
    print('pieces', [len(d.decompress(z[i:i + 100])) for i in range(0, min(len(z), 1500), 100)])
    d = zlib.decompressobj()
    got = bytearray()
    tail = z
    while not d.eof:
        got += d.decompress(tail, 777)
        tail = d.unconsumed_tail
    print('loop', got == data, d.unused_data, d.unconsumed_tail)
