# gen.close() (and a GeneratorExit thrown in) while delegating with `yield from` to an iterator
# whose `close` lookup fails: CPython's gen_close_iter reports the lookup error as unraisable and
# goes on closing; an AttributeError means there is no close to call. A failing `throw` lookup,
# a failing close() call and a failing send propagate.
import sys


class Broken:
    def __init__(self, exc):
        self.exc = exc

    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def __repr__(self):
        return '<Broken %s>' % self.exc.__name__

    def __getattr__(self, attr):
        print('  lookup', attr)
        raise self.exc(attr)


class Closer:
    def __iter__(self):
        return self

    def __next__(self):
        return 2

    def close(self):
        print('  Closer.close')
        raise KeyError('from close')


def g(it):
    try:
        yield from it
    finally:
        print('  finally in g')


def hook(args):
    print('  unraisable:', args.exc_type.__name__, args.exc_value, args.err_msg, repr(args.object))
    print('  tb:', args.exc_traceback is not None and args.exc_traceback.tb_frame.f_code.co_name)


sys.unraisablehook = hook

for exc in [ZeroDivisionError, AttributeError, KeyError]:
    print(exc.__name__)
    gi = g(Broken(exc))
    print(' next', next(gi))
    print(' close ->', gi.close())
    print(' frame', gi.gi_frame)

print('GeneratorExit thrown')
gi = g(Broken(ZeroDivisionError))
next(gi)
try:
    gi.throw(GeneratorExit)
except GeneratorExit as e:
    print(' GeneratorExit came back', type(e.__context__))

print('throw lookup fails')
gi = g(Broken(ZeroDivisionError))
next(gi)
try:
    gi.throw(ValueError)
except ZeroDivisionError as e:
    print(' propagated', e)
print(' still suspended', gi.gi_frame is not None)
gi.close()

print('close() call fails')
gi = g(Closer())
next(gi)
try:
    gi.close()
except KeyError as e:
    print(' propagated', e)


def nested():
    yield from g(Broken(ZeroDivisionError))

print('nested')
gi = nested()
next(gi)
gi.close()

sys.unraisablehook = sys.__unraisablehook__
print('default hook')
sys.stderr = sys.stdout
gi = g(Broken(ZeroDivisionError))
next(gi)
gi.close()
print('done')
