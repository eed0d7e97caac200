# Creating classes at runtime with type(), types.new_class, and adding methods after creation.
import types
def init(self, v):
    self.v = v
Point = type("Point", (object,), {"__init__": init, "double": lambda self: self.v * 2, "kind": "dynamic"})
p = Point(21)
print(p.double(), Point.kind, Point.__name__, Point.__qualname__, Point.__module__, type(p).__name__, Point.__bases__)
Sub = type("Sub", (Point,), {})
print(Sub(1).double(), issubclass(Sub, Point), [c.__name__ for c in Sub.__mro__])
def body(ns):
    ns["x"] = 1
    ns["hello"] = lambda self: "hi"
K = types.new_class("K", (Point,), {}, body)
print(K.x, K(3).hello(), K(3).double())
def err(f):
    try:
        return f()
    except TypeError as e:
        return f"TypeError: {e}"
print(err(lambda: type("X", (1,), {})))
print(err(lambda: type("X", (), [])))
print(err(lambda: type(1, (), {})))
print(err(lambda: type("X", (bool,), {})))
print(err(lambda: type("A", (), {}, extra=1)))
print(err(lambda: type()))
print(type(1), type("x", (), {}).__name__, type.__name__, type(type).__name__)
Point.triple = lambda self: self.v * 3
print(p.triple(), hasattr(Point, "triple"))
Point.__repr__ = lambda self: f"Point({self.v})"
print(p, [p])
del Point.__repr__
print(repr(p).split(" object at ")[0])
class Template:
    def describe(self):
        return type(self).__name__
classes = {name: type(name, (Template,), {"n": i}) for i, name in enumerate(["Alpha", "Beta"])}
print([c().describe() for c in classes.values()], [c.n for c in classes.values()])
