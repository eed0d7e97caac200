# __import__'s arguments as PyArg_ParseTupleAndKeywords("U|OOOi") converts them, in order, before
# rejecting an unknown keyword; relative imports without globals (KeyError) or with non-dict ones.
for kw in ({'level': 1.5}, {'level': 'x'}, {'level': 2**70}, {'level': -1}, {'level': True}, {'zz': 1}, {'level': 'x', 'zz': 1}):
    for name in ('os', 5):
        try: print(__import__(name, **kw).__name__)
        except Exception as e: print(type(e).__name__, e)
try: print(__import__())
except Exception as e: print(type(e).__name__, e)
try: print(__import__(1, 2, 3, 4, 5, 6))
except Exception as e: print(type(e).__name__, e)
for g in (None, 5, {}, {'__name__': 'a.b'}, {'__package__': 'a'}, {'__package__': 5}):
    try: print(__import__('os', g, None, (), 1))
    except Exception as e: print(type(e).__name__, e)
