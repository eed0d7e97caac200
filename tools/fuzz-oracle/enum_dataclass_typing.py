import random, sys
# enum, dataclasses and typing: random Enum/IntEnum/Flag/IntFlag classes (values of every kind,
# aliases, auto() and _generate_next_value_, _missing_, @unique, _ignore_, mixins, the functional
# API) and what their members do (lookup by value and name, iteration, len, containment, flag
# combinations and inversions and their 3.10 reprs, reassignment and extension errors); random
# dataclasses (field orders with and without defaults, default_factory, mutable defaults, init/
# repr/compare/hash flags, frozen, order, unsafe_hash, kw_only and KW_ONLY, slots, match_args,
# InitVar, ClassVar, __post_init__, inheritance) and asdict/astuple/replace/fields on them; typing's
# reprs and errors (Union/Optional flattening, X | Y, generics and their parameters, Callable,
# Literal, Annotated, TypeVar/ParamSpec, NewType, Protocol checks, get_type_hints with forward
# references, get_origin/get_args). Each line is one snippet's result or its exception.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 3100)

VALUES = ["1", "2", "3", "1", "'a'", "'b'", "(1, 2)", "auto()", "auto()", "auto()", "0", "-1", "1.5", "None", "[1]", "2**40", "'1'", "object()"]
NAMES = ["A", "B", "C", "D", "_E", "mro", "name", "value", "_sunder_", "__dunder__", "a"]


def enum_src():
    base = random.choice(["Enum", "Enum", "IntEnum", "Flag", "IntFlag", "str, Enum", "int, Enum", "Enum"])
    lines = [("@unique\n" if random.random() < 0.15 else "") + f"class E({base}):"]
    names = random.sample(NAMES, random.randint(0, 5))
    if base in ("Flag", "IntFlag") and random.random() < 0.7:
        vals = random.sample(["1", "2", "4", "8", "3", "auto()", "auto()", "0", "6", "16"], len(names))
    else:
        vals = [random.choice(VALUES) for _ in names]
    if random.random() < 0.15:
        lines.append("    _ignore_ = ['tmp']")
        lines.append("    tmp = 5")
    for n, v in zip(names, vals):
        lines.append(f"    {n} = {v}")
    if random.random() < 0.2:
        lines.append("    @classmethod")
        lines.append("    def _missing_(cls, value):")
        lines.append(f"        return {random.choice(['None', 'cls(1) if value == 99 else None', '5', 'list(cls)[0] if len(cls) else None'])}")
    if random.random() < 0.15:
        lines.append("    def _generate_next_value_(name, start, count, last_values):")
        lines.append(f"        return {random.choice(['name.lower()', 'count * 10', '(name, count)'])}")
    if random.random() < 0.1:
        lines.append("    def describe(self): return (self.name, self.value)")
    if len(lines) == 1:
        lines.append("    pass")
    return "\n".join(lines) + "\n"


ENUM_OPS = ["list(E)", "len(E)", "list(E.__members__.items())", "[repr(m) for m in E]", "[str(m) for m in E]",
            "E(1)", "E(2)", "E(3)", "E('a')", "E(99)", "E(0)", "E['A']", "E['Z']", "E.A", "E.B.value", "E.A.name",
            "E.A is E.B", "E.A == 1", "E.A < E.B", "1 in E", "E.A in E", "hash(E.A) == hash(E.A.name)", "E.A | E.B",
            "E.A & E.B", "E.A ^ E.B", "~E.A", "~(E.A | E.B)", "E(7)", "E(-1)", "repr(E(6))", "repr(E(0))", "repr(E(12))",
            "bool(E.A)", "E.A + 1", "format(E.A)", "f'{E.A}'", "format(E.A, '>6')", "E.A.describe()", "setattr(E, 'A', 5)",
            "delattr(E, 'A')", "type('F', (E,), {})", "type('F', (E,), {'X': 1})", "E.__members__['A']", "E._member_names_",
            "isinstance(E.A, int)", "sorted(E, key=lambda m: m.name)", "E.A.value in E._value2member_map_",
            "[m.name for m in reversed(E)]", "E.tmp", "dir(E.A)[:5]", "E.A._value_", "E.mro", "E.name", "E._E",
            "E.__dunder__", "E.a", "E('1')", "int(E.A)", "E.A.real"]


