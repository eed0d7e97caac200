import random, sys
# Random class hierarchies: bases drawn from earlier classes and builtins (MRO conflicts and layout
# conflicts included), metaclasses with __new__/__init__/__call__/__prepare__, __init_subclass__
# with keywords, __set_name__, __slots__, properties, class/static methods, super() calls through
# the MRO, __class_getitem__, abstract methods, dataclasses. Each case prints each class's MRO
# and what calls and attribute reads give (value or exception type and message).
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 66)

BUILTIN_BASES = ["object", "int", "str", "list", "dict", "Exception", "tuple", "ABC"]


def method(name, cls, pad):
    body = random.choice([
        f"return ({cls!r}, super().{name}() if hasattr(super(), {name!r}) else None)",
        f"return {cls!r}",
        f"return (type(self).__name__, {cls!r})",
        "raise NotImplementedError",
        f"return super({cls}, self).{name}()",
    ])
    return [f"{pad}def {name}(self):", f"{pad}    {body}"]


def klass(i, earlier):
    pad = "    "
    nbases = random.choice([0, 1, 1, 2, 2, 3])
    pool = earlier + BUILTIN_BASES
    bases = random.sample(pool, min(nbases, len(pool)))
    kw = []
    if random.random() < 0.15:
        kw.append("metaclass=Meta")
    if random.random() < 0.2:
        kw.append(f"flag={random.randint(0, 3)}")
    head = f"class C{i}({', '.join(bases + kw)}):" if bases or kw else f"class C{i}:"
    lines = [head]
    body = []
    if random.random() < 0.25:
        slots = random.choice(["()", "('a',)", "('a', 'b')", "'c'", "('__dict__',)"])
        body.append(f"{pad}__slots__ = {slots}")
    if random.random() < 0.3:
        body.append(f"{pad}attr = {random.choice(['1', repr('s'), 'Named()', '[i for i in range(2)]'])}")
    for name in random.sample(["m", "n", "__repr__", "__len__", "__bool__", "__eq__", "__hash__"], random.randint(0, 3)):
        if name in ("__len__",):
            body += [f"{pad}def __len__(self):", f"{pad}    return {random.choice(['2', '-1', '0', '2**70', repr('x')])}"]
        elif name == "__bool__":
            body += [f"{pad}def __bool__(self):", f"{pad}    return {random.choice(['False', '1', 'True'])}"]
        elif name == "__eq__":
            body += [f"{pad}def __eq__(self, other):", f"{pad}    return {random.choice(['True', 'NotImplemented', 'other is self'])}"]
        elif name == "__hash__":
            body.append(f"{pad}__hash__ = {random.choice(['None', 'object.__hash__'])}")
        elif name == "__repr__":
            body += [f"{pad}def __repr__(self):", f"{pad}    return {random.choice([repr(f'<C{i}>'), '42', 'super().__repr__()[:4]'])}"]
        else:
            body += method(name, f"C{i}", pad)
    if random.random() < 0.2:
        body += [f"{pad}@property", f"{pad}def p(self):", f"{pad}    return {random.choice(['1', 'self.missing', f'type(self).__name__'])}"]
        if random.random() < 0.5:
            body += [f"{pad}@p.setter", f"{pad}def p(self, v):", f"{pad}    self._p = v"]
    if random.random() < 0.15:
        body += [f"{pad}@classmethod", f"{pad}def make(cls):", f"{pad}    return cls.__name__"]
    if random.random() < 0.15:
        body += [f"{pad}@abstractmethod", f"{pad}def need(self): ..."]
    if random.random() < 0.15:
        body += [f"{pad}def __init_subclass__(cls, **kw):", f"{pad}    R.append(('init_subclass', cls.__name__, sorted(kw)))", f"{pad}    super().__init_subclass__()"]
    if random.random() < 0.1:
        body += [f"{pad}def __class_getitem__(cls, item):", f"{pad}    return (cls.__name__, item)"]
    if random.random() < 0.2:
        body += [f"{pad}def __init__(self, *args):", f"{pad}    R.append(('init', {i}, len(args)))", f"{pad}    super().__init__(*args)"]
    return lines + (body or [f"{pad}pass"])


PRELUDE = '''from abc import ABC, abstractmethod
import dataclasses
R = []
class Named:
    def __set_name__(self, owner, name):
        R.append(("set_name", owner.__name__, name))
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        R.append(("prepare", name, sorted(kw)))
        return {}
    def __new__(mcs, name, bases, ns, **kw):
        R.append(("meta_new", name))
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        R.append(("meta_call", cls.__name__))
        return super().__call__(*a)
def t(label, f):
    try:
        v = f()
        print(label, repr(v) if not isinstance(v, type) else v.__qualname__)
    except Exception as e:
        print(label, type(e).__name__, e)
def case(src, names):
    R.clear()
    ns = {"ABC": ABC, "abstractmethod": abstractmethod, "R": R, "Named": Named, "Meta": Meta}
    try:
        exec(src, ns)
    except Exception as e:
        print("define", type(e).__name__, e)
    print(R)
    for n in names:
        c = ns.get(n)
        if c is None:
            continue
        print(n, [k.__name__ for k in c.__mro__], type(c).__name__, sorted(k for k in vars(c) if not k.startswith("__")))
        t("call", lambda: c())
        R.clear()
        o = None
        try:
            o = c()
        except Exception:
            pass
        print(R)
        for expr in ("o.m()", "o.n()", "repr(o)[:12]", "len(o)", "bool(o)", "o == o", "hash(o) == hash(o)", "o.p", "c.make()", "c[int]", "o.attr", "o.need()", "setattr(o, 'a', 1)", "setattr(o, 'z', 1)", "vars(o)"):
            t(expr, lambda: eval(expr, {"o": o, "c": c}))
        t("dataclass", lambda: dataclasses.fields(dataclasses.dataclass(type(n + "D", (c,), {"__annotations__": {"x": int}, "x": 0})))[0].name)
'''

out = [PRELUDE]
for case_no in range(int(sys.argv[2]) if len(sys.argv) > 2 else 120):
    n = random.randint(1, 4)
    names = []
    src = []
    for i in range(n):
        src += klass(i, names)
        names.append(f"C{i}")
    out.append(f"case({chr(10).join(src) + chr(10)!r}, {names!r})")
sys.stdout.write("\n".join(out) + "\n")
