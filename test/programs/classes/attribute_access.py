# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__, and the AttributeError messages.
class Dyn:
    def __init__(self):
        self.real = "real attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return f"computed {name}"
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r} (custom)")
d = Dyn()
print(d.real, d.dyn_x, getattr(d, "dyn_y"), hasattr(d, "dyn_z"), hasattr(d, "other"), getattr(d, "other", "default"))
class Logged:
    def __getattribute__(self, name):
        print(f"  get {name}")
        return super().__getattribute__(name)
    def __setattr__(self, name, value):
        print(f"  set {name}={value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f"  del {name}")
        super().__delattr__(name)
l = Logged()
l.a = 1
print(l.a)
del l.a
print(hasattr(l, "a"))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
class Plain:
    cls_attr = 1
p = Plain()
print(err(lambda: p.missing))
print(err(lambda: Plain.missing))
print(err(lambda: (1).missing))
print(err(lambda: "s".missing))
print(err(lambda: None.missing))
print(err(lambda: [].missing))
print(err(lambda: delattr(p, "cls_attr")))
print(err(lambda: delattr(p, "nothing")))
print(err(lambda: setattr(1, "x", 2)))
print(err(lambda: setattr(object(), "x", 2)))
print(err(lambda: setattr(int, "x", 2)))
print(err(lambda: setattr("s", "upper", 2)))
import math
print(err(lambda: math.nope))
print(err(lambda: d.other))
p.inst = 2
print(vars(p), p.cls_attr, getattr(p, "inst"), err(lambda: getattr(p, 5)))
setattr(p, "with space", 3)
print(getattr(p, "with space"), sorted(vars(p)))
