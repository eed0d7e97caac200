# Integer arguments converted as a C int, three ways: Argument Clinic's `int` (chr, gc.collect,
# gc.set_debug: 'Python int too large to convert to C int' for anything past the range, before the
# function's own range check), PyArg_ParseTuple's "i" (itertools' __setstate__, time's tuples,
# datetime's fields, gc.set_threshold: a C long first, then the int range), and Py_ssize_t
# (gc.get_objects). Floats are refused by __index__ ('float' object cannot be interpreted as an
# integer), objects with __index__ accepted. (Values between 2**31 and 2**63 are left out: a C long
# is 32 bits in the 32-bit reference build and 64 in CPython on Linux.)
import gc, itertools, time, datetime

class Index:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

def t(label, f):
    try: print(label, f())
    except Exception as e: print(label, type(e).__name__, e)

for v in (65, Index(66), 2**40, -2**40, 2**70, 0x110000, -1, 1.0, "a", True):
    t(f"chr({v!r:.12})", lambda: chr(v))
old = gc.get_debug()
for v in (0, Index(0), 2**40, -2**70, 1.5, None):
    t("set_debug", lambda: gc.set_debug(v))
gc.set_debug(old)
for v in (Index(0), 2**40, -2**70, 2.0, 7):
    t("collect", lambda: type(gc.collect(v)).__name__)
for v in (2**70, 1.0, Index(7), 5):
    t("get_objects", lambda: type(gc.get_objects(v)).__name__)
thresholds = gc.get_threshold()
for v in (2**70, -2**70, 1.0, Index(700)):
    t("set_threshold", lambda: gc.set_threshold(v))
gc.set_threshold(*thresholds)

c = itertools.cycle([1, 2])
for v in (1.0, 2**70, -2**70, Index(1), 0):
    t("cycle.__setstate__", lambda: c.__setstate__(([1], v)))
a, b = itertools.tee("xyz")
state = a.__reduce__()[2]
for v in (1.0, 2**70, Index(1), 99, 0):
    t("tee.__setstate__", lambda: a.__setstate__((state[0], v)))

for v in (Index(3), 3.0, 2**70, -2**70, "3"):
    t("asctime", lambda: time.asctime((2020, v, 1, 0, 0, 0, 0, 1, 0)))
    t("mktime", lambda: type(time.mktime((2020, 1, v, 0, 0, 0, 0, 1, 0))).__name__)
for v in (Index(5), 5.0, 2**70, -2**70, "5"):
    t("date", lambda: datetime.date(2020, v, 1))
    t("datetime", lambda: datetime.datetime(2020, 1, 1, v))
    t("replace", lambda: datetime.date(2020, 1, 1).replace(day=v))
