# int(): from strings in every base, with underscores, whitespace and signs, and the errors.
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
for s in ["0", "-0", "+17", "  42  ", "\t-9\n", "1_000_000", "00012", "٣٤", "１２"]:
    print(repr(s), int(s))
for s, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("z", 36),
                ("Z1", 36), ("101", 2), ("-101", 2), ("777", 8), ("10", 3), ("0", 0),
                ("1_0", 0), ("0b_1", 0), ("12", 5)]:
    print(repr(s), base, int(s, base))
for s, base in [("", 10), (" ", 10), ("1.5", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("012", 0),
                ("0x", 16), ("8", 8), ("2", 2), ("g", 16), ("1", 37), ("1", 1), ("1", -1), ("0b2", 0), ("0_7", 0)]:
    print(repr(s), base, err(lambda: int(s, base)))
print(int(3.99), int(-3.99), int(True), int(2.5e20), int(-0.0), int(1e100))
print(err(lambda: int(float("inf"))))
print(err(lambda: int(float("nan"))))
print(err(lambda: int(None)))
print(err(lambda: int([1])))
print(err(lambda: int(12, 10)))
print(err(lambda: int("12", base=10.0)))
print(int(b"42"), int(bytearray(b"-7")), int(b"ff", 16))
print(err(lambda: int(b"4.2")))
print(int(), int("11", base=2))
class WithIndex:
    def __index__(self):
        return 9
class WithInt:
    def __int__(self):
        return 8
class WithTrunc:
    def __trunc__(self):
        return 7
print(int(WithInt()), int(WithTrunc()), int("10", WithIndex()))
print(err(lambda: int(WithIndex())))
print(int("-" + "9" * 40), int("1" * 60, 2))
print(err(lambda: int("1e5")))
print(err(lambda: int("١٢x")))
