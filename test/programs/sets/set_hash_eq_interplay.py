# User objects in sets: __hash__/__eq__ consistency, equal objects dedupe, unhashable types.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(3, 3) in s, sorted(s, key=lambda p: (p.x, p.y)))
class NoHash:
    def __eq__(self, o):
        return True
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: {NoHash()}), NoHash.__hash__ is None)
class Inherit(P):
    pass
print(Inherit.__hash__ is P.__hash__, len({Inherit(1, 2), P(1, 2)}))
class EqOverride(P):
    def __eq__(self, o):
        return False
print(EqOverride.__hash__, err(lambda: {EqOverride(1, 1)}))
class Id:
    pass
a = Id()
print(len({a, a}), a in {a}, Id() in {a})
