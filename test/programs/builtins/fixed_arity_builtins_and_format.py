# Builtins called with a fixed number of arguments (min/max of two, getattr/hasattr of two,
# hex/oct/bin) and f-string formatting of exact ints, floats and strs, hot enough for the compiled
# tier, against subclasses, bools, __index__ objects, keyword forms and every error message.
class I:
    def __index__(self): return 42
class F(float):
    def __format__(self, spec): return f"F<{spec}>"
class N(int):
    def __str__(self): return "N!"
class S(str):
    def __format__(self, spec): return "S" + spec
class A:
    x = 1
    def __getattr__(self, n):
        if n == "boom": raise KeyError(n)
        raise AttributeError(n)
a = A()
rows = []
for i in range(400):
    rows.append((max(i, 200), min(i, 200), max("b", "a"), min(2.5, i), max(True, 0), min(-0.0, 0.0), max(0.0, -0.0),
                 getattr(a, "x"), hasattr(a, "y"), hex(i), oct(-i), bin(i), hex(True), hex(I()),
                 f"{i:>8}", f"{i * 0.5:.3f}", f"{i:x}", f"{i:,}", f"{-i:+08d}", f"{i / 7:e}", f"{'s':^5}",
                 f"{True}", f"{True:d}", f"{N(i)}", f"{N(i):d}", f"{F(1.5)}", f"{F(1.5):x}", f"{S('q'):y}", f"{2**70:_}", f"{i}"))
print(rows[0]); print(rows[-1])
for f in [lambda: max(1, "a"), lambda: min("a", 1), lambda: getattr(a, 1), lambda: hasattr(a, None),
          lambda: getattr(a, "boom"), lambda: hasattr(a, "boom"), lambda: getattr(a, "nope"), lambda: hex(1.5),
          lambda: oct("7"), lambda: bin(None), lambda: f"{1:s}", lambda: f"{1.5:d}", lambda: f"{'x':d}", lambda: f"{'x':+}",
          lambda: f"{1:,x}", lambda: max(1, 2, key=None, default=3), lambda: hex(x=1), lambda: getattr(a), lambda: hasattr(a, "x", 1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(max(1, 2, key=lambda v: -v), min([3, 1, 2]), max([], default="d"), getattr(a, "zz", "dflt"), min((1, 2), (1, 1)))
