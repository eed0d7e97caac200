# functools.partial keeps its args tuple and keywords dict (copies share them), shows keyword keys
# by str(), fails a call with a non-str key; KeyWrapper cannot be instantiated directly
import copy
import functools
import pickle

def capture(*args, **kw):
    return args, kw

p = functools.partial(capture, ['asdf'], bar=[True])
p.attr = []
q = copy.copy(p)
print(q.args is p.args, q.keywords is p.keywords, q.attr is p.attr, p.args is p.args)
print(p.__reduce__()[2][1:])
print(functools.partial(capture).__reduce__()[2][1:])
r = pickle.loads(pickle.dumps(p))
print(r.args, r.keywords, r.attr)

class T(tuple): pass
class D(dict): pass
p.__setstate__((capture, T((1, 2)), D(a=1), None))
print(type(p.args).__name__, type(p.keywords).__name__, p.__dict__, p(3))
d = {'b': 3}
p.__setstate__((capture, (1,), d, {}))
print(p.keywords is d, p())
p.__setstate__((capture, (), None, None))
print(p.keywords, p.__reduce__()[2][1:])

p = functools.partial(capture)
p.keywords[1234] = 'value'
print(repr(p).split(', ', 1)[1])
try:
    p()
except TypeError as e:
    print('TypeError', e)

class Key:
    def __str__(self):
        p.keywords[self] = ['sth2']
        return 'astr'
p = functools.partial(capture)
p.keywords[Key()] = ['sth']
print(repr(p).split(', ', 1)[1])

K = type(functools.cmp_to_key(lambda a, b: 0))
try:
    K()
except TypeError as e:
    print('TypeError', e)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
