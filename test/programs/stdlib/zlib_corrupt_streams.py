# Corrupted zlib, gzip and raw deflate streams (bits flipped, bytes replaced or deleted): zlib.decompress
# and decompressobj must fail with zlib's message for each, or produce the same output.
import zlib, random, hashlib
rng = random.Random(99)
base = b''.join(b'fuzz line %d with words %s\n' % (i, b'abc' * (i % 7)) for i in range(400))
streams = [zlib.compress(base, l) for l in (0, 1, 6, 9)]
c = zlib.compressobj(9, zlib.DEFLATED, 31); streams.append(c.compress(base) + c.flush())
c = zlib.compressobj(6, zlib.DEFLATED, -15, 8, zlib.Z_FIXED); streams.append(c.compress(base) + c.flush())
c = zlib.compressobj(1, zlib.DEFLATED, -15, 8, zlib.Z_HUFFMAN_ONLY); streams.append(c.compress(base[:300]) + c.flush())
for case in range(700):
    si = rng.randrange(len(streams))
    s = bytearray(streams[si])
    for _ in range(rng.choice((1, 1, 2, 3))):
        k = rng.randrange(len(s))
        op = rng.randrange(3)
        if op == 0: s[k] ^= 1 << rng.randrange(8)
        elif op == 1: s[k] = rng.randrange(256)
        else: del s[k:k + rng.randrange(1, 4)]
    wbits = (15, 15, 15, 15, 31, -15, -15)[si]
    if rng.random() < 0.2: wbits = 47 if wbits > 0 else wbits
    try:
        out = zlib.decompress(bytes(s), wbits)
        r = 'ok %d %s' % (len(out), hashlib.md5(out).hexdigest()[:8])
    except zlib.error as e:
        r = str(e)
    d = zlib.decompressobj(wbits)
    try:
        o = d.decompress(bytes(s))
        r2 = 'obj %d %s %d' % (len(o), d.eof, len(d.unused_data))
    except zlib.error as e:
        r2 = 'obj ' + str(e)
    print(case, si, r, '|', r2)
