# zlib.compress and compressobj must give CPython's exact bytes: every level, strategies, window
# and memory sizes, flush modes mid-stream, preset dictionaries, inputs around 32/64 KiB.
import hashlib
import random
import zlib


def show(tag, data):
    if len(data) <= 48:
        print(tag, data.hex())
    else:
        print(tag, len(data), hashlib.md5(data).hexdigest())


random.seed(20261201)
words = [b'alpha ', b'beta ', b'gamma ', b'delta\n', b'epsilon ', b'zeta ', b'x', b'yy', b'lorem ipsum ']
text = b''.join(random.choice(words) for _ in range(30000))
noise = bytes(random.getrandbits(8) for _ in range(70000))
inputs = {
    'empty': b'',
    'one': b'Q',
    'short': b'hello hello hello hello',
    'bytes256': bytes(range(256)) * 3,
    'text1k': text[:1000],
    'text32k-1': text[:32767],
    'text32k+1': text[:32769],
    'text64k': text[:65536],
    'text': text,
    'noise': noise,
    'mixed': text[:40000] + noise[:20000] + text[40000:90000] + b'\0' * 30000,
    'runs': b'ab' * 40000 + b'c' * 70000,
}

for name, data in inputs.items():
    for level in range(-1, 10):
        z = zlib.compress(data, level)
        assert zlib.decompress(z) == data
        show(f'compress {name} {level}', z)

for name in ('short', 'text32k+1', 'mixed', 'runs'):
    data = inputs[name]
    for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
        for level in (1, 5, 9):
            c = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, strategy)
            show(f'strategy {name} {strategy} {level}', c.compress(data) + c.flush())
    for wbits, mem in ((9, 1), (10, 3), (12, 9), (-15, 8), (-9, 5), (31, 8), (25, 2)):
        c = zlib.compressobj(6, zlib.DEFLATED, wbits, mem)
        show(f'window {name} {wbits} {mem}', c.compress(data) + c.flush())

# Flushes in the middle of a stream, with input fed in pieces.
for level in (0, 1, 6, 9):
    c = zlib.compressobj(level)
    pieces = []
    for i, k in enumerate(range(0, len(text), 9000)):
        pieces.append(c.compress(text[k:k + 9000]))
        mode = (zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK)[i % 5]
        pieces.append(c.flush(mode))
    pieces.append(c.flush())
    print('flush piece sizes', level, [len(p) for p in pieces])
    show(f'flushes {level}', b''.join(pieces))
    assert zlib.decompress(b''.join(pieces)) == text

# A repeated sync flush adds nothing; copies continue independently.
c = zlib.compressobj()
print(c.compress(b'abcabcabc').hex(), c.flush(zlib.Z_SYNC_FLUSH).hex(), c.flush(zlib.Z_SYNC_FLUSH).hex())
d = c.copy()
print(c.compress(b'one').hex(), c.flush().hex())
print(d.compress(b'two').hex(), d.flush().hex())

# Preset dictionaries.
for zdict in (b'alpha beta gamma delta', text[:40000]):
    for level in (0, 1, 6, 9):
        for wbits in (15, -15):
            c = zlib.compressobj(level, zlib.DEFLATED, wbits, zdict=zdict)
            z = c.compress(text[:3000]) + c.flush()
            show(f'zdict {len(zdict)} {level} {wbits}', z)
            dec = zlib.decompressobj(wbits, zdict=zdict)
            assert dec.decompress(z) == text[:3000]
