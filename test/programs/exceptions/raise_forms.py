# Forms of raise: class, instance, bare re-raise, re-raise outside handler, raise in except changing context.
def err(f):
    try:
        return f()
    except BaseException as e:
        return f"{type(e).__name__}: {e!r} context={e.__context__!r}"
def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("instance")
def bare_outside():
    raise
def bare_in_nested_function():
    try:
        raise KeyError("outer")
    except KeyError:
        def inner():
            raise
        inner()
def reraise_modified():
    try:
        raise ValueError("orig")
    except ValueError as e:
        e.args = ("modified",)
        raise
def raise_new_in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
def raise_with_traceback():
    try:
        raise ValueError("tb")
    except ValueError as e:
        raise RuntimeError("new").with_traceback(e.__traceback__)
for f in [raise_class, raise_instance, bare_outside, bare_in_nested_function, reraise_modified, raise_new_in_except, raise_with_traceback]:
    print(f.__name__, "->", err(f))
import sys
def exc_info_inside():
    try:
        raise IndexError("info")
    except IndexError:
        t, v, tb = sys.exc_info()
        return t.__name__, v, tb.tb_lineno, tb.tb_frame.f_code.co_name
print(exc_info_inside(), sys.exc_info())
def handled_then_exc_info():
    try:
        raise ValueError
    except ValueError:
        pass
    return sys.exc_info()
print(handled_then_exc_info())
