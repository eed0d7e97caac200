import random, sys
# Functions and their introspection: random signatures (positional-only, keyword-only, *args,
# **kwargs, defaults) defined with exec, called with random good and bad arguments (the TypeError
# messages), their __defaults__/__kwdefaults__/__annotations__/__code__ fields; inspect.signature,
# Signature.bind/bind_partial, Parameter reprs and errors; functools.partial/partialmethod/wraps/
# update_wrapper/lru_cache/cached_property/singledispatch. One line per call: the result's ascii()
# or the exception's type and message.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 501)


def r(a, b):
    return random.randint(a, b)


NAMES = ["a", "b", "c", "d", "e", "x", "y"]
VALUES = ["0", "1", "None", "'s'", "[]", "(1, 2)", "2.5", "True"]
ANNOTS = ["int", "'str'", "list[int]", "None", "1 + 1"]


def signature():
    names = random.sample(NAMES, r(0, 5))
    posonly, normal, kwonly = [], [], []
    for n in names:
        random.choice([posonly, normal, normal, kwonly]).append(n)
    params, seen_default = [], False
    def one(n, can_default):
        nonlocal seen_default
        s = n
        if random.random() < 0.3:
            s += ": " + random.choice(ANNOTS)
        if can_default and (seen_default or random.random() < 0.35):
            seen_default = True
            s += (" = " if ":" in s else "=") + random.choice(VALUES)
        return s
    for n in posonly:
        params.append(one(n, True))
    if posonly:
        params.append("/")
    for n in normal:
        params.append(one(n, True))
    star = random.random() < 0.4
    if star:
        params.append("*" + random.choice(["args", "rest"]))
    elif kwonly:
        params.append("*")
    for n in kwonly:
        s = n
        if random.random() < 0.5:
            s += "=" + random.choice(VALUES)
        params.append(s)
    if random.random() < 0.35:
        params.append("**" + random.choice(["kw", "options"]))
    ret = random.choice(["", "", " -> int", " -> 'x'"])
    return f"def f({', '.join(params)}){ret}: return locals()"


def call_args():
    args = [random.choice(VALUES) for _ in range(r(0, 4))]
    kws = [f"{random.choice(NAMES + ['args', 'kw', 'zz'])}={random.choice(VALUES)}" for _ in range(r(0, 3))]
    kws = list(dict.fromkeys(kws))
    extra = random.choice(["", "", "*[1, 2]", "**{'a': 1}", "**{'b': 2, 'zz': 3}", "*()"])
    return ", ".join(args + kws + ([extra] if extra else []))


def func_expr():
    sig = signature()
    ca = call_args()
    return random.choice([
        f"mk({sig!r})({ca})",
        f"mk({sig!r})({ca})",
        f"(lambda f: (f.__defaults__, f.__kwdefaults__, f.__annotations__))(mk({sig!r}))",
        f"(lambda c: (c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames, c.co_flags & 12))(mk({sig!r}).__code__)",
        f"str(inspect.signature(mk({sig!r})))",
        f"(lambda s: [(p.name, str(p.kind), p.default, p.annotation) for p in s.parameters.values()])(inspect.signature(mk({sig!r})))",
        f"(lambda s: s.bind({ca}).arguments)(inspect.signature(mk({sig!r})))",
        f"(lambda b: (b.args, b.kwargs))(inspect.signature(mk({sig!r})).bind({ca}))",
        f"(lambda b: (b.apply_defaults(), b.arguments)[1])(inspect.signature(mk({sig!r})).bind_partial({ca}))",
        f"str(inspect.signature(functools.partial(mk({sig!r}), {ca})))",
        f"functools.partial(mk({sig!r}), {ca})({call_args()})",
        f"inspect.getfullargspec(mk({sig!r}))",
        f"inspect.getcallargs(mk({sig!r}), {ca})",
        f"(lambda f: (setattr(f, '__defaults__', ({random.choice(VALUES)},)), f({ca}))[1])(mk({sig!r}))",
        f"(lambda f: (setattr(f, '__kwdefaults__', {{'a': 1, 'x': 2}}), f({ca}))[1])(mk({sig!r}))",
    ])


