# object(): the root type, its default methods, instances without __dict__, and the default __repr__ shape.
o = object()
print(type(o).__name__, object.__bases__, object.__mro__, isinstance(o, object), hasattr(o, "__dict__"))
print(repr(o).startswith("<object object at 0x"), str(o) == repr(o), o == o, o != object(), o.__eq__(o), o.__eq__(1), o.__ne__(1))
print(sorted(n for n in dir(object)))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: setattr(o, "x", 1)), err(lambda: object(1)), err(lambda: object.__init__(o, 1)), err(lambda: o < o))
print(o.__reduce_ex__(2)[0].__name__ if callable(o.__reduce_ex__(2)[0]) else "", o.__class__ is object, o.__hash__() == hash(o))
print(object.__subclasshook__(int), object.__init_subclass__(), o.__format__("") == str(o), object.__doc__)
class Empty:
    pass
e = Empty()
print(repr(e).split(" object at ")[0], e.__dict__, e.__module__, Empty.__dict__["__module__"], type(Empty.__dict__).__name__)
print(e.__sizeof__() > 0, e.__dir__() is not None, sorted(set(dir(e)) - set(dir(object))))
