# exit: 1
# An OverflowError escaping the program: converting a huge int to float inside nested calls.
def scale(n):
    return n * 0.5
def run(values):
    return [scale(v) for v in values]
print(run([1, 2, 3]))
print(run([2 ** 1023]))
print(run([10, 2 ** 1024]))
