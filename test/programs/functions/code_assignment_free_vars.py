# Assigning __code__ needs a code object with as many free variables as the function has
# closure cells (ValueError naming the function otherwise); deleting it is a TypeError.
def outer():
    x = 1

    def f():
        return x

    return f


def g():
    return 1


def h():
    y = 2
    z = 3

    def k():
        return y + z

    return k


def other():
    w = 10

    def f2():
        return w * 2

    return f2


def attempt(label, fn, code):
    try:
        fn.__code__ = code
        print(label, "ok", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("0 <- 1", g, outer().__code__)
attempt("1 <- 0", outer(), g.__code__)
attempt("1 <- 2", outer(), h().__code__)
attempt("2 <- 1", h(), outer().__code__)
attempt("1 <- 1", outer(), other().__code__)
attempt("0 <- 0", g, (lambda: 5).__code__)
attempt("not code", g, 5)
f = outer()
f.__name__ = "renamed"
attempt("renamed", f, g.__code__)
try:
    del g.__code__
except Exception as e:
    print("del", type(e).__name__, e)
