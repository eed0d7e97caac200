# eval(): expressions with globals and locals mappings, builtins control, and its errors.
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("a + b", {"a": 1}, {"b": 2}), eval("  1 + 1  "), eval("\n2\n"))
print(eval("len('abc')"), eval("[i * 2 for i in range(3)]"), eval("(lambda q: q ** 2)(7)"), eval("{'k': x}"), eval(b"3 * 3"))
g = {}
eval("1", g)
print(sorted(g), g["__builtins__"] is __builtins__ or type(g["__builtins__"]).__name__)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: eval("x = 1")))
print(err(lambda: eval("len('a')", {"__builtins__": {}})))
print(err(lambda: eval("undefined_name")))
print(err(lambda: eval("1/0")))
print(err(lambda: eval(5)))
print(err(lambda: eval("1", [])))
print(err(lambda: eval("1", {}, 5)))
print(err(lambda: eval("import os")))
print(err(lambda: eval("")))
print(err(lambda: eval("a\0b")))
class Locals(dict):
    def __missing__(self, key):
        return f"<{key}>"
print(eval("foo + bar", {}, Locals()))
class Mapping:
    def __getitem__(self, k):
        if k == "magic":
            return 42
        raise KeyError(k)
print(eval("magic", {}, Mapping()), err(lambda: eval("other", {}, Mapping())))
code = compile("x + 100", "<expr>", "eval")
print(eval(code), eval(code, {"x": 1}), type(code).__name__, code.co_name, code.co_filename)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}), eval("max", {"__builtins__": {"max": min}})([3, 1]))
