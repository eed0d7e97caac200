# The zlib module's surface: constants, checksums, argument checking and compressor state errors.
import array
import zlib

print(zlib.ZLIB_VERSION, zlib.ZLIB_RUNTIME_VERSION, zlib.__version__)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE)
print([(n, getattr(zlib, n)) for n in sorted(dir(zlib)) if n.startswith('Z_')])
print(zlib.error.__mro__, zlib.error.__module__)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, type(zlib.compressobj()).__module__)
print(zlib.compress.__doc__)
print(zlib.compressobj.__text_signature__)


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', r)


for data in (b'', b'a', b'abc', bytes(range(256)) * 100, b'\xff' * 100000):
    print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 12345), zlib.adler32(data, 12345))
print(zlib.crc32(b'hello', -1), zlib.crc32(b'hello', 2 ** 70 + 5), zlib.adler32(b'', 0xffffffff), zlib.adler32(b'x', 0xfff1fff1))
print(zlib.crc32(memoryview(b'memory')), zlib.crc32(bytearray(b'memory')), zlib.crc32(array.array('B', b'memory')))
crc = 0
for part in (b'split ', b'into ', b'pieces'):
    crc = zlib.crc32(part, crc)
print(crc == zlib.crc32(b'split into pieces'))
import binascii
print(binascii.crc32(b'same') == zlib.crc32(b'same'))

attempt('crc float', lambda: zlib.crc32(b'a', 1.5))
attempt('crc str', lambda: zlib.crc32('a'))
attempt('crc kw', lambda: zlib.crc32(b'a', value=1))
attempt('crc many', lambda: zlib.crc32(b'a', 1, 2))
attempt('level 10', lambda: zlib.compress(b'a', 10))
attempt('level float', lambda: zlib.compress(b'a', 1.0))
attempt('level huge', lambda: zlib.compress(b'a', 2 ** 40))
attempt('level kw', lambda: zlib.compress(b'a', level=1))
attempt('no data', lambda: zlib.compress())
attempt('data kw', lambda: zlib.compress(data=b''))
attempt('bad memLevel', lambda: zlib.compressobj(memLevel=10))
attempt('bad method', lambda: zlib.compressobj(method=9))
attempt('bad strategy', lambda: zlib.compressobj(strategy=5))
attempt('wbits 8', lambda: zlib.compressobj(wbits=8).compress(b'x'))
attempt('raw wbits 8', lambda: zlib.compressobj(wbits=-8))
attempt('gzip dict', lambda: zlib.compressobj(wbits=31, zdict=b'abc'))
attempt('str dict', lambda: zlib.compressobj(zdict='abc'))
attempt('too many', lambda: zlib.compressobj(1, 2, 3, 4, 5, 6, 7))
attempt('new Compress', lambda: type(zlib.compressobj())())

c = zlib.compressobj()
print(c.compress(b'abc'), c.flush(zlib.Z_NO_FLUSH), c.flush().hex())
attempt('compress after finish', lambda: c.compress(b'x'))
attempt('flush after finish', lambda: c.flush())
attempt('copy after finish', lambda: c.copy())
c = zlib.compressobj()
attempt('flush mode 6', lambda: c.flush(6))
attempt('flush mode -1', lambda: c.flush(-1))
c = zlib.compressobj()
print(c.flush(zlib.Z_SYNC_FLUSH).hex(), c.flush(zlib.Z_SYNC_FLUSH).hex())
attempt('flush after repeated sync', lambda: c.flush(6))
import copy
c = zlib.compressobj(1)
c.compress(b'copy me ' * 10)
print(copy.copy(c).flush() == copy.deepcopy(c).flush() == c.flush())
