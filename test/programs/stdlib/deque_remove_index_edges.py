# deque.remove: an __eq__ that mutates the deque is IndexError (deque.index: RuntimeError);
# deque.index's start and stop saturate when huge
import sys
from collections import deque

class MutateCmp:
    def __init__(self, d, result):
        self.d = d
        self.result = result
    def __eq__(self, other):
        self.d.clear()
        return self.result

for match in (True, False):
    d = deque(['ab'])
    d.extend([MutateCmp(d, match), 'c'])
    try:
        d.remove('c')
    except Exception as e:
        print(type(e).__name__, e, d)
    d = deque(['ab'])
    d.extend([MutateCmp(d, match), 'c'])
    try:
        print(d.index('c'))
    except Exception as e:
        print(type(e).__name__, e, d)

class BadCmp:
    def __eq__(self, other):
        raise RuntimeError('bad')
d = deque(['a', 'b', BadCmp(), 'c'])
try:
    d.remove('c')
except RuntimeError as e:
    print('RuntimeError', e, len(d))
try:
    deque('abc').remove('z')
except ValueError as e:
    print('ValueError', e)

a = deque([-2, -1, 0, 0, 1, 2])
print(a.index(0, -4 * sys.maxsize, 4 * sys.maxsize), a.index(0, -(1 << 100)), a.index(2, 0, 1 << 100))
for args in [(0, 4 * sys.maxsize), (0, 3, -4 * sys.maxsize)]:
    try:
        a.index(*args)
    except ValueError as e:
        print('ValueError', e)
d.remove('a')
print(len(d))
for args in [(0, None), (0, 2, None), (0, 1.5), (0, '1')]:
    try:
        a.index(*args)
    except TypeError as e:
        print('TypeError', e)
