# The default excepthook prints a SyntaxError's filename raw whatever its type ('<string>' for None).
import sys, io
for fn in [b"bytes_filename", None, 5, "str_name", bytearray(b"ba")]:
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        raise SyntaxError("msg", (fn, 123, 0, "text"))
    except SyntaxError:
        sys.__excepthook__(*sys.exc_info())
    finally:
        sys.stderr = old
    print(err.getvalue().splitlines()[-3:])
import traceback
try:
    raise SyntaxError("msg", (b"bytes_filename", 123, 0, "text"))
except SyntaxError as e:
    print(traceback.format_exception_only(type(e), e))

