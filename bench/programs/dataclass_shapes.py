# Dataclasses and polymorphic method calls: a class hierarchy's overrides, dataclass __init__/__eq__/__repr__.
from dataclasses import dataclass
@dataclass
class P:
    x: float
    y: float
    def norm2(self):
        return self.x * self.x + self.y * self.y
class Shape:
    def area(self): raise NotImplementedError
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
class Ci(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r * self.r
shapes = [Sq(i) if i % 2 else Ci(i) for i in range(1000)]
tot = 0.0
for _ in range(100):
    for sh in shapes:
        tot += sh.area()
ps = [P(i, -i) for i in range(20000)]
print(round(tot), sum(p.norm2() for p in ps), P(1, 2) == P(1, 2), repr(ps[3]))
