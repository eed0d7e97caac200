# str.format: positional/keyword/auto numbering, attribute and index access, conversions, nested specs.
class P:
    x = 3
    y = [10, 20]
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{p.x} {p.y[1]} {p!r} {p!s} {p} {p:abc} {p!r:>6}".format(p=P()))
print("{:>{w}.{p}f}|".format(3.14159, w=10, p=3), "{:{fill}^{w}}".format("mid", fill="*", w=11))
print("{{}} {{{0}}} {{0}}".format(7), "{!a}".format("é"), "{0!r:^10}".format("s"))
print("{:,} {:_} {:.2%} {:e} {:g} {:08.3f} {:+} {: }".format(1234567, 1234567, 0.4567, 12345.678, 0.00001234, -3.14159, 5, 5))
print("{0:{1}}".format(3.5, "08.2f"), "{:{}{}}".format(42, ">", 6), "{}".format(None))
print("{.real} {.imag}".format(3 + 4j, 3 + 4j), "{0.__class__.__name__}".format(1.5))
print("{:x<5}{:x>5}{:x^5}".format(1, 2, 3), "{:=+8.2f}".format(-1.5), "{:#b} {:#o} {:#X}".format(5, 8, 255))
print("{:s}".format("text"), "{:10s}|".format("t"), "{:.2s}".format("abcdef"), "{:^9.3}|".format("abcdef"))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: "{} {1}".format(1, 2)))
print(err(lambda: "{0} {}".format(1, 2)))
print(err(lambda: "{2}".format(1)))
print(err(lambda: "{x}".format(y=1)))
print(err(lambda: "{".format()))
print(err(lambda: "}".format()))
print(err(lambda: "{0!x}".format(1)))
print(err(lambda: "{:d}".format("s")))
print(err(lambda: "{:s}".format(5)))
print(err(lambda: "{0.missing}".format(1)))
print(err(lambda: "{0[5]}".format([1])))
print(err(lambda: "{:>{}}".format("a")))
print(err(lambda: "{:,s}".format("a")))
print("{a[0]}{a[1]}".format(a="xy"), "{0[-1]}".format({"-1": "neg key"}) if True else "", "{0[a]}".format({"a": "A"}))
print("{:%Y}".format(__import__("datetime").date(2020, 5, 17)), format(P(), "q"), "{}".format(P()))
print("x={x!r:>8}|".format_map({"x": "s"}), "{n}".format_map(type("D", (dict,), {"__missing__": lambda s, k: k.upper()})()))
