import operator
for s in ('hello', tuple('hello'), list('hello'), range(5)):
    r = reversed(s)
    print(operator.length_hint(r), end=' ')
    next(r)
    print(operator.length_hint(r), end=' ')
    list(r)
    print(operator.length_hint(r))

class Shrinking:
    n = 10
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return i
s = Shrinking()
r = reversed(s)
print(operator.length_hint(r), next(r))
s.n = 3
print(operator.length_hint(r))
s.n = 20
print(operator.length_hint(r))

class WeirdLen:
    called = False
    def __len__(self):
        if not self.called:
            self.called = True
            return 10
        raise ZeroDivisionError("from __len__")
    def __getitem__(self, index):
        return index
r = reversed(WeirdLen())
try:
    operator.length_hint(r)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(next(r), next(r))
