# abs, divmod, pow, round, sum, min, max, bin/oct/hex, int/float/complex on edge values and with their errors.
def err(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"
for x in [0, -0.0, -5, 5, -2 ** 70, -1.5, float("-inf"), 3 - 4j, True, False]:
    print(repr(x), err(lambda: abs(x)))
print(err(lambda: abs("x")), err(lambda: abs()), err(lambda: abs(1, 2)))
for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (2 ** 70, 3), (True, 2), (0, 5)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(err(lambda: divmod(1, 0)), err(lambda: divmod(1j, 1)), err(lambda: divmod("a", 1)))
print(bin(10), bin(-10), oct(64), oct(-1), hex(255), hex(-256), hex(2 ** 64), bin(0), oct(0), hex(0))
print(err(lambda: bin(1.0)), err(lambda: hex("1")), err(lambda: oct(None)))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()), err(lambda: round(I())), round(7.123, 2), round(7, I()))
print(min(3, 1, 2), max([3, 1, 2]), min("b", "a"), max((1, "x"), (1, "y")), min([], default=0), max([5], default=0))
print(min([3, 1, 2], key=lambda v: -v), max({"a": 3, "b": 5}.items(), key=lambda kv: kv[1]), max(range(5), key=lambda v: v % 3))
print(err(lambda: min([])), err(lambda: max(1, 2, default=0)), err(lambda: min(1)), err(lambda: max([1, "a"])))
print(sum([]), sum([1, 2, 3]), sum([1.5, 2]), sum([[1], [2]], []), sum(range(10), start=100), sum([1j, 2]), sum([0.1] * 10))
print(err(lambda: sum(["a"])), err(lambda: sum([1], "")), err(lambda: sum([b"a"], b"")), err(lambda: sum(1)))
print(pow(3, 4), pow(3, 4, 5), pow(2.0, -1), pow(-1, 2), err(lambda: pow(2, 1.5, 3)))
