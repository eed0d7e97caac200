# method-wrapper objects (a slot wrapper bound to an instance): __objclass__, no __module__, equality and hash.
l = []
w = l.__add__
print(sorted(set(dir(w)) - set(dir(object()))))
print(w.__objclass__, w.__name__, w.__qualname__, w.__self__ is l, w.__doc__ == list.__add__.__doc__, w.__text_signature__)
print(w == l.__add__, w != [].__add__, w == l.__mul__, hash(w) == hash(l.__add__))
print((1).__add__.__objclass__, (1).__add__.__qualname__, "".__len__.__objclass__, object().__str__.__objclass__)
class A: pass
a = A()
print(a.__init__.__objclass__, a.__eq__.__objclass__, type(a.__init__).__name__, a.__init__.__qualname__)
print(w.__reduce__()[0].__name__ if callable(w.__reduce__()[0]) else w.__reduce__())
try:
    w.__objclass__ = int
except AttributeError as e:
    print(e)
print(type(w).__objclass__ if hasattr(type(w), "__objclass__") else "-", type(type(w).__dict__.get("__objclass__")).__name__)
