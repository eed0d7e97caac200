# sum() over ints and floats (summed without an object per step, as builtin_sum_impl's fast paths
# do) gives what adding one by one gives: overflow past 2**53 and 2**63, ints after floats, bools,
# int subclasses, -0.0, inf and nan, other numbers and errors ending the fast paths midway.
from fractions import Fraction
from decimal import Decimal

print(sum([1, 2.5, 3]), sum([True, 2, 3.5]), sum([2**53 - 1, 1, 1]), sum([0.1] * 10), sum([1e308, 1e308, -1e308]))
print(sum([], -0.0), sum([-0.0]), sum([-0.0], -0.0), sum([1, 2], 0.5), sum([], 7), sum(()), sum(range(10**6)))
print(sum([2**62, 2**62, -2**63]), sum(x * 0.1 for x in range(100)), sum([1, 2**70, 0.5]), sum([1.5, 2**70]))
print(sum([1, True, 1.5, False, 2**60]), sum([2**53, 1.0, 1]), sum([1.0, 2**53, 1]), sum([-2**53 + 1, -1, -1]))
print(sum([1, Fraction(1, 3), 0.5]), sum([0.5, Fraction(1, 2)]), sum([Decimal("0.1"), 2]), sum([1, 2], Fraction(1, 2)))


class I(int):
    pass


class Adds:
    def __radd__(self, other):
        return f"radd({other!r})"


print(sum([I(3), 4]), type(sum([I(3), 4])), sum([1.0, I(2)]), sum([float("nan"), 1]), sum([float("inf"), -float("inf")]))
print(sum([1, 2, Adds()]), sum([1.5, Adds()]), sum([1, 2.5, Adds()]))
for bad in ([1, "a"], [1.5, "a"], [1, 2.5, None], [[1], [2]]):
    try:
        print(sum(bad))
    except TypeError as e:
        print("TypeError:", e)
print(sum([[1], [2]], []), sum(((1,), (2,)), ()))
for start in ("", b"", bytearray()):
    try:
        sum([], start)
    except TypeError as e:
        print("TypeError:", e)
