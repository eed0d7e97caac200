# type(name, bases, ns) does no PEP 560 substitution: a base with __mro_entries__ is refused
# (use types.new_class()), before the metaclass is computed; other non-class bases are a metaclass conflict.
import types
class C:
    def __mro_entries__(self, bases):
        return (object,)
for bases in [(C(),), (int, C()), (3,)]:
    try:
        type('Bad', bases, {})
    except TypeError as e:
        print("TypeError", e)
print(types.new_class('Good', (C(),)).__mro__)
class D(C()):
    pass
print(D.__bases__)
