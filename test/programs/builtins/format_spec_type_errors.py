# __format__ given a non-str spec: int, float, str, complex say '__format__() argument must be str',
# date/time/datetime 'argument 1' (PyArg_ParseTuple), builtin format() 'format() argument 2'.
import datetime
for x in (5, 2.5, 'x', 1j, True, datetime.date(2020, 1, 1), datetime.time(1), datetime.datetime(2020, 1, 1), datetime.timedelta(1), b"x", [1], None, 3.5+0j):
    for spec in (1, None, b'y', ''):
        try: print(repr(type(x).__format__(x, spec)))
        except Exception as e: print(type(e).__name__, e)
    try: print(format(x, 5))
    except Exception as e: print(type(e).__name__, e)
