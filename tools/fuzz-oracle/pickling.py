import random, sys
# pickle and copy on random nested values of every kind dislab implements: scalars at their edges
# (big and negative ints, nan/inf/-0.0, astral and surrogate strings), containers, range/slice/
# Ellipsis, types and builtins and module-level functions and classes (pickled by reference),
# collections, datetime, array, Fraction, enum members, dataclasses, user classes with __slots__,
# __getstate__/__setstate__, __reduce__/__reduce_ex__, __getnewargs__(_ex)__, __copy__/__deepcopy__,
# recursive structures and shared references. Each line is pickle.dumps' bytes for a protocol, a
# round trip's repr and equality, copy/deepcopy results, identity kept by copies, __reduce_ex__'s
# value, or the error for an unpicklable object.
# Sets hold only small non-negative ints: the order of other sets follows hashes, which the 32-bit oracle
# has its own. No bytes value has the text of a str value: protocols 0-2 pickle bytes through a str
# made at run time, which CPython's memo (by id) keeps apart from an equal str and dislab's, whose
# equal strs are one object, does not (as with a qualname's last part after a builtin method's name).
# Errors whose message the C _pickle the oracle uses and the pure-Python pickle dislab uses word
# differently (in CPython itself) print only that the object is not picklable: see README.md.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 271)

SCALARS = ["None", "True", "False", "0", "1", "-1", "255", "256", "-256", "65535", "65536", "-129", "2**31-1", "2**31", "-2**31",
           "-2**31-1", "2**32", "2**63", "-2**63-1", "2**64", "2**100", "-(2**200)+7", "0.0", "-0.0", "1.5", "1e300", "5e-324",
           "float('nan')", "float('inf')", "-float('inf')", "1/3", "complex(1, 2)", "complex(-0.0, float('inf'))", "1j",
           "''", "'abc'", r"'\xe9t\xe9'", r"'\u20ac'", r"'\U0001f600x'", r"'\ud800'", r"'a\nb\\c'", r"'\x00\r\u0100'", "'x' * 300",
           "b''", r"b'\x00\xff'", "b'abd'", "b'z' * 300", "bytearray(b'a')", "bytearray()", "range(5)", "range(1, 10, 3)",
           "range(-5)", "slice(1, 2, None)", "slice(None)", "...", "NotImplemented"]
REFS = ["int", "type", "object", "len", "print", "max", "dict.fromkeys", "str.join", "Plain", "module_func", "Outer.Inner",
        "Outer.method", "Outer.Inner.deep", "collections.OrderedDict", "datetime.date", "fractions.Fraction", "Color",
        "copy.deepcopy", "functools.reduce", "type(None)", "type(...)", "type(NotImplemented)", "Plain.__init__",
        "[].append", "Plain(1).get", "int.__add__", "object.__init__", "(1).__add__",
        "Slotted.x", "slice.start", "b'xy'.hex", "dict.__dict__['fromkeys']", "sys.getrecursionlimit"]
