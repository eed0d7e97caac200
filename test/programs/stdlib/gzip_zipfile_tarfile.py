# gzip, zipfile with ZIP_DEFLATED and tarfile with gzip compression, in memory, over zlib.
import gzip
import io
import tarfile
import zipfile

data = b''.join(b'record %05d: some repetitive payload\n' % i for i in range(4000))

for level in (0, 1, 6, 9):
    g = gzip.compress(data, level, mtime=1700000000)
    print(level, len(g), g[:10].hex(), g[-8:].hex())
    assert gzip.decompress(g) == data
print(gzip.compress(b'', mtime=0).hex())
print(gzip.decompress(gzip.compress(b'one', mtime=1) + gzip.compress(b'two', mtime=2)))

buf = io.BytesIO()
with gzip.GzipFile(filename='notes.txt', mode='wb', fileobj=buf, mtime=1234567890) as f:
    f.write(data[:5000])
    f.write(b'tail\n')
raw = buf.getvalue()
print(raw[:24], len(raw))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(30), f.readline(), len(f.read()))
with gzip.open(io.BytesIO(raw), 'rt', encoding='ascii') as f:
    print(f.readlines()[-2:])

try:
    gzip.decompress(raw[:-3])
except EOFError as e:
    print('EOFError', e)
try:
    gzip.decompress(b'not gzip at all')
except gzip.BadGzipFile as e:
    print('BadGzipFile', e)

zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, 'w', compression=zipfile.ZIP_DEFLATED) as zf:
    for i in range(3):
        info = zipfile.ZipInfo(f'dir/file{i}.txt', date_time=(2020, 1, 2, 3, 4, 6))
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, data[: 1000 * (i + 1)])
    zf.writestr(zipfile.ZipInfo('stored.bin', date_time=(2020, 1, 1, 0, 0, 0)), b'\x00' * 100, compress_type=zipfile.ZIP_STORED)
blob = zbuf.getvalue()
print(len(blob))
with zipfile.ZipFile(io.BytesIO(blob)) as zf:
    for info in zf.infolist():
        print(info.filename, info.compress_type, info.file_size, info.compress_size, hex(info.CRC))
        assert zf.read(info) == (data[: 1000 * (int(info.filename[8]) + 1)] if info.filename.startswith('dir') else b'\x00' * 100)
    print(zf.testzip())

tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode='w:gz') as tf:
    for name, payload in (('a.txt', data[:3000]), ('b/c.txt', b'hello tar\n')):
        ti = tarfile.TarInfo(name)
        ti.size = len(payload)
        ti.mtime = 1600000000
        tf.addfile(ti, io.BytesIO(payload))
tbuf.seek(0)
with tarfile.open(fileobj=tbuf, mode='r:gz') as tf:
    for m in tf.getmembers():
        print(m.name, m.size, tf.extractfile(m).read()[:12])
