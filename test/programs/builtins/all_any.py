# all() and any(): empty iterables, short-circuiting (observed via a generator), truthiness of elements.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, ""]), any([0, "x"]), all("abc"), any(""), all([[]]), any([[]]))
def seen(values, log):
    for v in values:
        log.append(v)
        yield v
log = []
print(any(seen([0, 0, 3, 4], log)), log)
log = []
print(all(seen([1, 2, 0, 4], log)), log)
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)), all(map(str.isdigit, "123")), any(c.isupper() for c in "abC"))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: all(5)), err(lambda: any()), err(lambda: all([1], [2])))
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  bool", self.v)
        return self.v
print(all([B(True), B(False), B(True)]))
print(any([B(False), B(True), B(False)]))
