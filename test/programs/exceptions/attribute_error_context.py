# exit: 1
# An AttributeError escaping an attribute read (from __getattr__, __getattribute__, a property's
# getter, a nested getattr) gets the read's name and object, as PyObject_GetAttr does in 3.10, and
# the uncaught-exception display suggests a close name from the object's dir().
class G:
    abcdef = 1

    def __getattr__(self, n):
        raise AttributeError(f"custom {n}")


class H:
    abcdef = 1

    def __getattr__(self, n):
        return getattr(42, n)


class K:
    abcdef = 1

    def __getattribute__(self, n):
        raise AttributeError("zzz")


class P:
    @property
    def prop(self):
        raise AttributeError("from the getter")

    @property
    def other(self):
        return self.missing_one


for obj, n in [(G(), "abcdeg"), (H(), "abcdeg"), (K(), "abcdeg"), (G(), "xyz"), (P(), "prop"), (P(), "other")]:
    try:
        getattr(obj, n)
    except AttributeError as e:
        print(type(obj).__name__, repr(e), e.name, type(e.obj).__name__)

for attempt in range(3):
    try:
        P().prop
    except AttributeError as e:
        print("LOAD_ATTR", repr(e), e.name, type(e.obj).__name__)
    try:
        P().prop.real
    except AttributeError as e:
        print("LOAD_METHOD", repr(e), e.name, type(e.obj).__name__)

e = AttributeError("q")
print(e.name, e.obj)
print(hasattr(G(), "nope"), getattr(G(), "nope", "default"))

import sys

sys.stderr = sys.stdout
G().abcdeg
