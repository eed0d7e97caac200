# Inheritance: method overriding, calling parent methods explicitly, isinstance/issubclass, abstract-ish patterns.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area():.2f}"
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = "square"
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.141592653589793 * self.r ** 2
for s in [Rect(2, 3), Square(4), Circle(1)]:
    print(s.describe(), isinstance(s, Rect), type(s).__mro__[1].__name__)
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, (int, Rect)), isinstance(Square(1), (Circle, Rect)))
print(Square.__bases__, Square.__base__.__base__.__name__, Square.sides, Circle.sides, vars(Square(2)))
class Animal:
    def speak(self):
        return f"{self.sound()}!"
    def sound(self):
        return "..."
class Dog(Animal):
    def sound(self):
        return "woof"
class Puppy(Dog):
    def sound(self):
        return super().sound() + "ish"
print([a.speak() for a in [Animal(), Dog(), Puppy()]])
def err(f):
    try:
        return f()
    except TypeError as e:
        return f"TypeError: {e}"
print(err(lambda: issubclass(1, int)))
print(err(lambda: isinstance(1, 1)))
print(err(lambda: issubclass(int, "x")))
