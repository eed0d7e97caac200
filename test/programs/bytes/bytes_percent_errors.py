# bytes % formatting's TypeErrors name the conversion's need as bytesobject.c's do ("float
# argument required" for %e/%f/%g, not str's "must be real number"), beside str's for contrast.
class F_:
    def __float__(self):
        return 2.5
    def __repr__(self):
        return "F_()"

for fmt in (b"%f", b"%e", b"%G", b"% 7.2f", b"%d", b"%x", b"%c", b"%b", b"%s", b"%a", b"%r"):
    for v in ("str", None, [1], b"by", {"a": 1}, 1.5, 7, F_(), 300):
        try:
            print(fmt, repr(v), fmt % (v,))
        except Exception as e:
            print(fmt, repr(v), type(e).__name__, e)
for fmt in ("%f", "%e", "%d", "%x"):
    for v in ("str", None, b"by", F_()):
        try:
            print(fmt, repr(v), fmt % (v,))
        except Exception as e:
            print(fmt, repr(v), type(e).__name__, e)
