# Comprehension scopes: loop variables do not leak, the first iterable is evaluated outside, class bodies.
x = "global x"
result = [x for x in range(3)]
print(result, x)
def f():
    y = 10
    return [y + i for i in range(3)], {i: y for i in range(2)}, {y for _ in "ab"}, list(y * i for i in range(2))
print(f())
class C:
    items = [1, 2, 3]
    total = sum(i for i in items)
print(C.total)
class D:
    n = 3
    try:
        vals = [n for _ in range(2)]
    except NameError as e:
        vals = f"NameError: {e}"
print(D.vals)
class E:
    n = 4
    vals = [i * 2 for i in range(n)]
print(E.vals)
nested = [[(i, j) for j in range(i)] for i in range(4)]
print(nested)
def walrus():
    data = [1, 5, 2, 8]
    if any((big := v) > 4 for v in data):
        return big
print(walrus())
print([(last := v) for v in "abc"], last)
def lambda_scope():
    k = 2
    return list(map(lambda v: v * k, range(3)))
print(lambda_scope())
