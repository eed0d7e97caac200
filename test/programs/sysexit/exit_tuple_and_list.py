# exit: 1
# SystemExit with several arguments: code is the args tuple, printed with str() on stderr.
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("code", e.code, e.args)
raise SystemExit("a", ["b"], 3)