def functional_enum():
    kind = random.choice(["Enum", "IntEnum", "Flag", "IntFlag"])
    spec = random.choice(["'RED GREEN BLUE'", "'RED,GREEN'", "['X', 'Y']", "[('X', 5), ('Y', 5)]", "{'P': 'p', 'Q': 'q'}",
                          "''", "'A A'", "[('A', 1), 'B']", "5", "'mro'", "'_sunder_ x'"])
    extra = random.choice(["", ", start=0", ", start=10", ", module='m'", ", qualname='Q.E'", ", type=int"])
    op = random.choice(["list(E)", "repr(E)", "[repr(m) for m in E]", "E.__module__", "E.__qualname__", "[m.value for m in E]"])
    return f"(lambda E: {op})({kind}('E', {spec}{extra}))"


FIELD_TYPES = ["int", "str", "list", "'int'", "ClassVar[int]", "InitVar[int]", "Optional[int]", "KW_ONLY", "typing.Any"]
DEFAULTS = ["", "", " = 0", " = 'x'", " = []", " = field(default_factory=list)", " = field(default=1, repr=False)",
            " = field(init=False, default=2)", " = field(compare=False, default=3)", " = field(hash=False, default=4)",
            " = field(kw_only=True, default=5)", " = field(kw_only=True)", " = field(default=1, default_factory=list)",
            " = field(init=False)", " = {}", " = set()", " = ()", " = field(metadata={'u': 1}, default=6)"]


def dataclass_src():
    args = []
    for a in ["eq", "order", "frozen", "unsafe_hash", "repr", "init", "kw_only", "slots", "match_args"]:
        if random.random() < 0.15:
            args.append(f"{a}={random.choice(['True', 'False'])}")
    deco = "@dataclass" + (f"({', '.join(args)})" if args else random.choice(["", "()"]))
    lines = []
    base = ""
    if random.random() < 0.25:
        bargs = random.choice(["", "(frozen=True)", "(order=True)", "(eq=False)"])
        lines += [f"@dataclass{bargs}", "class Base:", f"    b0: int{random.choice(['', ' = 9'])}"]
        base = "(Base)"
    lines += [deco, f"class DC{base}:"]
    names = random.sample(["x", "y", "z", "w", "v"], random.randint(0, 4))
    for n in names:
        t = random.choice(FIELD_TYPES)
        if t == "KW_ONLY":
            lines.append(f"    _: KW_ONLY")
            continue
        lines.append(f"    {n}: {t}{random.choice(DEFAULTS)}")
    if random.random() < 0.2:
        lines.append("    plain = 7")
    if random.random() < 0.25:
        params = [n for n in names if any(l.startswith(f"    {n}: InitVar") for l in lines)]
        lines.append(f"    def __post_init__(self{''.join(', ' + p for p in params)}):")
        lines.append("        " + random.choice(["self.extra = 1", "pass", "raise ValueError('post')", "object.__setattr__(self, 'extra', 2)"]))
    if random.random() < 0.1:
        lines.append("    def __eq__(self, o): return 'custom'")
    if len(lines) <= 2 + (3 if base else 0):
        lines.append("    pass")
    return "\n".join(lines) + "\n"


