# A slot wrapper read through an instance before anything read it through the type: CPython's
# static types own their __getattribute__, __setattr__ and comparison wrappers even when the
# function is the inherited one, so __objclass__ names the instance's type.
def owners():
    return [
        [].__getattribute__.__objclass__,
        ().__getattribute__.__objclass__,
        {}.__getattribute__.__objclass__,
        (1).__setattr__.__objclass__,
        [].__lt__.__objclass__,
        frozenset().__getattribute__.__objclass__,
        b"".__getattribute__.__objclass__,
        range(1).__getattribute__.__objclass__,
    ]

for _ in range(3):
    print(owners())
print(type([].__getattribute__).__name__, [].__getattribute__.__name__)
print([].__getattribute__("__len__")())
print(list.__dict__["__getattribute__"])
