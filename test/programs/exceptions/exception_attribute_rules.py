# Exception attributes as CPython 3.10's exception types store them: NameError/AttributeError keywords
# parsed with their format's name (too many first, then an unknown one); ImportError's str is msg only
# when that is exactly a str; OSError's str counts a field once set, None included (an attribute
# assignment) but not a None filename given to the constructor; __suppress_context__ takes a bool only.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: UnboundLocalError('x', obj=3))
t(lambda: NameError('x', obj=3))
t(lambda: NameError('x', name=1, obj=3))
t(lambda: AttributeError('x', name=1, obj=3, z=4))
t(lambda: AttributeError('x', z=4))
class MyAttr(AttributeError): pass
t(lambda: MyAttr(z=4))
t(lambda: MyAttr(a=1, b=2, c=3))
t(lambda: ModuleNotFoundError(z=4))
t(lambda: ModuleNotFoundError(z=4, name=1, path=2))
e = ImportError(1); e.args = (); t(lambda: str(e))
e = ImportError('m'); e.msg = 5; t(lambda: str(e))
class S(str): pass
e = ImportError(S('sub')); t(lambda: str(e))
e = OSError('m', 'x'); e.filename = None; t(lambda: str(e))
e = OSError('m'); e.errno = None; e.strerror = 'z'; t(lambda: str(e))
e = OSError(None, 'x', None); t(lambda: (str(e), e.args))
e = OSError('a', 'b', 'c', None, 'd'); t(lambda: (str(e), e.args, e.filename2))
e = OSError('a', 'b', None, None, 'd'); t(lambda: (str(e), e.args, e.filename2))
e = OSError('a', 'b', 'f'); e.filename2 = None; t(lambda: str(e))
e = ValueError()
for v in (5, 's', None, 0, True, False):
    try:
        e.__suppress_context__ = v
        print(v, e.__suppress_context__)
    except TypeError as x:
        print(v, 'TypeError', x)
try:
    del e.__suppress_context__
except Exception as x: print(type(x).__name__, x)
print(e.__suppress_context__)
