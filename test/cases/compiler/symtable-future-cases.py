# --- future annotations: names in annotations are not recorded in the function's scope
from __future__ import annotations
def f(a: T, *b: U, c: V = 1, **d: W) -> R:
    x: X = 1
    y: Y
# --- future annotations: lambdas and comprehensions inside annotations are not children
from __future__ import annotations
def f(a: (lambda: 1), b: [i for i in j]) -> (lambda: 2):
    z: (lambda: 3) = 4
class C:
    k: [q for q in r]
# --- future annotations: class-level annotations
from __future__ import annotations
class D:
    a: int
    b: List[int] = []
