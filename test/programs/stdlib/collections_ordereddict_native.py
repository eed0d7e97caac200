# collections.OrderedDict as _collections gives it (C): view and iterator types, move_to_end, popitem(last=),
# order-sensitive ==, repr (recursive, subclasses), __reduce__ and iterator pickling, fromkeys, setdefault,
# pop, | and |=, argument errors, and the two errors for a change during iteration.
import copy
import pickle
from collections import OrderedDict


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


od = OrderedDict.fromkeys("abcde")
print(type(od.keys()).__name__, type(od.values()).__name__, type(od.items()).__name__, type(od.keys()).__mro__)
print({type(x).__name__ for x in (iter(od), iter(od.values()), iter(od.items()), reversed(od), reversed(od.items()))})
print(OrderedDict.__module__, type(od.keys()).__module__, type(iter(od)).__module__, OrderedDict.__doc__)
print(od.keys(), od.values(), reversed(od.items()).__reduce__()[1], od.keys().mapping)
it = iter(od)
next(it)
print(it.__reduce__()[1], list(it), it.__reduce__()[1], hasattr(it, "__length_hint__"))
attempt(lambda: type(iter(od))())
print(OrderedDict.__reduce__, OrderedDict.__reversed__, OrderedDict.__sizeof__, OrderedDict.__setitem__, OrderedDict.__dict__["fromkeys"])
print(OrderedDict.move_to_end.__text_signature__, OrderedDict.pop.__text_signature__, OrderedDict.fromkeys.__text_signature__, od.popitem.__doc__)
print(sorted(OrderedDict.__dict__))

# order: move_to_end and popitem; dict's own methods keep dict order
od.move_to_end("a")
od.move_to_end("e", last=False)
print(list(od), list(dict.keys(od)), list(reversed(od)), list(reversed(od.values())))
print(od.popitem(), od.popitem(last=False), od.popitem(False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), dict(b=2, a=1) == OrderedDict(a=1, b=2))
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict(a=1) != {"a": 1}, OrderedDict(a=1, b=2) == OrderedDict(a=1, b=3))
print(od.__eq__(1), od.__lt__(od), od.__ne__({}))
attempt(lambda: od < od)
attempt(lambda: OrderedDict.__eq__({}, od))
attempt(lambda: hash(od))


# a change during iteration: state first ("mutated", and the iterator ends), then size (raised again)
def iterate_changing(change, view=lambda od: od):
    od = OrderedDict.fromkeys("abcde")
    it = iter(view(od))
    out = []
    try:
        for k in it:
            out.append(k)
            if len(out) == 2:
                change(od)
    except RuntimeError as e:
        out.append(str(e))
    try:
        out.append(next(it))
    except Exception as e:
        out.append(type(e).__name__ + " " + str(e))
    print(out, list(od))


iterate_changing(lambda od: od.move_to_end("b"))
iterate_changing(lambda od: od.move_to_end("a", last=False))
iterate_changing(lambda od: od.move_to_end("e"))
iterate_changing(lambda od: od.__setitem__("f", 1))
iterate_changing(lambda od: od.__setitem__("a", 1))
iterate_changing(lambda od: (od.__delitem__("d"), od.__setitem__("z", 1)))
iterate_changing(lambda od: od.clear())
iterate_changing(lambda od: od.pop("c"))
iterate_changing(lambda od: dict.__setitem__(od, "q", 1))
iterate_changing(lambda od: od.move_to_end("b"), view=lambda od: reversed(od))
iterate_changing(lambda od: od.update(a=5), view=lambda od: od.items())
it = iter(od)
od["new"] = 1
attempt(lambda: it.__reduce__())

# dict's methods bypass the order: what they leave behind is a KeyError
od2 = OrderedDict(spam=1, ham=2)
dict.__delitem__(od2, "spam")
attempt(lambda: repr(od2))
attempt(lambda: list(od2.values()))
od3 = OrderedDict()
dict.__setitem__(od3, "spam", 1)
print(repr(od3), len(od3), od3.get("spam"))

# repr: recursive, subclasses through items()
r = OrderedDict(a=1)
r["self"] = r
print(r, OrderedDict(), r.keys())


class Sub(OrderedDict):
    def items(self):
        return [("from", "items")]


s = Sub(x=1)
print(s, Sub(), type(s.copy()).__name__, list(s.copy()))

# copying and pickling
od = OrderedDict([("b", 1), ("a", 2)])
od.attr = 5
print(od.__reduce__()[:4], od.copy(), copy.copy(od), copy.deepcopy(od), copy.copy(od).attr)
for proto in range(6):
    p = pickle.loads(pickle.dumps(od, proto))
    it = iter(od.items())
    next(it)
    print(proto, p, p.attr, list(pickle.loads(pickle.dumps(it, proto))))

# update and the constructor, their argument handling
attempt(lambda: OrderedDict(1, 2))
attempt(lambda: OrderedDict(1))
attempt(lambda: OrderedDict([(1, 2, 3)]))
attempt(lambda: OrderedDict([(1,)]))
attempt(lambda: OrderedDict([()]))
attempt(lambda: OrderedDict.update())
attempt(lambda: od.update(1, 2))
attempt(lambda: OrderedDict(self=1, other=2, iterable=3))


class KeysOnly:
    def keys(self):
        return ["k2", "k1"]

    def __getitem__(self, k):
        return k.upper()


class ItemsOnly:
    def items(self):
        return [("i", 1)]


x = OrderedDict(KeysOnly(), z=0)
x.update(ItemsOnly())
print(x)

# move_to_end, popitem, pop, setdefault, fromkeys
attempt(lambda: od.move_to_end())
attempt(lambda: od.move_to_end("zz"))
attempt(lambda: OrderedDict().move_to_end("zz"))
attempt(lambda: od.move_to_end([]))
attempt(lambda: od.move_to_end(key="b", last=0))
attempt(lambda: od.popitem(1, 2))
attempt(lambda: OrderedDict().popitem())
attempt(lambda: od.pop())
attempt(lambda: od.pop("zz"))
attempt(lambda: od.pop("zz", 5))
attempt(lambda: od.pop(key="zz", default=6))
attempt(lambda: od.pop([], 1))
attempt(lambda: od.setdefault())
attempt(lambda: od.setdefault("c"))
attempt(lambda: od.setdefault(key="d", default=4))
attempt(lambda: OrderedDict.fromkeys())
attempt(lambda: OrderedDict.fromkeys(iterable="xy", value=0))
attempt(lambda: OrderedDict.fromkeys(3))
print(od, Sub.fromkeys("pq"), type(Sub.fromkeys("pq")).__name__)


class Missing(OrderedDict):
    def __missing__(self, key):
        return "missing"


m = Missing(a=1)
print(m.setdefault("b", 2), m.pop("zz", 3), m["q"], m)

# | and |=
od = OrderedDict(a=1)
print(od | {"b": 2}, {"b": 2} | od, od.__ror__({"c": 3}), type(Sub(a=1) | {}).__name__)
attempt(lambda: od | 1)
attempt(lambda: 1 | od)
attempt(lambda: od | [("q", 1)])
od |= [("w", 1)]
od |= {"w": 2, "a": 0}
print(od)
attempt(lambda: od.__ior__(3))
