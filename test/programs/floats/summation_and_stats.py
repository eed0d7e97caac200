# Floating summation order, math.fsum, prod, dist, hypot, and simple statistics by hand.
import math
data = [0.1] * 10 + [1e100, 1.0, -1e100] + [1e-16] * 10
print(sum(data), math.fsum(data), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1.5, 2, 3]), math.prod(range(1, 11)), math.prod([]), math.prod([2] * 70))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]))
xs = [2.5, 3.1, 4.7, 1.2, 9.9, 6.3, 5.5]
mean = sum(xs) / len(xs)
var = sum((x - mean) ** 2 for x in xs) / (len(xs) - 1)
print(mean, var, math.sqrt(var), sorted(xs)[len(xs) // 2])
acc = 0.0
comp = 0.0
for x in [1.0, 1e-16, 1e-16, 1e-16, 1e-16] * 100:
    y = x - comp
    t = acc + y
    comp = (t - acc) - y
    acc = t
print(acc, sum([1.0, 1e-16, 1e-16, 1e-16, 1e-16] * 100))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0001, rel_tol=1e-3), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0))
