# f_lineno of a frame an exception left: RERAISE 1 (end of a handler or finally) makes f_lasti the
# raising instruction again; an instruction without a line reads as None (CPython's PEP626Tests).
import sys
def lines(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    out = []
    t = t.tb_next
    while t:
        fr = t.tb_frame
        out.append(None if fr.f_lineno is None else fr.f_lineno - fr.f_code.co_firstlineno)
        out.append(t.tb_lineno - fr.f_code.co_firstlineno)
        t = t.tb_next
    print(f.__name__, out)

def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass
lines(in_named_except)
def in_except():
    try:
        1/0
    except:
        1/0
        pass
lines(in_except)
def other_except():
    try:
        1/0
    except TypeError as ex:
        pass
lines(other_except)
def in_try():
    try:
        1/0
    finally:
        pass
lines(in_try)
def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass
lines(in_finally_except)
class Noop:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        pass
def after_with():
    with Noop():
        1/0
        pass
lines(after_with)
class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise ValueError
def after_with2():
    with ExitFails():
        1/0
lines(after_with2)
def f():
    1/0
lines(f)
f.__code__ = f.__code__.replace(co_linetable=b'\x04\x80\xff\x80')
lines(f)
