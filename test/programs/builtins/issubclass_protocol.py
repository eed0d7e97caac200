# issubclass/isinstance: exact types, tuples, unions (3.10's own __instancecheck__/__subclasscheck__, which
# refuse a parameterized generic anywhere in the union), __bases__-only classes, metaclass checks.
import abc, collections.abc, typing
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
class A: pass
class B(A): pass
class Fake:
    __bases__ = (A,)
class Fake2:
    __bases__ = ()
class Meta(type):
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta): pass
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(B, int | A), issubclass(bool, int | str))
print(err(lambda: issubclass(1, A)), err(lambda: issubclass(B, 1)), err(lambda: issubclass(B, list[int])), err(lambda: issubclass(list[int], list)))
print(err(lambda: issubclass(Fake(), A)), err(lambda: issubclass(Fake(), Fake())), issubclass(int, M), issubclass(str, M))
print(issubclass(list, collections.abc.Sequence), issubclass(dict, collections.abc.Sequence), err(lambda: issubclass(list, typing.List[int])), issubclass(list, typing.List))
print(err(lambda: issubclass(B, (A, 1))), err(lambda: issubclass(B, (1, A))), err(lambda: isinstance(1, list[int])), err(lambda: issubclass(B, int | list[int])))
print(hasattr(int | str, "__subclasscheck__"), "__subclasscheck__" in type(int | str).__dict__, "__instancecheck__" in type(int | str).__dict__)
print(err(lambda: isinstance(1, int | list[int])), err(lambda: isinstance(1, (int | str, list[int]))), err(lambda: issubclass(int, int | list[int])), err(lambda: issubclass(str, int | list[int])))
print(err(lambda: isinstance("", int | list[int])), err(lambda: (int|str).__instancecheck__(1)))
