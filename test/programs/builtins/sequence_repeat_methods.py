# A sequence's __mul__/__rmul__/__imul__ called directly converts its operand with __index__
# (TypeError for a non-integer, OverflowError beyond an index-sized int), while the * and *=
# operators still try the other operand's __rmul__ and report "can't multiply sequence by non-int".
import array
import collections


class Idx:
    def __index__(self):
        return 2


class RMul:
    def __rmul__(self, other):
        return "RMul.__rmul__"


class NoRMul:
    def __rmul__(self, other):
        return NotImplemented


def show(label, f):
    try:
        r = f()
        print(label, "->", r if isinstance(r, (str, type(NotImplemented))) else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


makers = {
    "str": lambda: "ab",
    "bytes": lambda: b"ab",
    "bytearray": lambda: bytearray(b"ab"),
    "list": lambda: [1, 2],
    "tuple": lambda: (1, 2),
    "array": lambda: array.array("b", [1, 2]),
    "deque": lambda: collections.deque([1, 2]),
}

for name, make in makers.items():
    for meth in ("__mul__", "__rmul__", "__imul__"):
        if not hasattr(make(), meth):
            print(name, meth, "absent")
            continue
        for arg in ("", 1.5, None, 2, Idx(), True, -3, 2**100, -(2**100)):
            show(f"{name}.{meth}({type(arg).__name__})", lambda: getattr(make(), meth)(arg))

# the operators
for name, make in makers.items():
    show(f"{name} * 1.5", lambda: make() * 1.5)
    show(f"1.5 * {name}", lambda: 1.5 * make())
    show(f"{name} * RMul()", lambda: make() * RMul())
    show(f"{name} * NoRMul()", lambda: make() * NoRMul())
    show(f"{name} * Idx()", lambda: make() * Idx())
    show(f"Idx() * {name}", lambda: Idx() * make())

    def imul(x):
        x *= 1.5
        return x
    show(f"{name} *= 1.5", lambda: imul(make()))

    def imul_r(x):
        x *= RMul()
        return x
    show(f"{name} *= RMul()", lambda: imul_r(make()))

show("[1] * [2]", lambda: [1] * [2])
show("'a' * 'b'", lambda: "a" * "b")


class L(list):
    pass


class S(str):
    def __mul__(self, n):
        return "S:" + super().__mul__(n)


show("L * 1.5", lambda: L([1]) * 1.5)
show("L.__mul__(1.5)", lambda: L([1]).__mul__(1.5))
show("S * 2", lambda: S("x") * 2)
show("S * 1.5", lambda: S("x") * 1.5)
