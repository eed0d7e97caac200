# code() and code.replace() set CO_NOFREE (0x40) from the free and cell variables, whatever flags are given.
import types
def f(self, i): return i
c = f.__code__
print(hex(c.co_flags))
c2 = c.replace(co_freevars=('__class__',))
print(hex(c2.co_flags))
c3 = c2.replace(co_freevars=())
print(hex(c3.co_flags))
c4 = c.replace(co_flags=c.co_flags & ~0x40)
print(hex(c4.co_flags))
def g():
    x = 1
    return lambda: x
print(hex(g.__code__.co_flags), hex(g.__code__.replace(co_cellvars=()).co_flags))
print(hex(g.__code__.replace(co_flags=0x43).co_flags))
