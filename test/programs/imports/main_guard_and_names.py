# __name__ is "__main__" for the program and the module name for imports; import aliases.
import _mainguard as mg
from _mainguard import describe as d
print(__name__, mg.__name__, mg.describe(), d())
if __name__ == "__main__":
    print("running as the main program")
import _helper as h, _noisy as n
print(h.X, n.bump(), h.__name__, n.__name__)
import sys
main = sys.modules["__main__"]
print(main.__name__, main.__file__, hasattr(main, "mg"), main.mg is mg)
