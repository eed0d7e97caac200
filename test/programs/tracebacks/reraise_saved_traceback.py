# exit: 1
# RERAISE (the end of a `with` whose __exit__ returned a false value, of a `finally`, of an
# except clause that did not match) re-raises with the traceback saved when the exception was
# caught, whatever the handler set __traceback__ to meanwhile (CPython 3.10's RERAISE).
import sys
import traceback


def tbnames(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def inner():
    raise ValueError('x')


class CM:
    def __init__(self, mode):
        self.mode = mode

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if self.mode == 'none':
            v.__traceback__ = None
        elif self.mode == 'replace':
            try:
                raise KeyError('other')
            except KeyError as e:
                v.__traceback__ = e.__traceback__
        elif self.mode == 'with_traceback':
            v.with_traceback(None)
        return 0 if self.mode == 'zero' else ''


for mode in ['none', 'replace', 'with_traceback', 'zero']:
    def f():
        with CM(mode):
            inner()
    try:
        f()
    except ValueError as e:
        print(mode, tbnames(e.__traceback__))
        print(mode, [n for n, l in tbnames(sys.exc_info()[2])])


def in_finally():
    try:
        inner()
    finally:
        sys.exc_info()[1].__traceback__ = None


def no_match():
    try:
        inner()
    except TypeError:
        pass


def except_as():
    try:
        inner()
    except ValueError as e:
        e.__traceback__ = None
        1 / 0


for fn in [in_finally, no_match]:
    try:
        fn()
    except ValueError as e:
        print(fn.__name__, tbnames(e.__traceback__))

try:
    except_as()
except ZeroDivisionError as e:
    print('context', tbnames(e.__context__.__traceback__))


async def coro():
    class ACM:
        async def __aenter__(self):
            return self

        async def __aexit__(self, t, v, tb):
            v.__traceback__ = None
            return False
    async with ACM():
        inner()

c = coro()
try:
    c.send(None)
except ValueError as e:
    print('async with', tbnames(e.__traceback__))


def gen():
    with CM('none'):
        yield 1
        inner()

g = gen()
next(g)
try:
    next(g)
except ValueError:
    print(traceback.format_exc().replace(__file__, 'FILE'))


def uncaught():
    with CM('replace'):
        inner()

uncaught()
