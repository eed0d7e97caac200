# exit: 1
# An exception raised while importing a module, uncaught: the traceback shows the import line and the module's line.
print("importing a module that raises")
import _broken
