def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
def g(a, b):  # type: (int, str) -> bool
    pass
x = 1  # type: int
for x in y:  # type: int
    pass
with a as b:  # type: int
    pass
y = []  # type: ignore
z = 1  # type: ignore[assignment]
# type: ignore
w = 2  #type:ignore
