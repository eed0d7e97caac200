# type.__text_signature__: a C type's comes from the "name(...)\n--\n\n" start of its tp_doc; a
# class's from the docstring it had when it was made (type_new copies a str __doc__ to tp_doc), read
# with the class's current __name__; inspect.signature uses it for a class without __init__/__new__.
import _io
import inspect
import io
import itertools

for t in [object, list, tuple, float, complex, enumerate, reversed, property, memoryview, int, str, dict, type,
          io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair, io.FileIO, io.BytesIO,
          io.StringIO, io.TextIOWrapper, io.IncrementalNewlineDecoder, _io._IOBase,
          itertools.count, itertools.accumulate, itertools.groupby, itertools.chain, itertools.product]:
    print(t.__qualname__, repr(t.__text_signature__))
    try:
        print("   ", inspect.signature(t))
    except ValueError as e:
        print("    ValueError", e)


class A:
    """A(x, y)\n--\n\nDoc"""
print(repr(A.__text_signature__), repr(A.__doc__), inspect.signature(A))
A.__doc__ = "A(z)\n--\n\nOther"  # tp_doc keeps what the class statement gave
print(repr(A.__text_signature__), repr(A.__doc__))
A.__name__ = "Renamed"  # the doc no longer starts with the type's name
print(repr(A.__text_signature__), inspect.signature(A))


class B:
    """B(q, /, *, r=1)\n--\n\n"""
print(repr(B.__text_signature__), repr(B.__doc__), inspect.signature(B))


class C:
    __doc__ = 5
print(repr(C.__text_signature__))


class D(B):
    pass
print(repr(D.__text_signature__), repr(D.__doc__))


class E:
    """E.method(a)\n--\n\n"""
print(repr(E.__text_signature__))


class F:
    """F(a)\n\n--\n\nno marker right after the parenthesis"""
print(repr(F.__text_signature__))


class G:
    """G(a)\n--\n"""
print(repr(G.__text_signature__))


class DocStr(str):
    pass


class H:
    __doc__ = DocStr("H(s)\n--\n\nfrom a str subclass")
print(repr(H.__text_signature__))


class MyReader(io.BufferedReader):
    """buffer reader class."""
print(repr(MyReader.__text_signature__))
try:  # (3.10.2's inspect cannot evaluate the DEFAULT_BUFFER_SIZE it finds in the base's signature)
    print(inspect.signature(MyReader))
except Exception as e:
    print(type(e).__name__)

K = type("K", (), {"__doc__": "K(k=2)\n--\n\n"})
print(repr(K.__text_signature__), inspect.signature(K))
