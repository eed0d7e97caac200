# A generator closed when its for loop lets go of it, whose close fails (yield in finally, an
# exception in finally): the error goes to sys.unraisablehook with the generator as the object.
import sys
def bad():
    try:
        yield 1
    finally:
        yield 2
def raises():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.object.__name__, u.err_msg, u.exc_traceback.tb_lineno, type(u).__name__))
sys.unraisablehook = hook
for x in bad():
    break
print("after bad", seen)
for x in raises():
    break
print("after raises", seen[1:])
sys.unraisablehook = sys.__unraisablehook__
print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook.__name__)
try:
    sys.__unraisablehook__(1)
except TypeError as e:
    print(e)
