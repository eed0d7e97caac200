# Closures sharing and capturing cells: counters, late binding, cells in comprehensions and class bodies.
def counters():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return fs
print([f() for f in counters()])
def shared():
    v = []
    def add(x):
        v.append(x)
        return v
    def reset():
        nonlocal v
        v = []
    return add, reset
add, reset = shared()
add(1); add(2)
print(add(3))
reset()
print(add(4))
def late():
    fs = [lambda: n for n in range(3)]
    return [f() for f in fs]
print(late())
def comp_cell():
    base = 10
    return [lambda x=x: x + base for x in range(3)]
print([f() for f in comp_cell()])
def class_in_func():
    secret = "hidden"
    class C:
        def reveal(self):
            return secret
        value = secret.upper()
    return C().reveal(), C.value
print(class_in_func())
def gen_closure():
    factor = 3
    return (x * factor for x in range(4))
print(list(gen_closure()))
def memo():
    cache = {}
    def fib(n):
        if n not in cache:
            cache[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
print(memo()(90))
def freevars_demo():
    a = 1
    b = 2
    def uses_a():
        return a
    def uses_both():
        return a + b
    return uses_a.__code__.co_freevars, uses_both.__code__.co_freevars, freevars_demo.__code__.co_cellvars
print(freevars_demo())
