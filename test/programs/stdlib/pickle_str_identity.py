# pickle's memo is keyed by id(): where CPython's strs are distinct objects, the same text is
# written twice. A static type's __qualname__ is a new str at each read, apart from its interned
# __module__ (datetime.datetime: 'datetime' twice); a native module's functions share their
# module's name object, apart from its types' __module__ (array's _array_reconstructor and
# array.array); a str without the separator is its own part in (r)partition (and a separator found
# is itself), so pickle's qualname.rpartition('.') keeps that object. The _io functions (open among
# them) have __module__ 'io'.
import array
import datetime
import io
import pickle

print(datetime.datetime.__qualname__ is datetime.datetime.__qualname__, int.__qualname__ == "int")
print(type(int.__qualname__) is str, hash(int.__qualname__) == hash("int"), {int.__qualname__: 1}["int"])
q = datetime.date.__qualname__
print(q.rpartition(".")[2] is q, q.partition(".")[0] is q, "a.b".rpartition(".")[2], "ab".partition("x"))


class S(str):
    pass


s = S("ab")
print(type(s.partition("x")[0]), type(s.rpartition("x")[2]), s.partition("x")[0] is s)
dot = S(".")
print(type("a.b".partition(dot)[1]), "a.b".rpartition(dot)[1] is dot, type("a.b".partition(dot)[0]))
print(open.__module__, io.open is open, io.open_code.__module__, io.text_encoding.__module__)
print(array._array_reconstructor.__module__ == "array", array.array.__module__)
for v in [datetime.datetime(2020, 5, 6, 7, 8, 9, 10), datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc),
          [datetime.date(2024, 2, 29), datetime.datetime(1, 1, 1), datetime.date], array.array("i", [1, -2]),
          array.array("u", "ab"), [array.array("b"), array.array("d", [1.5])], open, [open, io.open_code]]:
    for p in (0, 2, 4, 5):
        print(p, pickle.dumps(v, p))
    print(pickle.loads(pickle.dumps(v)) == v)
