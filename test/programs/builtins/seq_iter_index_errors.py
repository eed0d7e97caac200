# The __getitem__ iterators (iter(seq), reversed(seq)): iter's index moves on only past an item it got,
# so an error is retried by the next call, and stops at sys.maxsize with OverflowError; reversed ends
# after any error, raising all but IndexError/StopIteration.
import sys
class Flaky:
    def __init__(self): self.calls = []
    def __getitem__(self, i):
        self.calls.append(i)
        if i == 2 and self.calls.count(2) == 1:
            raise ValueError("once")
        if i >= 4:
            raise IndexError
        return i * 10
f = Flaky()
it = iter(f)
out = []
while True:
    try:
        out.append(next(it))
    except ValueError as e:
        out.append("ValueError " + str(e))
    except StopIteration:
        break
print(out, f.calls)
print(it.__reduce__()[1:])
class U:
    def __getitem__(self, i): return i
it = iter(U())
it.__setstate__(sys.maxsize - 2)
print(next(it) == sys.maxsize - 2, next(it) == sys.maxsize - 1)
print(it.__reduce__()[2] == sys.maxsize)
for _ in range(2):
    try:
        next(it)
    except OverflowError as e:
        print("OverflowError", e)
it.__setstate__(-5); print(next(it))
try: it.__setstate__(sys.maxsize + 1)
except OverflowError as e: print("OverflowError", e)
class FlakyR:
    def __init__(self): self.calls = []
    def __len__(self): return 4
    def __getitem__(self, i):
        self.calls.append(i)
        if i == 2 and self.calls.count(2) == 1:
            raise ValueError("once")
        return i * 10
f = FlakyR()
it = reversed(f)
out = []
for _ in range(6):
    try:
        out.append(next(it))
    except ValueError as e:
        out.append("ValueError " + str(e))
    except StopIteration:
        out.append("stop")
print(out, f.calls)
