# A type's __name__, __qualname__, __module__, __doc__ and __bases__: not settable on builtin types, never
# deletable (check_set_special_type_attr); a type that is no acceptable base, as a base or in __bases__.
class X:
    "elephant"
X.__doc__ = "banana"
print(X.__doc__)
for args in [(type(list).__dict__["__doc__"].__set__, list, "blah"), (type(X).__dict__["__doc__"].__delete__, X),
             (type.__dict__["__qualname__"].__set__, str, "Oink"), (type.__dict__["__name__"].__set__, int, "i"),
             (type.__dict__["__module__"].__set__, int, "m"), (type.__dict__["__bases__"].__set__, int, (object,))]:
    try:
        args[0](*args[1:])
        print("ok")
    except TypeError as e:
        print("TypeError", e)
for name in ("__doc__", "__name__", "__qualname__", "__module__"):
    try:
        delattr(X, name)
        print("deleted", name)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    X.__name__ = 5
except TypeError as e:
    print(e)
print(X.__doc__, X.__name__, X.__module__)
class O(object):
    pass
for bases in [(O, type(None)), (type(None), O), (bool,), (O, bool), (type(...),), (type(lambda: 0),)]:
    try:
        type("X", bases, {})
        print("ok")
    except TypeError as e:
        print("TypeError", e)
class X(object):
    pass
for b in [(type(None),), (object, type(None)), (type(None), object), (O, type(None)), (type(None), O)]:
    try:
        X.__bases__ = b
        print("ok")
    except TypeError as e:
        print("TypeError", e)
