# exec(): statements into given namespaces, functions defined inside, return value None, closures and classes.
ns = {}
print(exec("a = 1\nb = a + 1\ndef f(x):\n    return x * b\n", ns))
print(sorted(k for k in ns if k != "__builtins__"), ns["f"](5), ns["f"].__globals__ is ns)
loc = {}
exec("c = 3\nd = c * 2", {}, loc)
print(loc)
exec("class K:\n    v = 5\n    def get(self):\n        return self.v", ns)
print(ns["K"]().get(), ns["K"].__module__ if "__name__" in ns else ns["K"].__module__)
exec("print('printed from exec', __name__)")
exec("print('custom name', __name__)", {"__name__": "mod"})
g = {"total": 0}
exec("for i in range(5):\n    total += i", g)
print(g["total"])
def in_function():
    local_var = 1
    exec("local_var = 2\nnew_var = 3")
    return local_var, "new_var" in locals(), locals().get("new_var")
print(in_function())
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: exec("raise ValueError('from exec')")))
print(err(lambda: exec("x =")))
print(err(lambda: exec("return 1")))
print(err(lambda: exec("yield 1")))
print(err(lambda: exec(compile("1", "<e>", "eval"))))
print(err(lambda: exec(b"print('bytes source')")))
print(err(lambda: exec("print(z)", {"z": "from globals"})))
print(err(lambda: exec("import math; print(math.floor(2.5))", {})))
print(err(lambda: exec("nonlocal q")))
print(err(lambda: exec(5)))
src = "def outer():\n    v = 'closed over'\n    def inner():\n        return v\n    return inner()\nresult = outer()"
exec(src, ns)
print(ns["result"])
