# Found by tools/fuzz-oracle/exec_eval_compile.py: exec/eval of a function's code object binds its
# parameters as a call with no arguments would: required ones are missing (named by co_name),
# *args and **kwargs are empty, parameters that are cells start as cells.


def show(c, *a):
    for run in (exec, eval):
        try:
            print(repr(run(c, {"x": 3}, *a)))
        except Exception as e:
            print(type(e).__name__, e)


show((lambda a: a).__code__)
show((lambda a, b, /, c: a).__code__)
show((lambda a, b, c, d=1: a).__code__)
show((lambda *, k: k).__code__)
show((lambda *, k, j=2: k).__code__)
show((lambda *a, **k: print(a, k)).__code__)
show((lambda *a, **k: print(a, k)).__code__, {})
show((lambda *a: print(sorted(locals()))).__code__, {"z": 1})
show((lambda: print(x)).__code__)


def gen(a):
    yield a


show(gen.__code__)


def cellvar(*r):
    def h():
        return r
    return h()


show(cellvar.__code__)


def kwcell(**kw):
    return (lambda: kw)()


show(kwcell.__code__)


# locals() in such code writes its fast locals into the mapping given
class Mapping(dict):
    def __delitem__(self, k):
        print("del", k)
        dict.__delitem__(self, k)


show((lambda: (y := 1, print(sorted(locals())))).__code__, {"z": 1})
show((lambda: (print(sorted(locals())), (y := 1))).__code__, Mapping(y=0, z=1))
