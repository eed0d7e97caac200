print(slice(0, 10**30).indices(10**30))
print(slice(None, None, -1).indices(10**30))
print(slice(-10**40, 10**40, 3).indices(10**20))
print(slice(5, None, -2**70).indices(7))
r = range(10**30)
print(r[::-1], r[5:-5:7], r[10**29:], r[::3].stop)
print(range(0, 10**25, 3)[::-2])
for bad in [slice(0, 1, 0), slice('a', 1)]:
    try: bad.indices(5)
    except Exception as e: print(type(e).__name__, e)
try: slice(1).indices(-1)
except Exception as e: print(type(e).__name__, e)
print(slice(1, 2, 3).indices(True))
class I:
    def __index__(self): return 2**80
print(slice(I(), None).indices(2**81), slice(None, I(), -1).indices(10))
