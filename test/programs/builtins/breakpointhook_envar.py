# sys.breakpointhook (what breakpoint() calls by default) runs the callable $PYTHONBREAKPOINT names:
# "module.attr", a builtin's name, nothing for "0", pdb.set_trace when unset or empty; a name that
# cannot be imported is ignored with a RuntimeWarning; errors importing it otherwise propagate.
import os, sys, warnings, builtins
def show(envar, *a, **k):
    if envar is None: os.environ.pop('PYTHONBREAKPOINT', None)
    else: os.environ['PYTHONBREAKPOINT'] = envar
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = sys.breakpointhook(*a, **k)
            print(repr(envar), "->", repr(r), [str(x.message) for x in w], [x.category.__name__ for x in w])
        except Exception as e:
            print(repr(envar), "raised", type(e).__name__, e)
for e in ['0', 'builtins.repr', 'repr', 'os.path.basename', '.', '..', '.foo', 'foo.', '.int', 'int.', '.foo.bar',
          '..foo.bar', '/./', 'nosuchbuiltin', 'nosuchmodule.nosuchcallable', 'os.nosuch']:
    show(e, 7)
show('builtins.dict', a=1)
builtins.myhook = lambda *a, **k: ('called', a, k)
show('myhook', 1, 2, x=3)
def boom(): raise ValueError("x")
builtins.boom = boom
show('boom')
import pdb
pdb.set_trace = lambda *a, **k: print("set_trace", a, k)
show('', 1, b=2)
show(None)
breakpoint()
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
breakpoint(1, 2, sep='-')
print(sys.breakpointhook is sys.__breakpointhook__)
