# sysconfig's build-time configuration is importable (pydoc asks sysconfig for the stdlib path when
# it is imported; cgitb imports pydoc; zoneinfo reads TZPATH), and what every CPython 3.10 build agrees on.
import sysconfig

print(sysconfig.get_python_version(), sysconfig.get_config_var("VERSION"), sysconfig.get_config_var("py_version_short"))
print(sysconfig.get_config_var("Py_DEBUG"), sysconfig.get_config_var("WITH_DOC_STRINGS"), sysconfig.get_config_var("ABIFLAGS"))
print(sorted(sysconfig.get_paths()), sysconfig.get_default_scheme())
print(sysconfig.get_config_var("EXT_SUFFIX").startswith(".cpython-310-"), sysconfig.get_config_var("SO") == sysconfig.get_config_var("EXT_SUFFIX"))
print(sysconfig.get_config_var("SHLIB_SUFFIX"), sysconfig.get_config_var("nonexistent"))
print(isinstance(sysconfig.get_config_var("TZPATH"), str))
print(sysconfig.get_paths()["stdlib"] == sysconfig.get_path("stdlib"))

import pydoc


def greet(name, punctuation="!"):
    """Return a greeting for name."""
    return "Hello, " + name + punctuation


print(pydoc.plain(pydoc.render_doc(greet)))
print(pydoc.describe(greet), pydoc.describe(pydoc), pydoc.getdoc(greet))

import cgitb

print(cgitb.small("x"), cgitb.strong("y"), cgitb.grey("z"))

import zoneinfo

print(zoneinfo.ZoneInfoNotFoundError.__mro__[1].__name__, type(zoneinfo.TZPATH).__name__)
