# Comparisons between ints of all sizes, floats, bools and other types.
pairs = [(1, 1), (1, 2), (2, 1), (-1, 1), (2 ** 64, 2 ** 64 - 1), (-(2 ** 64), -(2 ** 65)),
         (2 ** 53 + 1, float(2 ** 53)), (2 ** 53, float(2 ** 53)), (10 ** 30, 1e30), (1, 1.0),
         (1, 0.9999999999999999), (-0, 0.0), (True, 1), (False, 0.0), (3, float("inf")),
         (3, float("-inf")), (2 ** 1000, float("inf")), (5, float("nan"))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
print(max(3, 2 ** 70, -5), min(3, 2 ** 70, -5, 2.5), sorted([3, -1, 2 ** 65, 0.5, True, -(2 ** 65)]))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: 1 < "1"))
print(err(lambda: 1 >= None))
print(err(lambda: [1] < 1))
print(1 == "1", 1 != None, None == 0, 1 == [1])
print(1 in [1.0], 2 ** 70 in {2 ** 70: 1}, 1.0 in {1}, True in {1: "x"})
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2 ** 70, 1) > (2 ** 70, 0))
