# from module import *: __all__ decides the names; without __all__, names starting with "_" are skipped.
from _star_all import *
print(public, _exported_private)
try:
    not_listed
except NameError as e:
    print("NameError:", e)
from _star_noall import *
print(alpha, beta, string.ascii_lowercase[:3])
for name in ["_hidden", "_math_alias"]:
    print(name, name in globals())
print(sorted(k for k in globals() if not k.startswith("__")))
