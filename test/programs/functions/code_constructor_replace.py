# types.CodeType(...) and code.replace(...): construction, CPython's argument errors, running a hand-built code object.
import types
def f(a, b=1):
    return a + b
c = f.__code__
def show(fn):
    try: print(repr(fn()))
    except BaseException as e: print(type(e).__name__ + ":", e)
show(lambda: types.CodeType(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags, c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, "g", c.co_firstlineno, c.co_linetable).co_name)
show(lambda: types.FunctionType(types.CodeType(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags, c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, "g", c.co_firstlineno, c.co_linetable), {})(2))
show(lambda: c.replace(co_argcount=1, co_varnames=("a", "b")).co_argcount)
show(lambda: c.replace(co_name=5))
show(lambda: c.replace(bogus=1))
show(lambda: c.replace(1))
show(lambda: (c == f.__code__, hash(c) == hash(f.__code__), c.replace() == c, c.replace(co_name="z") == c))
show(lambda: types.CodeType())
show(lambda: c.replace(co_code="x"))
show(lambda: c.replace(co_names=[1]))
show(lambda: c.replace(co_names=(1,)))
show(lambda: c.replace(co_argcount="1"))
show(lambda: c.replace(co_argcount=2**40))
show(lambda: c.replace(co_varnames=()))
show(lambda: types.CodeType(*([0] * 17)))
show(lambda: types.CodeType(*([0] * 14)))
show(lambda: types.CodeType(0, 0, 0, 0, 0, 0, b"", [], (), (), "f", "n", 1, b""))
show(lambda: types.CodeType(0, 0, 0, 0, 0, 0, b"d\\x00S\\x00", (None,), (), (), "f", "n", 1, b"").co_consts)
show(lambda: eval(types.CodeType(0, 0, 0, 0, 1, 64, b"d\x00S\x00", (42,), (), (), "f", "n", 1, b"")))
