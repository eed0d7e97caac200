# Golden cases for zlib's deflater: every output printed as length and MD5, so dislab's compressed
# bytes are compared with CPython 3.10.2's zlib 1.2.13 (the oracle) case by case.
import hashlib
import random
import zlib

rng = random.Random(31337)


# (The data is built with bytearray appends: dislab's bytes.join and translate are slow on long inputs.)
def noise(n):
    seed = rng.getrandbits(32).to_bytes(4, 'little')
    out = bytearray()
    for i in range(n // 64 + 1):
        out += hashlib.sha512(seed + i.to_bytes(4, 'little')).digest()
    return bytes(out[:n])


VOCAB = b'the of and to in is was that for it with as his on be at by had are but from or have an they which one you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'


def kinds(n):
    r = noise(n)
    text = bytearray()
    k = 0
    while len(text) < n:
        start = r[k % n] * 4 if n else 0
        text += VOCAB[start:start + 8 + r[(k + 1) % n] % 40] if n else b''
        k += 2
        if not n:
            break
    runs = bytearray()
    k = 0
    while len(runs) < n:
        runs += bytes([r[k % n] & 3]) * (r[(k + 1) % n] + 1)
        k += 2
    sparse = bytearray(n)
    for k in range(0, n, 8):
        sparse[k + r[k] % 8 if k + r[k] % 8 < n else k] = r[k]
    return {
        'text': bytes(text[:n]),
        'random': r,
        'runs': bytes(runs[:n]),
        'records': '\n'.join(map(str, range(10 ** 6, 10 ** 6 + n // 7 + 1))).encode()[:n],
        'sparse': bytes(sparse),
    }


def digest(b):
    return '%d %s' % (len(b), hashlib.md5(b).hexdigest())


SIZES = [0, 1, 2, 3, 4, 10, 100, 258, 259, 1000, 4095, 16383, 16384, 16385, 32767, 32768, 32769, 65535, 65536, 65537, 150000]
for n in SIZES:
    for kind, data in kinds(n).items():
        levels = range(-1, 10) if n <= 65537 else (0, 1, 2, 4, 6, 9)
        if kind == 'sparse' and n > 20000:
            levels = (0, 1, 4, 6)  # long chains of zeros make levels 8 and 9 slow, in CPython too
        for level in levels:
            print('compress', n, kind, level, digest(zlib.compress(data, level)))

# Streams: random parameters, input in random pieces, random flushes.
STREAM_DATA = {n: kinds(n) for n in (100, 5000, 20000, 70000)}
FLUSHES = [zlib.Z_NO_FLUSH] * 6 + [zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK]
for case in range(150):
    level = rng.choice(range(-1, 10))
    wbits = rng.choice((9, 10, 12, 14, 15, -9, -12, -15, 25, 28, 31))
    mem = rng.randrange(1, 10)
    strategy = rng.choice((0, 0, 0, 1, 2, 3, 4))
    n = rng.choice((100, 5000, 20000, 70000))
    data = STREAM_DATA[n][rng.choice(('text', 'random', 'runs', 'records', 'sparse'))]
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, mem, strategy)
    out = []
    pos = 0
    while pos < len(data):
        step = rng.choice((1, 7, 100, 1000, 20000, 70000) if n <= 5000 else (300, 1000, 5000, 20000, 70000))
        out.append(c.compress(data[pos:pos + step]))
        pos += step
        out.append(c.flush(rng.choice(FLUSHES)))
    out.append(c.flush())
    z = b''.join(out)
    d = zlib.decompressobj(wbits)
    ok = d.decompress(z) == data and d.eof
    print('stream', case, level, wbits, mem, strategy, n, ok, digest(z), [len(p) for p in out][:12])
