# Annotations on functions, variables and classes: evaluation, __annotations__ contents, and typing.get_type_hints.
from typing import List, Optional, get_type_hints
def f(a: int, b: "str" = "x", *args: float, c: List[int] = None, **kw: dict) -> Optional[bool]:
    return None
print(f.__annotations__)
x: int = 5
y: "later"
print(__annotations__, "y" in dir())
class C:
    attr: int
    other: str = "s"
    def method(self, v: "C") -> "C":
        return self
print(C.__annotations__, C.other, hasattr(C, "attr"), C.method.__annotations__)
print(get_type_hints(f), get_type_hints(C))
def side(v):
    print("evaluated", v)
    return v
def g(p: side("param") = side("default")) -> side("return"):
    pass
print(g.__annotations__)
def h():
    local: side("local annotation is not evaluated")
    local = 1
    return local
print(h(), h.__annotations__)
