# Subclasses of int: value semantics, overridden operators, repr, and what arithmetic returns.
class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"
    def __add__(self, other):
        return Meters(int(self) + int(other))
    __radd__ = __add__
m = Meters(5)
print(m, repr(m), m + 3, 3 + m, m * 2, type(m * 2).__name__, type(m + 1).__name__, type(-m).__name__)
print(m == 5, hash(m) == hash(5), isinstance(m, int), int(m), type(int(m)).__name__, str(m), format(m, "04d"))
class Flags(int):
    names = {1: "READ", 2: "WRITE", 4: "EXEC"}
    def __str__(self):
        return "|".join(n for bit, n in self.names.items() if self & bit) or "NONE"
    def __or__(self, other):
        return Flags(int(self) | int(other))
f = Flags(1) | Flags(4)
print(f, int(f), repr(f), Flags(0), Flags(7), type(f).__name__, [str(Flags(i)) for i in range(8)])
class Big(int):
    pass
b = Big(2 ** 80)
print(b, b // 3, type(b // 3).__name__, b.bit_length(), Big("ff", 16), Big(), Big(3.7))
print(sorted([Big(3), 1, Meters(2)]), max(Big(3), 1, Meters(2)))
print(Big.__mro__)
print(isinstance(Big(1), Big), Big(1) is not Big(1), Big.__name__, Big.__qualname__)
class WithNew(int):
    def __new__(cls, value, unit="m"):
        self = super().__new__(cls, value)
        self.unit = unit
        return self
w = WithNew(12, "km")
print(w, w.unit, w + 1, vars(w))
