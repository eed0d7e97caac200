# int() and float() read any buffer as bytes (PyObject_GetBuffer): a memoryview, an array.array.
import array

for x in (b"12", bytearray(b" -7 "), memoryview(b"123")[1:3], array.array("b", b"42"), memoryview(b"1_000")):
    print(repr(int(x)), repr(float(x)))
for x in (memoryview(b"1.5e3"), array.array("B", b"-0.25"), bytearray(b"inf")):
    print(float(x))
# float's message shows the argument's repr (a memoryview's has its address: only its start is printed)
for bad in (memoryview(b"12x"), array.array("b", b"4 2"), memoryview(b""), bytearray(b"x"), bytearray(b"1_"), b"1__0"):
    for conv in (int, float):
        try:
            conv(bad)
        except ValueError as e:
            print(conv.__name__, "ValueError:", str(e).split(" at 0x")[0])
strided = memoryview(b"1234")[::2]
for conv in (int, float):
    try:
        conv(strided)
    except TypeError as e:
        print(conv.__name__, "TypeError:", e)
try:
    int(memoryview(b"12"), 10)
except TypeError as e:
    print("with base:", e)
print(int(bytearray(b"ff"), 16), int(b"0b101", 0))
