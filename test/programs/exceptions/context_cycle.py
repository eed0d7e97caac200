# Raising while handling an exception whose __context__ chain already has a
# cycle must not loop forever (bpo-25782, CPython's test_no_hang_on_context_chain_cycle*).
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)


class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass
class E(Exception): pass


try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                try:
                    raise D()
                except D as _d:
                    d = _d
                    e = E()
                    raise e
except E as ex:
    print(ex is e)
    a.__context__ = c

print(e.__context__ is d, d.__context__ is c, c.__context__ is b, b.__context__ is a, a.__context__ is c)

# raising an exception that is already in the chain cuts the chain there
try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            raise a
except A as ex:
    print(ex is a, a.__context__ is b, b.__context__)

# a cycle not containing the new exception, at the head of the chain
x = ValueError("x")
y = KeyError("y")
x.__context__ = y
y.__context__ = x
try:
    try:
        raise x
    except ValueError:
        raise TypeError("t")
except TypeError as t:
    print(t.__context__ is x, x.__context__ is y, y.__context__)