KINDS = ["inspect.Parameter.POSITIONAL_ONLY", "inspect.Parameter.POSITIONAL_OR_KEYWORD", "inspect.Parameter.VAR_POSITIONAL", "inspect.Parameter.KEYWORD_ONLY", "inspect.Parameter.VAR_KEYWORD", "7"]


def param():
    name = random.choice(["'a'", "'b'", "'1x'", "''", "'lambda'", "3", "'.0'", "'x'"])
    s = f"inspect.Parameter({name}, {random.choice(KINDS)}"
    if random.random() < 0.4:
        s += f", default={random.choice(VALUES)}"
    if random.random() < 0.3:
        s += f", annotation={random.choice(ANNOTS)}"
    return s + ")"


def param_expr():
    ps = ", ".join(param() for _ in range(r(0, 4)))
    return random.choice([
        f"repr({param()})", f"str({param()})", f"{param()} == {param()}", f"str({param()}.replace(name='z'))", f"str({param()}.replace(kind=inspect.Parameter.KEYWORD_ONLY))",
        f"str(inspect.Signature([{ps}]))", f"str(inspect.Signature([{ps}], return_annotation=int))",
        f"str(inspect.Signature([{ps}]).replace(parameters=[]))", f"inspect.Signature([{ps}]) == inspect.Signature([{ps}])",
        f"(lambda s: s.bind({call_args()}).arguments)(inspect.Signature([{ps}]))",
        f"str(inspect.signature({random.choice(['len', 'print', 'sorted', 'int', 'dict.get', 'str.split', 'max', 'range', 'object', 'divmod', 'lambda *a, b=2, **k: 0', 'functools.reduce', 'type', 'list.append', 'object.__init__', 'iter', 'getattr'])}))",
    ])


def functools_expr():
    sig = signature()
    ca = call_args()
    return random.choice([
        f"repr(functools.partial(mk({sig!r}), {ca}))[:20]",
        f"(lambda p: (p.args, p.keywords))(functools.partial(functools.partial(mk({sig!r}), {ca}), {call_args()}))",
        f"functools.partial({random.choice(['1', 'None', 'len'])})",
        f"functools.partial()",
        f"repr(functools.partial(max, 1, key=abs))",
        f"(lambda w: (w.__name__, w.__qualname__, w.__doc__, w.__wrapped__.__name__, w.__dict__.get('tag')))(functools.wraps(mk({sig!r}))(lambda *a: 0))",
        f"(lambda w: (w.__name__, str(inspect.signature(w))))(functools.update_wrapper(lambda *a, **k: 0, mk({sig!r})))",
        f"(lambda w: (w.__name__, w.__module__))(functools.update_wrapper(lambda: 0, object(), assigned=('__name__', '__module__'), updated=()))",
        f"(lambda c: [c({r(0, 3)}), c({r(0, 3)}), c({r(0, 3)}), c.cache_info()])(functools.lru_cache(maxsize={random.choice(['None', '0', '1', '2', '-1', '128'])})(lambda n: n * 2))",
        f"(lambda c: [c(1), c(1.0), c(True), c.cache_info()])(functools.lru_cache(typed={random.choice(['True', 'False'])})(lambda n: n))",
        f"(lambda c: (c(1), c.cache_clear(), c.cache_info(), c.cache_parameters()))(functools.lru_cache()(lambda n: n))",
        f"functools.lru_cache({random.choice(['1.5', 'STR', 'None', 'len'])})(STR)",
        f"(lambda c: c([1]))(functools.lru_cache()(lambda n: n))",
        f"(lambda o: (o.v, o.v, o.__dict__))(CP())",
        f"CP.v",
        f"(lambda o: (o.v, delattr(o, 'v'), o.v, o.n))(CP())",
        f"(lambda o: o.v)(CPS())",
        f"[sd({random.choice(['1', 'True', 'None', '2.5', '[1]', '(1,)', 'bytes()', 'frozenset()', 'CP()'])}), sd.dispatch({random.choice(['int', 'bool', 'float', 'list', 'object', 'type(None)'])}).__name__]",
        f"sorted(k.__name__ for k in sd.registry)",
        f"functools.singledispatch(lambda x: 0).register(1)",
        f"functools.singledispatch(lambda x: 0)()",
        f"(lambda o: [o.pm({ca}), o.pm2({call_args()})])(PM())",
        f"functools.reduce({random.choice(['operator.add', 'max', 'lambda a, b: a'])}, {random.choice(['[]', '[1]', '[1, 2, 3]', 'iter(())', 'STR'])}{random.choice(['', ', 0', ', STR'])})",
        f"functools.cmp_to_key({random.choice(['None', 'len'])})(1) < functools.cmp_to_key(len)(2)",
        f"functools.total_ordering(type('T', (), {{}}))",
        f"sorted([TO(3), TO(1), TO(2)], reverse=True)[0].v, TO(1) >= TO(2), TO(1) > TO(0), TO(2) <= TO(2)",
    ])


