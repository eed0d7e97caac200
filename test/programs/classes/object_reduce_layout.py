# object.__reduce_ex__(2+) without arguments to rebuild from refuses an object whose C layout holds
# more than object's header, __dict__ and weak reference pointers and __slots__ (the 'cannot pickle'
# of _PyObject_GetState): None has object's size and reduces through copyreg.__newobj__; a lock
# names its type by tp_name ('_thread.lock'). Descriptors of builtin types (method, slot wrapper,
# classmethod in 3.10.2, member) pickle as getattr(owner, name); tuple's __getnewargs__ gives an
# exact tuple itself.
import copy
import pickle
import threading
import types


class Slots:
    __slots__ = ("a", "b")


class SlotsWeak:
    __slots__ = ("a", "__weakref__")


class Plain:
    pass


class WithDict(Slots):
    pass


def gen():
    yield 1


for o in [None, ..., NotImplemented, object(), Slots(), SlotsWeak(), Plain(), WithDict(), threading.Lock(), threading.RLock(),
          gen(), memoryview(b"x"), property(), types.SimpleNamespace(a=1), bytearray(b"a"), range(3), {}.keys()]:
    for p in (2, 4):
        try:
            r = object.__reduce_ex__(o, p)
            print(type(o).__name__, p, r if isinstance(r, str) else (r[0].__name__, r[1], r[2:]))
        except TypeError as e:
            print(type(o).__name__, p, "TypeError", e)
print(type(threading.Lock()), type(threading.Lock()).__name__, type(threading.Lock()).__qualname__, type(threading.RLock()))
print(pickle.loads(pickle.dumps([None, ..., NotImplemented], 4)), copy.copy(None), copy.deepcopy(...))

for d in [str.join, int.__add__, object.__init__, dict.__dict__["fromkeys"], Slots.a, (1).__add__, dict.fromkeys, type.__dict__["__name__"]]:
    try:
        print(type(d).__name__, d.__reduce__(), d.__reduce_ex__(0)[1], pickle.loads(pickle.dumps(d, 2)) == d)
        print(pickle.dumps(d, 0), copy.copy(d) is d or copy.copy(d) == d, copy.deepcopy(d) is d or copy.deepcopy(d) == d)
    except TypeError as e:
        print(type(d).__name__, "TypeError", e)

t = (1, [2])
print(t.__getnewargs__()[0] is t, type(t).__reduce_ex__(t, 2)[1][1] is t)


class T(tuple):
    pass


u = T((1,))
print(type(u.__getnewargs__()[0]), u.__getnewargs__()[0] is u)
l = [0]
st = (l, 1)
l.append(st)
print(st.__reduce_ex__(4)[1])
