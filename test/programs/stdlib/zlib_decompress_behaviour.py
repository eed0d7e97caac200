# zlib.decompress and decompressobj: containers, max_length with unconsumed_tail, unused_data and
# eof, flush, copy, preset dictionaries, and zlib.error's messages for broken streams.
import zlib

data = b''.join(b'line %d of the zlib test\n' % i for i in range(3000))
z = zlib.compress(data, 6)


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', r if not isinstance(r, bytes) or len(r) < 40 else (len(r), r[:20]))


# Containers: zlib, raw, gzip and automatic detection.
raw = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = raw.compress(data) + raw.flush()
gz = zlib.compressobj(9, zlib.DEFLATED, 31)
gz = gz.compress(data) + gz.flush()
print('gzip header', gz[:10].hex(), 'trailer', gz[-8:].hex())
for label, blob, wbits in (('zlib', z, 15), ('zlib auto', z, 47), ('zlib 0', z, 0), ('raw', raw, -15),
                           ('gzip', gz, 31), ('gzip auto', gz, 47), ('small window', zlib.compress(b'abc' * 10), 9)):
    attempt(label, lambda: zlib.decompress(blob, wbits) == data or len(zlib.decompress(blob, wbits)))

# Decompressing with an output limit.
d = zlib.decompressobj()
out = d.decompress(z[:500], 100)
print(len(out), len(d.unconsumed_tail) > 0, d.eof)
chunks = [out]
tail = d.unconsumed_tail + z[500:]
while tail:
    chunks.append(d.decompress(tail, 4096))
    tail = d.unconsumed_tail
chunks.append(d.flush())
print(b''.join(chunks) == data, d.eof, d.unused_data, d.unconsumed_tail)

# Exactly as much output as allowed: the end of the stream is still seen.
d = zlib.decompressobj()
print(len(d.decompress(z, len(data))), d.eof, d.unconsumed_tail)

# Data after the end of the stream.
d = zlib.decompressobj()
print(d.decompress(z + b'TRAILING') == data, d.eof, d.unused_data)
print(d.decompress(b'more'), d.unused_data)
print(d.flush(), d.eof)
attempt('after flush', lambda: d.decompress(b'x'))
attempt('copy after flush', lambda: d.copy())

# Byte by byte, and copies.
d = zlib.decompressobj()
parts = []
for i in range(len(z) // 2):
    parts.append(d.decompress(z[i:i + 1]))
e = d.copy()
rest = z[len(z) // 2:]
print(b''.join(parts + [d.decompress(rest)]) == data, b''.join(parts + [e.decompress(rest)]) == data, d.eof, e.eof)

# flush() of a truncated stream returns what there is.
d = zlib.decompressobj()
head = d.decompress(z[:200])
print(len(head), len(d.flush()), d.eof)

# Preset dictionaries.
zd = b'line of the zlib test'
c = zlib.compressobj(zdict=zd)
zz = c.compress(data[:300]) + c.flush()
print('zdict header', zz[:6].hex())
attempt('no dict', lambda: zlib.decompress(zz))
attempt('obj no dict', lambda: zlib.decompressobj().decompress(zz))
attempt('wrong dict', lambda: zlib.decompressobj(zdict=b'other').decompress(zz))
attempt('right dict', lambda: zlib.decompressobj(zdict=zd).decompress(zz) == data[:300])
attempt('str dict', lambda: zlib.decompressobj(zdict='text'))

# Broken streams.
broken = [
    ('empty', b'', 15), ('bad header', b'abc', 15), ('truncated', z[:-2], 15), ('bad check', z[:-1] + b'\0', 15),
    ('raw of zlib', z[:-2], -15), ('block type 3', b'\x07\x00', -15), ('stored lengths', b'\x01\x05\x00\x00\x00', -15),
    ('bad method', b'\x79\x9c', 15), ('window', b'\x88\x98' + z[2:], 9), ('gzip flags', b'\x1f\x8b\x08\xe0' + b'\0' * 20, 31),
    ('gzip method', b'\x1f\x8b\x07\x00' + b'\0' * 20, 31), ('gzip of zlib', z, 31), ('gzip crc', gz[:-8] + b'\0\0\0\0' + gz[-4:], 31),
    ('gzip length', gz[:-4] + b'\0\0\0\0', 31), ('too far', b'\x63\x00\x02\x00', -15),
    ('fixed distance code', b'\x63\x04\x00\x1f\x00', -15), ('fixed length code', b'\x1b\x03\x00', -15),
    ('dynamic lens', b'\x05\xe0\xff\xff\xff\xff', -15), ('dynamic bits', bytes([0x05, 0xc0, 0x81, 0x24, 0x49, 0x92, 0x24, 0x49]), -15),
]
for label, blob, wbits in broken:
    attempt(label, lambda: zlib.decompress(blob, wbits))
    attempt(label + ' obj', lambda: zlib.decompressobj(wbits).decompress(blob))

attempt('bad wbits', lambda: zlib.decompress(z, 100))
attempt('bad wbits obj', lambda: zlib.decompressobj(100))
attempt('bufsize', lambda: zlib.decompress(z, 15, -1))
attempt('max_length', lambda: zlib.decompressobj().decompress(z, -1))
attempt('flush length', lambda: zlib.decompressobj().flush(0))
attempt('str data', lambda: zlib.decompress('text'))
attempt('no args', lambda: zlib.decompress())
