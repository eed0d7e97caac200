# exit: 1
# An exception raised while a class body runs: the traceback names the class body's frame.
class Settings:
    defaults = {"debug": False}
    debug = defaults["debug"]
    verbose = defaults["verbose"]
print("unreachable")
