# Every function of _sre and every method of Pattern, Match and SRE_Scanner over odd arguments:
# each returns or raises a Python exception, never an internal error (SystemError).
import _sre, sre_compile
vals = [None, 0, 1, -1, 2**70, -2**70, 0.5, float("nan"), "s", "", b"b", bytearray(b"ab"), [1, 2], (1,), {}, 1j, True, len, "\udc80x"]
P = sre_compile.compile(r"(?P<a>a)(b)?|\w+", 0)
PB = sre_compile.compile(rb"(a)(?P<b>b)?", 0)
def makers():
    return [P, PB, P.match("ab"), PB.match(b"ab"), P.scanner("ab a"), _sre.compile(None, 0, [17, 97, 1], 0, {}, (None,))]
bad = 0
n = 0
for fname in ("compile", "getcodesize", "ascii_iscased", "unicode_iscased", "ascii_tolower", "unicode_tolower"):
    f = getattr(_sre, fname)
    for a in vals:
        for args in [(), (a,), (a, a), (a, 0, [1], 0, {}, ()), ("x", a, [1], 0, {}, ()), ("x", 0, [a], 0, {}, ()), ("x", 0, [1], a, {}, ()), ("x", 0, [1], 0, a, ()), ("x", 0, [1], 0, {}, a)]:
            n += 1
            try:
                repr(f(*args))
            except Exception as e:
                if type(e).__name__ == "SystemError":
                    bad += 1
                    print(fname, repr(args)[:60], str(e)[:150])
for proto in makers():
    for name in dir(proto):
        if name in ("__class__", "__init_subclass__", "__subclasshook__", "__new__", "__del__"):
            continue
        for a in vals:
            for args in [(), (a,), (a, a), (a, 2), (2, a), ("ab", a), ("ab", 0, a), (a, "ab", 1)]:
                obj = [o for o in makers() if type(o) is type(proto)][0]
                try:
                    f = getattr(obj, name)
                except Exception:
                    continue
                if not callable(f):
                    continue
                n += 1
                try:
                    repr(f(*args))
                except Exception as e:
                    if type(e).__name__ == "SystemError":
                        bad += 1
                        print(type(obj).__name__, name, repr(args)[:60], str(e)[:150])
print("calls", n, "internal errors", bad)
