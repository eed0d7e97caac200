# bytes(n) and bytearray(n) convert n with PyNumber_AsSsize_t before checking its sign: a count
# below -2**63 is OverflowError "cannot fit ... into an index-sized integer" (named by the
# argument's type), not ValueError "negative count". (No count between -2**63 and -2**31: the
# oracle's Py_ssize_t is 32 bits.)
class I:
    def __index__(self):
        return 2**70


class J:
    def __index__(self):
        return -2**70


class K(int):
    pass


for f in [lambda: bytes(I()), lambda: bytearray(J()), lambda: bytes(K(2**64)), lambda: bytes(-(2**64)), lambda: bytearray(-(2**64)),
          lambda: bytes(-(2**63) - 1), lambda: bytes(-1), lambda: bytearray(-5), lambda: bytes(K(-3)), lambda: bytes(3), lambda: bytearray(K(2))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
