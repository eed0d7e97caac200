# Method, slot-wrapper, classmethod, member and getset descriptors pickle as getattr(owner, name)
# (descr_reduce; getattr(type, '__mro__') then gives type's MRO, as in CPython); a classmethod
# descriptor called by hand takes the class first (classmethoddescr_call). Types without a
# docstring hold __doc__ None in their own __dict__.
import pickle, copy, types

for o in [str.upper, int.__add__, type.__dict__['__mro__'], dict.fromkeys, dict.__dict__['fromkeys'], property.__dict__['fget'], len]:
    try:
        print(repr(pickle.loads(pickle.dumps(o))).split(' at ')[0][:50], o.__reduce__(), copy.deepcopy(o) is o)
    except Exception as e:
        print(type(e).__name__, e)

fk = dict.__dict__['fromkeys']
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: fk(dict, [1, 2]))
t(lambda: fk(dict, [1], 0))
t(lambda: fk())
t(lambda: fk(1, [1]))
t(lambda: fk(list, [1]))
class D(dict): pass
t(lambda: type(fk(D, 'ab')).__name__)
t(lambda: fk(dict, iterable=[1]))
t(lambda: fk(cls=dict))

for k in [types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, type(...), type(NotImplemented), type(None), types.MappingProxyType, types.FrameType]:
    print(k.__name__, repr(k.__doc__), '__doc__' in vars(k))
