# reversed() of sequences and user classes with __reversed__ or __len__+__getitem__; sorted() options and errors.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(0, 10, 3))), list(reversed({"a": 1, "b": 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Seq())), list(reversed(Rev())))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: reversed({1, 2})), err(lambda: reversed(5)), err(lambda: reversed(iter([1]))), err(lambda: reversed()))
class NoneRev:
    __reversed__ = None
print(err(lambda: reversed(NoneRev())))
print(sorted([3, 1, 2]), sorted("bca"), sorted((3, 1)), sorted({3: 1, 1: 3}), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(err(lambda: sorted([1], None)), err(lambda: sorted()), err(lambda: sorted([1], reverse="x")), err(lambda: sorted(5)))
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r), list(r))
