# bytes and bytearray have a __str__ of their own (bytes_str, bytearray_str): str() of a subclass
# gives the type's own repr, not the subclass's __repr__; format(), %s and f-strings go through it.
class B(bytes):
    def __repr__(self):
        return "B-repr"


class BA(bytearray):
    def __repr__(self):
        return "BA-repr"


class S(bytes):
    def __str__(self):
        return "S-str"


print("__str__" in bytes.__dict__, "__str__" in bytearray.__dict__)
print(bytes.__str__, bytearray.__str__)
print(str(B(b"a")), repr(B(b"a")), str(BA(b"a")), repr(BA(b"a")), str(S(b"s")))
print("%s %r" % (B(b"p"), B(b"p")), "{} {!r}".format(BA(b"f"), BA(b"f")), f"{B(b'g')} {B(b'g')!r}", format(BA(b"z")))
print(bytes.__str__(B(b"q")), bytearray.__str__(BA(b"q")), object.__str__(B(b"o")))
print(str(b"\x00\xff'\""), str(bytearray(b"\n")), [B(b"l")], print(B(b"printed")))
try:
    bytes.__str__("not bytes")
except TypeError as e:
    print(e)
