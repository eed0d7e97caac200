# __sizeof__ of int (its own: a header plus one digit per 30 bits of |v|), str (its own: a header,
# then one code point array as wide as the widest code point, 1, 2 or 4 bytes) and bytes/tuple
# (object.__sizeof__: __basicsize__ plus __itemsize__ per item). Checked by differences, which hold
# on 32- and 64-bit builds alike.
import sys

print([t.__name__ for t in (int, bool, str, bytes, tuple, object) if "__sizeof__" in t.__dict__])
z = (0).__sizeof__()
d = (1).__sizeof__() - z
print(d > 0, (2**30 - 1).__sizeof__() - z == d, (2**30).__sizeof__() - z == 2 * d, (-2**60).__sizeof__() - z == 3 * d,
      (10**100).__sizeof__() - z == 12 * d, True.__sizeof__() - z == d, False.__sizeof__() == z)

class I(int): pass
print(I(0).__sizeof__() == z, I(2**40).__sizeof__() - z == 2 * d, sys.getsizeof(5) - sys.getsizeof(0) == d)

def grow(c):
    return (c * 3).__sizeof__() - (c * 2).__sizeof__()
print(grow("a"), grow("é"), grow("\u20ac"), grow("\U0001F600"), grow("\ud800"))
print("é".__sizeof__() > "a".__sizeof__(), ("a" * 10 + "\u20ac").__sizeof__() - ("a" * 9 + "\u20ac").__sizeof__())
print(("a" * 10 + "\U0001F600").__sizeof__() - ("a" * 9 + "\U0001F600").__sizeof__())

class S(str): pass
print(S("ab").__sizeof__() - S("a").__sizeof__(), S("😀😀").__sizeof__() - S("😀").__sizeof__())

class B(bytes): pass
print(b"abc".__sizeof__() - b"".__sizeof__(), b"".__sizeof__() == bytes.__basicsize__, B(b"xy").__sizeof__() == B.__basicsize__ + 2)
print((1, 2, 3).__sizeof__() - ().__sizeof__() == 3 * tuple.__itemsize__)
