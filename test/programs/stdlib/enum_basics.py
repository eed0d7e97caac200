# enum.Enum: members, values, names, iteration order, aliases, lookup by value and name, auto, unique, comparisons.
from enum import Enum, auto, unique, IntEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, type(Color.RED).__name__, isinstance(Color.RED, Color), list(Color.__members__))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), Color.RED in Color, hash(Color.RED) == hash(Color.RED))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: Color(7)), err(lambda: Color["PURPLE"]), err(lambda: setattr(Color.RED, "value", 5)), err(lambda: Color.RED < Color.BLUE))
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    def describe(self):
        return f"{self.name.lower()}#{self.value}"
    @classmethod
    def default(cls):
        return cls.CIRCLE
print([s.describe() for s in Shape], Shape.default(), Shape.SQUARE.value)
print(err(lambda: unique(Enum("Dup", [("A", 1), ("B", 1)]))))
class Prio(IntEnum):
    LOW = 1
    HIGH = 10
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.LOW), Prio(10), f"{Prio.HIGH}", str(Prio.HIGH), format(Prio.LOW, "d"))
Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value, Enum("Pair", [("X", "x"), ("Y", "y")]).Y)
print(err(lambda: type("Ext", (Color,), {"PINK": 9})))
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("matched GREEN")