DC_OPS = ["DC()", "DC(1)", "DC(1, 2)", "DC(1, 2, 3)", "DC(x=1)", "DC(1, y=2)", "DC(1, 2, 3, 4)", "DC(b0=1)", "DC(1, x=1)",
          "[f.name for f in fields(DC)]", "[(f.name, f.init, f.repr, f.compare, f.hash, f.kw_only) for f in fields(DC)]",
          "inspect.signature(DC)", "DC.__match_args__", "hasattr(DC, '__slots__') and DC.__slots__", "DC.__hash__ is None",
          "DC.__dataclass_params__", "repr(mk())", "mk() == mk()", "mk() < mk()", "(lambda a, b: hash(a) == hash(b))(mk(), mk())",
          "asdict(mk())", "astuple(mk())", "replace(mk())", "replace(mk(), x=5)", "replace(mk(), nope=1)",
          "setattr(mk(), 'x', 5)", "delattr(mk(), 'x')", "setattr(mk(), 'new', 1)", "mk().__dict__", "is_dataclass(DC)",
          "is_dataclass(mk())", "fields(mk())[0].type if fields(DC) else None", "DC.__annotations__", "copy.copy(mk())",
          "mk() == 1", "sorted([mk(), mk()])", "DC.__init__.__doc__", "DC.__doc__", "str(mk())", "vars(DC).get('x', 'none')",
          "asdict(1)", "fields(1)", "getattr(mk(), 'extra', 'noextra')", "DC.__eq__ is object.__eq__", "mk().__reduce_ex__(2)[0].__name__"]


TYPING = [
    "Optional[int]", "Union[int, str]", "Union[int, None]", "Union[int, int]", "Union[int]", "Union[int, Union[str, bytes]]",
    "Optional[Union[int, str]]", "int | str", "int | None", "None | int", "int | 'str'", "list[int] | None", "Union[int, str] | float",
    "List[int]", "list[int]", "Dict[str, int]", "dict[str, list[int]]", "Tuple[int, ...]", "tuple[()]", "Tuple[()]",
    "Callable[[int, str], bool]", "Callable[..., int]", "Callable[[], None]", "Callable[int, str]", "Callable[[int], str][int]",
    "Literal[1, 'a', None]", "Literal[1, 1]", "Literal[True] == Literal[1]", "Annotated[int, 'meta']", "Annotated[int]",
    "Annotated[Optional[int], 1, 2]", "Type[int]", "type[int]", "Set[int]", "FrozenSet[str]", "Iterable[T]", "Mapping[K, V][str, int]",
    "Dict[K, V][int]", "G[int]", "G[int, str]", "G2[int, str]", "G2[int]", "Generic[int]", "Generic[T, T]", "G[T][int]",
    "G", "G[int]()", "type(G[int]())", "G[int].__origin__", "G.__parameters__", "G2[int, T].__parameters__", "T", "T_co", "T_contra",
    "TypeVar('X', int)", "TypeVar('X', bound=int)", "TypeVar('X', int, str)", "P", "P.args", "Callable[P, int]", "Callable[P, int][[str], ]",
    "Callable[Concatenate[int, P], str]", "Concatenate[int]", "ClassVar[int]", "Final[int]", "ClassVar[int, str]",
    "Union[int, str] == Union[str, int]", "int | str == Union[int, str]", "hash(Union[int, str]) == hash(Union[str, int])",
    "Optional[int] == Union[None, int]", "List[int] == list[int]", "list[int] == list[int]", "isinstance(1, int | str)",
    "isinstance(1, Union[int, str])", "isinstance(1, list[int])", "isinstance([], List)", "isinstance([], List[int])",
    "issubclass(bool, int | str)", "isinstance(1, Optional[int])", "get_origin(List[int])", "get_args(Dict[str, int])",
    "get_origin(int | str)", "get_args(int | str)", "get_args(Callable[[int], str])", "get_origin(Literal[1])",
    "get_args(Annotated[int, 'x'])", "get_origin(G[int])", "get_args(Optional[int])", "get_origin(P.args)",
    "UserId", "UserId(5)", "UserId.__supertype__", "NewType('X', 5)", "isinstance(1, UserId)", "UserId | None",
    "isinstance(1, Proto)", "isinstance(C(), RProto)", "isinstance(1, RProto)", "issubclass(C, RProto)",
    "get_type_hints(f)", "get_type_hints(f, include_extras=True)", "get_type_hints(Fwd)", "get_type_hints(BadFwd)",
    "get_type_hints(1)", "f.__annotations__", "cast(int, 'x')", "cast('int', 1)", "NT(1)", "NT(1, 'b')", "NT._fields",
    "NT.__annotations__", "NT._field_defaults", "TD(a=1)", "TD.__required_keys__", "TD.__total__", "Any", "NoReturn",
    "Union[()]", "Union[Any, int]", "Optional[Any]", "Union[int, Any, str]", "Union[NoReturn, int]", "List[Any]", "Tuple[int, str][int]",
    "Literal[[1]]", "Literal[G]", "Union[1]", "Optional[1]", "List[1]", "Tuple[1]", "Dict[int]", "int | 1", "G[0]",
    "Protocol[int]", "Protocol[T]", "Proto()", "SizedC() if 0 else issubclass(list, Sized)", "isinstance(3, SupportsInt)",
    "isinstance('3', SupportsInt)", "TypeAlias", "Optional", "Union", "Generic", "Generic()", "TypeVar('T') == TypeVar('T')",
    "(T.__name__, T.__bound__, T.__constraints__, T.__covariant__)", "repr(Callable)", "repr(Tuple)", "repr(List)",
]


