import random, sys
# collections' types beyond what `containers` draws: namedtuple (field names valid and not,
# rename, defaults, module, _make/_replace/_asdict/_fields_defaults, errors, pickling, subclassing),
# ChainMap (lookups, writes to the first map, new_child/parents, |, ==, repr), UserDict/UserList/
# UserString (operators, methods, mixed with builtins), defaultdict (factories, __missing__, repr,
# |, copy), Counter (arithmetic with negatives and zeros, in-place ops, comparisons, most_common
# order, update/subtract with mappings and iterables), OrderedDict (move_to_end, popitem, equality
# with dict and order, reversed views, |=). One line per call: the result's ascii() or the
# exception's type and message.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 506)


def r(a, b):
    return random.randint(a, b)


FIELDS = ["'x y'", "'x, y'", "['x', 'y', 'z']", "'a b c'", "['a', 'a']", "['_a', 'b']", "['1x', 'y']", "['def', 'x']", "''", "[]", "'x'", "('x', 'y')", "['x', 3]", "'x y _z'", "['a', 'b', 'a', '_c', 'class']"]
VALS = ["0", "1", "-2", "2.5", "'s'", "None", "[]", "(1, 2)"]


def nt():
    f = random.choice(FIELDS)
    opts = random.choice(["", ", rename=True", ", defaults=(1,)", ", defaults=[1, 2]", ", defaults=(1, 2, 3, 4)", ", module='m'", ", rename=True, defaults=(9,)", ", defaults=None", ", defaults=1"])
    return f"namedtuple({random.choice(['P', 'Point', '1P', 'class', 'P_'])!r}, {f}{opts})"


def nt_expr():
    t = nt()
    args = ", ".join(random.choice(VALS) for _ in range(r(0, 4)))
    return random.choice([
        f"{t}._fields", f"{t}._field_defaults", f"{t}({args})", f"repr({t}({args}))", f"{t}._make([{args}])", f"{t}({args})._asdict()",
        f"{t}({args})._replace({random.choice(['x=5', 'z=1', 'a=1', '_1=2', 'b=0'])})", f"{t}.__doc__", f"{t}.__new__.__doc__", f"{t}({args}) == tuple([{args}])",
        f"{t}({args})[{r(-3, 3)}]", f"{t}({args}).x", f"{t}.x", f"type({t}.x).__name__", f"{t}.__module__", f"{t}.__qualname__",
        f"{t}({random.choice(['x=1', 'x=1, y=2', 'y=1', 'q=1', '1, x=2'])})", f"pickle.loads(pickle.dumps(PT(1, 2)))", f"copy.copy(PT(1, 2))", f"PT(1, 2).__getnewargs__()",
        f"PT._make(iter([{args}]))", f"(lambda p: (p.__setattr__('x', 3), p)[1])(PT(1, 2))", f"PT(1, 2) + PT(3, 4)", f"PT(1, 2) * 2", f"SubPT(1, 2)", f"SubPT(1, 2).norm()",
        f"hash(PT(1, 2)) == hash((1, 2))", f"PT(1, y=2) < PT(1, 3)", f"PT.__match_args__", f"PT.__slots__", f"PT(1, 2).__dict__",
    ])


def chainmap():
    maps = ", ".join(random.choice(["{'a': 1}", "{'a': 2, 'b': 3}", "{}", "{'c': 4}", "dd(int, a=9)", "UserDict(b=7)"]) for _ in range(r(0, 3)))
    return f"ChainMap({maps})"


def chain_expr():
    c = chainmap()
    return random.choice([
        f"{c}", f"{c}['a']", f"{c}.get('b', 0)", f"list({c})", f"len({c})", f"(lambda m: (m.__setitem__('z', 1), m.maps)[1])({c})",
        f"(lambda m: (m.__delitem__('a'), m.maps)[1])({c})", f"(lambda m: (m.pop('a', 'none'), m)[1])({c})", f"{c}.new_child()", f"{c}.new_child({{'n': 1}}).parents",
        f"{c}.parents", f"{c} | {{'q': 1}}", f"{{'q': 1}} | {c}", f"(lambda m: (m.__ior__({{'a': 0}}), m)[1])({c})", f"{c} == {c}", f"{c} == dict({c})", f"'a' in {c}",
        f"{c}.copy()", f"(lambda m: (m.clear(), m)[1])({c})", f"{c}.popitem()", f"dict({c})", f"sorted({c}.items())", f"bool({c})", f"{c}.fromkeys('ab', 1)",
        f"ChainMap(1)", f"ChainMap(1)['a']",
    ])


