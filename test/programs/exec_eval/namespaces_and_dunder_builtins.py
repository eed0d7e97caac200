# How exec/eval find builtins: __builtins__ injected into globals, custom and restricted builtins, locals precedence.
import builtins
g = {}
exec("pass", g)
print("__builtins__" in g, g["__builtins__"] is builtins.__dict__ or g["__builtins__"] is builtins)
restricted = {"__builtins__": {"print": print, "len": len}}
exec("print('restricted', len('abcd'))", restricted)
try:
    exec("open('x')", restricted)
except NameError as e:
    print("NameError:", e)
exec("print(x, y)", {"x": "global x", "y": "global y"}, {"x": "local x"})
exec("x = 'set'; print(x)", {}, {})
shadow = {"__builtins__": {"len": lambda s: "fake len"}}
print(eval("len('abc')", shadow))
print(eval("abs(-3)", {"__builtins__": builtins}))
def f():
    return eval("q", {"q": "from globals arg"})
print(f())
print(eval("[x for x in range(3)]", {}, {"x": "unused"}))
code = compile("a = 1\nb = a + 1", "<ns>", "exec")
d = {}
exec(code, d)
print(d["b"], sorted(k for k in d if not k.startswith("__")))
