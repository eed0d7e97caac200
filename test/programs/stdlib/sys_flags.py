# sys.flags as `python3.10 FILE` sets it: every field, by name and by index, and its type's rules.
import sys

f = sys.flags
print(f)
print(type(f).__name__, len(f), f.n_fields, f.n_sequence_fields, f.n_unnamed_fields)
for name in ("debug", "inspect", "interactive", "optimize", "no_user_site", "no_site",
             "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
             "isolated", "dev_mode", "utf8_mode", "warn_default_encoding"):
    print(name, repr(getattr(f, name)), type(getattr(f, name)).__name__)
print(tuple(f)[:4], f[1:3], f.interactive == f[2])
try:
    f.interactive = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    type(f)()
except TypeError as e:
    print("TypeError", e)
print(sys.flags is sys.flags, sys.flags.optimize == (not __debug__) * 1)
for x in (sys.version_info, sys.float_info, sys.int_info, sys.hash_info, sys.thread_info):
    try:
        type(x)()
    except TypeError as e:
        print(type(x).__name__, "TypeError", e)
print(type(sys.float_info)(sys.float_info) == sys.float_info, type(sys.thread_info)([1, 2, 3]))
for args in ((1, 2, 3), ([1],), ((1, 2, 3),)):
    try:
        type(sys.float_info)(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.float_info.max = 1.0
except AttributeError as e:
    print("AttributeError", e)
print(type(type(sys.flags).__dict__["quiet"]).__name__)
