# Static methods of builtin types (METH_STATIC: str.maketrans, bytes.maketrans): a builtin function
# whose qualname names the type and whose __self__ is None; staticmethod and classmethod objects
# show what they wrap (3.10's repr).
for f in (str.maketrans, bytes.maketrans, bytearray.maketrans):
    print(f.__qualname__, f.__name__, f.__self__, f.__module__, f.__text_signature__)
    print((f.__doc__ or "").splitlines()[:1])
    print(repr(f).split(" at ")[0])
print(type(str.__dict__["maketrans"]).__name__, repr(str.__dict__["maketrans"]).split(" at ")[0])
print(staticmethod(len), classmethod(len), repr(staticmethod(None)), repr(classmethod(1)))
class A:
    @staticmethod
    def f(): pass
    @classmethod
    def g(cls): pass
print(repr(A.__dict__["f"]).split(" at ")[0], repr(A.__dict__["g"]).split(" at ")[0])
class S(staticmethod): pass
print(S(len))
import pickle
print(pickle.loads(pickle.dumps(str.maketrans)) is str.maketrans, pickle.loads(pickle.dumps(bytes.maketrans)) is bytes.maketrans)
print("abc".maketrans({"a": "x"}), str.maketrans("ab", "cd", "e"), bytes.maketrans(b"a", b"z")[97:98])
