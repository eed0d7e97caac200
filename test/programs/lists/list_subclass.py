# Subclasses of list: overriding methods, what builtin methods return, and __init__ / __repr__.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, type(s[:2]).__name__, type(s + [5]).__name__, type(s * 2).__name__, isinstance(s, list))
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
l = Logged()
l.append(1)
l.extend([2, 3])
l[0] = 10
l += [4]
print(l, l == [10, 2, 3, 4], list(l))
class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))
    def add(self, x):
        import bisect
        bisect.insort(self, x)
    def __repr__(self):
        return f"Sorted({list.__repr__(self)})"
so = Sorted([5, 1, 3])
so.add(2); so.add(6)
print(so, repr(so), str(so), [so], so[1:3], so.index(3), 6 in so, sorted(so, reverse=True))
class WithAttrs(list):
    pass
w = WithAttrs("abc")
w.name = "letters"
print(w, w.name, vars(w), w.__dict__, WithAttrs.__mro__)
