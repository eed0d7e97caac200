# exit: 1
# The warnings machinery as CPython's C _warnings runs it: registries and their version, the
# once/module/default/always actions, stacklevel, warn_explicit with module_globals, a program's
# own showwarning, bad filters and categories, and an error action raised from the caller's line
# (no frame of the warnings module in the traceback).
import sys, warnings
def emit(msg, cat=UserWarning, level=1):
    warnings.warn(msg, cat, stacklevel=level)
shown = []
def capture(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, filename.rsplit("/", 1)[-1], lineno))
warnings.showwarning = capture
warnings.resetwarnings()
for action in ["default", "once", "module", "always"]:
    warnings.simplefilter(action)
    shown.clear()
    for i in range(3):
        emit("same text")
        emit("same text", level=2)
    warnings.warn("once more")
    print(action, len(shown), shown[:2])
g = globals()
print(sorted(k if isinstance(k, str) else (k[0], k[1].__name__) + k[2:] for k in g["__warningregistry__"]))
warnings.simplefilter("default")
shown.clear()
warnings.warn(RuntimeWarning("an instance"), UserWarning)
warnings.warn_explicit("explicit", SyntaxWarning, "virtual.py", 7, module="virt", registry={})
warnings.warn_explicit("with globals", UserWarning, "x.py", 1, module_globals={"__name__": "mod", "__loader__": None})
print(shown)
for bad in [5, int, "str"]:
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        print("TypeError:", e)
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    warnings.warn("y")
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
warnings.filters.pop(0)
saved = warnings.defaultaction
warnings.defaultaction = 5
warnings.filters.insert(0, ("default", None, Warning, "nomatch", 0))
try:
    warnings.warn("z")
except TypeError as e:
    print("TypeError:", e)
warnings.defaultaction = saved
for bad in [("x",), (5, None, Warning, None, 0), ("default", None, Warning, None, "x")]:
    warnings.filters[0] = bad
    try:
        warnings.warn("w")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
warnings.filters.pop(0)
warnings.filterwarnings("ignore", message="quiet.*")
warnings.filterwarnings("error", category=DeprecationWarning, module="__main__")
shown.clear()
warnings.warn("quiet please")
warnings.warn("loud")
print(shown)
print(warnings.warn.__module__, warnings.warn_explicit.__module__, type(warnings.filters).__name__)
def deeper():
    emit("deprecated thing", DeprecationWarning, level=3)
try:
    deeper()
finally:
    warnings.resetwarnings()
    warnings.showwarning = warnings._showwarning_orig
