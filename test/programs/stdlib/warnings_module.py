# warnings: catch_warnings(record=True), filters and actions (ignore/error/once/always/default), stacklevel, categories.
import warnings
def legacy():
    warnings.warn("legacy() is deprecated", DeprecationWarning, stacklevel=2)
def noisy(i):
    warnings.warn(f"noise {i}", UserWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    legacy()
    noisy(1)
    warnings.warn("a runtime problem", RuntimeWarning)
    for item in w:
        print(item.category.__name__, str(item.message), item.lineno, item.filename.endswith("warnings_module.py"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("same message")
    print("once:", len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        noisy(0)
    print("default (same location and text):", len(w))
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        noisy(2)
    except UserWarning as e:
        print("raised as error:", type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="noise .*")
    noisy(3)
    warnings.warn("kept")
    print([str(x.message) for x in w])
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"), end="")
print(issubclass(DeprecationWarning, Warning), [c.__name__ for c in FutureWarning.__mro__])
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn(MyWarning("custom category"))
    print(w[0].category.__name__, w[0].message.args)
