# BlockingIOError(errno, strerror, n): a number as the third argument is characters_written (a getset
# of OSError), kept in args; a filename otherwise, and for subclasses and OSError always. (errno
# 999 for OSError itself: the oracle is Emscripten, whose EAGAIN is not 11.)
e = BlockingIOError(11, "busy", 5)
print(e.args, e.errno, e.strerror, e.filename, e.characters_written, str(e))
e.characters_written = 7
print(e.characters_written)
del e.characters_written
for attempt in ("get", "del"):
    try:
        if attempt == "get":
            e.characters_written
        else:
            del e.characters_written
    except AttributeError as x:
        print(attempt, type(x).__name__, x)
f = BlockingIOError(11, "busy")
print(hasattr(f, "characters_written"), f.args)
g = BlockingIOError(11, "busy", "name")
print(g.args, g.filename, hasattr(g, "characters_written"), str(g))
class Sub(BlockingIOError):
    pass
s = Sub(11, "busy", 3)
print(s.args, s.filename, hasattr(s, "characters_written"))
for bad in ("x", 2.5, 2**70):
    try:
        e.characters_written = bad
        print("set", bad, e.characters_written)
    except Exception as x:
        print(type(x).__name__, x)
try:
    BlockingIOError(11, "busy", 2**70)
except Exception as x:
    print(type(x).__name__, x)
h = OSError(999, "busy", 3)
print(type(h).__name__, h.args, h.filename, hasattr(h, "characters_written"))
print(BlockingIOError.characters_written.__doc__, type(BlockingIOError.__dict__.get("characters_written")).__name__, "characters_written" in OSError.__dict__)
import pickle
e2 = pickle.loads(pickle.dumps(BlockingIOError(11, "busy", 5)))
print(e2.args, e2.characters_written)
print(BlockingIOError(11, "busy", 5).__reduce__())
