# exit: 1
# Importing a sibling module from the program's directory (sys.path[0]); a traceback through it.
import sys
import _helper
from _helper import greet, X
print(_helper.X, X, greet("main"), _helper.__name__, _helper.__doc__)
print(sys.path[0], _helper.__file__, repr(_helper), _helper.__spec__.name, _helper.__package__ == "")
print("_helper" in sys.modules, sys.modules["_helper"] is _helper)
_helper.boom()
