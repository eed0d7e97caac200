# Closures: cells shared between inner functions, __closure__ contents, late binding in loops.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print(get(), inc(), get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print(len(inc.__closure__), type(inc.__closure__[0]).__name__, inc.__closure__[0] is get.__closure__[0])
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in fs])
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now bound"
    return inner()
print(unbound())
def cell_empty():
    def f():
        return v
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    v = 1
    return c.cell_contents
print(cell_empty())
