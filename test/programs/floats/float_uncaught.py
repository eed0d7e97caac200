# exit: 1
# A ValueError from math escaping through three frames, printed as CPython's traceback.
import math
def hypotenuse(a, b):
    return math.sqrt(a * a + b * b)
def distance(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 - (p[1] - q[1]) ** 2)
def report(points):
    for p, q in zip(points, points[1:]):
        print(f"{p} -> {q}: {distance(p, q):.3f}")
print(hypotenuse(3, 4))
report([(0, 0), (5, 1), (6, 4)])
