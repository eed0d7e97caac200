# __reduce__ and __setstate__ of exceptions: the instance __dict__ is the state, OSError puts its
# filenames back into the arguments, ImportError adds name and path; pickle and copy round-trip them.
# (errno numbers the oracle maps to another subclass, as Emscripten numbers them otherwise, are avoided)
import copy
import pickle

cases = [
    ValueError("x", 2),
    OSError(0, "No such file", "f.txt"),
    FileNotFoundError(1000, "nsf", "a", None, "b"),
    OSError("just a message"),
    ImportError("m", name="mod", path="/p"),
    ImportError("plain"),
    ModuleNotFoundError("No module named 'q'", name="q"),
    KeyError("k"),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
    SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3)),
    StopIteration(5),
    SystemExit(3),
]
for e in cases:
    print(type(e).__name__, e.__reduce__())
    e.note = [1]
    print("  with an attribute:", e.__reduce__())
    for clone in (pickle.loads(pickle.dumps(e)), copy.copy(e), copy.deepcopy(e)):
        print("  ", repr(clone), clone.args, clone.note, str(clone), clone.note is e.note)

class AppError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code)
        self.detail = detail

a = AppError(7, detail="disk")
print(a.__reduce__())
b = pickle.loads(pickle.dumps(a))
print(type(b).__name__, b.args, b.detail)

v = ValueError()
print(v.__reduce__())
v.__dict__
print(v.__reduce__(), v.__reduce__()[2] is v.__dict__)
i = ImportError("x")
i.extra = 1
print(i.__reduce__()[2] is i.__dict__, ImportError("y", name="n").__reduce__()[2] is i.__dict__)
print(v.__setstate__(None), v.__setstate__({"a": 1}), v.a)
for bad in (5, {1: 2}):
    try:
        ValueError().__setstate__(bad)
    except TypeError as t:
        print("TypeError:", t)
o = OSError(0, "x", "f")
o.__setstate__({"filename": "g", "errno": 3})
print(o, o.filename, o.errno)
