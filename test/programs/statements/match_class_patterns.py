# match class patterns: positional via __match_args__, keyword attributes, builtin types matching self, dataclasses.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Line:
    start: Point
    end: Point
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1}"
        case Line(start=Point() as s, end=e):
            return f"line from {s} to {e}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(radius=r):
            return f"circle r={r}"
        case int(i) | float(i):
            return f"number {i}"
        case str() as s:
            return f"string {s}"
        case list([int(), *_]):
            return "list starting with int"
        case dict(d) if not d:
            return "empty dict"
        case _:
            return "unknown"
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Line(Point(1, 2), Point(1, 9)), Line(Point(0, 0), Point(2, 3)),
          Circle(Point(1, 1), 20), Circle(Point(0, 0), 2), 5, 2.5, "s", [1, "a"], ["a"], {}, {"k": 1}]:
    print(where(o))
def err(f):
    try:
        return f()
    except TypeError as e:
        return f"TypeError: {e}"
class NoArgs:
    pass
def positional_without_match_args(o):
    match o:
        case NoArgs(x):
            return x
print(err(lambda: positional_without_match_args(NoArgs())))
class TooMany:
    __match_args__ = ("a",)
    a = 1
def too_many(o):
    match o:
        case TooMany(a, b):
            return a, b
print(err(lambda: too_many(TooMany())))
def not_a_class(o):
    NotClass = 5
    match o:
        case NotClass():
            return "?"
print(err(lambda: not_a_class(1)))
def int_two_args(o):
    match o:
        case int(a, b):
            return a
print(err(lambda: int_two_args(3)))
