# Calling slot wrappers with the wrong arguments: check_num_args's "expected N argument(s), got M",
# PyArg_UnpackTuple's (under an empty name, so with a leading space) for __setitem__, __set__,
# __setattr__, __pow__, __get__ and sequence repeat, "wrapper X() takes no keyword arguments",
# an unbound wrapper without self, the methods that coexist with a slot (dict.__getitem__...),
# object.__init_subclass__'s METH_NOARGS messages, and dunders that are plain methods.
import collections
import types


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


attempt(lambda: (1).__add__())
attempt(lambda: (1).__add__(1, 2))
attempt(lambda: (1).__add__(x=1))
attempt(lambda: (1).__neg__(1))
attempt(lambda: (1).__neg__(x=1))
attempt(lambda: (1).__lt__(x=1))
attempt(lambda: (1).__pow__())
attempt(lambda: (1).__pow__(1, 2, 3))
attempt(lambda: (1.5).__rpow__())
attempt(lambda: (1).__bool__(1))
attempt(lambda: (1).__index__(2))
attempt(lambda: (1).__mul__())
attempt(lambda: [].__setitem__(1))
attempt(lambda: [].__setitem__(1, 2, 3))
attempt(lambda: [].__getitem__())
attempt(lambda: [].__len__(1))
attempt(lambda: [].__delitem__())
attempt(lambda: [].__iter__(1))
attempt(lambda: [].__mul__())
attempt(lambda: [].__imul__())
attempt(lambda: [].__iadd__())
attempt(lambda: ().__mul__())
attempt(lambda: ().__getitem__())
attempt(lambda: "".__rmul__())
attempt(lambda: "".__getitem__())
attempt(lambda: "a".__mod__())
attempt(lambda: b"".__mul__(1, 2))
attempt(lambda: collections.deque().__mul__())
attempt(lambda: collections.deque().__getitem__())
attempt(lambda: iter([]).__next__(1))
attempt(lambda: {}.__getitem__())
attempt(lambda: {}.__contains__())
attempt(lambda: {}.__delitem__(1, 2))
attempt(lambda: set().__contains__())
attempt(lambda: object().__setattr__("a"))
attempt(lambda: object().__getattribute__())
attempt(lambda: object().__delattr__())
attempt(lambda: object().__repr__(1))
attempt(lambda: object().__eq__())
attempt(lambda: object().__hash__(1))
attempt(lambda: object().__format__())
attempt(lambda: object().__reduce_ex__())
attempt(lambda: object().__init__(1))
attempt(lambda: property().__get__())
attempt(lambda: property().__set__(1))
attempt(lambda: (lambda: 0).__get__())
attempt(lambda: (1).__round__(1, 2))

# unbound: no self at all, or keywords
attempt(lambda: int.__add__())
attempt(lambda: int.__add__(1))
attempt(lambda: int.__add__(1, 2, 3))
attempt(lambda: int.__add__(1, y=2))
attempt(lambda: type.__call__())
attempt(lambda: type.__call__(int, "5"))
attempt(lambda: collections.deque.append())
attempt(lambda: list.append())

# object.__init_subclass__: no keywords, then no arguments, naming the class it is bound to
attempt(lambda: object.__init_subclass__())
attempt(lambda: object.__init_subclass__(1))
attempt(lambda: object.__init_subclass__(x=1))
attempt(lambda: int.__init_subclass__(1))


class Outer:
    try:
        class Inner(x=1):
            pass
    except TypeError as e:
        print(e)


attempt(lambda: Outer.__init_subclass__(1))
attempt(lambda: types.MappingProxyType[int])

print(dict.__getitem__, dict.__contains__, list.__getitem__, set.__contains__, frozenset.__contains__, tuple.__getitem__)
print(list.__reversed__, object.__reduce__, object.__reduce_ex__, object.__sizeof__, object.__format__, object.__dir__)
print(collections.deque.__copy__, int.__round__, int.__trunc__, float.__floor__, type.__instancecheck__, type.__subclasses__)
