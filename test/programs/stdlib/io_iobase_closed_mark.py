# IOBase.close() marks the object closed by setting __IOBase_closed (True) through setattr, so it
# lands in the instance dict and a subclass's __setattr__ sees it; IOBase's closed, flush() and
# close() then read that attribute: it counts if it exists, whatever its value. A failure to set it
# wins over flush()'s failure, which becomes its context.
import io


class Raw(io.RawIOBase):
    pass


r = Raw()
print("open:", r.__dict__, r.closed)
r.close()
print("closed:", r.__dict__, r.closed)
try:
    r.flush()
except ValueError as e:
    print("flush:", e)

f = io.FileIO(__file__)
f.close()
print("FileIO dict after close:", sorted(f.__dict__))


class Watched(io.TextIOBase):
    def __setattr__(self, name, value):
        print("  setattr", name, value)
        super().__setattr__(name, value)


w = Watched()
w.close()
w.close()
print("Watched closed:", w.closed)


class Base(io.IOBase):
    pass


marked = Base()
marked.__IOBase_closed = False  # (not mangled at module level) any value counts
print("marked by hand:", marked.closed)
mangled = Base()
mangled.__dict__["_IOBase__IOBase_closed"] = True
print("another name:", mangled.closed)


class ClassLevel(io.IOBase):
    pass


setattr(ClassLevel, "__IOBase_closed", 1)
print("class attribute:", ClassLevel().closed)


class Refuses(io.IOBase):
    def flush(self):
        raise OSError("flush failed")

    def __setattr__(self, name, value):
        raise AttributeError("no attributes: " + name)


try:
    Refuses().close()
except Exception as e:
    print("close:", type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)


class FlushFails(io.IOBase):
    def flush(self):
        raise OSError("flush failed")


ff = FlushFails()
try:
    ff.close()
except OSError as e:
    print("close:", e, "| closed anyway:", ff.closed)
