import struct
def bits(x):
    return struct.pack('>d', x).hex()
for s in ['nan', '-nan', '+nan', '-NaN', '  -nan\n', 'NAN', '-inf']:
    x = float(s)
    print(repr(s), repr(x), bits(x))
for s in ['-nanj', 'nan-nanj', '-nan+1j']:
    z = complex(s)
    print(repr(s), bits(z.real), bits(z.imag))
print(bits(float.fromhex('-nan')), bits(float(b'-nan')), bits(-float('-nan')))