OBJECTS = ["Color.RED", "Color.GREEN", "Flags.A | Flags.B", "Flags(0)", "Number.TWO", "Point(1, 2)", "Point(x=[1], y=None)",
           "deque([1, 2], maxlen=3)", "deque()", "deque([None], maxlen=0)",
           "datetime.date(2024, 2, 29)", "datetime.datetime(1, 1, 1)", "datetime.datetime(2020, 5, 6, 7, 8, 9, 10)",
           "datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)", "datetime.time(23, 59, 59, 999999)",
           "datetime.time(1, 2, fold=1)", "datetime.timedelta(-1, 5, 7)", "datetime.timedelta(999999999)",
           "datetime.timezone(datetime.timedelta(hours=-5), 'EST')", "datetime.timezone.utc",
           "datetime.datetime(2021, 3, 4, 5, 6, tzinfo=datetime.timezone(datetime.timedelta(minutes=90)))",
           "array.array('i', [1, -2])", "array.array('d', [1.5, float('inf')])", "array.array('u', 'ab')", "array.array('b')",
           "array.array('B', b'xy')", "array.array('q', [2**62])", "array.array('f', [0.5])",
           "fractions.Fraction(3, 4)", "fractions.Fraction(-7)", "DC(1)", "DC(1, [2])", "FDC(3)", "Slotted(1)", "Slotted(1, 2)",
           "SlotDict(5)", "Plain()", "Plain(2)", "WithState(3)", "FalseState()", "Reducer(4)", "ReducerEx()", "NewArgs(7)",
           "NewArgsEx(1, b=2)", "CopyHooks(1)", "ListSub([1, 2])", "DictSub(a=1)", "IntSub(5)", "StrSub('s')", "TupleSub((1, 2))",
           "SetState()", "Outer.Inner()", "object()", "StrReduce()", "Registered(9)", "ReduceState(2)", "ReduceItems()",
           "NewOnly.make(3)", "IntSubState(6)", "DeepOnly([1])", "SlotInherit(1, 2)", "Stateless()", "DeepCopyArgs()",
           "re.compile('a+', re.I)", "functools.partial(max, 1, key=None)",
           "operator.itemgetter(1, 2)", "operator.attrgetter('a.b')", "operator.methodcaller('f', 1, k=2)", "itertools.count(3, 2)",
           "itertools.repeat(1, 2)", "iter('abc')", "iter((1, 2))", "iter(range(10))", "enumerate('ab', 3)", "zip('ab', 'cd')",
           "map(abs, [1])", "reversed('abc')", "types.SimpleNamespace(a=1, b=[2])", "struct.Struct('<i')",
           "datetime.timezone.min", "datetime.datetime.max"]
BAD = ["lambda: 0", "(x for x in [])", "local_class()", "local_class()()", "sys", "memoryview(b'a')",
       "property()", "BadReduce(1)", "BadReduce(2)", "BadReduce(3)", "BadReduce(4)", "BadReduce(5)", "BadReduce(6)",
       "BadNewArgs()", "BadGetState()", "local_func()", "iter([1, 2])", "enumerate('ab')", "zip([1], [2])", "reversed([1, 2])",
       "iter(range(3))", "(lambda: 0).__code__", "(i for i in ())", "sys._getframe()", "super(Plain, Plain())",
       "Plain.__dict__", "{}.keys()", "{}.items()", "Unnamed", "Hidden.x", "io.StringIO('ab')", "io.BytesIO(b'x')",
       "staticmethod(len)", "classmethod(len)", "GenericAlias", "int | str", "list[int]",
       "type.__dict__['__name__']", "weakref.ref(Plain)", "types.SimpleNamespace(a=1)", "types.MappingProxyType({})",
       "(lambda: 0).__globals__['__builtins__']", "open", "NotImplemented.__class__()", "type(...)()"]


def scalar_set():
    # (non-negative: the 32-bit oracle orders sets holding negative ints its own way)
    return "{" + ", ".join(str(random.randint(0, 40)) for _ in range(random.randint(1, 4))) + "}"


