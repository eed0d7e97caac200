# Ellipsis as a placeholder body, in subscripts, in type hints and as a sentinel.
def todo():
    ...
class Stub:
    def method(self): ...
print(todo(), Stub().method(), ... == Ellipsis, Ellipsis.__class__.__name__, Ellipsis.__reduce__())
class Grid:
    def __getitem__(self, idx):
        return f"got {idx!r}"
g = Grid()
print(g[...], g[..., 0], g[1, ..., 2], g[:, ...])
def find(seq, target, default=...):
    for i, v in enumerate(seq):
        if v == target:
            return i
    if default is ...:
        raise LookupError(f"{target!r} not found")
    return default
print(find("abc", "b"), find("abc", "z", -1), find("abc", "z", None))
try:
    find("abc", "z")
except LookupError as e:
    print("LookupError:", e)
from typing import Callable, Tuple
def apply(f: Callable[..., int], args: Tuple[int, ...]) -> int:
    return f(*args)
print(apply(lambda *a: sum(a), (1, 2, 3)), apply.__annotations__["args"], apply.__annotations__["f"])
