# LEGB: locals, enclosing, globals, builtins; shadowing builtins and restoring them; builtins module access.
import builtins
def show():
    return len("abc")
print(show())
len = lambda s: "shadowed len"
print(show(), len("x"))
del len
print(show())
def local_shadow():
    print = lambda *a: builtins.print("custom print:", *a)
    print("hello")
local_shadow()
print("normal print")
builtins.custom_builtin = "visible everywhere"
def uses_custom():
    return custom_builtin
print(uses_custom())
del builtins.custom_builtin
try:
    uses_custom()
except NameError as e:
    print("NameError:", e)
x = "global"
def enclosing():
    x = "enclosing"
    def local():
        return x
    return local()
print(enclosing())
def params_shadow(list):
    return list
print(params_shadow([1]), list("ab"))
print(sorted(k for k in dir(builtins) if k.islower() and not k.startswith("_"))[:12])
print(type(__builtins__).__name__, __name__, "__builtins__" in globals())
