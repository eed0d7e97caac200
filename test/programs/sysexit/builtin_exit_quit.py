# exit: 3
# The site builtins exit() and quit() raise SystemExit too; their reprs are the help text.
print(repr(exit))
print(repr(quit))
try:
    quit(9)
except SystemExit as e:
    print("quit raised SystemExit", e.code)
exit(3)
