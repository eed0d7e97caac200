# A vector class overloading arithmetic, reflected and in-place operators, unary ops, abs, bool, comparisons.
import math
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y) if isinstance(o, V) else NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __invert__(self):
        return V(self.y, self.x)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __le__(self, o):
        return abs(self) <= abs(o)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iadd__(self, o):
        print("__iadd__ in place")
        self.x += o.x
        self.y += o.y
        return self
    def __and__(self, o):
        return V(self.x & o.x, self.y & o.y)
    def __lshift__(self, n):
        return V(self.x << n, self.y << n)
    def __divmod__(self, k):
        return (self // k, self % k)
a, b = V(3, 4), V(1, 2)
print(a + b, a - b, a * 2, 2 * a, a / 2, a // 2, a % 2, a ** 2, a @ b, -a, +a, abs(a), ~a, bool(V(0, 0)), bool(a))
print(a == V(3, 4), a != b, a < b, a > b, a <= a, a >= b, sorted([a, b, V(0, 1)]), max(a, b), a & b, a << 2, divmod(a, 2))
c = a
c += b
print(c, a, c is a)
c -= b
print(c, c is a)
c *= 2
print(c, c is a)
def err(f):
    try:
        return f()
    except TypeError as e:
        return f"TypeError: {e}"
print(err(lambda: a + 1))
print(err(lambda: 1 + a))
print(err(lambda: a * "s"))
print(err(lambda: a | b))
print(err(lambda: a ^ 1))
print(err(lambda: a >> 1))
print(err(lambda: 2 ** a))
print(err(lambda: a < 1))
print({V(1, 1): "one"}[V(1, 1)], len({V(1, 1), V(1, 1)}))
