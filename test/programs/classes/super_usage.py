# super(): zero-argument form, explicit two-argument forms, super in classmethods, __init__ chains, errors.
class A:
    def __init__(self):
        print("A.__init__")
        self.a = 1
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.b = 2
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()
class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()
    def who(self):
        return "D>" + super().who()
d = D()
print(vars(d), d.who(), D.make(), super(B, d).who(), super(C, d).who(), super(D, D).make())
print(repr(super(B, d)).startswith("<super: <class 'B'>, <D object"), super(B, D).who(d))
s = super(B, d)
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: super(B, 5)))
print(err(lambda: super(int, "x")))
def outside():
    return super().who()
print(err(outside))
class E:
    def m(self):
        def inner():
            return super().m()
        return inner()
print(err(lambda: E().m()))
class F(A):
    def who(self):
        return super().missing()
print(err(lambda: F().who()))
class G(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
g = G()
g["x"] = 21
print(g)
class H(A):
    def who(self):
        f = lambda: super(H, self).who()
        return "H>" + f()
print(H().who())
