# %-formatting of floats and everything else: flags, width, precision, *, dict keys, errors.
vals = [0.0, -0.0, 1.0, -2.5, 3.14159, 1234567.891, 1e-5, 1e22, float("inf"), float("nan")]
for fmt in ["%f", "%.2f", "%10.3f", "%-10.3f|", "%+f", "% f", "%010.2f", "%e", "%.2e", "%E", "%g", "%.3g",
            "%G", "%#g", "%#.0f", "%#.0e", "%r", "%s", "%a", "%5s|", "%.3s", "%.0f"]:
    print(repr(fmt), [fmt % v for v in vals])
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%(name)s is %(age)d years, %(h).1f m" % {"name": "Ann", "age": 30, "h": 1.6789})
print("%% %s %%" % "x", "%c%c%c" % (72, "i", 33), "%5.1f%%" % 99.55)
print("%s %r %a" % ("é", "é", "é"), "%s" % ([1, 2],), "%s" % (1,), "%s %s" % (1, (2, 3)))
print("%x %X %o %#x %#o %08.3f %+.1e" % (255, 255, 8, 255, 8, -3.14159, 12345.678))
print("%d" % 3.99, "%d" % -3.99, "%i" % True, "%x" % 2 ** 70, "%.3d" % 7, "%5.3d|" % -7)
print(b"%s %d %.2f %x %c %%" % (b"bytes", 5, 1.005, 255, 65), b"%b %r" % (b"x", b"y"))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: "%d" % float("inf")))
print(err(lambda: "%i" % float("nan")))
print(err(lambda: "%d" % "x"))
print(err(lambda: "%d %d" % (1,)))
print(err(lambda: "%d" % (1, 2)))
print(err(lambda: "%(a)s" % {"b": 1}))
print(err(lambda: "%z" % 1))
print(err(lambda: "%c" % "ab"))
print(err(lambda: "%c" % -1))
print(err(lambda: "%" % ()))
print(err(lambda: "%x" % 1.5))
print(err(lambda: "%s %(a)s" % {"a": 1}))
print(err(lambda: b"%s" % "str"))
print(err(lambda: "%.*f" % ("x", 1.0)))
print("%s" % {"a": 1}, "%(a)s %(a)r" % {"a": "q"}, "no args" % (), "%s" % [()])
