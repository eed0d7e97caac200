# OSError takes its arguments in __new__, unless a subclass brings its own __init__ but not its own
# __new__: then __init__ takes them (args is () until it does) and __new__ ignores them, keywords
# included. A subclass's own __new__ decides args through the arguments it passes to
# OSError.__new__; OSError.__init__ then does nothing, so extra (keyword) arguments are fine.
import errno


class WithNew(OSError):
    def __new__(cls, message, baz):
        self = super().__new__(cls, message)
        self.baz = baz
        return self


e = WithNew("some message", "baz")
print("WithNew:", e.baz, e.args)
e = WithNew("some message", baz="baz")
print("WithNew, keyword:", e.baz, e.args)


class WithInit(OSError):
    def __init__(self, message, bar):
        super().__init__(message)
        self.bar = bar


e = WithInit("m", bar="z")
print("WithInit:", e.args, e.bar)


class BothOverridden(OSError):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args)

    def __init__(self, *args, **kwargs):
        super().__init__(*args)


for args, kwargs in [((1, "x"), {}), ((3, "y", "f"), {"k": 1}), (("a", "b"), {})]:
    e = BothOverridden(*args, **kwargs)
    print("BothOverridden:", e.args, e.errno, e.strerror, e.filename)


class NewOnly(OSError):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args)


e = NewOnly(3, "y", k=1)
print("NewOnly, keyword ignored by __init__:", e.args, e.errno, e.strerror)


class InitOnly(OSError):
    def __init__(self, *args, **kwargs):
        print("  in __init__, before OSError's:", self.args, self.errno)
        super().__init__(*args)


e = InitOnly(errno.ENOENT, "no such", "f.txt", k=1)
print("InitOnly:", type(e).__name__, e.args[1:], e.strerror, e.filename, e.errno == errno.ENOENT)


class InitSkipsOSError(OSError):
    def __init__(self, *args):
        pass


e = InitSkipsOSError(1, 2)
print("InitSkipsOSError:", e.args, e.errno, repr(e), repr(str(e)))

e = OSError(errno.ENOENT, "x")
print("mapped:", type(e).__name__)
OSError.__init__(e, 5, "y", "z")
print("OSError.__init__ again does nothing:", e.args[1:], e.filename)


class Plain(OSError):
    pass


for call in (lambda: OSError(1, "x", k=2), lambda: Plain(1, x=2), lambda: OSError.__init__(InitSkipsOSError(), 1, k=2)):
    try:
        call()
    except TypeError as x:
        print("TypeError:", x)

print(OSError.__dict__["__init__"], "__init__" in FileNotFoundError.__dict__)
print(OSError.__init__ is FileNotFoundError.__init__, FileNotFoundError.__dict__["__init__"] == OSError.__dict__["__init__"])
