# dataclasses (InitVar, make_dataclass, slots, kw_only, KW_ONLY, replace), typing hints and protocols, enum, singledispatch, pprint of dataclasses.
import dataclasses as dc, typing, pprint, types, inspect, enum, functools
from typing import Protocol, Generic, TypeVar, ClassVar, Any
def show(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__ + ":", e)
@dc.dataclass
class A:
    x: int
    y: dc.InitVar[int] = 0
    z: list = dc.field(default_factory=list, repr=False)
    c: ClassVar[int] = 5
    def __post_init__(self, y): self.z.append(y)
show(lambda: (A(1, 2), A.__init__.__text_signature__ if hasattr(A.__init__, "__text_signature__") else None, str(inspect.signature(A))))
B = dc.make_dataclass("B", [("p", int), ("q", str, dc.field(default="q"))], namespace={"m": lambda self: self.p})
show(lambda: (B(3), B(1).m(), [f.name for f in dc.fields(B)]))
@dc.dataclass(slots=True, kw_only=True)
class S:
    a: int
    b: int = 2
show(lambda: (S(a=1), S.__slots__, hasattr(S(a=1), "__dict__")))
show(lambda: S(1))
@dc.dataclass(eq=True, frozen=True)
class Fz:
    a: int
    _: dc.KW_ONLY
    b: int = 0
show(lambda: (Fz(1, b=2), hash(Fz(1)) == hash(Fz(1)), dc.replace(Fz(1), a=5), dc.astuple(Fz(3)), dc.asdict(Fz(4))))
show(lambda: dc.replace(Fz(1), c=5))
show(lambda: pprint.pformat(B(3)))
pprint.pprint([A(i) for i in range(3)], width=30)
T = TypeVar("T", bound="Base")
class Base(Generic[T]):
    def clone(self: T) -> T: return self
class Sized_(Protocol):
    size: int
    def area(self) -> float: ...
show(lambda: typing.get_type_hints(Base.clone))
show(lambda: (Sized_.__protocol_attrs__ if hasattr(Sized_, "__protocol_attrs__") else sorted(typing._get_protocol_attrs(Sized_))))
show(lambda: isinstance(3, Sized_))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
show(lambda: (list(Color), Color(1), Color["GREEN"], Color.RED.name, repr(Color.RED)))
class Flag(enum.IntFlag):
    A = 1
    B = 2
show(lambda: (Flag.A | Flag.B, Flag(3), ~Flag.A))
@functools.singledispatch
def fn(x): return "obj"
@fn.register
def _(x: int): return "int"
show(lambda: (fn(1), fn("s"), fn.registry.keys()))
show(lambda: typing.get_type_hints(A))
show(lambda: typing.get_type_hints(A, include_extras=True))
show(lambda: typing.Literal[1, 2] == typing.Literal[2, 1])
show(lambda: typing.Callable[..., int])
show(lambda: typing.Concatenate)
P = typing.ParamSpec("P")
show(lambda: typing.Callable[P, int])
show(lambda: typing.TypeAlias)
show(lambda: typing.TypeGuard[int])
show(lambda: types.get_original_bases if hasattr(types, "get_original_bases") else "absent")
