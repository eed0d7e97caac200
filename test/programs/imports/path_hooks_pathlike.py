# The default path hooks given a path that is not a str: zipimporter os.fsdecode's bytes and
# os.PathLike objects; FileFinder's hook stats the object as it is (ImportError with the object as
# `path` when it names no directory, os.stat's own TypeError or ValueError otherwise), so
# pkgutil.get_importer and runpy.run_path take a Path. os.stat's two messages for a NUL in a path.
import os, sys, pathlib

os.makedirs("hooks_dir/sub", exist_ok=True)
with open("hooks_dir/script.py", "w") as f:
    f.write("x = 42\n")
base = os.path.abspath("hooks_dir")
zip_hook = next(h for h in sys.path_hooks if getattr(h, "__name__", "") == "zipimporter")
finder_hook = next(h for h in sys.path_hooks if getattr(h, "__name__", "") == "path_hook_for_FileFinder")

args = [pathlib.Path(base, "script.py"), os.fsencode(os.path.join(base, "script.py")),
        pathlib.Path(base, "missing"), os.fsencode(os.path.join(base, "missing")), 2.5, "a\0b", b"a\0b"]
for p in args:
    try:
        finder_hook(p)
    except ImportError as e:
        print("finder", type(e).__name__, e, e.path == p, type(e.path).__name__)
    except (TypeError, ValueError) as e:
        print("finder", type(e).__name__, e)
for p in [pathlib.Path(base, "sub"), os.fsencode(os.path.join(base, "sub"))]:
    try:
        finder_hook(p)
    except Exception as e:
        print("finder dir", type(e).__name__, e)
print("finder None", type(finder_hook(None)).__name__)

for p in [pathlib.Path(base, "script.py"), os.fsencode(os.path.join(base, "script.py"))]:
    try:
        zip_hook(p)
    except ImportError as e:
        print("zip", e, e.path)
for p in [5, None, 2.5]:
    try:
        zip_hook(p)
    except TypeError as e:
        print("zip", type(e).__name__, e)

for p in ["a\0b", b"a\0b"]:
    try:
        os.stat(p)
    except ValueError as e:
        print("os.stat", e)
