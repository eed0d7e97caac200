# type(name, bases, ns) copies ns as PyDict_Copy does: in the mapping's own iteration order when
# that is not dict's (OrderedDict after move_to_end), keys of any type kept in the class __dict__;
# dict(), update() and f(**d) of dict subclasses take the fast path only when __iter__ is dict's.
from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a')
C = type('C', (), od)
print([k for k in C.__dict__ if not k.startswith('__')])
od2 = OrderedDict(x=1, y=2); od2.move_to_end('y', last=False)
print([k for k in type('D', (object,), od2).__dict__][:3])
class M(dict):
    def __iter__(self): return iter(sorted(super().__iter__(), reverse=True))
    def keys(self): return sorted(super().keys(), reverse=True)
    def items(self): return [(k, self[k]) for k in self.keys()]
print([k for k in type('E', (), M(a=1, b=2, c=3)).__dict__][:3])
# non-str keys
ns = {'a': 1, 1: 'one', (1, 2): 'tup'}
F = type('F', (), ns)
print({k: v for k, v in F.__dict__.items() if not (isinstance(k, str) and k.startswith('__'))})
print(F.__dict__[1], F.__dict__[(1,2)])
try: print(getattr(F, 1))
except Exception as e: print(type(e).__name__, e)
print(sorted(k for k in dir(F) if not isinstance(k, str)) if False else 'dir ok')
try: print([k for k in dir(F) if not isinstance(k, str)])
except Exception as e: print(type(e).__name__, e)
print(F.a)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases): return OrderedDict()
    def __new__(mcs, name, bases, ns):
        ns.move_to_end('x', last=False)
        return super().__new__(mcs, name, bases, ns)
class G(metaclass=Meta):
    y = 1
    x = 2
print([k for k in G.__dict__][:3])
class O: pass
o = O(); o.__dict__[5] = 1
try: print(dir(o))
except Exception as e: print(type(e).__name__, e)
print(len(object.__dir__(o)) > 0, 5 in object.__dir__(o))
print(5 in type.__dir__(type('Q', (), {5: 1})))
class SN:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, repr(name))
R = type('R', (), {7: SN(), 'n': SN()})
class Bad:
    def __set_name__(self, owner, name): raise ValueError(name)
try: type('S', (), {(1, 'x'): Bad()})
except RuntimeError as e: print(e, repr(e.__cause__))
try: type('S', (), {"it's": Bad()})
except RuntimeError as e: print(e)
print(vars(F) == dict(F.__dict__), list(vars(F))[:3])
# dict subclasses overriding keys() or __iter__
class K(dict):
    def keys(self): return ['a']
k = K(a=1, b=2)
print(dict(k), {**k}); d = {}; d.update(k); print(d)
class I(dict):
    def __iter__(self): return iter(['b'])
i = I(a=1, b=2)
print(dict(i), {**i}); d = {}; d.update(i); print(d)
class IK(dict):
    def __iter__(self): return iter(['b'])
    def keys(self): return ['a']
ik = IK(a=1, b=2)
print(dict(ik), {**ik}); d = {}; d.update(ik); print(d)
print(type('T', (), k).__dict__.get('b'), type('T', (), i).__dict__.get('a'), type('T', (), ik).__dict__.get('a'))
def f(**kw): return kw
print(f(**k), f(**i), f(**ik))
class G(dict):
    def __getitem__(self, key): return 'G' + key
    def __iter__(self): return dict.__iter__(self)
print(dict(G(a=1)))
class G2(dict):
    def __getitem__(self, key): return 'G' + key
    def keys(self): return dict.keys(self)
    def __iter__(self): return iter(dict.keys(self))
print(dict(G2(a=1)), type('T', (), G2(a=1)).a)
