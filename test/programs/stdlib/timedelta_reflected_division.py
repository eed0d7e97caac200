# timedelta's reflected division wrappers (__rtruediv__, __rfloordiv__, __rmod__, __rdivmod__):
# the slot function with the operands swapped, so only a timedelta on the left has an answer.
from datetime import timedelta
a, b = timedelta(hours=5), timedelta(minutes=45)
for name in ("__rtruediv__", "__rfloordiv__", "__rmod__", "__rdivmod__"):
    print(name, name in timedelta.__dict__, getattr(b, name)(a), getattr(b, name)(3), getattr(b, name)(2.5))
class Sub(timedelta):
    pass
print(a / Sub(minutes=45), a // Sub(minutes=45), a % Sub(minutes=45), divmod(a, Sub(minutes=45)))
for x, y in ((3, b), (2.5, b), ("s", b)):
    for op in ("/", "//", "%"):
        try:
            print(eval(f"x {op} y"))
        except TypeError as e:
            print("TypeError", e)
print(b.__rtruediv__(timedelta(0)))
try:
    print(timedelta(0).__rtruediv__(b))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print([k for k in timedelta.__dict__ if k.startswith("__r")])
