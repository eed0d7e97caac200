# open() reading this program's own source in text and binary modes; errors for bad modes and missing files.
path = __file__
with open(path) as f:
    first = f.readline()
    rest = f.read()
print(repr(first), len(rest.splitlines()) > 5, f.closed, f.name == path, f.mode, f.encoding)
with open(path, "rb") as f:
    head = f.read(20)
    f.seek(0)
    all_bytes = f.read()
print(head, type(head).__name__, len(all_bytes) == len(open(path, "rb").read()), f.mode)
lines = open(path, encoding="utf-8").readlines()
print(lines[0].startswith("#"), lines[-1].endswith("\n"), sum(1 for _ in open(path)) == len(lines))
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__
print(err(lambda: open("test/programs/builtins/no_such_file.txt")))
print(err(lambda: open(path, "rz")), err(lambda: open(path, "rw")), err(lambda: open(path, "rb", encoding="utf-8")), err(lambda: open()))
try:
    open(path, "xyz")
except ValueError as e:
    print("ValueError:", e)
with open(path) as f:
    for i, line in enumerate(f):
        if i == 2:
            print("line 3:", line.rstrip())
            break
