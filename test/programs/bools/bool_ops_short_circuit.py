# and/or/not: short-circuit evaluation order, returned operands, and chained comparisons.
def v(x):
    print("eval", x)
    return x
print(v(0) and v(1))
print(v(1) and v(2))
print(v(0) or v(3))
print(v("a") or v("b"))
print(v(1) and v(0) or v(5))
print(not v(0), not v([1]))
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2))
print([x for x in range(10) if x % 2 and x % 3])
print(None or False or 0 or "" or "last")
print(1 and [] and 1/0)
a = b = c = 0
result = (a := 5) and (b := a * 2) or (c := 99)
print(result, a, b, c)
print(True if v("") else False, "x" if v("y") else "z")