def misc_expr():
    sig = signature()
    return random.choice([
        f"(lambda f: (f.__name__, f.__qualname__, f.__module__, type(f.__globals__).__name__, f.__closure__, f.__doc__))(mk({sig!r}))",
        f"(lambda f: (setattr(f, '__name__', {random.choice(['1', 'STR', 'None'])}), f.__name__)[1])(mk({sig!r}))",
        f"(lambda f: (setattr(f, '__qualname__', {random.choice(['1', 'QSTR'])}), f.__qualname__)[1])(mk({sig!r}))",
        f"(lambda f: (setattr(f, '__defaults__', {random.choice(['1', '[1]', 'None', '()'])}), f.__defaults__)[1])(mk({sig!r}))",
        f"(lambda f: (setattr(f, '__kwdefaults__', {random.choice(['1', '[1]', 'None', '{}'])}), f.__kwdefaults__)[1])(mk({sig!r}))",
        f"(lambda f: (setattr(f, '__annotations__', {random.choice(['1', 'None', '{}'])}), f.__annotations__)[1])(mk({sig!r}))",
        f"(lambda f: (setattr(f, '__code__', (lambda: 5).__code__), f())[1])(mk({sig!r}))",
        f"(lambda f: (setattr(f, '__code__', (lambda x: x).__code__), f(7))[1])(mk({sig!r}))",
        f"(lambda f: f.__get__(None, int))(mk({sig!r})).__name__",
        f"(lambda f: f.__get__(5)({call_args()}))(mk({sig!r}))",
        f"(lambda m: (m.__self__, m.__func__.__name__, m == m.__func__.__get__(5), repr(m)[:30]))(mk({sig!r}).__get__(5))",
        f"types.MethodType(mk({sig!r}), {random.choice(['None', '1'])})({call_args()})",
        f"types.FunctionType(mk({sig!r}).__code__, {{}})({call_args()})",
        f"types.FunctionType(mk({sig!r}).__code__, {{}}, 'n', {random.choice(['(1,)', '()', 'None', '1'])})({call_args()})",
        f"inspect.isfunction(mk({sig!r})), inspect.ismethod(mk({sig!r})), inspect.isroutine(len), inspect.isbuiltin(len)",
        f"inspect.unwrap(functools.wraps(mk({sig!r}))(lambda: 0)).__name__",
        f"inspect.getdoc(mk({sig!r}))",
    ])


GENS = [func_expr, func_expr, func_expr, param_expr, functools_expr, functools_expr, misc_expr]
lines = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 2500):
    lines.append("t(%r)" % random.choice(GENS)())
sys.stdout.write('''import inspect, functools, operator, types
def mk(src):
    ns = {}
    exec(src, ns)
    return ns["f"]
class CP:
    n = 0
    @functools.cached_property
    def v(self):
        type(self).n += 1
        return type(self).n
class CPS:
    __slots__ = ("a",)
    @functools.cached_property
    def v(self): return 1
@functools.singledispatch
def sd(x): return "base"
@sd.register
def _(x: int): return "int"
@sd.register(float)
def _(x): return "float"
@sd.register(list)
@sd.register(tuple)
def _(x): return "seq"
class PM:
    def _f(self, *a, **k): return (a, sorted(k.items()))
    pm = functools.partialmethod(_f, 1, z=2)
    pm2 = functools.partialmethod(lambda self, x, y=0: (x, y), y=5)
@functools.total_ordering
class TO:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
STR = 'abc'
QSTR = 'g.h'
def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
