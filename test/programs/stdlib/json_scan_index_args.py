# _json's scanstring and scan_once convert their index (a Py_ssize_t, through __index__) before
# they check the string: an index past Py_ssize_t is OverflowError whatever the first argument.
import json.decoder, sys
for args in [(b"xxx", sys.maxsize + 1), ("xxx", sys.maxsize + 1), (b"xxx", 1), ("xxx", 1.0), ("xxx", -1), ('"abc', 10), ("xxx", "1"), ("x\"x", 0, 1)]:
    try: print(json.decoder.scanstring(*args))
    except Exception as e: print(type(e).__name__, e)
import _json
s = _json.make_scanner(json.JSONDecoder())
for args in [("1", sys.maxsize + 1), (b"1", 0), ("1", -1), ("[1]", 1.5)]:
    try: print(s(*args))
    except Exception as e: print(type(e).__name__, e)
class Ix:
    def __index__(self): return 1
print(json.decoder.scanstring("x\"yz", Ix()), s("[1, 2]", Ix()))
