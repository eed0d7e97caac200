# Special methods are looked up on the type, not the instance; __class__ assignment; instance/subclass hooks.
class C:
    def __len__(self):
        return 1
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
obj = A()
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, B))
def err(f):
    try:
        return f()
    except TypeError as e:
        return f"TypeError: {e}"
print(err(lambda: setattr(obj, "__class__", int)))
print(err(lambda: setattr(1, "__class__", bool)))
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst > 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class Positive(metaclass=Meta):
    pass
print(isinstance(5, Positive), isinstance(-5, Positive), isinstance("x", Positive), issubclass(bool, Positive), issubclass(int, Positive))
class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G["x", 1], list[int], dict[str, list[int]], type(list[int]).__name__)
class Callable:
    pass
Callable.__call__ = lambda self: "patched call"
print(Callable()())
class Hashy:
    pass
Hashy.__hash__ = None
print(err(lambda: hash(Hashy())))
class Bool:
    pass
Bool.__bool__ = lambda self: False
print(bool(Bool()), not Bool())
