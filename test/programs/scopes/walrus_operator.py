# Assignment expressions (:=) in conditions, comprehensions, while loops, and the places they are rejected.
import re
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
chunks = iter(["ab", "cd", ""])
while (c := next(chunks)):
    print("chunk", c)
if m := re.match(r"(\d+)-(\d+)", "10-20"):
    print(m.groups(), m.group(1))
total = 0
print([total := total + v for v in [1, 2, 3]], total)
print((a := 5) + a, a)
def f():
    [(inner := i) for i in range(3)]
    return inner
print(f())
for src in ["x := 5", "(x := 5)", "def g(): return [i := 0 for i in range(2)]", "[x for x in (y := [1])]", "class C: [(z := 1) for _ in []]", "f(x := 1)", "(a[0] := 1)", "def h(x := 1): pass"]:
    try:
        compile(src, "<walrus>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
