# stdin: "café\n\n  spaced  \n😀 emoji\n"
# input() keeps leading/trailing spaces (only the newline goes), handles empty lines and non-ASCII text.
for i in range(4):
    s = input()
    print(i, repr(s), len(s))
try:
    input()
except EOFError:
    print("EOF")
