# exit: 1
# Exceptions whose str() is empty print only their name (no colon) in the traceback's last line.
class Quiet(Exception):
    pass
def f():
    raise Quiet()
try:
    raise ValueError()
except ValueError as e:
    print(repr(str(e)))
f()
