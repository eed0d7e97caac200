# stdin-line: only line
# exit: 1
# input() at end of stdin raises EOFError; reading after EOF keeps raising; uncaught at the end.
print(repr(input()))
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
print(repr(input("again> ")))
