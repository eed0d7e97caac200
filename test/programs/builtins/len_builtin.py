# len() of every sized builtin, user __len__ (including big and bad values), and unsized objects.
for obj in ["", "abc", "😀", [], [1, 2], (), {}, {"a": 1}, set(), {1, 2}, frozenset([1]), range(10), range(0, 100, 7),
            b"ab", bytearray(3), memoryview(b"xyz"), {}.keys(), {"a": 1}.values(), {"a": 1, "b": 2}.items()]:
    print(type(obj).__name__, repr(obj)[:30] if not isinstance(obj, memoryview) else "<memory>", len(obj))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(len(L(5)), len(L(True)), err(lambda: len(L(-1))), err(lambda: len(L(1.5))), err(lambda: len(L("3"))), err(lambda: len(L(2 ** 100))))
print(err(lambda: len(5)), err(lambda: len(iter([]))), err(lambda: len(x for x in [])), err(lambda: len()), err(lambda: len(None)))
class IdxLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 7
        return I()
print(err(lambda: len(IdxLen())))
