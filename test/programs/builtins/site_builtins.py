# exit, quit, help, copyright, credits and license are what CPython's site module makes:
# instances of _sitebuiltins.Quitter, _Helper and _Printer, whose methods are Python.
# (repr(license) and license() depend on a LICENSE file beside the standard library.)
import builtins
import inspect
import os
import sys

# what makes them (site, at start-up in CPython) is not traced
events = []
sys.settrace(lambda frame, event, arg: events.append((frame.f_code.co_name, event)))
first = type(exit).__name__
sys.settrace(None)
print(first, events)

print('help' in builtins.__dict__, 'license' in vars(builtins))
print([k for k in builtins.__dict__ if k in ('exit', 'quit', 'help', 'copyright', 'credits', 'license')])

for name in ['exit', 'quit', 'help', 'copyright', 'credits', 'license']:
    o = getattr(builtins, name)
    t = type(o)
    print(name, t, t.__module__, t.__qualname__, t.__mro__)
    print('  signature', inspect.signature(o))
    repr(o)  # a _Printer reads its text on first use
    print('  attributes', sorted(vars(o)))
    print('  __call__', type(t.__dict__['__call__']).__name__, t.__call__.__code__.co_varnames)

print(repr(exit), repr(quit), sep='\n')
print(repr(help))
print(repr(copyright) == sys.copyright, str(copyright) == sys.copyright)
print(repr(credits))
print(repr(str(credits)[:200]))
print([os.path.basename(f) for f in license._Printer__filenames])
print(copyright._Printer__filenames, credits._Printer__filenames)
print(exit.name, exit.eof, quit.name)
print(help.__class__, help.__class__.__module__, exit.__class__.__module__)
print(inspect.getsource(type(exit).__call__).splitlines()[0].strip())
exec("print(type(help).__name__, type(__builtins__['exit']).__name__)", {})

credits()
import contextlib, io
with contextlib.redirect_stdout(io.StringIO()) as out:
    copyright()
print(out.getvalue() == sys.copyright + '\n')
print('_sitebuiltins' in sys.modules)

try:
    quit(7)
except SystemExit as e:
    print('SystemExit', e.code, sys.stdin.closed)
try:
    exit()
except SystemExit as e:
    print('SystemExit', e.code)
