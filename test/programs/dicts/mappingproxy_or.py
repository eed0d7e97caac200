# mappingproxy | mapping (3.9+): the operation on the underlying mappings, a new dict; |= refused.
import types
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp | {'c': 3}, {'c': 3} | mp, type(mp | {}), mp | types.MappingProxyType({'z': 0}))
try: mp |= {'c': 3}
except TypeError as e: print(e)
print(list(reversed(mp)))
for thunk in [lambda: mp | 1, lambda: 1 | mp, lambda: mp.__or__(1), lambda: mp.__ror__(1)]:
    try: print(thunk())
    except TypeError as e: print(e)
class C: x = 1
print(sorted(k for k in (C.__dict__ | {'y': 2}) if not k.startswith('__')))
