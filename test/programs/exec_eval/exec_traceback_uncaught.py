# exit: 1
# An exception raised inside exec'd code that defines and calls a function: frames from "<string>" have no source line.
code = """
def divide(a, b):
    return a / b
results = [divide(10, n) for n in (5, 2, 0)]
"""
exec(code, {})
