# bytes * n gives the same object when the result equals it (n == 1, or the empty bytes), as str
# and tuple do; a subclass or a bytearray always gives a new exact object.
a = b"abc"
print(a * 1 is a, 1 * a is a, a * 0 is a, a * 2 is a, a * 1 == a)
e = b""
print(e * 5 is e, 0 * e is e, e * -1 is e)
class B(bytes):
    pass
s = B(b"xy")
print(s * 1 is s, type(s * 1).__name__, type(s * 0).__name__)
ba = bytearray(b"xy")
print(ba * 1 is ba, ba * 1 == ba, type(ba * 1).__name__)
x = a
x *= 1
print(x is a)
for bad in (1.0, "2", None):
    try:
        a * bad
    except TypeError as err:
        print(err)
