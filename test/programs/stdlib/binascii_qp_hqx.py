# binascii's quoted-printable and (deprecated) binhex4 coders, and array.array arguments
import array
import binascii
import quopri
import warnings

def show(f, *args, **kw):
    try:
        print(f.__name__, repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, type(e).__name__, repr(str(e)))

for data in [b'', b'a=\r\nb=3d=\n==x=4', b'=', b'=4', b'=G1', b'a_b', 'caf=C3=A9', '\x80']:
    show(binascii.a2b_qp, data)
show(binascii.a2b_qp, b'a_b', header=True)
for data in [b'', b'x' * 100, b'a \r\nb\t\n.', b'a.\n', b'.', b'.a', b'a\tb c', b'=_ \x00\xff',
             b'y' * 74 + b'\xff', b'z' * 75 + b'\n' + b'w' * 80, b'line \nnext\t']:
    show(binascii.b2a_qp, data)
show(binascii.b2a_qp, b'a_ b', header=True)
show(binascii.b2a_qp, b'a\tb c', quotetabs=True)
show(binascii.b2a_qp, b'a\r\nb', istext=False)
show(binascii.b2a_qp, 'text')
print(quopri.encodestring(b'hello = world \xe9\n'), quopri.decodestring(b'hello =3D world=\n =E9'))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    show(binascii.b2a_hqx, b'abc')
    show(binascii.b2a_hqx, b'ab')
    show(binascii.b2a_hqx, bytes(range(256)))
    for data in [b'B@*M', b'B@*M:', b'B\n@*M', b'B@', b'B~', 'B@*M', b'']:
        show(binascii.a2b_hqx, data)
    show(binascii.rlecode_hqx, b'a' * 100 + b'b' + b'c' * 300 + b'\x90\x90ddd')
    for data in [b'', b'a\x90\n', b'\x90', b'\x90\x01', b'a\x90', b'\x90\x00\x90\x03', b'ab\x90\x00c']:
        show(binascii.rledecode_hqx, data)
    show(binascii.rledecode_hqx, 'a')
    print([str(x.message) for x in w][:3], len(w), {x.category.__name__ for x in w})

a = array.array('B', b'hello')
show(binascii.b2a_base64, a)
show(binascii.a2b_base64, array.array('B', b'aGVsbG8='))
show(binascii.hexlify, array.array('H', [1, 2]))
show(binascii.crc32, a)
show(binascii.b2a_qp, a)