def value(depth=0):
    r = random.random()
    if depth > 2 or r < 0.35:
        return random.choice(SCALARS)
    if r < 0.42:
        return random.choice(REFS)
    if r < 0.6:
        return random.choice(OBJECTS)
    n = random.randint(0, 3)
    items = [value(depth + 1) for _ in range(n)]
    r = random.random()
    if r < 0.2:
        return "[" + ", ".join(items) + "]"
    if r < 0.35:
        return "(" + "".join(i + ", " for i in items) + ")"
    if r < 0.5:
        return "{" + ", ".join(f"{random.choice(['1', repr('k' + str(j)), 'None', '(1, 2)', '2.5'])}: {i}" for j, i in enumerate(items)) + "}"
    if r < 0.55:
        return random.choice(["set()", "frozenset()", scalar_set(), f"frozenset({scalar_set()})"])
    if r < 0.62:
        return f"collections.OrderedDict([{', '.join(f'({j}, {i})' for j, i in enumerate(items))}])"
    if r < 0.66:
        return f"collections.Counter({{'a': {random.randint(-2, 5)}, 'b': {random.randint(0, 3)}}})"
    if r < 0.71:
        return f"collections.defaultdict(list, {{{', '.join(f'{j}: [{i}]' for j, i in enumerate(items))}}})"
    if r < 0.74:
        return f"collections.ChainMap({{'a': {value(depth + 1)}}}, {{'b': 2}})"
    if r < 0.78:
        return f"collections.deque([{', '.join(items)}], maxlen={random.choice(['None', '2', '5'])})"
    if r < 0.84:
        return f"shared({value(depth + 1)})"
    if r < 0.9:
        return random.choice([f"selfref([{', '.join(items)}])", f"selfdict({value(depth + 1)})", f"selfobj({value(depth + 1)})",
                              f"selftuple({value(depth + 1)})", f"selfdeque({value(depth + 1)})"])
    if r < 0.95:
        return f"DC({value(depth + 1)}, {value(depth + 1)})"
    return f"Plain({value(depth + 1)})"


def proto():
    return str(random.randint(0, 5))


def expr():
    r = random.random()
    if r < 0.06:
        b = random.choice(BAD)
        # (3.10's _thread.lock is a heap type, which copyreg's protocols 0 and 1 treat apart; dislab's is not)
        p = proto() if random.random() < 0.9 else random.choice("2345")
        if p in "2345" and random.random() < 0.1:
            b = "threading.Lock()"
        return random.choice([f"dumps_err({b}, {p})", f"copy.copy({b})", f"copy.deepcopy({b})", f"reduce_ex({b}, {p})"])
    v = value()
    p = proto()
    # (the pure-Python pickler memoizes protocol 0's escaped copy of a str holding a newline or backslash
    # rather than the str: dislab, whose equal strs are one object, then fails the memo's assertion)
    while p == "0" and r < 0.86 and any(s in v for s in ("\\n", "\\x00")):
        v = value()
    if r < 0.3:
        return f"pickle.dumps({v}, {p})"
    if r < 0.36:
        return f"pickle.dumps({v}, {p}, fix_imports=False)"
    if r < 0.55:
        return f"rt({v}, {p})"
    if r < 0.65:
        return f"cp({v})"
    if r < 0.78:
        return f"dcp({v})"
    if r < 0.86:
        return f"keeps({v}, {p})"
    if r < 0.96:
        return f"reduce_ex({v}, {p})"
    return f"copyreg_ex({v})"


