# Cells compare by contents (an empty one first) and are unhashable; a bound method hashes its
# self by identity, never calling self.__hash__ (CPython's test_funcattrs.CellTest, test_class).
import types
C = types.CellType
def cell(*a): return C(*a)
print(cell(2) < cell(3), cell(2) == cell(2), cell() == cell(), cell() < cell(1), cell(1) < cell(), cell() <= cell(), cell() != cell(1), cell(1) > cell())
print(cell(1) == 1, cell(1) != 1)
try:
    cell(1) < 1
except TypeError as e:
    print(e)
try:
    print(hash(cell(1)))
except TypeError as e:
    print(e)
print(C.__hash__ is None)
class A:
    def __eq__(self, other): return True
    def __hash__(self): raise TypeError
    def f(self): pass
a1 = A(); a2 = A()
print(a1.f == a1.f, a1.f == a2.f, hash(a1.f) == hash(a1.f))
m = {a1.f: 1}
print(m[a1.f], a2.f in m)
