# Formatting whose whole output is one field returns that field's object, as CPython's writer does:
# '%s' % x, '{}'.format(x), repr(x), ascii(x) give a str subclass instance that __str__, __repr__
# or __format__ returned; any other text, width, precision or sign flag copies it into a str.
class S(str):
    pass
class A:
    def __str__(self):
        return S("from str")
    def __repr__(self):
        return S("from repr")
r = "%s" % A()
print(type(r).__name__, r)
r = "%s" % (S("x"),)
print(type(r).__name__, r)
print(type("%s" % S("y")).__name__, type("%r" % A()).__name__, type("{}".format(A())).__name__, type(f"{A()}").__name__)
print(type(str(A())).__name__, type(format(A())).__name__, type(repr(A())).__name__)
print(type("%s%s" % (S("a"), S("b"))).__name__, type("%.2s" % S("abc")).__name__, "%.2s" % S("abc"))
print(type("" + S("z")).__name__, type(S("z") + "").__name__, type(S("q") * 1).__name__, type("".join([S("j")])).__name__)
print(type(f"{S('f')}").__name__, type(f"{S('f')!s}").__name__, type("{0}".format(S("g"))).__name__)
print(type(S("a").strip()).__name__, type(S("a")[:]).__name__, type(S("a").lower()).__name__, type(str(S("a"))).__name__)
class F:
    def __format__(self, spec):
        return S("fmt:" + spec)
n = lambda x: type(x).__name__
print(n("%s%s" % (S(""), A())), n("%s%s" % (A(), S(""))), n("%s%s" % (A(), "")), n("%-s" % A()), n("%5s" % A()), n("%.20s" % A()))
print(n("%(k)s" % {"k": A()}), n("%(k)r" % {"k": A()}), n("%a" % A()), n("%s" % (A(),)), n("%%%s" % A()), n("%s%%" % A()))
print(n("{}".format(F())), n("{:x}".format(F())), n("{0:{1}}".format(F(), "y")), n("{}{}".format(F(), "")), n("{}{}".format("", F())))
print(n("{a}".format_map({"a": F()})), n("{!s}".format(A())), n("{!r}".format(A())), n("{}".format(S("s"))), n(format(F(), "q")), "{}".format(F()))
print(n(f"{F()}"), n(f"{F()!s}"), n(f"{F():z}"), n(f"{A()!r}"), f"{F():z}")
class BadRepr:
    def __repr__(self):
        return 42
for f in (repr, str, lambda o: "%r" % o, lambda o: "%s" % o, lambda o: "{!r}".format(o), lambda o: f"{o!r}"):
    try:
        f(BadRepr())
    except TypeError as e:
        print("TypeError:", e)
print(n(repr(S("x"))), n(object.__repr__(A()) if False else object.__str__(A())))
class U:
    def __repr__(self):
        return S("caf\xe9")
print(n(ascii(A())), n(ascii(U())), ascii(U()), n("%a" % U()), n("%a" % A()), n("%+s" % A()), n("% s" % A()), n("%8s" % A()), n("%.3s" % A()), n("%8.8s" % A()))
