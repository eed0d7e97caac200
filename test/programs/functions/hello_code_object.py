# The article's tour of a function: its type, its code object's fields, dir() of the code, and dis.
import dis
def hello(name):
    greeting = "Hello, " + name + "!"
    print(greeting)
    return len(greeting)
print(type(hello), type(hello).__name__, hello.__name__, hello.__qualname__, hello.__module__)
print(repr(hello).split(" at 0x")[0] + ">")
code = hello.__code__
print(type(code))
print(code.co_code)
print(code.co_consts)
print(code.co_varnames)
print(code.co_names)
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals, code.co_stacksize, code.co_flags)
print(code.co_firstlineno, code.co_name, code.co_filename, code.co_freevars, code.co_cellvars)
print(code.co_lnotab, code.co_linetable)
print(list(code.co_lines()))
print(dir(code))
print([n for n in dir(hello) if not n.startswith("__")], sorted(n for n in dir(hello) if n.startswith("__"))[:12])
dis.dis(hello)
print(hello("dislab"))
print(hello.__defaults__, hello.__kwdefaults__, hello.__closure__, hello.__annotations__, hello.__doc__, hello.__dict__)
print(hello.__globals__ is globals(), hello.__builtins__ is __builtins__.__dict__ if hasattr(hello, "__builtins__") else "no __builtins__ attr")
