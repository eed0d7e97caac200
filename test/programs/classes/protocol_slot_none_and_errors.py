# Protocol checks where a dunder is set to None, returns the wrong thing or raises: the
# interpreter's own messages (slot_sq_contains, PyOS_FSPath, reversed(), bytes(), unpacking,
# __mro_entries__).
import os

def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class NoContains:
    __contains__ = None
class IterNone(float):
    __iter__ = None
class NotIt:
    def __iter__(self): return self
class IterNotIt:
    def __iter__(self): return NotIt()
class IterList:
    def __iter__(self): return [1, 2]
class IterRaisesType:
    def __iter__(self): raise TypeError("from __iter__")
class IterRaisesValue:
    def __iter__(self): raise ValueError("from __iter__")
class FsNone:
    __fspath__ = None
class GetitemOnly:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError(i)
class GetitemLen(GetitemOnly):
    def __len__(self): return 3

show("1 in NoContains()", lambda: 1 in NoContains())
show("1 not in NoContains()", lambda: 1 not in NoContains())
show("1 in IterNone(2.5)", lambda: 1 in IterNone(2.5))
show("1 in IterNotIt()", lambda: 1 in IterNotIt())
show("1 in IterList()", lambda: 1 in IterList())
show("1 in IterRaisesType()", lambda: 1 in IterRaisesType())
show("1 in IterRaisesValue()", lambda: 1 in IterRaisesValue())
show("2 in GetitemOnly()", lambda: 2 in GetitemOnly())

def unpack(o):
    a, b = o
    return a, b
def unpack_star(o):
    a, *b = o
    return a, b
show("a, b = IterNone(2.5)", lambda: unpack(IterNone(2.5)))
show("a, *b = IterNone(2.5)", lambda: unpack_star(IterNone(2.5)))
show("a, b = 2.5", lambda: unpack(2.5))
show("a, b = IterNotIt()", lambda: unpack(IterNotIt()))

show("os.fspath(FsNone())", lambda: os.fspath(FsNone()))
show("os.fsencode(FsNone())", lambda: os.fsencode(FsNone()))
show("os.fspath(object())", lambda: os.fspath(object()))

show("reversed(GetitemOnly())", lambda: list(reversed(GetitemOnly())))
show("list(reversed(GetitemLen()))", lambda: list(reversed(GetitemLen())))
show("reversed({})", lambda: type(reversed({})).__name__)

for conv in (bytes, bytearray):
    for o in (IterNotIt(), IterList(), IterRaisesType(), IterRaisesValue(), IterNone(1.5), GetitemLen(), object()):
        show(f"{conv.__name__}({type(o).__name__})", lambda: conv(o))

class Entries:
    def __init__(self, r): self.r = r
    def __mro_entries__(self, bases): return self.r
for r in ((int,), (), [int], 1, None, "x", b"b"):
    def make():
        class B(Entries(r)): pass
        return [c.__name__ for c in B.__mro__]
    show(f"class B(Entries({r!r}))", make)
