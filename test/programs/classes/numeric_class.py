# A rational-number class implementing the numeric protocol fully: arithmetic, reflection, hashing, conversion.
from math import gcd
class Q:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Q denominator is zero")
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Q) else Q(x) if isinstance(x, int) else NotImplemented
    def __add__(self, o):
        o = Q.of(o)
        return o if o is NotImplemented else Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Q.of(o)
        return o if o is NotImplemented else Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Q.of(o) - self
    def __mul__(self, o):
        o = Q.of(o)
        return o if o is NotImplemented else Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Q.of(o)
        return o if o is NotImplemented else Q(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Q.of(o) / self
    def __pow__(self, k):
        return Q(self.n ** k, self.d ** k) if k >= 0 else Q(self.d ** -k, self.n ** -k)
    def __neg__(self):
        return Q(-self.n, self.d)
    def __abs__(self):
        return Q(abs(self.n), self.d)
    def __eq__(self, o):
        o = Q.of(o)
        return o is not NotImplemented and (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = Q.of(o)
        return self.n * o.d < o.n * self.d
    def __gt__(self, o):
        o = Q.of(o)
        return self.n * o.d > o.n * self.d
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d)
    def __bool__(self):
        return self.n != 0
    def __round__(self, nd=None):
        return round(float(self), nd)
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
h = Q(1, 2)
print(h + Q(1, 3), h - 1, 1 - h, h * 4, 3 * h, h / Q(3, 4), 2 / h, h ** 3, h ** -2, -h, abs(Q(-5, 3)))
print(h == Q(2, 4), h == 0.5, Q(4, 2) == 2, h < Q(2, 3), sorted([Q(3, 4), Q(1, 3), Q(1, 2), 1]), float(Q(1, 3)), int(Q(7, 2)), round(Q(2, 3), 3))
print(sum([Q(1, n) for n in range(1, 7)]), bool(Q(0)), {Q(2, 1): "two"}[2], Q(10, -4))
total = Q(0)
for n in range(1, 20):
    total += Q(1, n * (n + 1))
print(total)
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
