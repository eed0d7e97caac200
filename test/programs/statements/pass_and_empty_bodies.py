# pass, ellipsis bodies, docstring-only bodies, and empty classes/functions/loops.
def nothing():
    pass
def docstring_only():
    "only a docstring"
def ellipsis_body():
    ...
class Empty:
    pass
class DocOnly:
    """A class with just a docstring."""
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
with open(__file__):
    pass
print(nothing(), docstring_only(), ellipsis_body(), docstring_only.__doc__, DocOnly.__doc__, Empty.__doc__)
print(nothing.__code__.co_consts, docstring_only.__code__.co_consts, ellipsis_body.__code__.co_consts)