PROLOGUE = r'''import pickle, copy, copyreg, sys, io, collections, datetime, array, fractions, enum, dataclasses, functools, reprlib, threading, weakref, types, decimal, re, operator, itertools, struct
from collections import namedtuple
from types import GenericAlias

def t(e):
    try: print(e, "->", ascii(eval(e)))
    except RecursionError: print(e, "!! RecursionError")
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))

# errors the C and pure-Python picklers word differently, even in type (PicklingError or AttributeError for a local class)
def dumps_err(v, p):
    try: return pickle.dumps(v, p)
    except Exception as ex:
        if isinstance(ex, pickle.PicklingError) or "Can't pickle" in str(ex): return "not picklable"
        raise

def rt(v, p):
    r = pickle.loads(pickle.dumps(v, p))
    return repr(r), type(r).__name__, same(r, v)

def same(a, b):
    try: return a == b
    except RecursionError: return "deep"

def cp(v):
    c = copy.copy(v)
    return repr(c), c is v, type(c).__name__

def dcp(v):
    c = copy.deepcopy(v)
    return repr(c), c is v, same(c, v)

def keeps(v, p):
    d = copy.deepcopy([v, v, (v,)])
    r = pickle.loads(pickle.dumps([v, v, (v,)], p))
    # (an int's identity is its value in dislab: unpickled ints outside the small-int cache are new objects in CPython)
    if type(v) is int: return d[0] is d[1], d[2][0] is d[0], repr(r[0]) == repr(v)
    return d[0] is d[1], d[2][0] is d[0], r[0] is r[1], r[2][0] is r[0], repr(r[0]) == repr(v)

def reduce_ex(v, p):
    if p < 2 and type(v).__module__ in ('re', '_thread'): return 'skipped'
    return v.__reduce_ex__(p)

# (3.10 made re.Pattern and _thread.lock heap types, which copyreg's protocols 0 and 1 treat apart)
def copyreg_ex(v):
    if type(v).__module__ in ('re', '_thread'): return 'skipped'
    return copyreg._reduce_ex(v, random_proto(v))

def random_proto(v):
    return len(repr(type(v))) % 2

def shared(x):
    return [x, (x, x), {'a': x}]

def selfref(l):
    l.append(l)
    return l

def selfdict(x):
    d = {'x': x}
    d['me'] = d
    return d

def selfobj(x):
    o = Plain(x)
    o.me = o
    return o

def selftuple(x):
    l = [x]
    t = (l, x)
    l.append(t)
    return t

def selfdeque(x):
    d = collections.deque([x])
    d.append(d)
    return d

def module_func(a=1):
    return a

def local_class():
    class Local:
        pass
    return Local

def local_func():
    def inner():
        pass
    return inner

Point = namedtuple('Point', 'x y')

class Color(enum.Enum):
    RED = 1
    GREEN = 'g'

class Flags(enum.IntFlag):
    A = 1
    B = 2

class Number(enum.IntEnum):
    TWO = 2

@dataclasses.dataclass
class DC:
    a: object
    b: object = None

@dataclasses.dataclass(frozen=True)
class FDC:
    a: int

class Outer:
    class Inner:
        def deep(self):
            pass
        def __repr__(self):
            return 'Outer.Inner()'
    def method(self):
        pass

class Plain:
    def __init__(self, a=1):
        self.a = a
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Plain(%r)' % (self.__dict__,)
    def __eq__(self, other):
        return type(other) is type(self) and other.a == self.a
    def get(self):
        return self.a

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x, *y):
        self.x = x
        if y:
            self.y = y[0]
    def __repr__(self):
        return 'Slotted(%r, %r)' % (self.x, getattr(self, 'y', '-'))

class SlotInherit(Slotted):
    __slots__ = ('z',)
    def __init__(self, x, z):
        self.x = x
        self.z = z
    def __repr__(self):
        return 'SlotInherit(%r, %r)' % (self.x, self.z)

class SlotDict:
    __slots__ = ('x', '__dict__')
    def __init__(self, x):
        self.x = x
        self.d = -x
    def __repr__(self):
        return 'SlotDict(%r, %r)' % (self.x, self.__dict__)

class WithState:
    def __init__(self, a):
        self.a = a
    def __getstate__(self):
        return {'state': self.a * 2}
    def __setstate__(self, state):
        self.a = ('set', state)
    def __repr__(self):
        return 'WithState(%r)' % (self.a,)

class FalseState:
    def __init__(self):
        self.kept = 1
    def __getstate__(self):
        return {}
    def __repr__(self):
        return 'FalseState(%r)' % (self.__dict__,)

class SetState:
    def __setstate__(self, state):
        self.__dict__['got'] = state
    def __init__(self):
        self.a = 1
    def __repr__(self):
        return 'SetState(%r)' % (self.__dict__,)

class Reducer:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Reducer, (self.a + 1,))
    def __repr__(self):
        return 'Reducer(%r)' % (self.a,)

class ReducerEx:
    def __init__(self, p=None):
        self.p = p
    def __reduce_ex__(self, p):
        return (ReducerEx, (p,))
    def __reduce__(self):
        return (ReducerEx, ('plain',))
    def __repr__(self):
        return 'ReducerEx(%r)' % (self.p,)

class StrReduce:
    def __reduce__(self):
        return 'the_instance'
    def __repr__(self):
        return 'StrReduce()'
the_instance = StrReduce()

class ReduceState:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (ReduceState, (0,), {'a': self.a, 'extra': 1})
    def __repr__(self):
        return 'ReduceState(%r)' % (sorted(self.__dict__.items()),)

class ReduceItems:
    def __init__(self):
        self.l = []
        self.d = {}
    def __reduce__(self):
        return (ReduceItems, (), None, iter([1, 2]), iter([('k', 'v')]))
    def append(self, x):
        self.l.append(x)
    def extend(self, xs):
        self.l.extend(xs)
    def __setitem__(self, k, v):
        self.d[k] = v
    def __repr__(self):
        return 'ReduceItems(%r, %r)' % (self.l, self.d)

class NewArgs(int):
    def __getnewargs__(self):
        return (int(self) * 10,)
    def __repr__(self):
        return 'NewArgs(%d)' % self

class NewArgsEx:
    def __new__(cls, a, *, b):
        self = object.__new__(cls)
        self.ab = (a, b)
        return self
    def __getnewargs_ex__(self):
        return (self.ab[0],), {'b': self.ab[1]}
    def __repr__(self):
        return 'NewArgsEx(%r)' % (self.ab,)

class NewOnly:
    def __new__(cls, *args):
        self = object.__new__(cls)
        self.args = args
        return self
    @classmethod
    def make(cls, n):
        o = cls(n)
        o.n = n
        return o
    def __repr__(self):
        return 'NewOnly(%r)' % (sorted(self.__dict__.items()),)

class CopyHooks:
    def __init__(self, a):
        self.a = a
    def __copy__(self):
        return CopyHooks(('copied', self.a))
    def __deepcopy__(self, memo):
        return CopyHooks(('deep', len(memo) > 0, self.a))
    def __repr__(self):
        return 'CopyHooks(%r)' % (self.a,)

class DeepOnly:
    def __init__(self, a):
        self.a = a
    def __deepcopy__(self, memo):
        return DeepOnly(copy.deepcopy(self.a, memo) + ['deep'])
    def __repr__(self):
        return 'DeepOnly(%r)' % (self.a,)

class DeepCopyArgs:
    def __reduce_ex__(self, p):
        return (DeepCopyArgs, (), {'p': p})
    def __repr__(self):
        return 'DeepCopyArgs(%r)' % (self.__dict__,)

class Stateless:
    __slots__ = ()
    def __repr__(self):
        return 'Stateless()'

class ListSub(list):
    pass

class DictSub(dict):
    pass

class IntSub(int):
    pass

class StrSub(str):
    pass

class TupleSub(tuple):
    pass

class IntSubState(int):
    def __init__(self, v):
        self.tag = v
    def __repr__(self):
        return 'IntSubState(%d, %r)' % (self, self.__dict__)

class Registered:
    def __init__(self, a):
        self.a = a
    def __repr__(self):
        return 'Registered(%r)' % (self.a,)
copyreg.pickle(Registered, lambda r: (Registered, (r.a * 3,)))

class BadReduce:
    def __init__(self, kind):
        self.kind = kind
    def __reduce__(self):
        k = self.kind
        if k == 1: return 42
        if k == 2: return ()
        if k == 3: return (BadReduce,)
        if k == 4: return (1, ())
        if k == 5: return (BadReduce, [1])
        return (BadReduce, (1,), None, None, None, None, None)

class BadNewArgs:
    def __getnewargs__(self):
        return [1]

class BadGetState:
    __slots__ = ('a',)
    def __getstate__(self):
        raise ValueError('no state today')

Unnamed = type('Unnamed', (), {'__module__': 'nowhere_module'})
class Hidden:
    pass
Hidden.x = Hidden
Hidden.__qualname__ = 'Hidden.missing'
'''

lines = [f"t({expr()!r})" for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 2500)]
sys.stdout.write(PROLOGUE + "\n".join(lines) + "\n")
