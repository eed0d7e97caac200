# re: the shape of re.Pattern, re.Match and _sre.SRE_Scanner in 3.10.2 (heap types of _sre made
# from specs): their dicts (order, __doc__ and __module__ last, no __new__), member descriptors for
# the plain fields, docstrings and text signatures, the six rich comparisons of Pattern, a
# groupindex that is a plain new dict when the pattern names no group, and no way to make one.
import re, inspect, _sre

P = re.compile("(a)")
N = re.compile("(?P<x>a)")
M = P.match("a")
SC = P.scanner("a")
for t in [re.Pattern, re.Match, type(SC)]:
    print(t.__name__, list(vars(t)))
    print(repr(t.__doc__), t.__module__)
    for k, v in vars(t).items():
        if k not in ("__doc__", "__module__"):
            print(" ", k, type(v).__name__, repr(v.__doc__), getattr(v, "__text_signature__", "-"))
for f in ["compile", "getcodesize", "ascii_iscased", "unicode_tolower"]:
    print(f, getattr(_sre, f).__text_signature__, getattr(_sre, f).__doc__)
print(str(inspect.signature(re.Pattern.sub)), str(inspect.signature(re.Match.start)), str(inspect.signature(M.groups)), str(inspect.signature(SC.match)))
print(type(P.groupindex).__name__, P.groupindex, type(N.groupindex).__name__, N.groupindex, P.groupindex is P.groupindex)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: setattr(P, "flags", 1))
show(lambda: delattr(M, "string"))
show(lambda: setattr(M, "lastindex", 1))
show(lambda: setattr(SC, "pattern", 1))
show(lambda: re.Pattern.flags)
show(lambda: re.Pattern.flags.__get__(M))
show(lambda: setattr(re.Pattern, "x", 1))
show(lambda: re.Pattern.__lt__(P, N))
show(lambda: P < N)
show(lambda: P >= N)
show(lambda: P == re.compile("(a)"))
for t in [re.Pattern, re.Match, type(SC)]:
    show(lambda: t())
    show(lambda: t("a"))
    show(lambda: t.__new__(t))
    show(lambda: object.__new__(t))
    show(lambda: type("X", (t,), {}))
