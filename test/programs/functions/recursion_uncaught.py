# exit: 1
# An uncaught RecursionError: the traceback collapses repeated lines ("[Previous line repeated N more times]").
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)
print(countdown(100))
def forever(n):
    return forever(n + 1)
print(forever(0))
