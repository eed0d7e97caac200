# stdin-line: 2 + 3
# stdin-line: 10 / 4
# stdin-line: 7 * x
# stdin-line: 9 - 11
# stdin-line: quit
# A prompt loop reading commands until "quit": errors in one line do not stop the loop.
import operator
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
while True:
    line = input("calc> ")
    if line == "quit":
        print("bye")
        break
    try:
        a, op, b = line.split()
        print(ops[op](float(a), float(b)))
    except ValueError as e:
        print("error:", e)
