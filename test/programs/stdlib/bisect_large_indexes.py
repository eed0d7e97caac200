# _bisect searches any Py_ssize_t index range: a range as long as sys.maxsize (whose len is past
# 2**53 on a 64-bit build), lo/hi near sys.maxsize, a Python sequence that only has __getitem__
# and __len__; lo past the list's end makes insort append; out-of-range lo/hi are errors.
import bisect
import sys

n = sys.maxsize
data = range(n - 1)
print(bisect.bisect_left(data, n - 3) == n - 3, bisect.bisect_right(data, n - 3) == n - 2)
print(bisect.bisect_left(data, n - 3, n - 10, n) == n - 3, bisect.bisect_right(data, n - 3, n - 10, n) == n - 2)
print(bisect.bisect_left(data, -5), bisect.bisect_right(data, 10 ** 30) == n - 1)
print(bisect.bisect(data, 7, key=lambda v: v * 2))

class Range:
    """A range without C limits on its length."""
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
        self.last_insert = None
    def __len__(self):
        return self.stop - self.start
    def __getitem__(self, idx):
        n = self.stop - self.start
        if idx < 0:
            idx += n
        if idx >= n:
            raise IndexError(idx)
        return self.start + idx
    def insert(self, idx, item):
        self.last_insert = idx, item

r = Range(0, n - 1)
print(bisect.bisect_left(r, n - 3) == n - 3, bisect.bisect_right(r, n - 3, n - 10, n) == n - 2)
x = n - 100
bisect.insort_left(r, x, x - 50, x + 50)
print(r.last_insert == (x, x))
x = n - 200
bisect.insort_right(r, x, x - 50, x + 50)
print(r.last_insert == (x + 1, x))

lst = [1, 3, 5]
bisect.insort(lst, 9, lo=n)
bisect.insort_left(lst, 0, 0, 2)
print(lst, bisect.bisect(lst, 4, lo=n) == n, bisect.bisect(lst, 4, 0, 3), bisect.bisect(lst, 4, hi=None))
for args in ((lst, 4, -1), (lst, 4, n + 1), (lst, 4, 0, n + 1), (lst, 4, 0, 1.5)):
    try:
        print(bisect.bisect_left(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
