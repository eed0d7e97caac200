# exit: 1
# A SyntaxError from exec() left uncaught: the traceback shows the exec call, then the source of the bad code.
program = """
def area(w, h):
    return w * h
print(area(2, 3)
"""
print("about to exec")
exec(program)
