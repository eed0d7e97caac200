# Many keys with colliding hashes still behave; big dicts built and shrunk; ints as keys in order.
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v
    def __repr__(self):
        return f"C{self.v}"
d = {Collide(i): i for i in range(50)}
print(len(d), d[Collide(17)], Collide(50) in d, list(d)[:5])
for i in range(0, 50, 2):
    del d[Collide(i)]
print(len(d), list(d)[:5], d.get(Collide(3)))
n = {i * 7 % 101: i for i in range(101)}
print(list(n)[:10], n[0], n[100], sorted(n) == list(range(101)))
keys = [2 ** i for i in range(70)] + [-(2 ** i) for i in range(70)]
m = {k: i for i, k in enumerate(keys)}
print(len(m), m[2 ** 69], m[-(2 ** 69)], list(m)[68:72])
