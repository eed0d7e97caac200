# A program that replaces SourceLoader.exec_module or get_code in importlib has its own run when
# a source module is imported; the traceback of its failure keeps importlib's frame.
import sys, os, importlib, traceback
import importlib._bootstrap_external as external

os.makedirs("/tmp/patched_loader", exist_ok=True)
for name in ("pl_one", "pl_two", "pl_three"):
    with open(f"/tmp/patched_loader/{name}.py", "w") as f:
        f.write(f"print('running {name}')\nVALUE = {name!r}\n")
sys.path.insert(0, "/tmp/patched_loader")

old_exec = external.SourceLoader.exec_module
def exec_module(self, module):
    print("patched exec_module", module.__name__, type(self).__name__)
    1 / 0
external.SourceLoader.exec_module = exec_module
try:
    import pl_one
except ZeroDivisionError as e:
    print([os.path.basename(fs.filename) if not fs.filename.startswith("<") else fs.filename.split()[0] for fs in traceback.extract_tb(e.__traceback__)][-2:])
print("pl_one" in sys.modules)
external.SourceLoader.exec_module = old_exec

old_get_code = external.SourceLoader.get_code
def get_code(self, fullname):
    print("patched get_code", fullname)
    return compile("VALUE = 'from patched get_code'", "<patched>", "exec")
external.SourceLoader.get_code = get_code
import pl_two
print(pl_two.VALUE)
external.SourceLoader.get_code = old_get_code
import pl_three
print(pl_three.VALUE, type(pl_three.__loader__).__name__)
