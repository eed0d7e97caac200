# Reflected operands: a subclass that overrides the reflected method is tried first; NotImplemented falls back.
class Base:
    def __init__(self, tag):
        self.tag = tag
    def __add__(self, other):
        print(f"  {self.tag}.__add__({other.tag})")
        return "Base.__add__"
    def __radd__(self, other):
        print(f"  {self.tag}.__radd__({other.tag})")
        return "Base.__radd__"
    def __lt__(self, other):
        print(f"  {self.tag}.__lt__({other.tag})")
        return NotImplemented
    def __gt__(self, other):
        print(f"  {self.tag}.__gt__({other.tag})")
        return NotImplemented
    def __eq__(self, other):
        print(f"  {self.tag}.__eq__({other.tag})")
        return NotImplemented
class Sub(Base):
    def __radd__(self, other):
        print(f"  {self.tag}.__radd__({other.tag})")
        return "Sub.__radd__"
    def __gt__(self, other):
        print(f"  {self.tag}.__gt__({other.tag})")
        return "Sub.__gt__"
class SubNoOverride(Base):
    pass
b, s, n = Base("b"), Sub("s"), SubNoOverride("n")
print("b + s"); print(b + s)
print("s + b"); print(s + b)
print("b + n"); print(b + n)
print("b < s"); print(b < s)
print("s < b")
try:
    print(s < b)
except TypeError as e:
    print("TypeError:", e)
print("b == n"); print(b == n)
print("b == b"); print(b == b)
print("b != s"); print(b != s)
class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Num(other + self.v)
    def __rsub__(self, other):
        return Num(other - self.v)
    def __rtruediv__(self, other):
        return Num(other / self.v)
    def __rpow__(self, other, mod=None):
        return Num(pow(other, self.v, mod))
    def __rlshift__(self, other):
        return Num(other << self.v)
    def __rmatmul__(self, other):
        return Num(("matmul", other))
    def __ror__(self, other):
        return Num(("or", other))
    def __repr__(self):
        return f"Num({self.v!r})"
print(1 + Num(2), 10 - Num(3), 1 / Num(4), 2 ** Num(10), 1 << Num(3), [1] @ Num(0), {1} | Num(0), sum([Num(1)]))
print(pow(2, Num(5)))
class IntSub(int):
    def __radd__(self, other):
        return "IntSub.__radd__ first"
    def __rsub__(self, other):
        return "IntSub.__rsub__ first"
print(1 + IntSub(5), 1 - IntSub(5), IntSub(5) + 1, 1.5 + IntSub(2))
