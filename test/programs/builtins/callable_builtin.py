# callable(): functions, classes, instances with and without __call__, methods, builtins, and odd objects.
class WithCall:
    def __call__(self):
        return 1
class Without:
    pass
inst = Without()
inst.__call__ = lambda: 1
items = [len, print, lambda: 0, int, type, WithCall, WithCall(), Without(), inst, [].append, "s".upper, 5, "s", None,
         object, object(), str.join, classmethod(len), staticmethod(len), property(), iter([]), range]
print([callable(x) for x in items])
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: callable()), err(lambda: callable(1, 2)), err(lambda: inst()))
