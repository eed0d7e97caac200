# type_repr shows <class 'module.qualname'>, but a class whose __module__ is not a str (or is
# 'builtins') shows its tp_name, which for a class is its __name__, not its __qualname__.
class C:
    class Inner:
        pass


C.__name__ = "v"
print(C, C.__qualname__)
C.__module__ = ("a",)
print(C, C.__mro__, C.__qualname__)
I = C.Inner
print(I)
I.__module__ = "builtins"
print(I)
I.__name__ = "nm"
print(I, I.__qualname__)
I.__module__ = 5
print(I, [I])
I.__module__ = "m"
print(I)


class B:
    __module__ = "builtins"

    class In:
        pass


print(B, B.In, B.In.__module__)
T = type("T", (), {"__module__": 7, "__qualname__": "Q.T"})
print(T, T.__qualname__)
print(type("U", (), {"__qualname__": "Q.U"}))
try:
    del C.__module__
except TypeError as e:
    print(e)
print(int, type(None), type)
