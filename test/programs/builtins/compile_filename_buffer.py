# compile()'s filename may be any buffer (PyUnicode_FSDecoder), with a DeprecationWarning unless it is bytes.
import array
import warnings

for filename in ("s.py", b"b.py", bytearray(b"ba.py"), memoryview(b"mv.py"), array.array("b", b"ar.py")):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        code = compile("pass", filename, "exec")
        print(code.co_filename, [(x.category.__name__, str(x.message)) for x in w])
for bad in (1, None, [b"x"]):
    try:
        compile("pass", bad, "exec")
    except TypeError as e:
        print("TypeError:", e)
