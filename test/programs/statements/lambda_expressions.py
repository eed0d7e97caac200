# lambda: defaults, varargs, closures, immediately invoked, conditional bodies, nested lambdas, in sort keys.
add = lambda a, b=10, *rest, scale=1, **kw: (a + b + sum(rest)) * scale
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, scale=2), add(1, extra=5), add.__name__, add.__defaults__, add.__kwdefaults__)
print((lambda: "called immediately")(), (lambda x: lambda y: x + y)(3)(4), (lambda *a: a)(1, 2), (lambda **k: k)(z=1))
classify = lambda n: "even" if n % 2 == 0 else "odd"
print(list(map(classify, range(4))))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: len(p[1])))
funcs = {op: (lambda op: lambda a, b: eval(f"a {op} b"))(op) for op in "+-*"}
print({k: f(6, 3) for k, f in funcs.items()})
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5) + "!", (lambda: (yield))().__class__.__name__)
y = 1
capture = lambda: y
y = 2
print(capture())
try:
    compile("lambda: return 1", "<l>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
