# float() of an exact float is that float (PyNumber_Float returns it), as is an exact float that
# __float__ returns; a subclass's value or a float subclass asked for becomes a new object. With 3.10's
# identity-based NaN hash, hash(nan) == hash(float(nan)) follows from it.
import math

def check():
    x = 2.5
    nan = float("nan")
    print(float(x) is x, float(nan) is nan, hash(nan) == hash(float(nan)), float(math.inf) is math.inf)

    class F(float):
        pass

    class G(float):
        pass

    f = F(1.5)
    print(float(f) is f, type(float(f)).__name__, G(x) is x, type(G(x)).__name__)
    shared = 7.25

    class HasFloat:
        def __float__(self):
            return shared

    print(float(HasFloat()) is shared, F(HasFloat()) is shared, type(F(HasFloat())).__name__)
    print(float("2.5") is float("2.5"), float(3) == 3.0)

for _ in range(3):
    check()
