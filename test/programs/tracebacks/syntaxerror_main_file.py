# exit: 1
# A program that does not compile: no traceback, just the file, line, caret and message.
print("this line never runs")
def broken(x):
    return [x for x in range(3) if x > 1 else 0]
