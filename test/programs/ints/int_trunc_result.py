# int(x) through x.__trunc__(): an int result (a subclass too, without warning) is taken, else one with
# __index__ (PyNumber_Index, with its DeprecationWarning for a bool); anything else, __int__ or not,
# is "__trunc__ returned non-Integral" (no recursion into a result's own __trunc__).
import warnings
warnings.simplefilter("always")
def t(f):
    with warnings.catch_warnings(record=True) as w:
        try: print(repr(f()), [str(x.message)[:50] for x in w])
        except Exception as e: print(type(e).__name__, e, [str(x.message)[:50] for x in w])
class Index:
    def __index__(self): return 42
class Intable:
    def __int__(self): return 42
class NonIntegral:
    def __trunc__(self): return NonIntegral()
class BadInt:
    def __int__(self): return 42.0
class BadIntBool:
    def __int__(self): return True
class BadIndexBool:
    def __index__(self): return True
class K(int): pass
for r in [Index(), Intable(), NonIntegral(), BadInt(), BadIntBool(), BadIndexBool(), True, K(5), 3.7, "12", None]:
    class T:
        def __trunc__(self, r=r): return r
    t(lambda: int(T()))
