# ContextVar(name, *, default): the name is positional only (getargs' "U|$O" with an unnamed first
# parameter), with getargs' messages; Context() takes no arguments
import contextvars

C = contextvars.ContextVar
cases = [((), {}), ((1,), {}), (("a", 1), {}), (("a",), {"default": 1, "x": 2}), ((), {"name": "a"}),
         (("a",), {"name": "b"}), ((b"x",), {}), (("a", 1, 2), {}), ((), {"default": 1}),
         (("a",), {"default": 5}), ((), {"default": 1, "x": 2, "y": 3})]
for a, k in cases:
    try:
        v = C(*a, **k)
        print(v.name, v.get("none"))
    except TypeError as e:
        print(type(e).__name__, e)
for a, k in [((), {}), ((1,), {}), ((1, 2), {}), ((), {"x": 1})]:
    try:
        print(type(contextvars.Context(*a, **k)).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
