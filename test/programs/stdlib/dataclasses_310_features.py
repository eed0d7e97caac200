# dataclasses features new in 3.10: kw_only, KW_ONLY sentinel, slots=True, match_args, and inheritance of fields.
from dataclasses import dataclass, field, KW_ONLY, fields
@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80
print(Config(host="h"), Config(port=1, host="x"))
try:
    Config("h")
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=5), [f.kw_only for f in fields(Mixed)])
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Derived(Base):
    c: float = 1.0
    a: int = 10
print(Derived(), Derived(1, "x", 2.5), [f.name for f in fields(Derived)], Derived.__match_args__)
@dataclass(match_args=False)
class NoMatch:
    v: int
print(hasattr(NoMatch, "__match_args__"))
@dataclass(eq=False)
class Identity:
    v: int
print(Identity(1) == Identity(1), Identity(1).__eq__(Identity(1)))
@dataclass(unsafe_hash=True)
class Hashable:
    v: int
    w: list = field(default_factory=list, hash=False, compare=False)
print(hash(Hashable(3)) == hash(Hashable(3, [1])))
