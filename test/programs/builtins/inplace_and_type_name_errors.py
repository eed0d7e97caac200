# Messages of in-place operators (PyNumber_InPlace*: "op=", "**=", the sequence fallbacks of += and
# *=) and of static types whose tp_name carries their module ('collections.deque').
import collections
def err(f):
    try:
        f()
        return "ok"
    except Exception as e:
        return f"{type(e).__name__}: {e}"
def inplace(op, left, right):
    def f():
        ns = {"x": left, "y": right}
        exec(f"x {op}= y", ns)
    return err(f)
for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    print(op, inplace(op, None, "a"), "|", inplace(op, "a", None))
for left, right in [([1], 1), ((1,), 1), ("s", 1), (b"b", 1), ([1], "a"), ((1,), None), ({1}, [1]), ({"a": 1}, [1]), (1.5, "x")]:
    print(type(left).__name__, inplace("+", left, right), "|", inplace("*", left, right), "|", inplace("|", left, right))
x = None
def g():
    global x
    x **= 2
print(err(g), err(lambda: pow(None, 2)), err(lambda: None ** 2))
d = collections.deque([1, 2])
dd = collections.defaultdict(list)
class D(collections.deque): pass
print(d, dd, D([3]), repr(collections.deque), collections.deque.__name__, collections.deque.__qualname__, collections.deque.__module__)
print(collections.defaultdict, collections.defaultdict.__name__, collections.defaultdict.__qualname__, type(iter(d)).__name__, type(iter(d)).__module__)
print(err(lambda: d + 1), err(lambda: d < 1), err(lambda: 1 + d), err(lambda: d["x"]), err(lambda: len(collections.deque)), err(lambda: dd + 1))
match d:
    case [1, 2]: print("matched deque as a sequence")
match D([1]):
    case [x]: print("matched subclass", x)
print(err(lambda: collections.deque(1)), err(lambda: hash(d)), err(lambda: d.index(9)), err(lambda: d.nope), err(lambda: dd.nope))
class C:
    pass
def imul(a, b):
    def f():
        x = a
        x *= b
    return err(f)
print(err(lambda: {1} * [1]), imul(C(), [1]), imul(1.5, [1]), imul(None, (1,)), err(lambda: C() * [1]), imul(object(), "a"), imul(len, "a"))
