# A call's `*v` after other arguments is collected by LIST_EXTEND, whose refusal in 3.10 is the
# display's ("Value after * must be an iterable"); only a lone `f(*v)`, checked by
# CALL_FUNCTION_EX, names the function.
import copy


def f(*a, **k):
    return a


for src in ["f(1, 2, *5)", "f(*5)", "f(*5, 1)", "f(*5, *[1])", "f(1, *[2], *5)", "f(*5, k=1)", "f(*[], *5)", "[1, *5]",
            "(1, *5)", "print(*5)", "print(1, *None)", "f(**5)", "f(1, *'ab', *b'c')"]:
    try:
        print(src, eval(src))
    except TypeError as e:
        print(src, e)


class BadReduce:
    def __reduce__(self):
        return 42


try:
    copy.deepcopy(BadReduce())
except TypeError as e:
    print(e)