def user_expr():
    a, b = random.choice(["UserList([1, 2])", "UserList()", "UserList('ab')", "[3]"]), random.choice(["UserList([1])", "[0]", "(9,)", "'x'", "1"])
    s, t = random.choice(["UserString('abc')", "UserString('')", "UserString(12)", "'q'"]), random.choice(["UserString('b')", "'c'", "1", "b'x'"])
    d = random.choice(["UserDict(a=1)", "UserDict({'b': 2})", "UserDict()", "UserDict([('k', 0)])"])
    return random.choice([
        f"{a} + {b}", f"{b} + {a}", f"{a} * {r(-1, 3)}", f"{a} == {b}", f"{a} < {b}", f"{a}[{r(-3, 3)}]", f"{a}[::-1]", f"type({a}[:1]).__name__",
        f"(lambda l: (l.__iadd__({b}), l)[1])({a})", f"(lambda l: (l.insert({r(-3, 3)}, 0), l.sort(), l)[2])({a})", f"{a}.index(2)", f"{a}.count(1)", f"{a}.copy()",
        f"{s} + {t}", f"{t} + {s}", f"{s} * 2", f"{s}.upper()", f"{s}[1:]", f"{s} == {t}", f"{s} < {t}", f"{s}.replace('b', 'X')",
        f"{s}.split('b')", f"'b' in {s}", f"{s}.encode()", f"{s}.find({t})", f"len({s})", f"int(UserString('12'))", f"float(UserString('2.5'))", f"complex(UserString('1j'))",
        f"hash(UserString('a')) == hash('a')", f"{s}.center(7, '*')", f"{s}.join(['1', '2'])", f"{s}.zfill(5)",
        f"{d}", f"{d}['zz']", f"{d}.get('a')", f"{d} | {{'z': 0}}", f"{{'z': 0}} | {d}", f"(lambda u: (u.__ior__({{'a': 5}}), u)[1])({d})", f"{d} == {{'a': 1}}",
        f"{d}.copy()", f"'a' in {d}", f"{d}.setdefault('n', 3)", f"{d}.pop('x')", f"{d}.popitem()", f"UserDict.fromkeys('ab')", f"UserDict(dict=1)", f"UserDict(self=1)",
        f"(lambda u: (u.update(a=2, b=3), u.data)[1])({d})", f"sorted({d}.items())",
    ])


def dd_expr():
    d = f"dd({random.choice(['int', 'list', 'None', 'lambda: 7', 'set', '1', 'dict'])}{random.choice(['', ', a=1', ', {1: 2}', ', [(1, 2)]'])})"
    return random.choice([
        f"{d}", f"{d}['q']", f"(lambda d: (d['q'], d)[1])({d})", f"(lambda d: (d.get('q'), d)[1])({d})", f"{d}.default_factory", f"{d}.__missing__('z')",
        f"{d} | {{'z': 1}}", f"{{'z': 1}} | {d}", f"type({d} | {{}}).__name__", f"{d}.copy()", f"copy.deepcopy({d})", f"pickle.loads(pickle.dumps(dd(int, a=1)))",
        f"{d} == {{'a': 1}}", f"(lambda d: (d.__ior__({{'b': 2}}), d)[1])({d})", f"dd.fromkeys('ab')", f"dd(int).__reduce__()[:2]", f"repr(dd(dd))",
        f"(lambda d: (d.__setattr__('default_factory', list), d['x'])[1])(dd())", f"(lambda d: (d.__setattr__('default_factory', 3), d['x'])[1])(dd())",
    ])


