# _stat, the C half of the stat module: constants, predicates, S_IMODE/S_IFMT, filemode and its
# argument checks (an int only, read as an unsigned C long)
import _stat, stat, sys

print("_stat" in sys.builtin_module_names)
print(sorted(k for k in dir(_stat) if not k.startswith("__")))
print([(k, getattr(_stat, k)) for k in sorted(dir(_stat)) if isinstance(getattr(_stat, k), int)])
print(_stat.__doc__.splitlines()[:3], len(_stat.__doc__))
for name in ["S_ISDIR", "S_ISWHT", "S_IMODE", "S_IFMT", "filemode"]:
    f = getattr(_stat, name)
    print(name, repr(f), f.__doc__, f.__module__, f.__qualname__)
print(stat.filemode is _stat.filemode, stat.S_ISDIR is _stat.S_ISDIR)

modes = [0o140755, 0o120777, 0o100644, 0o60644, 0o40755, 0o20644, 0o10644, 0o7777, 0o4000, 0o2000,
         0o1000, 0o4100, 0o2010, 0o1001, 0, 0o170000, 0o777777, True, 0xFFFFFFFF]
for m in modes:
    preds = [p for p in ("S_ISDIR", "S_ISCHR", "S_ISBLK", "S_ISREG", "S_ISFIFO", "S_ISLNK", "S_ISSOCK",
                         "S_ISDOOR", "S_ISPORT", "S_ISWHT") if getattr(_stat, p)(m)]
    print(oct(m), _stat.filemode(m), oct(_stat.S_IMODE(m)), oct(_stat.S_IFMT(m)), preds)

class Index:
    def __index__(self):
        return 0o40000

class MyInt(int):
    pass

print(_stat.S_ISDIR(MyInt(0o40000)), _stat.filemode(MyInt(0o100600)))
for f in [_stat.S_ISDIR, _stat.filemode, _stat.S_IMODE, _stat.S_IFMT]:
    for a in [1.5, "x", None, Index(), -1, 2**64]:
        try:
            print(f(a))
        except Exception as e:
            print(type(e).__name__, e)
for call in [lambda: _stat.S_ISDIR(), lambda: _stat.S_ISDIR(1, 2), lambda: _stat.filemode(),
             lambda: _stat.filemode(mode=1), lambda: _stat.S_IMODE(x=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
