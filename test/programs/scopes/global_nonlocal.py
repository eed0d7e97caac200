# global and nonlocal: rebinding outer names, nested levels, and the errors for unbound names.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    global created_later
    created_later = "made by make()"
make()
print(created_later)
def outer():
    x = 1
    def middle():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        r = inner()
        return r, x
    return middle(), x
print(outer())
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
def unbound_local():
    print(counter)
    counter = 5
print(err(unbound_local))
def unbound_free():
    def inner():
        return y
    r = err(inner)
    y = 1
    return r
print(unbound_free())
def deleted():
    z = 1
    del z
    return z
print(err(deleted))
def missing_global():
    return not_defined_anywhere
print(err(missing_global))
def del_global():
    global counter
    del counter
del_global()
print(err(lambda: counter))
for src in ["def f():\n    x = 1\n    global x\n", "def f():\n    nonlocal q\n", "nonlocal x\n", "def f(a):\n    global a\n", "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n"]:
    try:
        compile(src, "<scope>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
