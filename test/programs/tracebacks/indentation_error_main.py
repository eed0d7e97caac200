# exit: 1
# An IndentationError in the main file is reported like any SyntaxError, with its own type name.
def f():
    x = 1
     y = 2
    return x + y
