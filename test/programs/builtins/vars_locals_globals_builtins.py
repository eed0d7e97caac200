# vars() on modules, classes and instances; errors when there is no __dict__; locals() at module level.
import math
class C:
    a = 1
    def __init__(self):
        self.b = 2
print(vars(C())["b"], "a" in vars(C), type(vars(C)).__name__, vars(math)["pi"], vars(math) is math.__dict__)
print(locals() is globals(), vars() is globals(), sorted(k for k in vars() if k in ("C", "math")))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: vars(1)), err(lambda: vars([])), err(lambda: vars(C(), C())))
class Slotted:
    __slots__ = ("x",)
print(err(lambda: vars(Slotted())))
def scope():
    inside = 1
    return sorted(vars()), sorted(locals())
print(scope())