def counter():
    return "Counter(" + random.choice(["'abracadabra'", "'aab'", "''", "{'a': -2, 'b': 0, 'c': 3}", "{'a': 2.5, 'b': -1}", "a=1, b=-1", "[1, 1, 2]", "{'x': 0}"]) + ")"


SUBTRACTS = ["{'a': 5}", repr('aaz'), '[1]']


def counter_expr():
    a, b = counter(), counter()
    return random.choice([
        f"{a} + {b}", f"{a} - {b}", f"{a} | {b}", f"{a} & {b}", f"+{a}", f"-{a}", f"{a} == {b}", f"{a} < {b}", f"{a} <= {b}", f"{a} >= {b}",
        f"(lambda c: (c.__iadd__({b}), c)[1])({a})", f"(lambda c: (c.__isub__({b}), c)[1])({a})", f"(lambda c: (c.__ior__({b}), c)[1])({a})", f"(lambda c: (c.__iand__({b}), c)[1])({a})",
        f"{a}.most_common({random.choice(['', '0', '1', '2', '-1', 'None'])})", f"sorted({a}.elements())", f"{a}.total()", f"(lambda c: (c.update({b}), c)[1])({a})",
        f"(lambda c: (c.subtract({random.choice(SUBTRACTS)}), c)[1])({a})", f"(lambda c: (c.update(a=1), c)[1])({a})",
        f"{a}['missing']", f"(lambda c: (c.__delitem__('zz'), c)[1])({a})", f"repr({a})", f"{a}.copy()", f"Counter.fromkeys('ab')", f"{a} + 1", f"{a} + {{'a': 1}}",
        f"pickle.loads(pickle.dumps({a}))", f"Counter('ab', 'c')", f"Counter(self=1, iterable=2)", f"{a} == {{'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}}",
    ])


def od():
    return "OrderedDict(" + random.choice(["zip('abcd', range(4))", "a=1, b=2", "[('b', 1), ('a', 2)]", "", "{'x': 1}"]) + ")"


def od_expr():
    o, p = od(), od()
    return random.choice([
        f"{o}", f"(lambda o: (o.move_to_end({random.choice(['a', 'b', 'd', 'q'])!r}, {random.choice(['True', 'False'])}), list(o))[1])({o})",
        f"(lambda o: (o.popitem({random.choice(['True', 'False', 'last=False'])}), o)[1])({o})", f"{o} == {p}", f"{o} == dict({p})", f"dict({o}) == {p}",
        f"list(reversed({o}))", f"list(reversed({o}.items()))", f"list(reversed({o}.values()))", f"{o} | {p}", f"(lambda o: (o.__ior__({p}), o)[1])({o})",
        f"{o}.pop('a', 'none')", f"{o}.pop('zz')", f"(lambda o: (o.setdefault('n', 5), list(o))[1])({o})", f"{o}.copy()", f"OrderedDict.fromkeys('abc', 0)",
        f"(lambda o: (o.__setitem__('a', 9), list(o.items()))[1])({o})", f"(lambda o: (o.__delitem__('a'), o)[1])({o})", f"pickle.loads(pickle.dumps({o}))",
        f"{o}.__reduce__()[0].__name__", f"repr({o}.keys())", f"repr({o}.items())", f"(lambda o: (o.update(z=1, a=0), list(o))[1])({o})", f"{o} == {o}",
        f"(lambda o: [k for k in o if o.move_to_end(k) is None])({o})",
    ])


GENS = [nt_expr, nt_expr, chain_expr, user_expr, user_expr, dd_expr, counter_expr, counter_expr, od_expr]
lines = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3000):
    lines.append("t(%r)" % random.choice(GENS)())
sys.stdout.write('''import pickle, copy
from collections import namedtuple, ChainMap, UserDict, UserList, UserString, defaultdict as dd, Counter, OrderedDict
PT = namedtuple('PT', 'x y')
class SubPT(PT):
    __slots__ = ()
    def norm(self): return self.x ** 2 + self.y ** 2
def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
