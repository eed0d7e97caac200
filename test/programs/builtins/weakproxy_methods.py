# weakref.proxy has its own __bytes__ and __reversed__ (proxy_methods); a callable proxy has none,
# and neither is a sequence for reversed() (its [] is a mapping subscript).
import weakref
class C:
    def __call__(self): return 1
    def __bytes__(self): return b"x"
    def __reversed__(self): return iter([3])
    def __iter__(self): return iter([65])
c = C()
p = weakref.proxy(c)
try:
    print(list(reversed(p)))
except TypeError as e:
    print("TypeError", e)
print(p())
print([k for k in type(p).__dict__ if k in ("__bytes__", "__reversed__", "__call__")])
print(p.__bytes__(), list(p.__reversed__()))
try:
    print(bytes(p))
except Exception as e:
    print(type(e).__name__, e)
