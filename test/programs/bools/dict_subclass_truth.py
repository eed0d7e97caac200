# The truth of a dict subclass goes through its own __bool__ or __len__, as any other instance's.
class D(dict):
    def __bool__(self): return False
class DLen(dict):
    def __len__(self): return 0
class DBad(dict):
    def __bool__(self): return 1
class DRaise(dict):
    def __bool__(self): raise IndexError("no truth")
class DLenBad(dict):
    def __len__(self): return 1j

for cls in (dict, D, DLen, DBad, DRaise, DLenBad):
    d = cls({1: 2})
    for label, f in (("bool", lambda: bool(d)), ("not", lambda: not d), ("if", lambda: 1 if d else 0),
                     ("any", lambda: any([d])), ("filter", lambda: len(list(filter(None, [d])))), ("and", lambda: d and "yes")):
        try:
            print(cls.__name__, label, repr(f()))
        except Exception as e:
            print(cls.__name__, label, type(e).__name__, e)
