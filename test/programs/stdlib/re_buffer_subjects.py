# re matches any buffer (array.array too) over its bytes, as _sre's getstring asks for a simple
# buffer; a non-buffer is "expected string or bytes-like object".
import array
import re

subjects = [b"xab", bytearray(b"xab"), memoryview(b"xab"), array.array("b", b"xab"), array.array("B", b"xab")]
for s in subjects:
    m = re.search(b"a(b)", s)
    print(type(s).__name__, m.span(), m.group(), m.group(1), re.findall(b".", s), re.sub(b"a", b"-", s))
print(re.search(b"\\x61", array.array("i", [97])).span())
print(re.split(b",", array.array("B", b"a,b")))
for bad in (5, [97], None):
    try:
        re.search(b"a", bad)
    except TypeError as e:
        print(type(bad).__name__, e)
try:
    re.search("a", array.array("b", b"a"))
except TypeError as e:
    print(e)
