# A module made by ModuleType.__new__ alone has no __dict__ (None) until something is stored:
# dir() and __annotations__ say "<module>.__dict__ is not a dictionary"; __name__ is missing.
from types import ModuleType
foo = ModuleType.__new__(ModuleType)
print(foo.__dict__ is None)
try: print(dir(foo))
except TypeError as e: print("TypeError", e)
try: print(foo.__name__)
except AttributeError as e: print("AttributeError", e)
print(foo.__doc__ == ModuleType.__doc__)
try: print(foo.__annotations__)
except TypeError as e: print("TypeError", e)
try: foo.__annotations__ = {}
except TypeError as e: print("TypeError", e)
try: del foo.__annotations__
except TypeError as e: print("TypeError", e)
print(repr(foo))
foo.x = 1
print(foo.x, foo.__dict__)
bar = ModuleType.__new__(ModuleType)
bar.__init__("bar")
print(sorted(bar.__dict__), bar.__annotations__)
foo = ModuleType("foo")
foo.__annotations__ = {}
del foo.__annotations__
try: del foo.__annotations__
except AttributeError as e: print("AttributeError", e)
