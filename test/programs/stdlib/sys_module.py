# args: alpha "two words" --flag
# sys: argv, path[0], version_info (major/minor), exc_info, recursion limit, float_info, maxunicode, modules, intern.
import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(sys.path[0].endswith("test/programs/stdlib"), sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 10), sys.version.startswith("3.10"))
print(sys.implementation.name, sys.byteorder, sys.maxunicode, sys.getdefaultencoding(), sys.getrecursionlimit())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_repr_style)
print(sys.exc_info(), type(sys.stdout).__name__, sys.stdout.encoding, sys.stderr.errors, sys.stdin.encoding)
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb.tb_lineno)
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__, type(sys.modules).__name__)
s = sys.intern("interned string")
print(s is sys.intern("interned " + "string"), sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.dont_write_bytecode in (True, False))
print(sys.getrecursionlimit(), sys.setrecursionlimit(500), sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(callable(sys.exit), sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__, sys.stdout is sys.__stdout__)
print(sys.hash_info.algorithm in ("siphash24", "fnv", "siphash13"), sys.int_info.sizeof_digit in (2, 4))
sys.displayhook(42)
sys.displayhook(None)
sys.displayhook("shown with repr")
import builtins
print(builtins._)
