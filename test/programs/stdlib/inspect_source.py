# inspect: getsource/getsourcelines/getcomments of functions, classes and methods (through linecache), and signatures of builtins.
import inspect

# A comment above f.
def f(x, *, y=1):
    """Doc of f."""
    return x + y

class K:
    def method(self, a: int) -> int:
        return a * 2

print(inspect.getsource(f), end="")
print(inspect.getsourcelines(K.method))
print(repr(inspect.getcomments(f)), inspect.getdoc(f), inspect.getfile(f) == __file__, inspect.getmodule(f).__name__)
print(inspect.getsource(K), end="")
print(inspect.signature(len), inspect.signature(divmod), inspect.signature(sorted), inspect.signature(K), inspect.signature(K.method))
print(inspect.findsource(f)[1], inspect.getblock(inspect.getsourcelines(f)[0])[-1], end="")
