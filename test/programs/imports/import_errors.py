# Import failures: missing modules, missing names, relative import without a package, errors during import.
def err(f):
    try:
        f()
        return "ok"
    except Exception as e:
        return f"{type(e).__name__}: {e} | name={getattr(e, 'name', None)!r}"
def missing_module():
    import no_such_module_here
def missing_submodule():
    import pkg.no_such_sub
def missing_name():
    from _helper import no_such_name
def missing_name_in_package():
    from pkg import nothing_here
def relative_in_main():
    from . import _helper
def relative_beyond():
    from .. import something
def broken_module():
    import _broken
def bad_syntax():
    import _bad_syntax
def import_from_nonpackage():
    import _helper.sub
print(err(missing_module))
print(err(missing_submodule))
print(err(missing_name))
print(err(missing_name_in_package))
print(err(relative_in_main))
print(err(relative_beyond))
print(err(broken_module))
print(err(broken_module))
print(err(bad_syntax))
print(err(import_from_nonpackage))
import sys
print("_broken" in sys.modules, "_bad_syntax" in sys.modules, issubclass(ModuleNotFoundError, ImportError))
try:
    import _bad_syntax
except SyntaxError as e:
    print(e.filename, e.lineno, e.offset, repr(e.text), e.msg)
