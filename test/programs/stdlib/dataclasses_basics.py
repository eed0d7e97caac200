# dataclasses: generated __init__/__repr__/__eq__, defaults and default_factory, order, frozen, asdict/astuple/replace, fields.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)
i = Item("pen", 1.5)
i.tags.append("office")
print(i, Item("pen", 1.5, ["office"]) == i, Item("a") != Item("b"), asdict(i), astuple(i), replace(i, price=2.0))
print([f.name for f in fields(Item)], fields(Item)[2].default_factory, is_dataclass(i), is_dataclass(Item), Item.__match_args__)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
vs = sorted([Version(1, 2), Version(0, 9), Version(1, 0)])
print(vs, Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)), {Version(1): "v1"}[Version(1, 0)])
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class WithPost:
    a: int
    b: int
    total: int = field(init=False)
    def __post_init__(self):
        self.total = self.a + self.b
print(WithPost(2, 3))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: Item()), err(lambda: Item("a", 1, [], "s", "extra")))
print(err(lambda: dataclass(type("Bad", (), {"__annotations__": {"a": list}, "a": []}))))
print(err(lambda: dataclass(type("Order", (), {"__annotations__": {"a": int, "b": int}, "a": 1}))))
