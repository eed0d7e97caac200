# site's names (exit, quit, help, ...) are in the builtins dict from the start, where site puts
# them: a namespace exec'd with a fresh dict finds them through __builtins__[...] before any use,
# and a value stored in builtins before they are first looked at stays.
import builtins
builtins.exit = 5
del builtins.help
print([n for n in vars(builtins) if not n.startswith('___')][-5:])
exec("print(type(__builtins__['quit']).__name__, __builtins__['exit'])", {})
exec("print('quit' in __builtins__, 'help' in __builtins__, __builtins__.get('credits').__class__.__name__)", {})
print(repr(eval("__builtins__['copyright']", {}))[:20])
try:
    help
except NameError as e:
    print(e)
d = dict(vars(builtins))
print(type(d['license']).__name__, exit, type(quit).__name__)
