# Unpacking in assignments, for loops, function calls and returns; starred targets; the error messages.
a, b = b, a = 1, 2
print(a, b)
(a, b), c = [1, 2], 3
print(a, b, c)
first, *middle, last = range(6)
print(first, middle, last)
*a, = "xyz"
print(a)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
def pair():
    return 1, 2
p, q = pair()
print(p, q, pair(), type(pair()).__name__)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
def unpack2(seq):
    x, y = seq
    return x, y
def unpack_star(seq):
    x, y, *z = seq
    return x, y, z
print(err(lambda: unpack2([1, 2, 3])))
print(err(lambda: unpack2([1])))
print(err(lambda: unpack2(5)))
print(err(lambda: unpack_star([1])))
print(unpack_star([1, 2]), unpack_star("abcd"))
print(err(lambda: unpack2(iter([1, 2, 3]))))
print([*range(3), *"ab"], (*[1], *(2, 3)), {*"aa", *"b"} == {"a", "b"}, {**{"a": 1}, "b": 2})
print(*[1, 2], sep="-")
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
i = 0
i, x[i] = 1, 9
print(i, x)
