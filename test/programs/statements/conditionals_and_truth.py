# if/elif/else chains, conditional expressions, nested conditions, and truth tests of mixed values.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 89.99]])
def sign(x):
    return "positive" if x > 0 else "negative" if x < 0 else "zero"
print([sign(v) for v in [3, -2, 0, 0.0, -0.0]])
for v in [0, 1, "", "0", [], [[]], None, 0.0, 0j, set(), {0}, (), (None,), range(0), b"", float("nan")]:
    if v:
        kind = "truthy"
    else:
        kind = "falsy"
    print(repr(v), kind)
x = 5
if 0 < x < 10 and x != 7 or False:
    print("combined condition")
if not (x > 10 or x < 0):
    print("in range")
y = None
if y is None:
    print("y is None")
if (z := x * 2) > 5:
    print("walrus in if", z)
