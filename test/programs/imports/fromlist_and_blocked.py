# __import__'s from-list (_handle_fromlist) and sys.modules entries: non-str items in a from-list
# or a package's __all__, a submodule blocked by None, `import a.b` re-importing a package that left
# sys.modules.
import os, sys, types

root = "/tmp/fromlist_pkgs"
for path, text in [("pkgq/__init__.py", "__all__ = ['sub']\n"), ("pkgq/sub/__init__.py", ""), ("pkgq/sub/inner.py", "X = 1\n"),
                   ("failing/__init__.py", "import failing.child\nraise ZeroDivisionError('parent')\n"), ("failing/child.py", "Y = 2\n")]:
    os.makedirs(os.path.dirname(f"{root}/{path}"), exist_ok=True)
    with open(f"{root}/{path}", "w") as f:
        f.write(text)
sys.path.insert(0, root)

def attempt(f):
    try:
        r = f()
        print("ok", getattr(r, "__name__", r))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", ""))

attempt(lambda: __import__("pkgq", fromlist=[1]))
attempt(lambda: __import__("pkgq", fromlist=["missing", "sub"]))
attempt(lambda: __import__("json", fromlist=[None]))
attempt(lambda: __import__("os", fromlist=[None]))  # (not a package: the list is not looked at)
fake = types.ModuleType("fakepkg")
fake.__path__ = []
fake.__all__ = ["a", 2]
sys.modules["fakepkg"] = fake
attempt(lambda: exec("from fakepkg import *", {}))
fake.__all__ = ["a"]
attempt(lambda: exec("from fakepkg import *", {}))
sys.modules["pkgq.blocked"] = None
attempt(lambda: __import__("pkgq", fromlist=["blocked"]))
attempt(lambda: exec("import pkgq.blocked"))
sys.modules["standalone_blocked"] = None
attempt(lambda: exec("import standalone_blocked"))
attempt(lambda: exec("from pkgq import blocked"))

attempt(lambda: __import__("failing"))
print("failing" in sys.modules, "failing.child" in sys.modules)
attempt(lambda: __import__("failing.child"))
print("failing" in sys.modules, "failing.child" in sys.modules)

# (not here: a relative `import .a.b` whose package left sys.modules, a KeyError whose message
# CPython formats from a string it has just freed, which crashes the oracle)
