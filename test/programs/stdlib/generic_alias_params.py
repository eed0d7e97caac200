# types.GenericAlias and X | Y with type variables: __parameters__, substitution (list[T][int]), subclasses of GenericAlias, typing's NamedTuple/TypedDict hints.
import typing, types, collections.abc
T = typing.TypeVar("T"); K = typing.TypeVar("K")
def show(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__ + ":", e)
show(lambda: list[T].__parameters__)
show(lambda: list[T][int])
show(lambda: dict[K, list[T]][str, int])
show(lambda: dict[str, T].__parameters__)
show(lambda: collections.abc.Callable[[int], T][str])
show(lambda: typing.get_type_hints(lambda x: 0))
class C(typing.NamedTuple):
    a: int
    b: str = "x"
show(lambda: (C(1), C.__annotations__, C._field_defaults))
TD = typing.TypedDict("TD", {"a": int, "b": list[T]}, total=False)
show(lambda: (TD.__annotations__, TD.__total__))
show(lambda: typing.get_type_hints(TD))
@typing.final
class F: pass
show(lambda: typing.get_origin(list[int]) is list)
show(lambda: typing.get_args(int | str))
show(lambda: typing.Union[int, list[T]][str])
show(lambda: (int | list[T]).__parameters__)
show(lambda: typing.Annotated[list[T], "m"][int])
P = typing.ParamSpec("P")
show(lambda: list[P].__parameters__)
show(lambda: list[int][str])
show(lambda: dict[T, T][int, str])
show(lambda: (dict[T, T][int], list[list[T]][int]))
class G(list[T]): pass
show(lambda: (G.__orig_bases__, G.__mro__))
import collections.abc as c
show(lambda: (type(c.Callable[[int], T]), c.Callable[[int], T].__parameters__, c.Callable[[int], T][str]))
show(lambda: (type(list[int])(list, int), type(list[int])(dict, (str, T))[int]))
show(lambda: (int | list[T])[str, int])
show(lambda: (int | str)[int])
