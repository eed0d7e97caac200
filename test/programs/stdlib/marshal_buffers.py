# marshal writes any buffer (bytearray, memoryview, array.array, a bytes subclass) as bytes, as
# w_object's PyObject_CheckBuffer branch does, and loads reads from any buffer. (The first byte
# is left out: CPython sets FLAG_REF by reference count, which dislab does not keep.)
import array
import marshal


class B(bytes):
    pass


for x in (array.array("b", b"ab"), memoryview(b"cd"), bytearray(b"ef"), B(b"gh"), array.array("i", [1])):
    d = marshal.dumps(x)
    print(type(x).__name__, d[1:], marshal.loads(d))
print(marshal.loads(array.array("b", marshal.dumps((1, "x")))), marshal.loads(memoryview(marshal.dumps(2.5))))
for bad in (memoryview(b"abcd")[::2], B, object()):
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError:", e)