PRELUDE = r'''import typing, inspect, copy
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY
from typing import (ClassVar, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Literal, Annotated,
    Type, Iterable, Mapping, Generic, TypeVar, ParamSpec, Concatenate, Final, NewType, Protocol,
    runtime_checkable, get_type_hints, get_origin, get_args, cast, NamedTuple, TypedDict, Any, NoReturn,
    Sized, SupportsInt, TypeAlias)
T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V")
T_co = TypeVar("T_co", covariant=True); T_contra = TypeVar("T_contra", contravariant=True)
P = ParamSpec("P")
class G(Generic[T]): pass
class G2(Generic[K, V]): pass
UserId = NewType("UserId", int)
class Proto(Protocol):
    def meth(self) -> int: ...
@runtime_checkable
class RProto(Protocol):
    def meth(self) -> int: ...
class C:
    def meth(self): return 1
def f(a: "int", b: Optional["G[int]"] = None, *c: Annotated[int, "x"], d: "Undefined" = 1) -> "List[T]": pass
f.__annotations__.pop("d")
class Fwd:
    x: "int"
    y: "Optional[Fwd]"
    z: ClassVar["str"]
class BadFwd:
    x: "Nope"
class NT(NamedTuple):
    a: int
    b: str = "x"
class TD(TypedDict, total=False):
    a: int
def show(v):
    return repr(v)
def p(i, f):
    try:
        r = f()
    except Exception as e:
        print(i, type(e).__name__, e)
    else:
        print(i, show(r))
def cls(i, src, ops, name):
    ns = dict(globals())
    try:
        exec(src, ns)
    except Exception as e:
        print(i, "class", type(e).__name__, e)
        return
    for k, op in enumerate(ops):
        try:
            print(i, k, show(eval(op, ns)))
        except Exception as e:
            print(i, k, type(e).__name__, e)
'''

out = [PRELUDE]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 700
for i in range(n):
    r = random.random()
    if r < 0.35:
        out.append(f"cls({i}, {enum_src()!r}, {random.sample(ENUM_OPS, random.randint(3, 8))!r}, 'E')")
    elif r < 0.42:
        out.append(f"p({i}, lambda: {functional_enum()})")
    elif r < 0.75:
        src = dataclass_src()
        src += "def mk():\n    for args in ((), (1,), (1, 2), (1, 2, 3)):\n        try:\n            return DC(*args)\n        except TypeError:\n            pass\n    return DC(b0=1) if 'b0' in DC.__init__.__code__.co_varnames else None\n"
        out.append(f"cls({i}, {src!r}, {random.sample(DC_OPS, random.randint(3, 8))!r}, 'DC')")
    else:
        for _ in range(4):
            out.append(f"p({i}, lambda: {random.choice(TYPING)})")
sys.stdout.write("\n".join(out) + "\n")
