# __import__ and importlib.import_module: return values with fromlist, packages, and errors.
m = __import__("math")
print(m.__name__, m.sqrt(16))
p = __import__("os.path")
print(p.__name__)
j = __import__("json.decoder", fromlist=["JSONDecoder"])
print(j.__name__, hasattr(j, "JSONDecoder"))
c = __import__("collections", globals(), locals(), ["OrderedDict"], 0)
print(c.__name__, c.OrderedDict.__name__)
import importlib
d = importlib.import_module("json.decoder")
print(d.__name__, d is j)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: __import__("no_such_module_abc")))
print(err(lambda: __import__("math.nope")))
print(err(lambda: __import__("")))
print(err(lambda: __import__(5)))
print(err(lambda: importlib.import_module("..x")))
print(err(lambda: __import__("math", level=-1)))
import sys
print("math" in sys.modules, sys.modules["math"] is m, type(sys.modules).__name__)
