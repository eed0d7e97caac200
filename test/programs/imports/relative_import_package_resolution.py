# __import__ with level > 0 finds the package as resolve_name does: __package__ (an ImportWarning when it
# differs from __spec__.parent), else __spec__.parent, else __name__ (and __path__) with an ImportWarning.
import warnings
class Spec:
    def __init__(self, parent): self.parent = parent
cases = [
    {'__package__': None, '__spec__': None, '__name__': '__main__'},
    {'__package__': None, '__spec__': None, '__name__': 'json.x'},
    {'__package__': None, '__spec__': None, '__name__': 'json', '__path__': []},
    {'__package__': 'json', '__spec__': Spec('json')},
    {'__package__': 'json', '__spec__': Spec('email')},
    {'__package__': None, '__spec__': Spec('json')},
    {'__package__': None, '__spec__': Spec(5)},
    {'__package__': 5},
    {'__spec__': None, '__name__': 5},
    {'__spec__': None},
    {'__package__': '', '__spec__': None},
]
for g in cases:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            m = __import__('', g, {}, ('decoder',), 1)
            print(m.__name__)
        except Exception as e:
            print(type(e).__name__, e)
        print([(x.category.__name__, str(x.message)) for x in w])
