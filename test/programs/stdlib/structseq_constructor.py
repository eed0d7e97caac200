# Struct sequences' constructor (structseq_new): Argument Clinic's messages, a non-iterable, the dict argument
# (None is not a dict), and __match_args__ (time.struct_time's too) for class patterns.
import time, os, sys
t = time.struct_time
for args, kw in [((), {}), ((None,), {}), (("123",), {}), (("123",), {"dict": {}}), (("123456789",), {"dict": None}), (("123456789",), {"dict": 5})]:
    try:
        r = t(*args, **kw)
        print("ok", tuple(r))
    except TypeError as e:
        print("TypeError", e)
print(getattr(time.struct_time, "__match_args__", None))
print(getattr(os.stat_result, "__match_args__", None), os.stat_result.n_unnamed_fields)
print(getattr(type(sys.flags), "__match_args__", None))
print(getattr(type(sys.float_info), "__match_args__", None))
print(getattr(type(sys.version_info), "__match_args__", None))
match time.gmtime(0):
    case time.struct_time(tm_year=y):
        print("year", y)
match time.gmtime(0):
    case time.struct_time(y, m):
        print("ym", y, m)
