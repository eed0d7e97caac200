# Which objects take weak references: builtin types with a weak reference list (partial, deque, array,
# tee, Pattern, io objects, memoryview, locks...) and not the rest (property, exceptions, descriptors);
# classes by CPython's rules (__slots__ with or without __weakref__, variable-size bases, secondary bases),
# and the __weakref__ attribute.
import weakref, functools, collections, array, itertools, re, io, sys, types, operator, _thread, datetime
import ast, _io, pyexpat, zlib, _csv
def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
class C:
    def m(self): pass
objs = {
 "partial": functools.partial(print), "deque": collections.deque(), "array": array.array('i'), "tee": itertools.tee([1])[0],
 "pattern": re.compile("a"), "match": re.match("a", "a"), "OrderedDict": collections.OrderedDict(), "defaultdict": collections.defaultdict(),
 "StringIO": io.StringIO(), "BytesIO": io.BytesIO(), "memoryview": memoryview(b"x"), "property": property(), "staticmethod": staticmethod(len),
 "classmethod": classmethod(len), "ValueError": ValueError(), "frame": sys._getframe(), "cell": (lambda x: (lambda: x))(1).__closure__, "slice": slice(1),
 "range": range(3), "bytearray": bytearray(), "gen": gen(), "coro": coro(), "agen": agen(), "builtin": len, "method": C().m,
 "method-wrapper": (1).__add__, "wrapper_descriptor": int.__add__, "method_descriptor": str.join, "SimpleNamespace": types.SimpleNamespace(),
 "itemgetter": operator.itemgetter(1), "lock": _thread.allocate_lock(), "RLock": _thread.RLock(),
 "date": datetime.date(2000, 1, 1), "timedelta": datetime.timedelta(1), "lru_cache": functools.lru_cache(len), "count": itertools.count(),
 "chain": itertools.chain(), "mappingproxy": types.MappingProxyType({}), "object": object(), "super": super(C, C()), "zip": zip(),
 "map": map(len, []), "list_iterator": iter([]), "dict_keys": {}.keys(), "Counter": collections.Counter(), "FileIO-like TextIOWrapper": sys.stdout,
 "deque_iter": iter(collections.deque()), "weakref": weakref.ref(C), "enumerate": enumerate([]), "NoneType": None,
 "ellipsis": ..., "NotImplemented": NotImplemented, "type": int, "Struct": __import__("struct").Struct("i"), "reversed": reversed([]),
 "BufferedReader": io.BufferedReader(io.BytesIO()), "cached_property": functools.cached_property(len), "partialmethod": functools.partialmethod(len),
 "GenericAlias": list[int], "Union": int | str, "frozenset": frozenset(), "set": set(), "code": gen.__code__, "module": sys,
}
for name, obj in objs.items():
    if name == "cell": obj = obj[0]
    try:
        weakref.ref(obj)
        print(name, "ok")
    except TypeError as e:
        print(name, "TypeError", e)

def check(label, make):
    try:
        o = make()
    except TypeError as e:
        print(label, "class TypeError", e)
        return
    try:
        weakref.ref(o)
        print(label, "ok", "__weakref__" in type(o).__dict__)
    except TypeError as e:
        print(label, "TypeError", e)
for base in (int, str, tuple, bytes, list, dict, float, complex, frozenset, set, bytearray, Exception, object, type):
    def mk(base=base):
        class C(base): pass
        return C() if base is not type else C("X", (), {})
    check("sub-" + base.__name__, mk)
def slots0():
    class C: __slots__ = ()
    return C()
def slots_weak():
    class C: __slots__ = ("__weakref__",)
    return C()
def slots_sub():
    class A: pass
    class B(A): __slots__ = ()
    return B()
def slots_int_weak():
    class C(int): __slots__ = ("__weakref__",)
    return C()
def slots_twice():
    class A: pass
    class B(A): __slots__ = ("__weakref__",)
    return B()
def mixin():
    class A: __slots__ = ()
    class M: pass
    class B(A, M): __slots__ = ()
    return B()
def exc_slots():
    class E(Exception): __slots__ = ()
    return E()
for f in (slots0, slots_weak, slots_sub, slots_int_weak, slots_twice, mixin, exc_slots):
    check(f.__name__, f)
class D: pass
d = D()
r = weakref.ref(d)
print(d.__weakref__ is r, D.__weakref__.__doc__)
print(type(D.__dict__["__weakref__"]).__name__)

cands = {"ast.AST": ast.AST(), "ast.Name": ast.Name(), "_local": _thread._local(),
         "groupby": itertools.groupby([]), "FileIO": io.FileIO(0, closefd=False), "IOBase": _io._IOBase(), "RawIOBase": _io._RawIOBase(),
         "TextIOBase": _io._TextIOBase(), "BufferedIOBase": _io._BufferedIOBase(),
         "BufferedWriter": io.BufferedWriter(io.BytesIO()), "BufferedRandom": io.BufferedRandom(io.BytesIO()),
         "BufferedRWPair": io.BufferedRWPair(io.BytesIO(), io.BytesIO()), "xmlparser": pyexpat.ParserCreate(), "compressobj": zlib.compressobj(),
         "attrgetter": operator.attrgetter("x"), "KeyWrapper": functools.cmp_to_key(len)(1), "deque-it": iter(collections.deque()),
         "_tuplegetter": collections.namedtuple("P", "x").x, "Scanner": __import__("re").compile("a").scanner("a"),
         "csvreader": _csv.reader([]), "property": property(),
         "classmethod_descr": dict.__dict__["fromkeys"], "getset": type.__dict__["__dict__"], "member": type("Q", (), {"__slots__": ("a",)}).__dict__["a"],
         "BaseException": BaseException(), "StopIteration": StopIteration()}
for k, v in cands.items():
    try:
        weakref.ref(v); print(k, "ok")
    except TypeError as e:
        print(k, "TypeError", e)

# (closed: CPython warns at exit that a coroutine left unawaited was never awaited, the oracle, which does not finalize, not)
objs["coro"].close()
