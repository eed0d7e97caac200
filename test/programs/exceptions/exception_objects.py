# Exception instances: args, str and repr for 0/1/many args, attributes of special exceptions, with_traceback.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"), KeyError(), IndexError(3),
          OSError("plain"), OSError("two", "args"), StopIteration(7),
          SystemExit(3), SystemExit(), NameError("n"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
import errno
# errno numbers differ between platforms (the oracle is Emscripten): print names, never numbers.
e = OSError(errno.ENOENT, "No such file", "f.txt")
print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename, e.filename2)
print([type(OSError(n, "x")).__name__ for n in [errno.EACCES, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EPIPE, errno.ECHILD, errno.ESRCH, errno.EINTR, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.EAGAIN]])
fe = FileNotFoundError(errno.ENOENT, "No such file or directory", "a.txt", None, "b.txt")
print(str(fe).split("] ", 1)[1], fe.filename2, OSError(errno.ENOENT, "x").args[1])
print(StopIteration(5).value, StopIteration().value, SystemExit(4).code, SystemExit(1, 2).code, SystemExit().code)
ie = ImportError("msg", name="mod", path="/p")
print(ie, ie.name, ie.path, repr(ie), ImportError().name)
se = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 7))
print(se, se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, se.args)
ne = NameError("name 'x' is not defined", name="x")
print(ne, ne.args, ne.name)
ae = AttributeError("no attr")
print(ae, ae.args)
ex = ValueError("v")
ex.extra = "custom attribute"
print(ex.extra, vars(ex), ex.__traceback__, ex.__cause__, ex.__context__, ex.__suppress_context__)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
m = MyErr(404, "not found")
print(m, repr(m), m.args, m.code)
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuperInit(5)
print(n.args, str(n), repr(n))
print(BaseException.__new__(ValueError).args, Exception.__str__(ValueError(1, 2)), BaseException.__repr__(KeyError("q")))
e2 = ValueError("a")
e2.args = ("changed", 1)
print(e2, repr(e2))
