print("globals of a module being imported:", sorted(k for k in globals() if k.startswith("__")))
print("__spec__._initializing:", __spec__._initializing)
import _circ_attr_b
