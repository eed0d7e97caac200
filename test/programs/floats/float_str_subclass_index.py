# float(x) parses only an exact str itself; any other object goes through PyNumber_Float, which
# tries nb_float, then nb_index, before a str or bytes subclass's text: a str subclass with
# __index__ is float(__index__()), and an __index__ returning a float is its TypeError.
class S(str):
    def __index__(self):
        return 7


class S2(str):
    def __float__(self):
        return 2.5


class S3(str):
    def __index__(self):
        return 1.5


class B(bytes):
    def __index__(self):
        return 3


class BA(bytearray):
    def __float__(self):
        return 4.5


class Big(str):
    def __index__(self):
        return 2**1100


class Plain(str):
    pass


for f in [lambda: float(S("1.5")), lambda: float(S2("1.5")), lambda: float(S3("s")), lambda: float(B(b"1.5")), lambda: float(BA(b"2")),
          lambda: float(Big("1")), lambda: float(Plain("1.25")), lambda: float(Plain("x")), lambda: int(S("12")), lambda: complex(S("3")),
          lambda: complex(S2("3")), lambda: type(float.__new__(type("F", (float,), {}), S("0"))).__name__, lambda: (1.5).__add__(S("1"))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
