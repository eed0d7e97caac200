# Class body scope: methods cannot see class-level names directly, __class__ cell, names in decorators.
class Config:
    debug = True
    level = 3 if debug else 0
    def show(self):
        try:
            return debug
        except NameError as e:
            return f"NameError: {e}"
    def via_self(self):
        return self.debug, type(self).level, __class__.__name__
print(Config.level, Config().show(), Config().via_self())
def deco(tag):
    def w(fn):
        fn.tag = tag
        return fn
    return w
class Tagged:
    prefix = "pre"
    @deco(prefix + "-method")
    def m(self):
        pass
print(Tagged.m.tag)
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        self.count += 100
        return Counter.count, self.count
c = Counter()
print(c.inc(), c.inc(), Counter.count)
class Outer:
    x = 1
    class Inner:
        try:
            y = x
        except NameError:
            y = "Inner cannot see Outer.x"
print(Outer.Inner.y)
