# classmethod and staticmethod: binding, alternative constructors, inheritance, calling through instances.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"), Date(1, 1, 1).from_string("2000-01-01"))
print(Date.is_leap(2000), Date.is_leap(1900), MyDate(1, 1, 1).is_leap(2024), [y for y in range(1896, 1912) if Date.is_leap(y)])
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__, type(Date.from_string).__name__, type(Date.is_leap).__name__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate, Date.__dict__["is_leap"].__func__ is Date.is_leap)
cm = classmethod(lambda cls: cls.__name__)
sm = staticmethod(lambda: "static")
class X:
    name = cm
    st = sm
print(X.name(), X().name(), X.st(), X().st(), cm.__func__(int), sm.__func__(), callable(sm))
class Counter:
    count = 0
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
class Sub(Counter):
    pass
print(Counter.bump(), Counter.bump(), Sub.bump(), Counter.count, Sub.count)
class WithProp:
    @classmethod
    @property
    def kind(cls):
        return f"kind of {cls.__name__}"
print(WithProp.kind, WithProp().kind)
