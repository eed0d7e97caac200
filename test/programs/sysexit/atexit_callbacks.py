# exit: 3
# atexit: callbacks run newest first after the program ends (here by sys.exit(3), after its status is decided), with their arguments; unregister leaves a counted empty slot; a callback that raises (SystemExit too) is reported as "Exception ignored in atexit callback" and the rest still run. (No logging here: the oracle's interpreter keeps logging imported between programs, with its atexit registration cleared.)
import atexit, sys

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

class Named:
    """A callback whose repr has no address (the report names the callback)."""
    def __init__(self, name, action):
        self.name, self.action = name, action
    def __call__(self):
        self.action()
    def __repr__(self):
        return f"<callback {self.name}>"

def boom():
    raise ValueError("boom")

bad = Named("bad", boom)
leave = Named("leave", lambda: sys.exit(5))

def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

atexit.register(show, 1, two=2)
atexit.register(bad)
atexit.register(leave)
print(atexit.register(print, "printed first at exit") is print, atexit._ncallbacks())
atexit.register(show, "removed")
atexit.unregister(show)
print(atexit._ncallbacks())
atexit.register(show, "kept")
print(err(lambda: atexit.register(1)), err(lambda: atexit.register()), err(lambda: atexit.unregister()), err(lambda: atexit._ncallbacks(1)))
print(atexit.__doc__.splitlines()[0], atexit.register.__doc__.splitlines()[0])

@atexit.register
def decorated():
    print("decorated ran")
    sys.stdout.flush()

sys.stdout.write("end of main\n")
sys.exit(3)
