# The builtin types whose own __dict__ tools/gen-type-dicts.ts records from CPython 3.10.2 and
# test/objects/type-dicts.test.ts compares with dislab's: one line per type, "module.qualname: "
# then each key of the type's __dict__ in order with the type name of its value (key=kind).
import builtins, sys, types

def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
def cell():
    x = 1
    return (lambda: x).__closure__[0]
class Seq:
    def __getitem__(self, i): raise IndexError
co, ag = coro(), agen()
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
# types reachable from expressions, then builtins' and types' own
found = [
    type(None), type(NotImplemented), type(...), type(gen), type(gen()), type(co), type(ag), type(co.__await__()),
    type(ag.asend(None)), type(ag.athrow(ValueError)), type((lambda: 0).__get__(1)), type(len), type(list.append),
    type(list.__add__), type([].__add__), type(dict.__dict__["fromkeys"]), type(type.__dict__["__dict__"]),
    type(complex.real), type(type.__dict__), type(gen.__code__), type(sys._getframe()), type(cell()), type(tb), type(sys),
    type({}.keys()), type({}.values()), type({}.items()), type(iter({})), type(iter({}.values())), type(iter({}.items())),
    type(reversed({})), type(reversed({}.values())), type(reversed({}.items())), type(iter([])), type(reversed([])),
    type(iter(())), type(iter("")), type(iter(set())), type(iter(range(1))), type(iter(range(2**70))), type(iter(b"")),
    type(iter(bytearray())), type(iter(int, 1)), type(iter(Seq())), type(list[int]), type(int | str),
]
co.close()
MODULES = "_collections _functools itertools _operator _io _struct array _datetime _random _sre _csv zlib _json _thread _weakref _contextvars _abc time math mmap".split()
types_ = []
for n in sorted(dir(builtins)):
    if isinstance(getattr(builtins, n), type): types_.append(getattr(builtins, n))
types_ += found + sorted((v for v in vars(types).values() if isinstance(v, type)), key=lambda t: t.__name__)
for mn in MODULES:
    m = __import__(mn)
    types_ += [v for k, v in sorted(vars(m).items()) if isinstance(v, type) and not issubclass(v, BaseException)]
seen = set()
for t in types_:
    if t in seen: continue
    seen.add(t)
    print(f"{t.__module__}.{t.__qualname__}: " + " ".join(f"{k}={type(v).__name__}" for k, v in t.__dict__.items()))
