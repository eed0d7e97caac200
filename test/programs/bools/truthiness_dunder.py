# __bool__ and __len__ decide truth; errors when they return the wrong type.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n
class Both(L):
    def __bool__(self):
        return True
class Plain:
    pass
for obj in [B(True), B(False), L(0), L(3), Both(0), Plain()]:
    print(type(obj).__name__, bool(obj))
    if obj:
        print("  truthy in if")
    print("  not ->", not obj)
    print("  and ->", type(obj and "rhs").__name__)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: bool(B(1))))
print(err(lambda: bool(B("yes"))))
print(err(lambda: bool(L(-1))))
print(err(lambda: bool(L(2 ** 100))))
print(err(lambda: bool(L("3"))))
print(err(lambda: bool(L(1.0))))
x = [B(False), L(2), B(True)]
print([bool(i) for i in x])
print(any(x), all(x))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
i = 0
while L(3 - i):
    i += 1
print("loop ran", i)
