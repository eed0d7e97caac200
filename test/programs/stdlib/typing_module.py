# typing: reprs of generic aliases, Optional/Union normalisation, get_type_hints, TypeVar, Generic classes, Protocol, NamedTuple, TypedDict, Literal.
from typing import (Any, Callable, Dict, Generic, List, Literal, NamedTuple, Optional, Protocol, Tuple, TypedDict, TypeVar, Union,
                    get_args, get_origin, get_type_hints, runtime_checkable, cast, Final, ClassVar, Annotated)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str, int], Union[int], Tuple[int, ...], Callable[[int, str], bool], Any)
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Union[int, str]), Literal["a", 1], Annotated[int, "meta"])
print(list[int], dict[str, tuple[int, ...]], int | None, Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
print(T, N.__constraints__, B.__bound__, T.__name__)
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box[int], Box(5).get(), Box.__parameters__, get_type_hints(Box.get))
class Point(NamedTuple):
    x: int
    y: int = 0
print(Point(1), Point._fields, Point.__annotations__, Point(1, 2)._asdict())
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "Blade Runner"}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), get_type_hints(Movie))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(5, Closable), cast(int, "not checked"))
class Cfg:
    limit: ClassVar[int] = 3
    name: Final = "x"
def f(a: int, b: "List[str]" = None) -> Optional[Dict[str, int]]:
    pass
print(get_type_hints(f), get_type_hints(Cfg))
