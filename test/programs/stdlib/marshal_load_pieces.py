# marshal.load reads a file piece by piece with readinto, exactly as far as the value goes,
# and every reference to a value loads as one object.
import io
import marshal

for data in [b')', b'', b'\xe9', b'\xe9\x01\x00', b's\x05\x00\x00\x00ab', b'g', b'\xfa', b'\xda\x03ab', b'\xe9\x07\x00\x00\x00']:
    try:
        print(marshal.load(io.BytesIO(data)))
    except Exception as e:
        print(type(e).__name__, e)


class NoneReader:
    def read(self, n): return b''
    def readinto(self, b): return None


class StrReader:
    def read(self, n): return ''


class NoReadinto:
    def read(self, n): return b''


for f in (NoneReader(), StrReader(), NoReadinto()):
    try:
        marshal.load(f)
    except Exception as e:
        print(type(e).__name__, e)


class Logging(io.BytesIO):
    def readinto(self, b):
        print(' readinto', type(b).__name__, len(b), b.format, b.readonly, b.obj)
        return super().readinto(b)


print(marshal.load(Logging(marshal.dumps((1, 'abc', 2.5, b'xy', [3])))))
f = io.BytesIO(marshal.dumps(5) + marshal.dumps('six') + b'rest')
print(marshal.load(f), marshal.load(f), f.read())


class TooMuch(io.BytesIO):
    def readinto(self, buf):
        n = super().readinto(buf)
        return n + 10**6 if n is not None and n > 4 else n


for value in (1.0, 1j, b'0123456789', '0123456789', (1, 2)):
    try:
        print(marshal.load(TooMuch(marshal.dumps(value))))
    except Exception as e:
        print(type(e).__name__, e)


class Huge(io.BytesIO):
    def readinto(self, b): return 2**70


class Negative(io.BytesIO):
    def readinto(self, b): return -1


for cls in (Huge, Negative):
    for data in (b'i', b'i\x01\x00\x00\x00', b')'):
        try:
            marshal.load(cls(data))
        except Exception as e:
            print(cls.__name__, data, type(e).__name__, e)

# identity: a value referred to twice loads as one object
for x in (1.2345, b'abcde' * 3, (123, 'abc'), frozenset({123, 'abc'}), 2j, [1], {1: 2}):
    for v in (2, 3, 4):
        t = marshal.loads(marshal.dumps((x, x), v))
        print(v, type(x).__name__, t[0] == x, t[0] is t[1])
obj = 1.2345
d = {"hello": obj, "goodbye": obj, obj: "hello"}
d["self"] = d
d2 = marshal.loads(marshal.dumps(d))
print(d2["self"] is d2, d2["hello"] is d2["goodbye"], [k for k in d2 if k == obj][0] is d2["hello"])
fs = marshal.loads(marshal.dumps(frozenset({(obj, 1), (obj, 2)})))
print(sorted(fs), len({id(t[0]) for t in fs}))
# a float shared with a code object's constants stays a constant there
def f():
    return 1.2345, (1.2345, 'x'), frozenset({1.2345, 7})
pair = marshal.loads(marshal.dumps((1.2345, f.__code__)))
print(pair[0], eval(pair[1]))
print(marshal.loads(marshal.dumps([2.5, (2.5, frozenset({(2.5,)}))])))
