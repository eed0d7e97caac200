# An error in __set_name__ during class creation becomes a RuntimeError naming the descriptor,
# with the original as __cause__ and as (suppressed) __context__.
class D:
    def __set_name__(self, owner, name):
        1/0
try:
    class O:
        attr = D()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
import traceback, sys
try:
    class O2:
        attr = D()
except RuntimeError as e:
    traceback.print_exc(file=sys.stdout)
class D2:
    def __set_name__(self, owner, name):
        raise KeyError(name)
try:
    class O3:
        first = 1
        second = D2()
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__cause__ is e.__context__)
