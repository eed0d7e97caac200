# Decompressing with a window smaller than the stream's distances: zlib allows a distance within
# the current call's output or the last 2**wbits bytes before it, else 'invalid distance too far back'.
import zlib, random
r = random.Random(1)
blob = bytes(r.getrandbits(8) for _ in range(2000))
data = blob + blob
c = zlib.compressobj(9, zlib.DEFLATED, -15)
z = c.compress(data) + c.flush()
print(len(z))
for wb in (9, 10, 11, 12, 15):
    for step in (1, 100, 100000):
        d = zlib.decompressobj(-wb)
        out = b''
        try:
            for i in range(0, len(z), step):
                out += d.decompress(z[i:i + step])
            print(wb, step, 'ok', len(out), out == data)
        except zlib.error as e:
            print(wb, step, 'error', e, len(out))
data = bytes(range(200)) * 3 + b'x' * 100 + bytes(range(200)) * 3 + b'tail'
for wb in (9, 10, 15):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    z = c.compress(data) + c.flush()
    for step in (1, 7, 50, 10000):
        d = zlib.decompressobj(-wb)
        out = b''
        try:
            for i in range(0, len(z), step):
                out += d.decompress(z[i:i + step])
            print(wb, step, 'ok', len(out), out == data)
        except zlib.error as e:
            print(wb, step, 'error', e, len(out))
    try:
        print(wb, 'oneshot', len(zlib.decompress(z, -wb)))
    except zlib.error as e:
        print(wb, 'oneshot', e)
    d = zlib.decompressobj(-wb)
    try:
        print(wb, 'maxlen', [len(d.decompress(d.unconsumed_tail or z, 300)) for _ in range(8)])
    except zlib.error as e:
        print(wb, 'maxlen', e)
zd = bytes(range(256)) * 4
c = zlib.compressobj(9, zlib.DEFLATED, -15, zdict=zd)
z = c.compress(bytes(range(256))[:50] + zd[:300]) + c.flush()
for wb in (9, 10, 15):
    try:
        print('dict', wb, len(zlib.decompressobj(-wb, zdict=zd).decompress(z)))
    except zlib.error as e:
        print('dict', wb, e)
