# str() and format() return what __str__ and __format__ return, an instance of a str subclass included
# (PyObject_Str, PyObject_Format); str() of a str subclass instance is an exact str.
class S(str):
    pass
class T:
    def __str__(self):
        return S("x")
r = str(T())
print(type(r).__name__, r)
print(type(str(S("y"))).__name__)
print(type(format(T())).__name__, type(f"{T()}").__name__, type(f"{T()!s}").__name__, type(f"{T()}!").__name__)
class U(str):
    def __str__(self):
        return S("u")
print(type(str(U("z"))).__name__, str(U("z")))
class V:
    def __str__(self):
        return 1
try:
    str(V())
except TypeError as e:
    print(e)
print(type(str(b"ab", "ascii")).__name__, type(S(T())).__name__)
