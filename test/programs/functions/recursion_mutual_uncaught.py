# exit: 1
# RecursionError through two alternating functions: repeated pairs of lines are not collapsed the same way.
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
