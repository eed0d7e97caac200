# Cleanup in generators: try/finally and with blocks run when the generator is closed or exhausted.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"  open {self.name}")
        return self
    def __exit__(self, *exc):
        print(f"  close {self.name} exc={exc[0].__name__ if exc[0] else None}")
        return False
def lines(name):
    with Resource(name):
        for i in range(3):
            yield f"{name}:{i}"
print(list(lines("a")))
g = lines("b")
print(next(g))
g.close()
print("after close")
g = lines("c")
print(next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError propagated:", e)
def nested():
    try:
        try:
            yield 1
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
n = nested()
next(n)
n.close()
for x in lines("d"):
    if x.endswith("1"):
        break
print("loop broken")
