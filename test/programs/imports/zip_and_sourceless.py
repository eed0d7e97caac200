# Modules from a zip archive on sys.path (zipimport), and .pyc files without their sources.
import sys, os, tempfile, zipfile, py_compile, importlib, zipimport
d = tempfile.mkdtemp()
z = os.path.join(d, "lib.zip")
with zipfile.ZipFile(z, "w") as zf:
    zf.writestr("zmod.py", "X = 'from zip'\ndef f():\n    return __name__, __file__.endswith('lib.zip' + os.sep + 'zmod.py')\nimport os\n")
    zf.writestr("zpkg/__init__.py", "from . import sub\n")
    zf.writestr("zpkg/sub.py", "Y = 42\n")
    zf.writestr("zbad.py", "def g():\n    raise ValueError('inside zip')\n")
sys.path.insert(0, z)
import zmod, zpkg, zbad
print(zmod.X, zmod.f(), zpkg.sub.Y, type(zmod.__loader__).__name__, zpkg.__path__[0].endswith(os.path.join("lib.zip", "zpkg")))
print(type(sys.path_importer_cache[z]).__name__, zmod.__spec__.origin.endswith("zmod.py"))
try:
    zbad.g()
except ValueError as e:
    import traceback
    print(traceback.format_exc().splitlines()[-1])
zi = zipimport.zipimporter(z)
print(zi.is_package("zpkg"), repr(zi.get_source("zmod"))[:20], sorted(zi._files)[:3])
try:
    zipimport.zipimporter(os.path.join(d, "nope.zip"))
except zipimport.ZipImportError as e:
    print("ZipImportError", str(e).replace(d, "D"))
# sourceless modules and packages: X.pyc and P/__init__.pyc next to no source
src = os.path.join(d, "src")
os.makedirs(os.path.join(src, "spkg"))
with open(os.path.join(src, "smod.py"), "w") as f:
    f.write("Z = 'sourceless'\n")
with open(os.path.join(src, "spkg", "__init__.py"), "w") as f:
    f.write("W = 'sourceless package'\n")
py_compile.compile(os.path.join(src, "smod.py"), cfile=os.path.join(src, "smod.pyc"))
py_compile.compile(os.path.join(src, "spkg", "__init__.py"), cfile=os.path.join(src, "spkg", "__init__.pyc"))
os.remove(os.path.join(src, "smod.py"))
os.remove(os.path.join(src, "spkg", "__init__.py"))
sys.path.insert(0, src)
import smod, spkg
print(smod.Z, spkg.W, type(smod.__loader__).__name__, smod.__file__ == smod.__cached__, spkg.__path__ == [os.path.join(src, "spkg")])
import _frozen_importlib, _frozen_importlib_external
print(_frozen_importlib.__name__, _frozen_importlib_external.__name__, _frozen_importlib is sys.modules["importlib._bootstrap"])
