# enum.Flag and IntFlag: combining, membership, iteration-free checks, repr/str of combinations, and StrEnum absence.
from enum import Flag, IntFlag, auto
import enum
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), Perm(0), rw & Perm.W, rw ^ Perm.R, ~Perm.R, Perm(7), Perm.RWX is Perm(7))
class Mode(IntFlag):
    READ = auto()
    WRITE = auto()
    APPEND = auto()
m = Mode.READ | Mode.APPEND
print(m, repr(m), int(m), m == 5, m | 2, Mode(3), Mode.WRITE + 1, isinstance(m, int), Mode(0))
print([p.name for p in Perm], Perm.R.value, Perm["W"], Mode.APPEND.value)
print(hasattr(enum, "StrEnum"), hasattr(enum, "verify"))
